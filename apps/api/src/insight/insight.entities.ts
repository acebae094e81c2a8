// What the dashboards read instead of every partnership: each partnership's portfolio entry, and their national sums.
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FacetCount, PartnershipFunction, RollupFacet, UnassessedPeriods } from '@daikou/domain';

/** What one partnership adds to the dashboards (PortfolioEntry in the domain), as last computed. */
@Entity({ name: 'insight_entries' })
// A GIN index (made in the migration; TypeORM cannot describe it) finds an organisation's entries.
@Index('insight_entries_viewers_idx', { synchronize: false })
export class InsightEntry {
  /** No foreign key: the entry of a partnership that is gone must still be subtracted from the sums. */
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'viewer_organization_ids', type: 'uuid', array: true })
  viewerOrganizationIds: string[];

  @Column({ name: 'province_codes', type: 'text', array: true })
  provinceCodes: string[];

  @Column({ type: 'text' })
  function: PartnershipFunction;

  @Column({ name: 'start_month', type: 'text' })
  startMonth: string;

  @Column({ type: 'jsonb' })
  facets: FacetCount[];

  /** The quality periods each party has not assessed itself yet: what its organisation's sums leave out. */
  @Column({ name: 'unassessed_periods', type: 'jsonb', default: () => "'[]'" })
  unassessedPeriods: UnassessedPeriods;

  /** The local day it was computed on: overdue commitments are judged on that day. */
  @Column({ name: 'computed_on', type: 'date' })
  computedOn: string;
}

/**
 * The columns of a table of sums: a count and a total (in hundredths: gaps, averages; 0 for plain counts) per province
 * slot, function, facet and key. For an organisation's sums the province is '*' for every facet, or a province code
 * for the stays of the partnerships in it.
 */
abstract class SumColumns {
  @PrimaryColumn({ type: 'text' })
  province: string;

  @PrimaryColumn({ type: 'text' })
  function: PartnershipFunction;

  @PrimaryColumn({ type: 'text' })
  facet: RollupFacet;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'bigint' })
  count: string;

  @Column({ type: 'bigint', default: 0 })
  total: string;
}

/** The national sums of the entries, per province slot ('*' = every partnership once), function ('*' = all, stays only) and start month ('*' = all). */
@Entity({ name: 'insight_rollups' })
// Covering indexes per slot (made in the migration; TypeORM cannot describe INCLUDE).
@Index('insight_rollups_month_province_idx', { synchronize: false })
@Index('insight_rollups_month_function_idx', { synchronize: false })
export class InsightRollup extends SumColumns {
  @PrimaryColumn({ name: 'start_month', type: 'text' })
  startMonth: string;
}

/** Each organisation's sums of the entries it sees (ViewerRollupCount in the domain), in all start months: what officers' dashboards read. */
@Entity({ name: 'insight_viewer_rollups' })
export class InsightViewerRollup extends SumColumns {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;
}

/** The statistics of one slot's stays in one status: what the cycle-time screens show, kept because medians do not add up. */
abstract class StayStatisticsColumns {
  @PrimaryColumn({ type: 'text' })
  level: string;

  @PrimaryColumn({ type: 'text' })
  status: string;

  @Column({ type: 'integer' })
  partnerships: number;

  @Column({ name: 'median_days', type: 'double precision' })
  medianDays: number;

  @Column({ name: 'p90_days', type: 'double precision' })
  p90Days: number;

  @Column({ name: 'still_in', type: 'integer' })
  stillIn: number;
}

/** The national cycle-time statistics per province, function and level slot, in all start months (StayStatistics in the domain). */
@Entity({ name: 'insight_stay_statistics' })
export class InsightStayStatistics extends StayStatisticsColumns {
  @PrimaryColumn({ type: 'text' })
  function: string;

  @PrimaryColumn({ type: 'text' })
  province: string;
}

/** Each organisation's cycle-time statistics without filters (all functions and start months): under province '*' per level slot, under each province all levels. */
@Entity({ name: 'insight_viewer_stay_statistics' })
export class InsightViewerStayStatistics extends StayStatisticsColumns {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'text' })
  province: string;
}

export const INSIGHT_ENTITIES = [InsightEntry, InsightRollup, InsightViewerRollup, InsightStayStatistics, InsightViewerStayStatistics];
