// GET /api/imports/{id} — an import's state: rows done of the total while it runs, then how many rows became
// scorecard rounds and the first 100 row errors. Asked again every second until it has finished.
import type { Schemas } from '@daikou/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';

export type ScorecardImport = Schemas['ScorecardImport'];

const pollMs = 1000;

export const isFinished = (found: Pick<ScorecardImport, 'status'>) => found.status === 'completed' || found.status === 'failed';

export async function getImport(id: string): Promise<ScorecardImport> {
  return dataOrThrow(await api.GET('/api/imports/{id}', { params: { path: { id } } }));
}

export function importQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['imports', 'detail', id],
    queryFn: () => getImport(id),
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : pollMs),
  });
}

export function useImport(id: string) {
  return useQuery(importQueryOptions(id));
}
