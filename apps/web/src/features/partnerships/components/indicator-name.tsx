// An indicator by its name in the reader's script where it has one.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';

export function IndicatorName({ indicator }: { indicator: { name: string; nameKm: string | null } }) {
  useTranslation();
  if (currentLanguage() === 'km' && indicator.nameKm) return <span lang="km">{indicator.nameKm}</span>;
  return <span>{indicator.name}</span>;
}
