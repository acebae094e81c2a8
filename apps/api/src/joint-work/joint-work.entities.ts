// Joint work of an active partnership: the workplan, meetings both sides approve, and commitments both sides rate.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { PartnershipOwned } from '../partnerships/partnership.entities';

@Entity({ name: 'activities' })
@Index('activities_partnership_idx', ['partnershipId', 'startDate'])
export class Activity extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'lead_organization_id', type: 'uuid' })
  leadOrganizationId: string;

  @Column({ name: 'contributing_organization_ids', type: 'uuid', array: true, default: () => `'{}'` })
  contributingOrganizationIds: string[];

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'text', default: 'planned' })
  status: string;

  /** Each party's contribution: [{organizationId, kind, description, amount?, currency?}]. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  contributions: { organizationId: string; kind: string; description: string; amount?: number; currency?: string }[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

export interface Attendee {
  name: string;
  organizationId?: string;
  sex: 'female' | 'male' | 'other';
  disability?: boolean;
  idPoor?: boolean;
}

export interface ActionItem {
  description: string;
  ownerOrganizationId: string;
  dueDate: string;
}

@Entity({ name: 'meetings' })
@Index('meetings_partnership_idx', ['partnershipId', 'date'])
export class Meeting extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'text' })
  agenda: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  attendees: Attendee[];

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  decisions: string[];

  @Column({ name: 'action_items', type: 'jsonb', default: () => `'[]'` })
  actionItems: ActionItem[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

/** One party's approval of a meeting's minutes as they stood; cleared when the minutes change. */
@Entity({ name: 'meeting_approvals' })
export class MeetingApproval {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}

@Entity({ name: 'commitments' })
@Index('commitments_partnership_idx', ['partnershipId'])
export class Commitment extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'owner_organization_id', type: 'uuid' })
  ownerOrganizationId: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: 'none' })
  recurrence: string;

  /** The MoU clause the commitment comes from, if any (key in the signed version). */
  @Column({ name: 'clause_key', type: 'text', nullable: true })
  clauseKey: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One due date of a commitment (a one-off has one; a recurring one, one per period up to the partnership's end). */
@Entity({ name: 'commitment_occurrences' })
@Index('commitment_occurrences_once_key', ['commitmentId', 'dueDate'], { unique: true })
@Index('commitment_occurrences_partnership_idx', ['partnershipId', 'dueDate'])
export class CommitmentOccurrence {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: Commitment;

  /** Copied from the commitment so that accountability is counted in SQL without joins. */
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'owner_organization_id', type: 'uuid' })
  ownerOrganizationId: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  /** Set by the overdue job when the owner was told (once per occurrence). */
  @Column({ name: 'overdue_notified_at', type: 'timestamptz', nullable: true })
  overdueNotifiedAt: Date | null;
}

@Entity({ name: 'commitment_ratings' })
@Index('commitment_ratings_once_per_party_key', ['occurrenceId', 'organizationId'], { unique: true })
export class CommitmentRating {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'occurrence_id', type: 'uuid' })
  occurrenceId: string;

  @ManyToOne(() => CommitmentOccurrence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occurrence_id' })
  occurrence?: CommitmentOccurrence;

  /** The party whose view this is. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  rating: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const JOINT_WORK_ENTITIES = [Activity, Meeting, MeetingApproval, Commitment, CommitmentOccurrence, CommitmentRating];
