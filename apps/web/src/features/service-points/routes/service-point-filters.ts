// The service point list's filters as they stand in the address (?kind=&adminUnit=&q=).
import { ADMIN_UNIT_CODE_PATTERN, SERVICE_POINT_KINDS } from '@daikou/domain';
import { oneOf, searchText } from '../../../lib/use-url-filters';
import type { ServicePointFilters } from '../api/get-service-points';

export function parseServicePointFilters(params: URLSearchParams): ServicePointFilters {
  const adminUnit = params.get('adminUnit') ?? '';
  return {
    kind: oneOf(SERVICE_POINT_KINDS, params.get('kind')),
    adminUnit: ADMIN_UNIT_CODE_PATTERN.test(adminUnit) ? adminUnit : undefined,
    q: searchText(params.get('q')),
  };
}
