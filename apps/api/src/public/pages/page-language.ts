// The language of a public page: `?lang=km|en` when given (links and forms carry it on), else the browser's first
// choice among Khmer and English, else Khmer. No cookie: a page's language is in its address.
import { LOCALES, type Locale } from '@daikou/domain';

const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** The languages of an Accept-Language header, most wanted first (`km-KH;q=0.8` → `km`). */
function acceptedLanguages(header: string): Locale[] {
  return header
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { language: range.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.language)
    .filter(isLocale);
}

export function pageLanguage(lang: unknown, acceptLanguage: string | undefined): Locale {
  if (isLocale(lang)) return lang;
  return acceptedLanguages(acceptLanguage ?? '')[0] ?? 'km';
}
