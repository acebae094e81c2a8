// The portfolio dashboards: reviewers and admins read the national sums, officers the entries of the partnerships
// their organisation sees (added up in the database); neither reads partnerships row by row.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ALL_FUNCTIONS,
  ALL_LEVELS,
  ALL_MONTHS,
  ALL_PROVINCES,
  cycleTimesFromStatistics,
  cycleTimesSummary,
  partnershipVisibilityScope,
  portfolioSummary,
  STAY_FACETS,
  type CycleTimeQuery,
  type CycleTimes,
  type FacetSum,
  type Portfolio,
  type PortfolioQuery,
  type RollupFacet,
  type StayCount,
  type StayStatistics,
  type StuckPartnership,
  type StuckQuery,
} from '@daikou/domain';
import { AccessService } from '../auth/access.service';
import { cursorParts, decodeCursor, toPage, type Page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';

const PORTFOLIO_FACETS: RollupFacet[] = ['total', 'status', 'form', 'province', 'sector', 'accountability', 'quality', 'scorecard'];

type Filters = Pick<PortfolioQuery, 'province' | 'function' | 'from' | 'to'>;
type StayFilters = Filters & Pick<CycleTimeQuery, 'level'>;
type Scope = { kind: 'national' } | { kind: 'organization'; organizationId: string };

// Without a period the all-months slot (one row per sum); with one, the start months in it ('*' sorts before '0000-00').
const MONTHS = `($4::text IS NULL OR start_month = $4) AND ($5::text IS NULL OR start_month >= $5) AND ($6::text IS NULL OR start_month <= $6)`;
const monthsOf = (filters: Filters) =>
  filters.from || filters.to ? [null, filters.from ?? '0000-00', filters.to ?? null] : [ALL_MONTHS, null, null];

// Sums kept per organisation are in all start months; under one province they hold the stays only.
const keptForViewers = (filters: Filters, facets: readonly RollupFacet[]) =>
  !filters.from && !filters.to && (!filters.province || facets.every((facet) => STAY_FACETS.includes(facet)));

// The entries of the partnerships an organisation ($1) sees, through the GIN index on their viewers, under the filters ($2–$5).
const SEEN_ENTRIES = `SELECT e.partnership_id, e.function, e.province_codes, e.facets FROM insight_entries e
  WHERE e.viewer_organization_ids @> ARRAY[$1::uuid] AND ($2::text IS NULL OR $2 = ANY(e.province_codes)) AND ($3::text IS NULL OR e.function = $3)
    AND ($4::text IS NULL OR e.start_month >= $4) AND ($5::text IS NULL OR e.start_month <= $5)`;
const entryFilters = (organizationId: string, filters: Filters) => [organizationId, filters.province ?? null, filters.function ?? null, filters.from ?? null, filters.to ?? null];

// Without a function filter, stays read the all-functions slot (the other facets have none: they count per function).
const functionSlot = (filters: Filters, facets: readonly RollupFacet[]) =>
  filters.function ?? (facets.every((facet) => STAY_FACETS.includes(facet)) ? ALL_FUNCTIONS : null);

const LEVEL_CODE_LENGTH = { province: 2, district: 4, commune: 6, village: 8 } as const;
const DAY_MS = 86_400_000;

@Injectable()
export class DashboardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async portfolio(context: RequestContext, query: PortfolioQuery): Promise<Portfolio> {
    const scope = await this.scopeOf(context);
    return portfolioSummary(await this.facetSums(scope, query, PORTFOLIO_FACETS));
  }

  async cycleTimes(context: RequestContext, query: CycleTimeQuery): Promise<CycleTimes> {
    const scope = await this.scopeOf(context);
    if (scope.kind === 'national' && !query.from && !query.to) return this.nationalCycleTimes(query);
    if (scope.kind === 'organization' && !query.from && !query.to && !query.province && !query.function && !query.level) {
      return this.viewerCycleTimes(scope.organizationId);
    }
    const overall =
      scope.kind === 'organization' && keptForViewers(query, STAY_FACETS)
        ? await this.viewerStays(scope.organizationId, query)
        : await this.facetSums(scope, query, STAY_FACETS);
    const perProvince = await this.staysPerProvince(scope, query);
    return cycleTimesSummary(overall, perProvince, query.level);
  }

  /** Partnerships in a status now, longest waiting first: where the slowest step's partnerships are. */
  async stuck(context: RequestContext, query: StuckQuery): Promise<Page<StuckPartnership>> {
    const scope = await this.scopeOf(context);
    const conditions = ['p.status = $1'];
    const parameters: unknown[] = [query.status];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    // The same rule as the partnership list: parties, and the parent administrations of the parties.
    if (scope.kind === 'organization') {
      add(
        (org) => `EXISTS (SELECT 1 FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
                           WHERE pp.partnership_id = p.id AND (pp.organization_id = ${org} OR o.endorsing_organization_id = ${org}))`,
        scope.organizationId,
      );
    }
    if (query.province) add((province) => `${province} = ANY(p.province_codes)`, query.province);
    if (query.function) add((fn) => `p.function = ${fn}`, query.function);
    if (query.level) add((length) => `(SELECT min(length(code)) FROM unnest(p.admin_unit_codes) code) = ${length}`, LEVEL_CODE_LENGTH[query.level]);
    const cursor = decodeCursor(query.cursor, [cursorParts.text, cursorParts.uuid]);
    if (cursor) {
      parameters.push(cursor[0], cursor[1]);
      conditions.push(`(p.status_since, p.id) > ($${parameters.length - 1}::timestamptz, $${parameters.length}::uuid)`);
    }
    parameters.push(query.limit + 1);
    const rows: { id: string; title: string; provinceCodes: string[]; status: StuckPartnership['status']; statusSince: Date }[] = await this.dataSource.query(
      `SELECT p.id, p.title, p.province_codes AS "provinceCodes", p.status, p.status_since AS "statusSince"
         FROM partnerships p WHERE ${conditions.join(' AND ')}
        ORDER BY p.status_since, p.id LIMIT $${parameters.length}`,
      parameters,
    );
    const now = Date.now();
    const page = toPage(rows, query.limit, (row) => [row.statusSince.toISOString(), row.id]);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({
        id: row.id,
        title: row.title,
        provinceCodes: row.provinceCodes,
        status: row.status,
        statusSince: row.statusSince.toISOString(),
        daysInStatus: Math.round(((now - row.statusSince.getTime()) / DAY_MS) * 100) / 100,
      })),
    };
  }

  /** National for reviewers and admins; an officer's organisation otherwise (403 for nobody else: every role may list). */
  private async scopeOf(context: RequestContext): Promise<Scope> {
    await this.access.authorize(context, 'partnership.list');
    const visibility = partnershipVisibilityScope(context.actor);
    return visibility.kind === 'organization' ? { kind: 'organization', organizationId: visibility.organizationId } : { kind: 'national' };
  }

  /** The facet counts of the partnerships the scope sees, limited to the filters (one province slot). */
  private async facetSums(scope: Scope, filters: Filters, facets: readonly RollupFacet[]): Promise<FacetSum[]> {
    const province = filters.province ?? ALL_PROVINCES;
    if (scope.kind === 'organization') {
      if (!keptForViewers(filters, facets)) return this.entrySums(scope.organizationId, filters, facets);
      const rows: { function: FacetSum['function']; facet: RollupFacet; key: string; count: string; total: string }[] = await this.dataSource.query(
        `SELECT function, facet, key, count, total FROM insight_viewer_rollups
          WHERE organization_id = $1 AND province = $2 AND facet = ANY($3::text[]) AND ($4::text IS NULL OR function = $4)`,
        [scope.organizationId, province, facets, filters.function ?? null],
      );
      return rows.map((row) => ({ ...row, count: Number(row.count), total: Number(row.total) }));
    }
    const rows: { function: FacetSum['function']; facet: RollupFacet; key: string; count: string; total: string }[] = await this.dataSource.query(
      `SELECT function, facet, key, sum(count) AS count, sum(total) AS total
         FROM insight_rollups
        WHERE province = $1 AND facet = ANY($2::text[]) AND ($3::text IS NULL OR function = $3) AND ${MONTHS}
        GROUP BY function, facet, key`,
      [province, facets, functionSlot(filters, facets), ...monthsOf(filters)],
    );
    return rows.map((row) => ({ ...row, count: Number(row.count), total: Number(row.total) }));
  }

  /**
   * An organisation's sums, added up in the database from the entries it sees (entryCounts under the filters' province
   * slot): their facets, and the province facet once per province counted. No anchoring on the dashboard either: a
   * party organisation does not count the quality periods it has not assessed itself yet (their gaps would show the
   * other side's scores); endorsing administrations see all, as on the partnership's own quality page.
   */
  private async entrySums(organizationId: string, filters: Filters, facets: readonly RollupFacet[]): Promise<FacetSum[]> {
    const rows: { function: FacetSum['function']; facet: RollupFacet; key: string; count: string; total: string }[] = await this.dataSource.query(
      // The periods set apart in one hashed set, not a subquery per counted facet (whose cost estimate would start JIT).
      `WITH seen AS (${SEEN_ENTRIES}),
       unassessed AS (
         SELECT qa.partnership_id, qa.period FROM quality_assessments qa
           JOIN partnership_parties pp ON pp.partnership_id = qa.partnership_id AND pp.organization_id = $1
          WHERE qa.partnership_id IN (SELECT partnership_id FROM seen)
            AND NOT EXISTS (SELECT 1 FROM quality_assessments own WHERE own.partnership_id = qa.partnership_id AND own.organization_id = $1 AND own.period = qa.period))
       SELECT function, facet, key, sum(count) AS count, sum(total) AS total FROM (
         SELECT s.function, f.facet, f.key, f.count, f.total
           FROM seen s CROSS JOIN LATERAL jsonb_to_recordset(s.facets) AS f(facet text, key text, count bigint, total bigint)
          WHERE f.facet = ANY($6::text[])
            AND NOT (f.facet = 'quality' AND (s.partnership_id, split_part(f.key, '|', 1)) IN (SELECT partnership_id, period FROM unassessed))
         UNION ALL
         SELECT s.function, 'province', code, 1, 0
           FROM seen s CROSS JOIN LATERAL unnest(s.province_codes) AS code
          WHERE 'province' = ANY($6::text[]) AND ($2::text IS NULL OR code = $2)
       ) counted
       GROUP BY function, facet, key`,
      [...entryFilters(organizationId, filters), facets],
    );
    return rows.map((row) => ({ ...row, count: Number(row.count), total: Number(row.total) }));
  }

  /** An organisation's cycle times without filters, from its statistics. */
  private async viewerCycleTimes(organizationId: string): Promise<CycleTimes> {
    const rows: StayStatistics[] = await this.dataSource.query(
      `SELECT province, '*' AS function, level, status, partnerships, median_days AS "medianDays", p90_days AS "p90Days", still_in AS "stillIn"
         FROM insight_viewer_stay_statistics WHERE organization_id = $1`,
      [organizationId],
    );
    return cycleTimesFromStatistics(rows, ALL_PROVINCES);
  }

  /** An organisation's stay counts under the filters' province slot, in all start months, functions added up. */
  private async viewerStays(organizationId: string, filters: StayFilters): Promise<StayCount[]> {
    const rows: { facet: RollupFacet; key: string; count: string }[] = await this.dataSource.query(
      `SELECT facet, key, sum(count) AS count FROM insight_viewer_rollups
        WHERE organization_id = $1 AND province = $2 AND facet = ANY($3::text[]) AND ($4::text IS NULL OR function = $4)
        GROUP BY facet, key`,
      [organizationId, filters.province ?? ALL_PROVINCES, STAY_FACETS, filters.function ?? null],
    );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  /** National cycle times in all start months, from the statistics kept per province, function and level slot. */
  private async nationalCycleTimes(filters: StayFilters): Promise<CycleTimes> {
    const province = filters.province ?? ALL_PROVINCES;
    const rows: (StayStatistics & { partnerships: number; stillIn: number })[] = await this.dataSource.query(
      // The province slot's statistics at every level, and every province's at the level asked for (or all levels).
      `SELECT province, function, level, status, partnerships, median_days AS "medianDays", p90_days AS "p90Days", still_in AS "stillIn"
         FROM insight_stay_statistics
        WHERE function = $1 AND (province = $2 OR (level = $3 AND ($4::text IS NULL OR province = $4)))`,
      [functionSlot(filters, STAY_FACETS), province, filters.level ?? ALL_LEVELS, filters.province ?? null],
    );
    return cycleTimesFromStatistics(rows, province, filters.level);
  }

  /** Stay counts per province (only the one asked for, when a province is asked for). */
  private async staysPerProvince(scope: Scope, filters: StayFilters): Promise<Map<string, StayCount[]>> {
    const rows: { province: string; facet: RollupFacet; key: string; count: string }[] =
      scope.kind === 'organization' && keptForViewers(filters, STAY_FACETS)
        ? await this.dataSource.query(
            // Per province the levels are merged (status|*|length) unless one level is asked for, as nationally.
            `SELECT province, facet, CASE WHEN $5::text IS NULL THEN split_part(key, '|', 1) || '|*|' || split_part(key, '|', 3) ELSE key END AS key,
                    sum(count) AS count
               FROM insight_viewer_rollups
              WHERE organization_id = $1 AND province <> '*' AND ($2::text IS NULL OR province = $2) AND facet = ANY($3::text[])
                AND ($4::text IS NULL OR function = $4)
              GROUP BY 1, 2, 3`,
            [scope.organizationId, filters.province ?? null, STAY_FACETS, filters.function ?? null, filters.level ?? null],
          )
        : scope.kind === 'organization'
        ? await this.dataSource.query(
            `WITH seen AS (${SEEN_ENTRIES})
             SELECT code AS province, f.facet, f.key, sum(f.count) AS count
               FROM seen s CROSS JOIN LATERAL unnest(s.province_codes) AS code
                    CROSS JOIN LATERAL jsonb_to_recordset(s.facets) AS f(facet text, key text, count bigint)
              WHERE ($2::text IS NULL OR code = $2) AND f.facet = ANY($6::text[])
              GROUP BY code, f.facet, f.key`,
            [...entryFilters(scope.organizationId, filters), STAY_FACETS],
          )
        : await this.dataSource.query(
            // Per province the levels are merged (status|*|length) unless one level is asked for: fewer rows to add up.
            `SELECT province, facet, CASE WHEN $7::text IS NULL THEN split_part(key, '|', 1) || '|*|' || split_part(key, '|', 3) ELSE key END AS key,
                    sum(count) AS count
               FROM insight_rollups
              WHERE province <> '*' AND ($1::text IS NULL OR province = $1) AND facet = ANY($2::text[])
                AND ($3::text IS NULL OR function = $3) AND ${MONTHS} AND ($7::text IS NULL OR split_part(key, '|', 2) = $7)
              GROUP BY 1, 2, 3`,
            [filters.province ?? null, STAY_FACETS, functionSlot(filters, STAY_FACETS), ...monthsOf(filters), filters.level ?? null],
          );
    const perProvince = new Map<string, StayCount[]>();
    for (const row of rows) {
      const counted = { facet: row.facet, key: row.key, count: Number(row.count) };
      const list = perProvince.get(row.province);
      if (list) list.push(counted);
      else perProvince.set(row.province, [counted]);
    }
    return perProvince;
  }
}
