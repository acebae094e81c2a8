// Types translation keys from the English resources, so a missing or misspelt key fails the type check.
import 'i18next';
import type { Translations } from './lib/i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Translations };
  }
}
