// GET /api/dashboard/portfolio — counts of the partnerships the caller may see (reviewers: all; officers: their
// organisation's), by status, function, form, province and sector, with the accountability, quality and scorecard trends.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { DashboardFilters } from '../routes/dashboard-filters';

export type Portfolio = Schemas['Portfolio'];
export type PortfolioFilters = Omit<DashboardFilters, 'level'>;

export async function getPortfolio(filters: PortfolioFilters): Promise<Portfolio> {
  return dataOrThrow(await api.GET('/api/dashboard/portfolio', { params: { query: filters } }));
}

/** Without filters, the key every dashboard starts with: what a change that moves the figures invalidates. */
export function portfolioQueryOptions(filters?: PortfolioFilters) {
  return queryOptions({
    queryKey: ['dashboard', 'portfolio', ...(filters ? [filters] : [])],
    queryFn: () => getPortfolio(filters ?? {}),
  });
}

export function usePortfolio(filters: PortfolioFilters) {
  return useQuery(portfolioQueryOptions(filters));
}
