// Keeps the dashboards' entries and national sums current: a job recomputes one partnership's entry whenever its
// rows change (database triggers ask for it in the changing transaction), and a daily job recomputes them all.
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { nationalCounts, portfolioEntry, rollupDelta, rollupKey, type PortfolioEntry, type RollupCount } from '@daikou/domain';
import { todayInCambodia } from '../common/cambodia-date';
import { JobsService } from '../jobs/jobs.service';
import { InsightEntry } from './insight.entities';
import { loadPortfolioFacts } from './portfolio-facts';

const REBUILD_BATCH = 500;
/** Rollup rows written per statement. */
const WRITE_CHUNK = 1000;

export interface RebuildReport {
  partnerships: number;
  /** Entries that differed from a fresh computation (changed, missing or left over). */
  entriesDiffering: number;
  /** National sums that differed from the sum of the fresh entries. */
  rollupsDiffering: number;
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
      // Two refreshes of one partnership take turns, so that neither subtracts an entry the other replaced.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('insight.entry'), hashtext($1))`, [partnershipId]);
      const stored = await manager.getRepository(InsightEntry).findOneBy({ partnershipId });
      const facts = (await loadPortfolioFacts(manager, [partnershipId])).get(partnershipId);
      const before = stored ? entryOf(stored) : null;
      const after = facts ? portfolioEntry(facts, today) : null;
      if (sameEntry(before, after) && stored?.computedOn === today) return { changed: false };
      await this.addToRollups(manager, rollupDelta(before, after));
      await this.storeEntry(manager, partnershipId, after, today);
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
      await manager.query(`LOCK TABLE insight_entries, insight_rollups IN EXCLUSIVE MODE`);
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
            (row) => [row.partnershipId, entryOf(row)],
          ),
        );
        for (const id of batch) {
          const partnershipFacts = facts.get(id);
          const fresh = partnershipFacts ? portfolioEntry(partnershipFacts, today) : null;
          if (!sameEntry(stored.get(id) ?? null, fresh)) entriesDiffering += 1;
          await this.storeEntry(manager, id, fresh, today);
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
      const report: RebuildReport = {
        partnerships: ids.length,
        entriesDiffering,
        rollupsDiffering: differing.length + leftOver.length,
        examples: [...differing, ...leftOver].slice(0, 10).map((example) => ({ ...example, key: example.key.replaceAll('\u0000', ' | ') })),
      };
      if (report.entriesDiffering > 0 || report.rollupsDiffering > 0) this.logger.warn(`Dashboard rebuild put right ${JSON.stringify(report)}`);
      return report;
    });
  }

  /** Every national sum as stored. */
  async readRollups(manager: EntityManager = this.dataSource.manager): Promise<RollupCount[]> {
    const rows: { province: string; function: RollupCount['function']; startMonth: string; facet: RollupCount['facet']; key: string; count: string; total: string }[] =
      await manager.query(`SELECT province, function, start_month AS "startMonth", facet, key, count, total FROM insight_rollups`);
    return rows.map((row) => ({ ...row, count: Number(row.count), total: Number(row.total) }));
  }

  private async storeEntry(manager: EntityManager, partnershipId: string, entry: PortfolioEntry | null, today: string): Promise<void> {
    if (entry === null) {
      await manager.delete(InsightEntry, { partnershipId });
      return;
    }
    await manager.upsert(InsightEntry, { partnershipId, ...entry, computedOn: today }, ['partnershipId']);
  }

  /** Adds counts to the national sums (in key order, so that concurrent refreshes lock rows in one order) and drops sums that reach zero. */
  private async addToRollups(manager: EntityManager, rows: readonly RollupCount[]): Promise<void> {
    const sorted = [...rows].sort((a, b) => (rollupKey(a) < rollupKey(b) ? -1 : rollupKey(a) > rollupKey(b) ? 1 : 0));
    for (let start = 0; start < sorted.length; start += WRITE_CHUNK) {
      const chunk = sorted.slice(start, start + WRITE_CHUNK);
      const column = <K extends keyof RollupCount>(name: K) => chunk.map((row) => row[name]);
      const parameters = [column('province'), column('function'), column('startMonth'), column('facet'), column('key'), column('count'), column('total')];
      await manager.query(
        `INSERT INTO insight_rollups (province, function, start_month, facet, key, count, total)
         SELECT p, f, m, c, k, n, s FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[]) WITH ORDINALITY AS t(p, f, m, c, k, n, s, position)
         ORDER BY position
         ON CONFLICT (province, function, start_month, facet, key)
         DO UPDATE SET count = insight_rollups.count + EXCLUDED.count, total = insight_rollups.total + EXCLUDED.total`,
        parameters,
      );
      await manager.query(
        `DELETE FROM insight_rollups r USING unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(p, f, m, c, k)
          WHERE r.province = t.p AND r.function = t.f AND r.start_month = t.m AND r.facet = t.c AND r.key = t.k AND r.count = 0 AND r.total = 0`,
        parameters.slice(0, 5),
      );
    }
  }
}
