import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type JobStatus = 'pending' | 'queued' | 'running' | 'completed' | 'failed';

/**
 * The transactional outbox and the job's visible record in one row: written in the same transaction as the change
 * that causes the job (status `pending`), handed to the queue driver by the relay (`queued`), then run.
 */
@Entity({ name: 'jobs' })
@Index('jobs_pending_idx', ['createdAt'], { where: `status = 'pending'` })
@Index('jobs_finished_idx', ['finishedAt'], { where: `status IN ('completed', 'failed')` })
export class JobRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ type: 'jsonb' })
  payload: unknown;

  @Column({ type: 'text', default: 'pending' })
  status: JobStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'jsonb', nullable: true })
  progress: { done: number; total: number } | null;

  @Column({ type: 'jsonb', nullable: true })
  result: unknown;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

/** Marks an effect as done, in the same transaction as the effect: a re-delivered job does not repeat it. */
@Entity({ name: 'job_effects' })
export class JobEffect {
  @Column({ type: 'text', primary: true })
  key: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
