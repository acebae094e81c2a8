import { ADMIN_UNIT_LEVELS, type AdminUnitLevel } from './admin-units.js';
import { MEASURED_STATUSES, cycleTimeStatistics, slowestSteps, type StatusCycleTimeStatistics } from './cycle-times.js';
import type { PartnershipFunction } from './partnership-classification.js';
import { ALL_FUNCTIONS, ALL_PROVINCES, staysFrom, type CycleTimesSummary, type StayCount } from './portfolio.js';

// The national cycle times without a period filter, kept as statistics per province slot, function slot and level
// slot: medians cannot be added up, and the stay histograms behind them hold thousands of lengths per province, so
// the dashboard reads these few rows instead of the histograms. They are recomputed from a slot's histogram whenever
// its counts move.

/** The level slot counting every level. */
export const ALL_LEVELS = '*';

/** The statistics of one measured status in one slot (only statuses with stays are kept). */
export interface StayStatistics extends StatusCycleTimeStatistics {
  province: string;
  function: PartnershipFunction | typeof ALL_FUNCTIONS;
  level: AdminUnitLevel | typeof ALL_LEVELS;
}

/** The statistics of one province and function slot from its stay counts (all start months), per level slot. */
export function slotStayStatistics(
  slot: Pick<StayStatistics, 'province' | 'function'>,
  rows: readonly StayCount[],
): StayStatistics[] {
  const levels: StayStatistics['level'][] = [ALL_LEVELS, ...ADMIN_UNIT_LEVELS];
  return levels.flatMap((level) =>
    cycleTimeStatistics(staysFrom(rows, level === ALL_LEVELS ? undefined : level))
      .filter((statistics) => statistics.partnerships > 0)
      .map((statistics) => ({ ...slot, level, ...statistics })),
  );
}

/** One organisation's statistics: of the partnerships it sees, every function, all start months. */
export interface ViewerStayStatistics extends StayStatistics {
  organizationId: string;
}

/**
 * An organisation's statistics for its cycle times without filters, from its stay counts per province slot (functions
 * added up): every level slot under ALL_PROVINCES, all levels under each province.
 */
export function viewerStayStatistics(organizationId: string, stays: ReadonlyMap<string, readonly StayCount[]>): ViewerStayStatistics[] {
  return [...stays].flatMap(([province, rows]) =>
    slotStayStatistics({ province, function: ALL_FUNCTIONS }, rows)
      .filter((row) => province === ALL_PROVINCES || row.level === ALL_LEVELS)
      .map((row) => ({ ...row, organizationId })),
  );
}

/**
 * The cycle-times dashboard from the statistics of one function slot: as cycleTimesSummary gives it from the stay
 * counts under the province slot `province` (and per province: only that one when it is not ALL_PROVINCES).
 */
export function cycleTimesFromStatistics(rows: readonly StayStatistics[], province: string, level?: AdminUnitLevel): CycleTimesSummary {
  const levelSlot = level ?? ALL_LEVELS;
  const statusesOf = (inProvince: string, inLevel: StayStatistics['level']): StatusCycleTimeStatistics[] =>
    MEASURED_STATUSES.map((status) => {
      const found = rows.find((row) => row.province === inProvince && row.level === inLevel && row.status === status);
      return found
        ? { status, partnerships: found.partnerships, medianDays: found.medianDays, p90Days: found.p90Days, stillIn: found.stillIn }
        : { status, partnerships: 0, medianDays: null, p90Days: null, stillIn: 0 };
    });
  const provinces = [...new Set(rows.filter((row) => row.province !== ALL_PROVINCES && row.level === levelSlot && (province === ALL_PROVINCES || row.province === province)).map((row) => row.province))];
  const statuses = statusesOf(province, levelSlot);
  const byProvince = provinces.sort((a, b) => a.localeCompare(b)).map((each) => ({ province: each, statuses: statusesOf(each, levelSlot) }));
  const byLevel = (level === undefined ? ADMIN_UNIT_LEVELS : [level])
    .map((each) => ({ level: each, statuses: statusesOf(province, each) }))
    .filter((each) => each.statuses.some((statistics) => statistics.partnerships > 0));
  return { statuses, byProvince, byLevel, slowest: slowestSteps(statuses, byProvince) };
}
