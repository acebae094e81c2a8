// A reported value's breakdown in one line per disaggregation, e.g. "Sex: Female 4 · Male 3".
import { DISAGGREGATION_CATEGORY_LABELS, DISAGGREGATION_LABELS, DISAGGREGATIONS, type Bilingual } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';
import type { Report } from '../api/get-reports';

type Breakdown = NonNullable<Report['values'][number]['disaggregation']>;

export function ValueBreakdownText({ breakdown }: { breakdown: Breakdown }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  // In the domain's order of disaggregations and categories, whatever order the server kept.
  const shown = DISAGGREGATIONS.filter((disaggregation) => breakdown[disaggregation] !== undefined);
  if (shown.length === 0) return null;
  return (
    <ul className="plain-list breakdown-text">
      {shown.map((disaggregation) => {
        const labels: Readonly<Record<string, Bilingual>> = DISAGGREGATION_CATEGORY_LABELS[disaggregation];
        const counted = Object.keys(labels).filter((category) => breakdown[disaggregation]![category] !== undefined);
        return (
          <li key={disaggregation}>
            {t('disaggregation.line', { name: inLanguage(DISAGGREGATION_LABELS[disaggregation]) })}{' '}
            {counted.map((category) => `${inLanguage(labels[category]!)} ${breakdown[disaggregation]![category]}`).join(' · ')}
          </li>
        );
      })}
    </ul>
  );
}
