// GET /api/service-points/{id} — one service point: its names, kind and where it lies.
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import type { ServicePoint } from './get-service-points';

export async function getServicePoint(id: string): Promise<ServicePoint> {
  return dataOrThrow(await api.GET('/api/service-points/{id}', { params: { path: { id } } }));
}

/** Its key is also the start of the keys of what lies below it (its scorecard rounds). */
export function servicePointQueryOptions(id: string) {
  return queryOptions({ queryKey: ['service-points', 'detail', id], queryFn: () => getServicePoint(id) });
}

/** For a route whose loader has fetched it already. */
export function useLoadedServicePoint(id: string) {
  return useSuspenseQuery(servicePointQueryOptions(id)).data;
}

/** For naming a service point shown by its id (the feedback inbox, the action plan). */
export function useServicePoint(id: string) {
  return useQuery({ ...servicePointQueryOptions(id), enabled: id !== '' });
}
