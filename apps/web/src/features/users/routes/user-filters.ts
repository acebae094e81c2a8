// The user list's filters as they stand in the address (?q=&role=&organizationId=&active=).
import { ROLES } from '@daikou/domain';
import { oneOf, searchText } from '../../../lib/use-url-filters';
import type { UserFilters } from '../api/get-users';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseUserFilters(params: URLSearchParams): UserFilters {
  const organizationId = params.get('organizationId') ?? '';
  return {
    q: searchText(params.get('q')),
    role: oneOf(ROLES, params.get('role')),
    organizationId: UUID.test(organizationId) ? organizationId : undefined,
    active: oneOf(['true', 'false'], params.get('active')),
  };
}
