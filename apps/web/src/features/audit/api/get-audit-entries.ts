// GET /api/audit — the audit log, newest first (administrators), filtered by action, entity and dates.
import type { Schemas } from '@daikou/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type AuditPage = Schemas['AuditPage'];
export type AuditEntry = AuditPage['items'][number];

export type AuditFilters = {
  action?: string;
  entityType?: string;
  entityId?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  /** YYYY-MM-DD, inclusive. */
  to?: string;
};

const pageSize = 50;

export async function getAuditEntries(filters: AuditFilters, cursor?: string): Promise<AuditPage> {
  return dataOrThrow(await api.GET('/api/audit', { params: { query: { ...filters, cursor, limit: pageSize } } }));
}

/** Page after page, for "Load more"; without filters, the key every audit list starts with. */
export function auditEntriesQueryOptions(filters?: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ['audit', ...(filters ? [filters] : [])],
    queryFn: ({ pageParam }) => getAuditEntries(filters ?? {}, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useAuditEntries(filters: AuditFilters) {
  return useInfiniteQuery(auditEntriesQueryOptions(filters));
}
