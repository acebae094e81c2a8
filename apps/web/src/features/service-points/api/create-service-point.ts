// POST /api/service-points — an officer or administrator adds a service point in a gazetteer commune or village.
import type { ServicePointCreateInput } from '@daikou/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dataOrThrow } from '../../../lib/api-error';
import { servicePointsQueryOptions, type ServicePoint } from './get-service-points';

export async function createServicePoint(input: ServicePointCreateInput): Promise<ServicePoint> {
  return dataOrThrow(await api.POST('/api/service-points', { body: input }));
}

export function useCreateServicePoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createServicePoint,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicePointsQueryOptions().queryKey }),
  });
}
