// The partnership list's filters as they stand in the address (?status=&province=&function=&form=&q=).
import { PARTNERSHIP_FORMS, PARTNERSHIP_FUNCTIONS, PARTNERSHIP_STATUSES, PROVINCE_CODE_PATTERN } from '@daikou/domain';
import { oneOf, searchText } from '../../../lib/use-url-filters';
import type { PartnershipFilters } from '../api/get-partnerships';

export function parsePartnershipFilters(params: URLSearchParams): PartnershipFilters {
  const province = params.get('province') ?? '';
  return {
    status: oneOf(PARTNERSHIP_STATUSES, params.get('status')),
    province: PROVINCE_CODE_PATTERN.test(province) ? province : undefined,
    function: oneOf(PARTNERSHIP_FUNCTIONS, params.get('function')),
    form: oneOf(PARTNERSHIP_FORMS, params.get('form')),
    q: searchText(params.get('q'), 200),
  };
}
