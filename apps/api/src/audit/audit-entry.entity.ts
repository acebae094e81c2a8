import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Append-only, hash-chained audit log: each entry's hash covers its content and the previous entry's hash,
 * so editing or deleting a row breaks the chain at that row (`pnpm audit:verify`).
 */
@Entity({ name: 'audit_entries' })
@Index('audit_entries_entity_idx', ['entityType', 'entityId'])
@Index('audit_entries_actor_idx', ['actorId'])
@Index('audit_entries_at_idx', ['at'])
export class AuditEntry {
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_organization_id', type: 'uuid', nullable: true })
  actorOrganizationId: string | null;

  /** e.g. `organization.create`, `auth.login_failed`, `partnership.transition`, `policy.refused`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text', nullable: true })
  entityType: string | null;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  /** What changed: `{field: [before, after]}` for updates, the created values, or the from/to of a transition. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  summary: Record<string, unknown>;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
