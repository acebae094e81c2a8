// Reads the domain's bilingual labels ({ km, en }) in the language the reader chose.
import type { Bilingual } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';

export function useBilingual(): (label: Bilingual) => string {
  // Subscribing to translations re-renders the caller when the language changes.
  useTranslation();
  const language = currentLanguage();
  return (label) => label[language];
}
