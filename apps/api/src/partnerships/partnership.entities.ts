// The Partnership aggregate: the partnership row and the rows that belong to it.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AmendmentStatus, PartnershipForm, PartnershipFunction, PartnershipStatus } from '@daikou/domain';
import { Organization } from '../organizations/organization.entity';

@Entity({ name: 'partnerships' })
// Lists page newest-changed first (updated_at, id), filtered by status or not: both walk an index in page order.
@Index('partnerships_status_updated_idx', ['status', 'updatedAt', 'id'])
@Index('partnerships_updated_idx', ['updatedAt', 'id'])
// A GIN index (made in the migration; TypeORM cannot describe it) serves `?province=` filters.
@Index('partnerships_province_codes_idx', { synchronize: false })
export class Partnership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  function: PartnershipFunction;

  @Column({ type: 'text' })
  form: PartnershipForm;

  @Column({ type: 'text' })
  goals: string;

  @Column({ name: 'admin_unit_codes', type: 'text', array: true })
  adminUnitCodes: string[];

  /** The provinces of the administrative scope, for filtering by province in SQL. */
  @Column({ name: 'province_codes', type: 'text', array: true })
  provinceCodes: string[];

  @Column({ type: 'text', array: true })
  sectors: string[];

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'text', default: 'draft' })
  status: PartnershipStatus;

  /** When the partnership entered its current status: time per step is measured from here. */
  @Column({ name: 'status_since', type: 'timestamptz' })
  statusSince: Date;

  /** Latest MoU version written (null before the first). */
  @Column({ name: 'current_mou_version', type: 'integer', nullable: true })
  currentMouVersion: number | null;

  /** The version approved for signature (frozen); null while none is approved. */
  @Column({ name: 'approved_mou_version', type: 'integer', nullable: true })
  approvedMouVersion: number | null;

  /** The version in force (fully signed). */
  @Column({ name: 'signed_mou_version', type: 'integer', nullable: true })
  signedMouVersion: number | null;

  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A row that belongs to one partnership and goes when it goes. */
export abstract class PartnershipOwned {
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;
}

@Entity({ name: 'partnership_parties' })
@Index('partnership_parties_organization_idx', ['organizationId'])
export class PartnershipParty {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}

@Entity({ name: 'partnership_contributions' })
@Index('partnership_contributions_partnership_idx', ['partnershipId'])
export class PartnershipContribution extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true })
  amount: string | null;

  @Column({ type: 'text', nullable: true })
  currency: string | null;

  @Column({ type: 'integer' })
  position: number;
}

@Entity({ name: 'partnership_risks' })
@Index('partnership_risks_partnership_idx', ['partnershipId'])
export class PartnershipRisk extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  description: string;

  /** An organisation id, or "shared". */
  @Column({ name: 'carried_by', type: 'text' })
  carriedBy: string;

  @Column({ type: 'integer' })
  position: number;
}

/** Every status change: who, when, why, and how long the partnership had stayed in the status it left. */
@Entity({ name: 'partnership_transitions' })
@Index('partnership_transitions_partnership_idx', ['partnershipId', 'at'])
@Index('partnership_transitions_from_idx', ['fromStatus'])
export class PartnershipTransition extends PartnershipOwned {
  /** Increasing: orders transitions that share a timestamp. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: PartnershipStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: PartnershipStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'seconds_in_from', type: 'integer', nullable: true })
  secondsInFrom: number | null;
}

@Entity({ name: 'mou_versions' })
export class MouVersion {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @PrimaryColumn({ type: 'integer' })
  number: number;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;

  @Column({ type: 'jsonb' })
  clauses: { key: string; titleEn: string; textEn: string; titleKm?: string; textKm?: string }[];

  /** SHA-256 (hex) of the canonical text of the clauses: what a signature covers. */
  @Column({ name: 'text_hash', type: 'text' })
  textHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** Set when the version was proposed by an amendment of an active partnership. */
  @Column({ name: 'amendment_id', type: 'uuid', nullable: true })
  amendmentId: string | null;
}

@Entity({ name: 'mou_signatures' })
@Index('mou_signatures_once_per_party_key', ['partnershipId', 'versionNumber', 'organizationId'], { unique: true })
export class MouSignature extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber: number;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'text_hash', type: 'text' })
  textHash: string;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;
}

@Entity({ name: 'partnership_reviews' })
@Index('partnership_reviews_partnership_idx', ['partnershipId'])
export class PartnershipReview extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: 'periodic' | 'final';

  @Column({ type: 'text' })
  decision: 'continue' | 'amend' | 'renew' | 'close';

  @Column({ type: 'text' })
  lessons: string;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A parent administration's endorsement of the current review stage (cleared when the stage is sent back). */
@Entity({ name: 'partnership_endorsements' })
export class PartnershipEndorsement {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership;

  @Column({ name: 'endorsed_by', type: 'uuid' })
  endorsedBy: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}

/** A change to the MoU of an active partnership: reviewed and signed again while the signed version stays in force. */
@Entity({ name: 'mou_amendments' })
@Index('mou_amendments_partnership_idx', ['partnershipId'])
export class MouAmendment extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  status: AmendmentStatus;

  @Column({ name: 'status_since', type: 'timestamptz' })
  statusSince: Date;

  /** Why the MoU should change. */
  @Column({ type: 'text' })
  reason: string;

  /** The version in force when the amendment was opened. */
  @Column({ name: 'base_version', type: 'integer' })
  baseVersion: number;

  @Column({ name: 'current_version', type: 'integer', nullable: true })
  currentVersion: number | null;

  @Column({ name: 'approved_version', type: 'integer', nullable: true })
  approvedVersion: number | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

@Entity({ name: 'mou_amendment_endorsements' })
export class MouAmendmentEndorsement {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid' })
  amendmentId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => MouAmendment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amendment_id' })
  amendment?: MouAmendment;

  @Column({ name: 'endorsed_by', type: 'uuid' })
  endorsedBy: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}

export const PARTNERSHIP_ENTITIES = [
  MouAmendment,
  MouAmendmentEndorsement,
  PartnershipEndorsement,
  Partnership,
  PartnershipParty,
  PartnershipContribution,
  PartnershipRisk,
  PartnershipTransition,
  MouVersion,
  MouSignature,
  PartnershipReview,
];
