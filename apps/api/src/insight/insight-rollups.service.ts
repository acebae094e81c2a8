// Keeps the dashboards' entries and national sums current: a job recomputes one partnership's entry whenever its
// rows change (database triggers ask for it in the changing transaction), and a daily job recomputes them all.
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ALL_MONTHS,
  STAY_FACETS,
  nationalCounts,
  portfolioEntry,
  rollupDelta,
  rollupKey,
  slotStayStatistics,
  unassessedPeriods,
  viewerRollupDelta,
  viewerRollupKey,
  viewerStayStatistics,
  type PortfolioEntry,
  type RollupCount,
  type StayCount,
  type StayStatistics,
  type UnassessedPeriods,
  type ViewerRollupCount,
  type ViewerStayStatistics,
} from '@daikou/domain';
import { todayInCambodia } from '../common/cambodia-date';
import { JobsService } from '../jobs/jobs.service';
import { InsightEntry } from './insight.entities';
import { loadPortfolioFacts } from './portfolio-facts';

const REBUILD_BATCH = 500;
/** Organisations whose cycle-time statistics the rebuild recomputes per statement. */
const ORGANIZATION_BATCH = 500;
/** Rollup rows written per statement. */
const WRITE_CHUNK = 1000;

export interface RebuildReport {
  partnerships: number;
  /** Entries that differed from a fresh computation (changed, missing or left over). */
  entriesDiffering: number;
  /** National sums that differed from the sum of the fresh entries. */
  rollupsDiffering: number;
  /** Organisations' sums that differed from the sum of the fresh entries they see. */
  viewerRollupsDiffering: number;
  /** A few of the differing sums, to see what drifted. */
  examples: { key: string; stored: number; expected: number }[];
}

const entryOf = (row: InsightEntry): PortfolioEntry => ({
  viewerOrganizationIds: row.viewerOrganizationIds,
  provinceCodes: row.provinceCodes,
  function: row.function,
  startMonth: row.startMonth,
  facets: row.facets,
});

// Stored facets come back from jsonb with their fields in another order: compare them field by field.
const canonical = (entry: PortfolioEntry | null) =>
  entry === null ? 'null' : JSON.stringify({ ...entry, facets: entry.facets.map((facet) => [facet.facet, facet.key, facet.count, facet.total]) });
const sameEntry = (a: PortfolioEntry | null, b: PortfolioEntry | null) => canonical(a) === canonical(b);
const counts = (row: RollupCount) => row.count !== 0 || row.total !== 0;
const sameUnassessed = (a: UnassessedPeriods, b: UnassessedPeriods) => JSON.stringify(a) === JSON.stringify(b);

type StaySlot = Pick<StayStatistics, 'province' | 'function'>;
const slotKey = (slot: StaySlot) => `${slot.province}\u0000${slot.function}`;
/** The province and function slots whose stay histograms (all start months) the rows move: their statistics need recomputing. */
function staySlotsOf(rows: readonly RollupCount[]): StaySlot[] {
  const slots = new Map<string, StaySlot>();
  for (const row of rows) {
    if (row.startMonth === ALL_MONTHS && STAY_FACETS.includes(row.facet)) slots.set(slotKey(row), { province: row.province, function: row.function });
  }
  return [...slots.values()].sort((a, b) => (slotKey(a) < slotKey(b) ? -1 : 1));
}

