// i18next set up with English and Khmer; the reader's choice is remembered and mirrored on <html lang>.
import type { Locale } from '@daikou/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import core from '../locales/en.json';
import coreKm from '../locales/km.json';
import insight from '../locales/insight.en.json';
import insightKm from '../locales/insight.km.json';
import monitoringData from '../locales/monitoring-data.en.json';
import monitoringDataKm from '../locales/monitoring-data.km.json';
import servicePoints from '../locales/service-points.en.json';
import servicePointsKm from '../locales/service-points.km.json';

// Type-only use of @daikou/domain here: its values would pull zod into the first screen's bundle.
export const languages = ['km', 'en'] as const satisfies readonly Locale[];
export type Language = Locale;

/** Each language named in its own script, so a reader finds theirs whatever the interface shows. */
export const languageOwnNames: Readonly<Record<Language, string>> = { km: 'ខ្មែរ', en: 'English' };

const storageKey = 'daikou.language';

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('km') ? 'km' : 'en';
}

// One resource file per feature area (top-level keys never shared), so features are translated side by side.
export const en = { ...core, ...servicePoints, ...monitoringData, ...insight };
const km = {
  ...(coreKm satisfies typeof core),
  ...(servicePointsKm satisfies typeof servicePoints),
  ...(monitoringDataKm satisfies typeof monitoringData),
  ...(insightKm satisfies typeof insight),
};

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, km: { translation: km satisfies typeof en } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  // Resources are bundled, so initialise synchronously and render the first screen in the right language.
  initAsync: false,
  interpolation: { escapeValue: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}
