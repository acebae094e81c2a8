// The portfolio dashboards: reviewers and admins read the national sums, officers the entries of the partnerships
// their organisation sees; neither reads partnerships row by row.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ALL_PROVINCES,
  cycleTimesSummary,
  entryCounts,
  partnershipVisibilityScope,
  portfolioSummary,
  type CycleTimeQuery,
  type CycleTimes,
  type FacetSum,
  type Portfolio,
  type PortfolioQuery,
  type RollupFacet,
  type StayCount,
  type StuckPartnership,
  type StuckQuery,
} from '@daikou/domain';
import { AccessService } from '../auth/access.service';
import { todayInCambodia } from '../common/cambodia-date';
import { cursorParts, decodeCursor, toPage, type Page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { InsightEntry } from './insight.entities';

const STAY_FACETS: RollupFacet[] = ['stay', 'waiting'];
const PORTFOLIO_FACETS: RollupFacet[] = ['total', 'status', 'form', 'province', 'sector', 'accountability', 'quality', 'scorecard'];

type Filters = Pick<PortfolioQuery, 'province' | 'function' | 'from' | 'to'>;
type Scope = { kind: 'national' } | { kind: 'organization'; organizationId: string };

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
    const overall = await this.facetSums(scope, query, STAY_FACETS);
    const perProvince = await this.staysPerProvince(scope, query);
    return cycleTimesSummary(overall, perProvince, todayInCambodia(), query.level);
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
  private async facetSums(scope: Scope, filters: Filters, facets: RollupFacet[]): Promise<FacetSum[]> {
    const province = filters.province ?? ALL_PROVINCES;
    if (scope.kind === 'organization') {
      const entries = await this.entriesOf(scope.organizationId, filters);
      const unassessed = facets.includes('quality') ? await this.unassessedQualityPeriods(scope.organizationId, entries) : new Map<string, Set<string>>();
      return entries.flatMap((entry) =>
        entryCounts(entry, province).filter(
          (counted) => facets.includes(counted.facet) && !(counted.facet === 'quality' && unassessed.get(entry.partnershipId)?.has(counted.key.split('|')[0] ?? '')),
        ),
      );
    }
    const rows: { function: FacetSum['function']; facet: RollupFacet; key: string; count: string; total: string }[] = await this.dataSource.query(
      `SELECT function, facet, key, sum(count) AS count, sum(total) AS total
         FROM insight_rollups
        WHERE province = $1 AND facet = ANY($2::text[]) AND ($3::text IS NULL OR function = $3)
          AND ($4::text IS NULL OR start_month >= $4) AND ($5::text IS NULL OR start_month <= $5)
        GROUP BY function, facet, key`,
      [province, facets, filters.function ?? null, filters.from ?? null, filters.to ?? null],
    );
    return rows.map((row) => ({ ...row, count: Number(row.count), total: Number(row.total) }));
  }

  /** Stay counts per province (only the one asked for, when a province is asked for). */
  private async staysPerProvince(scope: Scope, filters: Filters): Promise<Map<string, StayCount[]>> {
    const perProvince = new Map<string, StayCount[]>();
    const add = (province: string, counted: StayCount) => {
      const list = perProvince.get(province);
      if (list) list.push(counted);
      else perProvince.set(province, [counted]);
    };
    if (scope.kind === 'organization') {
      for (const entry of await this.entriesOf(scope.organizationId, filters)) {
        for (const province of filters.province ? [filters.province] : entry.provinceCodes) {
          for (const counted of entryCounts(entry, province)) if (STAY_FACETS.includes(counted.facet)) add(province, counted);
        }
      }
      return perProvince;
    }
    const rows: { province: string; facet: RollupFacet; key: string; count: string }[] = await this.dataSource.query(
      `SELECT province, facet, key, sum(count) AS count
         FROM insight_rollups
        WHERE province <> '*' AND ($1::text IS NULL OR province = $1) AND facet = ANY($2::text[])
          AND ($3::text IS NULL OR function = $3) AND ($4::text IS NULL OR start_month >= $4) AND ($5::text IS NULL OR start_month <= $5)
        GROUP BY province, facet, key`,
      [filters.province ?? null, STAY_FACETS, filters.function ?? null, filters.from ?? null, filters.to ?? null],
    );
    for (const row of rows) add(row.province, { facet: row.facet, key: row.key, count: Number(row.count) });
    return perProvince;
  }

  /**
   * No anchoring on the dashboard either: per partnership the organisation is a party to, the assessed periods it has
   * not assessed itself yet (their gaps would show the other side's scores). Endorsing administrations see all, as on
   * the partnership's own quality page.
   */
  private async unassessedQualityPeriods(organizationId: string, entries: InsightEntry[]): Promise<Map<string, Set<string>>> {
    const rows: { partnershipId: string; period: string }[] = await this.dataSource.query(
      `SELECT DISTINCT qa.partnership_id AS "partnershipId", qa.period
         FROM quality_assessments qa
         JOIN partnership_parties pp ON pp.partnership_id = qa.partnership_id AND pp.organization_id = $1
        WHERE qa.partnership_id = ANY($2::uuid[])
          AND NOT EXISTS (SELECT 1 FROM quality_assessments own
                           WHERE own.partnership_id = qa.partnership_id AND own.period = qa.period AND own.organization_id = $1)`,
      [organizationId, entries.map((entry) => entry.partnershipId)],
    );
    const unassessed = new Map<string, Set<string>>();
    for (const row of rows) unassessed.set(row.partnershipId, (unassessed.get(row.partnershipId) ?? new Set()).add(row.period));
    return unassessed;
  }

  /** The entries of the partnerships an organisation sees, through the index on their viewers. */
  private async entriesOf(organizationId: string, filters: Filters): Promise<InsightEntry[]> {
    const qb = this.dataSource
      .getRepository(InsightEntry)
      .createQueryBuilder('e')
      .where('e.viewer_organization_ids @> ARRAY[CAST(:org AS uuid)]', { org: organizationId });
    if (filters.province) qb.andWhere(':province = ANY(e.province_codes)', { province: filters.province });
    if (filters.function) qb.andWhere('e.function = :function', { function: filters.function });
    if (filters.from) qb.andWhere('e.start_month >= :from', { from: filters.from });
    if (filters.to) qb.andWhere('e.start_month <= :to', { to: filters.to });
    return qb.getMany();
  }
}