// An organisation's sums of the entries it sees, computed in the database from the stored entries (the domain's
// viewerCounts): every facet under all provinces except the quality periods a party has not assessed itself yet, the
// province facet once per province, and the stays under each province.
const FRESH_VIEWER_ROLLUPS = `
  SELECT organization_id, province, facet, function, key, sum(count)::bigint AS count, sum(total)::bigint AS total FROM (
    SELECT v AS organization_id, '*' AS province, f.facet, e.function, f.key, f.count, f.total
      FROM insight_entries e CROSS JOIN LATERAL unnest(e.viewer_organization_ids) AS v
           CROSS JOIN LATERAL jsonb_to_recordset(e.facets) AS f(facet text, key text, count bigint, total bigint)
     WHERE NOT (f.facet = 'quality' AND EXISTS (SELECT 1 FROM jsonb_array_elements(e.unassessed_periods) AS u
                                                 WHERE u->>0 = v::text AND u->1 ? split_part(f.key, '|', 1)))
    UNION ALL
    SELECT v, '*', 'province', e.function, code, 1, 0
      FROM insight_entries e CROSS JOIN LATERAL unnest(e.viewer_organization_ids) AS v CROSS JOIN LATERAL unnest(e.province_codes) AS code
    UNION ALL
    SELECT v, code, f.facet, e.function, f.key, f.count, f.total
      FROM insight_entries e CROSS JOIN LATERAL unnest(e.viewer_organization_ids) AS v CROSS JOIN LATERAL unnest(e.province_codes) AS code
           CROSS JOIN LATERAL jsonb_to_recordset(e.facets) AS f(facet text, key text, count bigint, total bigint)
     WHERE f.facet IN ('stay', 'waiting')
  ) counted
  GROUP BY 1, 2, 3, 4, 5 HAVING sum(count) <> 0 OR sum(total) <> 0`;

/** The tables a refresh or the rebuild writes, in the one order both lock them. */
const INSIGHT_TABLES = 'insight_entries, insight_rollups, insight_viewer_rollups, insight_stay_statistics, insight_viewer_stay_statistics';

