// The audit log's filters as they stand in the address (?action=&entityType=&entityId=&from=&to=).
import { searchText } from '../../../lib/use-url-filters';
import type { AuditFilters } from '../api/get-audit-entries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(value: string | null): string | undefined {
  return value && DATE.test(value) ? value : undefined;
}

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  return {
    action: searchText(params.get('action')),
    entityType: searchText(params.get('entityType'), 50),
    entityId: searchText(params.get('entityId')),
    from: date(params.get('from')),
    to: date(params.get('to')),
  };
}
