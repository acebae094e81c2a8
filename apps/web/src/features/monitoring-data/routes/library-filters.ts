// The library list's filters as they stand in the address (?q=&sector=&includeArchived=true).
import { SECTOR_CODES } from '@daikou/domain';
import { oneOf, searchText } from '../../../lib/use-url-filters';
import type { IndicatorLibraryFilters } from '../api/get-indicator-library';

export function parseLibraryFilters(params: URLSearchParams): IndicatorLibraryFilters {
  return {
    q: searchText(params.get('q')),
    sector: oneOf(SECTOR_CODES, params.get('sector')),
    includeArchived: oneOf(['true'], params.get('includeArchived')),
  };
}
