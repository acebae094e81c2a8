// Addresses of the CSV files the API writes (`?format=csv`, the same filters as on screen, `lang` for the column
// headers). Plain links: the browser sends the session cookie and saves the file.
import { currentLanguage } from '../../../lib/i18n';

type Query = Readonly<Record<string, string | undefined>>;

function withQuery(path: string, query: Query): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) search.set(name, value);
  return `${path}?${search}`;
}

export const indicatorLibraryCsvHref = (filters: Query) => withQuery('/api/indicator-library', { ...filters, format: 'csv', lang: currentLanguage() });
export const importErrorsCsvHref = (importId: string) => withQuery(`/api/imports/${encodeURIComponent(importId)}/errors.csv`, { lang: currentLanguage() });
