// The directory's filters as they stand in the address (?q=&kind=&type=&sector=&capacity=&adminUnit=).
import { ADMIN_UNIT_CODE_PATTERN, ORGANIZATION_KINDS, ORGANIZATION_TYPES, SECTOR_CODES } from '@daikou/domain';
import { oneOf, searchText } from '../../../lib/use-url-filters';
import type { OrganizationFilters } from '../api/get-organizations';

export function parseDirectoryFilters(params: URLSearchParams): OrganizationFilters {
  const adminUnit = params.get('adminUnit') ?? '';
  return {
    q: searchText(params.get('q'), 200),
    kind: oneOf(ORGANIZATION_KINDS, params.get('kind')),
    type: oneOf(ORGANIZATION_TYPES, params.get('type')),
    sector: oneOf(SECTOR_CODES, params.get('sector')),
    capacity: searchText(params.get('capacity'), 100),
    adminUnit: ADMIN_UNIT_CODE_PATTERN.test(adminUnit) ? adminUnit : undefined,
  };
}