@Injectable()
export class InsightRollupsService implements OnModuleInit {
  private readonly logger = new Logger('InsightRollups');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('insight.refresh_partnership', (payload: { partnershipId: string }) => this.refresh(payload.partnershipId));
    this.jobs.register('insight.rebuild', () => this.rebuild());
  }

  /**
   * Recomputes one partnership's entry from its rows and moves the national sums by the difference. Running it again,
   * or out of order, gives the same result: it always starts from the rows as they are now.
   */
  async refresh(partnershipId: string, today = todayInCambodia()): Promise<{ changed: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      // First the tables, in the rebuild's order and in a mode refreshes share: a refresh waits for a running rebuild
      // (and a rebuild for running refreshes) before reading, instead of holding a sums table the rebuild waits for
      // while waiting itself to write the entry the rebuild has locked (a deadlock, seen while an import finished).
      await manager.query(`LOCK TABLE ${INSIGHT_TABLES} IN ROW EXCLUSIVE MODE`);
      // Two refreshes of one partnership take turns, so that neither subtracts an entry the other replaced.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('insight.entry'), hashtext($1))`, [partnershipId]);
      const stored = await manager.getRepository(InsightEntry).findOneBy({ partnershipId });
      const facts = (await loadPortfolioFacts(manager, [partnershipId])).get(partnershipId);
      const before = stored ? entryOf(stored) : null;
      const after = facts ? portfolioEntry(facts, today) : null;
      const [unassessedBefore, unassessedAfter] = [stored?.unassessedPeriods ?? [], facts ? unassessedPeriods(facts) : []];
      if (sameEntry(before, after) && sameUnassessed(unassessedBefore, unassessedAfter) && stored?.computedOn === today) return { changed: false };
      const delta = rollupDelta(before, after);
      const viewerDelta = viewerRollupDelta(before && { entry: before, unassessed: unassessedBefore }, after && { entry: after, unassessed: unassessedAfter });
      const staySlots = staySlotsOf(delta);
      const stayViewers = [...new Set(viewerDelta.filter((row) => STAY_FACETS.includes(row.facet)).map((row) => row.organizationId))].sort();
      // Statistics are recomputed from the histograms as committed: refreshes moving stays take turns from here on,
      // so that each reads the counts of the one before it.
      if (staySlots.length > 0 || stayViewers.length > 0) await manager.query(`SELECT pg_advisory_xact_lock(hashtext('insight.stay_statistics'))`);
      await this.addToRollups(manager, delta);
      await this.addToViewerRollups(manager, viewerDelta);
      await this.storeEntry(manager, partnershipId, after, unassessedAfter, today);
      await this.recomputeStayStatistics(manager, staySlots);
      await this.recomputeViewerStayStatistics(manager, stayViewers);
      return { changed: !sameEntry(before, after) };
    });
  }

  /**
   * Recomputes every entry and the national sums from scratch, reports what differed and puts it right. Overdue
   * commitments depend on the date, so this is also what moves them on each day.
   */
  async rebuild(today = todayInCambodia()): Promise<RebuildReport> {
    return this.dataSource.transaction(async (manager) => {
      // Refreshes wait until the rebuild is done; dashboards keep reading the previous sums meanwhile.
      await manager.query(`LOCK TABLE ${INSIGHT_TABLES} IN EXCLUSIVE MODE`);
      const ids: string[] = (await manager.query(`SELECT id FROM partnerships UNION SELECT partnership_id FROM insight_entries`)).map(
        (row: { id: string }) => row.id,
      );
      const expected = new Map<string, RollupCount>();
      let entriesDiffering = 0;
      for (let start = 0; start < ids.length; start += REBUILD_BATCH) {
        const batch = ids.slice(start, start + REBUILD_BATCH);
        const facts = await loadPortfolioFacts(manager, batch);
        const stored = new Map(
          (await manager.getRepository(InsightEntry).createQueryBuilder('e').where('e.partnership_id IN (:...batch)', { batch }).getMany()).map(
            (row) => [row.partnershipId, { entry: entryOf(row), unassessed: row.unassessedPeriods }],
          ),
        );
        for (const id of batch) {
          const partnershipFacts = facts.get(id);
          const fresh = partnershipFacts ? portfolioEntry(partnershipFacts, today) : null;
          const unassessed = partnershipFacts ? unassessedPeriods(partnershipFacts) : [];
          const before = stored.get(id);
          if (!sameEntry(before?.entry ?? null, fresh) || (fresh && !sameUnassessed(before?.unassessed ?? [], unassessed))) entriesDiffering += 1;
          await this.storeEntry(manager, id, fresh, unassessed, today);
          for (const row of fresh ? nationalCounts(fresh) : []) {
            const key = rollupKey(row);
            const sum = expected.get(key);
            if (sum) {
              sum.count += row.count;
              sum.total += row.total;
            } else expected.set(key, { ...row });
          }
        }
      }
      const stored = new Map((await this.readRollups(manager)).map((row) => [rollupKey(row), row]));
      const fresh = [...expected.values()].filter(counts);
      const differing = fresh
        .filter((row) => {
          const current = stored.get(rollupKey(row));
          return current?.count !== row.count || current.total !== row.total;
        })
        .map((row) => ({ key: rollupKey(row), stored: stored.get(rollupKey(row))?.count ?? 0, expected: row.count }));
      const leftOver = [...stored.entries()].filter(([key]) => !expected.get(key) || !counts(expected.get(key)!)).map(([key, row]) => ({ key, stored: row.count, expected: 0 }));
      await manager.query(`DELETE FROM insight_rollups`);
      await this.addToRollups(manager, fresh);
      await manager.query(`DELETE FROM insight_stay_statistics`);
      await this.recomputeStayStatistics(manager, staySlotsOf(fresh));
      const viewerRollupsDiffering = await this.rebuildViewerRollups(manager);
      await manager.query(`DELETE FROM insight_viewer_stay_statistics`);
      const viewers: string[] = (
        await manager.query(`SELECT DISTINCT organization_id FROM insight_viewer_rollups WHERE facet = ANY($1::text[]) ORDER BY 1`, [STAY_FACETS])
      ).map((row: { organization_id: string }) => row.organization_id);
      for (let start = 0; start < viewers.length; start += ORGANIZATION_BATCH) {
        await this.recomputeViewerStayStatistics(manager, viewers.slice(start, start + ORGANIZATION_BATCH));
      }
      const report: RebuildReport = {
        partnerships: ids.length,
        entriesDiffering,
        rollupsDiffering: differing.length + leftOver.length,
        viewerRollupsDiffering,
        examples: [...differing, ...leftOver].slice(0, 10).map((example) => ({ ...example, key: example.key.replaceAll('\u0000', ' | ') })),
      };
      if (report.entriesDiffering > 0 || report.rollupsDiffering > 0 || report.viewerRollupsDiffering > 0) this.logger.warn(`Dashboard rebuild put right ${JSON.stringify(report)}`);
      return report;
    });
  }

  /** Every national sum as stored. */
  async readRollups(manager: EntityManager = this.dataSource.manager): Promise<RollupCount[]> {
    const rows: { province: string; function: RollupCount['function']; startMonth: string; facet: RollupCount['facet']; key: string; count: string; total: string }[] =
      await manager.query(`SELECT province, function, start_month AS "startMonth", facet, key, count, total FROM insight_rollups`);
    return rows.map((row) => ({ ...row, count: Number(row.count), total: Number(row.total) }));
  }

  /** Every organisation's sums as stored. */
  async readViewerRollups(manager: EntityManager = this.dataSource.manager): Promise<ViewerRollupCount[]> {
    const rows: (Omit<ViewerRollupCount, 'count' | 'total'> & { count: string; total: string })[] = await manager.query(
      `SELECT organization_id AS "organizationId", province, function, facet, key, count, total FROM insight_viewer_rollups`,
    );
    return rows.map((row) => ({ ...row, count: Number(row.count), total: Number(row.total) }));
  }

  /** Every slot's cycle-time statistics as stored. */
  async readStayStatistics(manager: EntityManager = this.dataSource.manager): Promise<StayStatistics[]> {
    return manager.query(
      `SELECT province, function, level, status, partnerships, median_days AS "medianDays", p90_days AS "p90Days", still_in AS "stillIn"
         FROM insight_stay_statistics`,
    );
  }

  private async storeEntry(manager: EntityManager, partnershipId: string, entry: PortfolioEntry | null, unassessed: UnassessedPeriods, today: string): Promise<void> {
    if (entry === null) {
      await manager.delete(InsightEntry, { partnershipId });
      return;
    }
    await manager.upsert(InsightEntry, { partnershipId, ...entry, unassessedPeriods: unassessed, computedOn: today }, ['partnershipId']);
  }

  /** Recomputes the cycle-time statistics of the slots from their stay histograms (all start months) as they are now. */
  private async recomputeStayStatistics(manager: EntityManager, slots: readonly StaySlot[]): Promise<void> {
    if (slots.length === 0) return;
    const [provinces, functions] = [slots.map((slot) => slot.province), slots.map((slot) => slot.function)];
    const rows: (StayCount & StaySlot & { count: string })[] = await manager.query(
      `SELECT r.province, r.function, r.facet, r.key, r.count
         FROM insight_rollups r JOIN unnest($1::text[], $2::text[]) AS slot(province, function) ON r.province = slot.province AND r.function = slot.function
        WHERE r.start_month = $3 AND r.facet = ANY($4::text[])`,
      [provinces, functions, ALL_MONTHS, STAY_FACETS],
    );
    const histograms = new Map<string, StayCount[]>();
    for (const row of rows) {
      const counted = { facet: row.facet, key: row.key, count: Number(row.count) };
      const list = histograms.get(slotKey(row));
      if (list) list.push(counted);
      else histograms.set(slotKey(row), [counted]);
    }
    const statistics = slots.flatMap((slot) => slotStayStatistics(slot, histograms.get(slotKey(slot)) ?? []));
    await manager.query(
      `DELETE FROM insight_stay_statistics s USING unnest($1::text[], $2::text[]) AS slot(province, function)
        WHERE s.province = slot.province AND s.function = slot.function`,
      [provinces, functions],
    );
    for (let start = 0; start < statistics.length; start += WRITE_CHUNK) {
      const chunk = statistics.slice(start, start + WRITE_CHUNK);
      const column = <K extends keyof StayStatistics>(name: K) => chunk.map((row) => row[name]);
      await manager.query(
        `INSERT INTO insight_stay_statistics (province, function, level, status, partnerships, median_days, p90_days, still_in)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::float8[], $7::float8[], $8::int[])`,
        [column('province'), column('function'), column('level'), column('status'), column('partnerships'), column('medianDays'), column('p90Days'), column('stillIn')],
      );
    }
  }

  /** Every organisation's cycle-time statistics as stored. */
  async readViewerStayStatistics(manager: EntityManager = this.dataSource.manager): Promise<ViewerStayStatistics[]> {
    return manager.query(
      `SELECT organization_id AS "organizationId", province, '*' AS function, level, status, partnerships, median_days AS "medianDays", p90_days AS "p90Days", still_in AS "stillIn"
         FROM insight_viewer_stay_statistics`,
    );
  }

  /** Recomputes the organisations' cycle-time statistics from their stay counts as they are now. */
  private async recomputeViewerStayStatistics(manager: EntityManager, organizationIds: readonly string[]): Promise<void> {
    if (organizationIds.length === 0) return;
    const rows: (StayCount & { organizationId: string; province: string; count: string })[] = await manager.query(
      `SELECT organization_id AS "organizationId", province, facet, key, count FROM insight_viewer_rollups
        WHERE organization_id = ANY($1::uuid[]) AND facet = ANY($2::text[])`,
      [organizationIds, STAY_FACETS],
    );
    const stays = new Map<string, Map<string, StayCount[]>>();
    for (const row of rows) {
      const ofViewer = stays.get(row.organizationId) ?? new Map<string, StayCount[]>();
      stays.set(row.organizationId, ofViewer);
      const counted = { facet: row.facet, key: row.key, count: Number(row.count) };
      const list = ofViewer.get(row.province);
      if (list) list.push(counted);
      else ofViewer.set(row.province, [counted]);
    }
    const statistics = [...stays].flatMap(([organizationId, byProvince]) => viewerStayStatistics(organizationId, byProvince));
    await manager.query(`DELETE FROM insight_viewer_stay_statistics WHERE organization_id = ANY($1::uuid[])`, [organizationIds]);
    for (let start = 0; start < statistics.length; start += WRITE_CHUNK) {
      const chunk = statistics.slice(start, start + WRITE_CHUNK);
      const column = <K extends keyof ViewerStayStatistics>(name: K) => chunk.map((row) => row[name]);
      await manager.query(
        `INSERT INTO insight_viewer_stay_statistics (organization_id, province, level, status, partnerships, median_days, p90_days, still_in)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::float8[], $7::float8[], $8::int[])`,
        [column('organizationId'), column('province'), column('level'), column('status'), column('partnerships'), column('medianDays'), column('p90Days'), column('stillIn')],
      );
    }
  }

  /** Recomputes every organisation's sums from the stored entries; reports how many stored sums differed. */
  private async rebuildViewerRollups(manager: EntityManager): Promise<number> {
    await manager.query(`CREATE TEMPORARY TABLE fresh_viewer_rollups ON COMMIT DROP AS ${FRESH_VIEWER_ROLLUPS}`);
    const [counted]: [{ differing: string }] = await manager.query(
      `SELECT count(*) AS differing FROM fresh_viewer_rollups f FULL JOIN insight_viewer_rollups s USING (organization_id, province, facet, function, key)
        WHERE f.count IS DISTINCT FROM s.count OR f.total IS DISTINCT FROM s.total`,
    );
    await manager.query(`DELETE FROM insight_viewer_rollups`);
    await manager.query(
      `INSERT INTO insight_viewer_rollups (organization_id, province, facet, function, key, count, total)
       SELECT organization_id, province, facet, function, key, count, total FROM fresh_viewer_rollups ORDER BY 1, 2, 3, 4, 5`,
    );
    await manager.query(`DROP TABLE fresh_viewer_rollups`);
    return Number(counted.differing);
  }

  /** Adds counts to the organisations' sums (as the national ones). */
  private addToViewerRollups(manager: EntityManager, rows: readonly ViewerRollupCount[]): Promise<void> {
    return addToSums(manager, VIEWER_SUMS, rows, viewerRollupKey);
  }

  /** Adds counts to the national sums. */
  private addToRollups(manager: EntityManager, rows: readonly RollupCount[]): Promise<void> {
    return addToSums(manager, NATIONAL_SUMS, rows, rollupKey);
  }
}

