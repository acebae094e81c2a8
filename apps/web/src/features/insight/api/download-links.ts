// Addresses of the files the API writes for download: the dashboards' figures, the waiting list and the partnership
// list as CSV (`?format=csv`, the filters on screen, column headers in the reader's language) and a partnership's
// one-page summary as PDF. Plain links: the browser sends the session cookie and saves the file.
import { currentLanguage } from '../../../lib/i18n';
import { filterSearch } from '../routes/dashboard-filters';

type Filters = Readonly<Record<string, string | undefined>>;

const asCsv = (path: string, filters: Filters) => `${path}${filterSearch({ ...filters, format: 'csv', lang: currentLanguage() })}`;

export const portfolioCsvHref = (filters: Filters) => asCsv('/api/dashboard/portfolio', filters);
export const cycleTimesCsvHref = (filters: Filters) => asCsv('/api/dashboard/cycle-times', filters);
export const stuckCsvHref = (filters: Filters) => asCsv('/api/dashboard/stuck', filters);
export const partnershipsCsvHref = (filters: Filters) => asCsv('/api/partnerships', filters);
export const summaryPdfHref = (partnershipId: string) => `/api/partnerships/${encodeURIComponent(partnershipId)}/summary.pdf`;
