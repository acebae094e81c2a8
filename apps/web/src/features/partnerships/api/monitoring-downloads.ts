// Addresses of a partnership's monitoring lists as CSV files (`?format=csv`, `lang` for the column headers).
// Plain links: the browser sends the session cookie and saves the file.
import { currentLanguage } from '../../../lib/i18n';

type MonitoringList = 'indicators' | 'reports' | 'reporting-periods';

export function monitoringCsvHref(partnershipId: string, list: MonitoringList): string {
  return `/api/partnerships/${encodeURIComponent(partnershipId)}/${list}?${new URLSearchParams({ format: 'csv', lang: currentLanguage() })}`;
}
