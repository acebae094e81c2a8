// The dashboards' filters as they stand in the address: ?province=&function=&from=&to=, and &level= on cycle times.
import {
  ADMIN_UNIT_LEVELS,
  PARTNERSHIP_FUNCTIONS,
  PARTNERSHIP_STATUSES,
  PROVINCE_CODE_PATTERN,
  type AdminUnitLevel,
  type PartnershipFunction,
  type PartnershipStatus,
} from '@daikou/domain';
import { oneOf } from '../../../lib/use-url-filters';

// The API's month check (the domain's MONTH_PATTERN sits beside its zod schemas, which the dashboard must not load).
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export type DashboardFilters = {
  /** A province's two-digit code. */
  province?: string;
  function?: PartnershipFunction;
  /** Months YYYY-MM, both included: partnerships that start in them. */
  from?: string;
  to?: string;
  /** The administrative level a partnership works at (cycle times only). */
  level?: AdminUnitLevel;
};

export type StuckFilters = Omit<DashboardFilters, 'from' | 'to'> & { status?: PartnershipStatus };

const matching = (pattern: RegExp, value: string | null) => (value !== null && pattern.test(value) ? value : undefined);

export function parseDashboardFilters(params: URLSearchParams): DashboardFilters {
  const from = matching(MONTH_PATTERN, params.get('from'));
  const to = matching(MONTH_PATTERN, params.get('to'));
  return {
    province: matching(PROVINCE_CODE_PATTERN, params.get('province')),
    function: oneOf(PARTNERSHIP_FUNCTIONS, params.get('function')),
    from,
    // An edited address with the months reversed keeps the first: the API would refuse the pair.
    to: from !== undefined && to !== undefined && to < from ? undefined : to,
    level: oneOf(ADMIN_UNIT_LEVELS, params.get('level')),
  };
}

export function parseStuckFilters(params: URLSearchParams): StuckFilters {
  const { province, function: fn, level } = parseDashboardFilters(params);
  return { status: oneOf(PARTNERSHIP_STATUSES, params.get('status')), province, function: fn, level };
}

/** The address's query for these filters (empty ones left out), e.g. to keep them when moving between dashboards. */
export function filterSearch(filters: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The portfolio has no level filter. */
export function parsePortfolioFilters(params: URLSearchParams): Omit<DashboardFilters, 'level'> {
  const { level: _level, ...filters } = parseDashboardFilters(params);
  return filters;
}
