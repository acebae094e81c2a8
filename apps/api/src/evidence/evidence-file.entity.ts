// A file attached as evidence to one occurrence of a commitment; the bytes live in the FileStore under `storageKey`.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Commitment } from '../joint-work/joint-work.entities';
import { Partnership } from '../partnerships/partnership.entities';

@Entity({ name: 'evidence_files' })
@Index('evidence_files_commitment_idx', ['commitmentId', 'occurrenceDueDate'])
@Index('evidence_files_storage_key_key', ['storageKey'], { unique: true })
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: Commitment;

  /** The occurrence (period) the file is evidence for. */
  @Column({ name: 'occurrence_due_date', type: 'date' })
  occurrenceDueDate: string;

  @Column({ name: 'original_name', type: 'text' })
  originalName: string;

  /** One of the allowed types, confirmed from the content. */
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
