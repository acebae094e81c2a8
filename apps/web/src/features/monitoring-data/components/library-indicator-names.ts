// A library indicator's two names: the reader's language first, the other under it (library names are bilingual).
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import type { LibraryIndicator } from '../api/get-indicator-library';

export function useLibraryIndicatorNames(indicator: Pick<LibraryIndicator, 'name' | 'nameKm'>) {
  useTranslation();
  const english = { text: indicator.name, lang: 'en' };
  const khmer = { text: indicator.nameKm, lang: 'km' };
  return currentLanguage() === 'km' ? { primary: khmer, secondary: english } : { primary: english, secondary: khmer };
}
