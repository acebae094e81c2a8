// Monitoring of a partnership (indicators, periodic reports, scorecard rounds, action items) and the shared
// directory of service points with the feedback citizens give on them.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type {
  ActionItemStatus,
  Disaggregation,
  SectorCode,
  FeedbackChannel,
  FeedbackStatus,
  Frequency,
  ReportAction,
  ReportStatus,
  ScorecardParticipants,
  ServicePointKind,
} from '@daikou/domain';
import { Commitment } from '../joint-work/joint-work.entities';
import { PartnershipOwned } from '../partnerships/partnership.entities';

/** The shared indicator library that admins keep: partnerships copy an indicator from it into their own. */
@Entity({ name: 'indicator_library' })
export class LibraryIndicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_km', type: 'text' })
  nameKm: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'text' })
  frequency: Frequency;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  disaggregations: Disaggregation[];

  @Column({ type: 'text', nullable: true })
  sector: SectorCode | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Archived indicators are no longer offered; the partnerships that copied one keep their copy. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'indicators' })
@Index('indicators_partnership_idx', ['partnershipId'])
export class Indicator extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_km', type: 'text', nullable: true })
  nameKm: string | null;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'double precision' })
  baseline: number;

  @Column({ type: 'double precision' })
  target: number;

  @Column({ type: 'text' })
  frequency: Frequency;

  @Column({ name: 'responsible_organization_id', type: 'uuid' })
  responsibleOrganizationId: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  disaggregations: Disaggregation[];

  /** The library indicator it was copied from, if any. */
  @Column({ name: 'library_indicator_id', type: 'uuid', nullable: true })
  libraryIndicatorId: string | null;

  @ManyToOne(() => LibraryIndicator, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'library_indicator_id' })
  libraryIndicator?: LibraryIndicator | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One value of a report version, as entered. */
export interface ReportValue {
  indicatorId: string;
  value: number;
  note?: string;
  disaggregation?: Partial<Record<Disaggregation, Record<string, number | undefined>>>;
}

/** A report by one party on one period; its content lives in versions. */
@Entity({ name: 'reports' })
@Index('reports_once_per_period_key', ['partnershipId', 'responsibleOrganizationId', 'periodStart', 'periodEnd'], { unique: true })
export class Report extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The party that reports: its officers edit and submit; another party validates. */
  @Column({ name: 'responsible_organization_id', type: 'uuid' })
  responsibleOrganizationId: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ type: 'text', default: 'draft' })
  status: ReportStatus;

  /** The version being worked on or last submitted. */
  @Column({ name: 'current_version', type: 'integer', default: 1 })
  currentVersion: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The content of a report; once submitted (submitted_at set) a database trigger refuses any change to the row. */
@Entity({ name: 'report_versions' })
export class ReportVersion {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @PrimaryColumn({ type: 'integer' })
  number: number;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Report;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  values: ReportValue[];

  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** What happened to a report: who submitted, validated or sent it back, when, on which version, and why. */
@Entity({ name: 'report_actions' })
@Index('report_actions_report_idx', ['reportId', 'at'])
export class ReportActionRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: Report;

  @Column({ type: 'text' })
  action: ReportAction;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber: number;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}

@Entity({ name: 'service_points' })
@Index('service_points_admin_unit_idx', ['adminUnitCode'])
export class ServicePoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_km', type: 'text', nullable: true })
  nameKm: string | null;

  @Column({ type: 'text' })
  kind: ServicePointKind;

  /** A commune (6 digits) or village (8 digits) of the gazetteer. */
  @Column({ name: 'admin_unit_code', type: 'text' })
  adminUnitCode: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export interface StoredCriterion {
  name: string;
  citizenScore: number;
  providerScore: number;
  suggestedAction?: string;
}

/** One community scorecard round at a service point, held within a partnership. */
@Entity({ name: 'scorecards' })
@Index('scorecards_partnership_idx', ['partnershipId', 'date'])
@Index('scorecards_service_point_idx', ['servicePointId', 'date'])
export class Scorecard extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'service_point_id', type: 'uuid' })
  servicePointId: string;

  @ManyToOne(() => ServicePoint, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_point_id' })
  servicePoint?: ServicePoint;

  @Column({ type: 'date' })
  date: string;

  @Column({ name: 'facilitating_organization_id', type: 'uuid' })
  facilitatingOrganizationId: string;

  @Column({ type: 'jsonb' })
  participants: ScorecardParticipants;

  @Column({ type: 'jsonb' })
  criteria: StoredCriterion[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A dated follow-up note on an action item; notes are only ever added. */
export interface FollowUpNote {
  /** The day it was written (Cambodian time). */
  date: string;
  text: string;
  userId: string;
  organizationId: string;
  at: string;
}

/** An item of the joint accountability action plan (JAAP) that follows a scorecard round. */
@Entity({ name: 'action_items' })
@Index('action_items_scorecard_idx', ['scorecardId'])
@Index('action_items_partnership_due_idx', ['partnershipId', 'dueDate'])
// An action item becomes at most one commitment.
@Index('action_items_commitment_key', ['commitmentId'], { unique: true })
export class ActionItemRecord extends PartnershipOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'scorecard_id', type: 'uuid' })
  scorecardId: string;

  @ManyToOne(() => Scorecard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id' })
  scorecard?: Scorecard;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'owner_organization_id', type: 'uuid' })
  ownerOrganizationId: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: 'open' })
  status: ActionItemStatus;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ name: 'follow_up', type: 'text', nullable: true })
  followUp: string | null;

  @Column({ name: 'follow_up_notes', type: 'jsonb', default: () => `'[]'` })
  followUpNotes: FollowUpNote[];

  /** The partnership commitment this item became, if it did. */
  @Column({ name: 'commitment_id', type: 'uuid', nullable: true })
  commitmentId: string | null;

  @ManyToOne(() => Commitment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: Commitment | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Citizens' feedback on a service point. Nothing about the sender is kept: no account, no address. */
@Entity({ name: 'feedback' })
@Index('feedback_service_point_idx', ['servicePointId', 'createdAt'])
// The inbox across service points pages newest first.
@Index('feedback_created_idx', ['createdAt'])
@Index('feedback_action_item_idx', ['actionItemId'])
export class Feedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'service_point_id', type: 'uuid' })
  servicePointId: string;

  @ManyToOne(() => ServicePoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_point_id' })
  servicePoint?: ServicePoint;

  /** Plain text (sanitizeFeedbackText); never HTML. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', default: 'web' })
  channel: FeedbackChannel;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ type: 'text', default: 'new' })
  status: FeedbackStatus;

  @Column({ name: 'action_item_id', type: 'uuid', nullable: true })
  actionItemId: string | null;

  @ManyToOne(() => ActionItemRecord, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'action_item_id' })
  actionItem?: ActionItemRecord;

  @Column({ name: 'triaged_by', type: 'uuid', nullable: true })
  triagedBy: string | null;

  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const MONITORING_ENTITIES = [LibraryIndicator, Indicator, Report, ReportVersion, ReportActionRecord, ServicePoint, Scorecard, ActionItemRecord, Feedback];
