import type { PartnershipFunction } from './partnership-classification.js';
import { ALL_PROVINCES, STAY_FACETS, entryCounts, type FacetCount, type PartnershipFacts, type PortfolioEntry } from './portfolio.js';

// An officer's dashboards add up the entries their organisation sees. Those sums are kept per viewing organisation,
// so that reading them costs the same whatever the number of partnerships: each entry adds its counts to every
// organisation that sees it, under all provinces (every facet) and under each of its provinces (stays, for the
// cycle times per province), in all start months.

/** Per party organisation, the quality periods it has not assessed itself yet while another organisation has: [organisation, periods]. */
export type UnassessedPeriods = [organizationId: string, periods: string[]][];

/** One organisation's sum: facet counts of the partnerships it sees, per province slot and function. */
export interface ViewerRollupCount extends FacetCount {
  organizationId: string;
  province: string;
  function: PartnershipFunction;
}

/** The periods each party of `facts` has not assessed yet (parties that assessed them all are left out), sorted. */
export function unassessedPeriods(facts: PartnershipFacts): UnassessedPeriods {
  const periods = [...new Set(facts.assessments.map((assessment) => assessment.period))].sort();
  const parties = [...new Set(facts.parties.map((party) => party.organizationId))].sort();
  return parties.flatMap((organizationId): UnassessedPeriods => {
    const own = new Set(facts.assessments.filter((assessment) => assessment.organizationId === organizationId).map((assessment) => assessment.period));
    const missing = periods.filter((period) => !own.has(period));
    return missing.length === 0 ? [] : [[organizationId, missing]];
  });
}

/**
 * The entry's share of each viewing organisation's sums. No anchoring: a party organisation does not count the
 * quality periods it has not assessed itself yet (their gaps would show the other side's scores); endorsing
 * administrations count them all, as on the partnership's own quality page.
 */
export function viewerCounts(entry: PortfolioEntry, unassessed: UnassessedPeriods): ViewerRollupCount[] {
  const notYet = new Map(unassessed.map(([organizationId, periods]) => [organizationId, new Set(periods)]));
  const stays = entry.provinceCodes.flatMap((province) =>
    entryCounts(entry, province)
      .filter((counted) => STAY_FACETS.includes(counted.facet))
      .map((counted) => ({ ...counted, province })),
  );
  return entry.viewerOrganizationIds.flatMap((organizationId) => {
    const skipped = notYet.get(organizationId);
    const counted = entryCounts(entry).filter((row) => !(row.facet === 'quality' && skipped?.has(row.key.split('|')[0]!)));
    return [...counted.map((row) => ({ ...row, province: ALL_PROVINCES })), ...stays].map((row) => ({ ...row, organizationId }));
  });
}

export function viewerRollupKey(row: Omit<ViewerRollupCount, 'count' | 'total'>): string {
  return [row.organizationId, row.province, row.facet, row.function, row.key].join('\u0000');
}

/** Adds up counts under the same keys, dropping keys that add up to nothing. */
export function sumViewerRollups(rows: readonly ViewerRollupCount[]): ViewerRollupCount[] {
  const sums = new Map<string, ViewerRollupCount>();
  for (const row of rows) {
    const key = viewerRollupKey(row);
    const sum = sums.get(key);
    if (sum) {
      sum.count += row.count;
      sum.total += row.total;
    } else sums.set(key, { ...row });
  }
  return [...sums.values()].filter((row) => row.count !== 0 || row.total !== 0);
}

/** What changes in the organisations' sums when an entry (with its parties' unassessed periods) goes from `before` to `after` (null: none). */
export function viewerRollupDelta(
  before: { entry: PortfolioEntry; unassessed: UnassessedPeriods } | null,
  after: { entry: PortfolioEntry; unassessed: UnassessedPeriods } | null,
): ViewerRollupCount[] {
  const negated = (before ? viewerCounts(before.entry, before.unassessed) : []).map((row) => ({ ...row, count: -row.count, total: -row.total }));
  return sumViewerRollups([...negated, ...(after ? viewerCounts(after.entry, after.unassessed) : [])]);
}
