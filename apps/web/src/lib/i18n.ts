// i18next set up with English and Khmer; the reader's choice is remembered and mirrored on <html lang>.
// Only the reader's language is fetched, and a feature area's texts only once a section that uses them opens:
// every resource file is its own chunk, so the first screen carries neither the other language nor the features.
import type { Locale } from '@daikou/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type core from '../locales/en.json';
import type insight from '../locales/insight.en.json';
import type monitoringData from '../locales/monitoring-data.en.json';
import type servicePoints from '../locales/service-points.en.json';

// Type-only use of @daikou/domain here: its values would pull zod into the first screen's bundle.
export const languages = ['km', 'en'] as const satisfies readonly Locale[];
export type Language = Locale;

/** Each language named in its own script, so a reader finds theirs whatever the interface shows. */
export const languageOwnNames: Readonly<Record<Language, string>> = { km: 'ខ្មែរ', en: 'English' };

// One resource file per feature area (top-level keys never shared), so features are translated side by side.
type FeatureTranslations = typeof servicePoints & typeof monitoringData & typeof insight;
/** Every text of the app; the English files give its shape, and each Khmer file must match its English one. */
export type Translations = typeof core & FeatureTranslations;

/** The feature areas whose texts have files of their own: a section fetches only the ones its pages use. */
export type FeatureTexts = 'servicePoints' | 'monitoringData' | 'insight';
export const allFeatureTexts: readonly FeatureTexts[] = ['servicePoints', 'monitoringData', 'insight'];
type Part = 'core' | FeatureTexts;

const bundles: Readonly<Record<Language, Record<Part, () => Promise<object>>>> = {
  en: {
    core: async () => (await import('../locales/en.json')).default,
    servicePoints: async () => (await import('../locales/service-points.en.json')).default,
    monitoringData: async () => (await import('../locales/monitoring-data.en.json')).default,
    insight: async () => (await import('../locales/insight.en.json')).default,
  },
  km: {
    core: async () => (await import('../locales/km.json')).default satisfies typeof core,
    servicePoints: async () => (await import('../locales/service-points.km.json')).default satisfies typeof servicePoints,
    monitoringData: async () => (await import('../locales/monitoring-data.km.json')).default satisfies typeof monitoringData,
    insight: async () => (await import('../locales/insight.km.json')).default satisfies typeof insight,
  },
};

const storageKey = 'daikou.language';

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('km') ? 'km' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: {},
  // Resources arrive with addResourceBundle; nothing renders before the reader's language has arrived.
  partialBundledLanguages: true,
  lng: initialLanguage(),
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

const loading = new Map<string, Promise<void>>();
/** The parts any screen so far needed: a change of language fetches the same parts in the new language. */
const neededParts = new Set<Part>(['core']);

function load(language: Language, part: Part): Promise<void> {
  const key = `${language}:${part}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = bundles[language][part]().then((resources) => {
      i18n.addResourceBundle(language, 'translation', resources, true, true);
    });
    // A failed fetch (a flaky connection) is tried again by the next screen that needs it.
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** The texts every screen uses (sign-in, shell, errors), in the reader's language: awaited before the first render. */
export function loadCoreTranslations(): Promise<void> {
  return load(currentLanguage(), 'core');
}

/** Feature areas' texts, awaited by the sections of the signed-in app that use them. */
export async function loadFeatureTranslations(features: readonly FeatureTexts[]): Promise<void> {
  for (const feature of features) neededParts.add(feature);
  await Promise.all(features.map((feature) => load(currentLanguage(), feature)));
}

async function switchLanguage(language: Language): Promise<void> {
  await Promise.all([...neededParts].map((part) => load(language, part)));
  await i18n.changeLanguage(language);
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void switchLanguage(language);
}