/** A table of sums: its name and its key columns with the field each comes from. */
interface SumsTable<R> {
  table: string;
  keys: readonly { column: string; type: 'text' | 'uuid'; field: keyof R & string }[];
}

const NATIONAL_SUMS: SumsTable<RollupCount> = {
  table: 'insight_rollups',
  keys: [
    { column: 'province', type: 'text', field: 'province' },
    { column: 'function', type: 'text', field: 'function' },
    { column: 'start_month', type: 'text', field: 'startMonth' },
    { column: 'facet', type: 'text', field: 'facet' },
    { column: 'key', type: 'text', field: 'key' },
  ],
};

const VIEWER_SUMS: SumsTable<ViewerRollupCount> = {
  table: 'insight_viewer_rollups',
  keys: [
    { column: 'organization_id', type: 'uuid', field: 'organizationId' },
    { column: 'province', type: 'text', field: 'province' },
    { column: 'facet', type: 'text', field: 'facet' },
    { column: 'function', type: 'text', field: 'function' },
    { column: 'key', type: 'text', field: 'key' },
  ],
};

/**
 * Adds counts to a table of sums in key order (so that concurrent refreshes lock rows in one order) and drops sums that
 * reach zero.
 */
async function addToSums<R extends { count: number; total: number }>(
  manager: EntityManager,
  { table, keys }: SumsTable<R>,
  rows: readonly R[],
  keyOf: (row: R) => string,
): Promise<void> {
  const sorted = [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const columns = keys.map((key) => key.column).join(', ');
  const arrays = keys.map((key, index) => `$${index + 1}::${key.type}[]`).join(', ');
  const names = keys.map((_, index) => `k${index}`);
  for (let start = 0; start < sorted.length; start += WRITE_CHUNK) {
    const chunk = sorted.slice(start, start + WRITE_CHUNK);
    const keyValues = keys.map((key) => chunk.map((row) => row[key.field]));
    await manager.query(
      `INSERT INTO ${table} (${columns}, count, total)
       SELECT ${names.join(', ')}, n, s
         FROM unnest(${arrays}, $${keys.length + 1}::bigint[], $${keys.length + 2}::bigint[]) WITH ORDINALITY AS t(${names.join(', ')}, n, s, position)
        ORDER BY position
       ON CONFLICT (${columns})
       DO UPDATE SET count = ${table}.count + EXCLUDED.count, total = ${table}.total + EXCLUDED.total`,
      [...keyValues, chunk.map((row) => row.count), chunk.map((row) => row.total)],
    );
    await manager.query(
      `DELETE FROM ${table} r USING unnest(${arrays}) AS t(${names.join(', ')})
        WHERE ${keys.map((key, index) => `r.${key.column} = t.${names[index]}`).join(' AND ')} AND r.count = 0 AND r.total = 0`,
      keyValues,
    );
  }
}
