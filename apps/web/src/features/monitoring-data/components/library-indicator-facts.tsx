// What a library indicator measures: unit, how often, how it is broken down and its sector.
import { DISAGGREGATION_LABELS, FREQUENCY_LABELS, SECTOR_LABELS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';
import type { LibraryIndicator } from '../api/get-indicator-library';

export function LibraryIndicatorFacts({ indicator }: { indicator: LibraryIndicator }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  return (
    <dl className="details">
      <dt>{t('indicatorLibrary.fields.unit')}</dt>
      <dd>{indicator.unit}</dd>
      <dt>{t('indicatorLibrary.fields.frequency')}</dt>
      <dd>{inLanguage(FREQUENCY_LABELS[indicator.frequency])}</dd>
      <dt>{t('disaggregation.brokenDown')}</dt>
      <dd>
        {indicator.disaggregations.length === 0
          ? t('indicatorLibrary.card.notBrokenDown')
          : indicator.disaggregations.map((disaggregation) => inLanguage(DISAGGREGATION_LABELS[disaggregation])).join(', ')}
      </dd>
      {indicator.sector && (
        <>
          <dt>{t('indicatorLibrary.fields.sector')}</dt>
          <dd>{inLanguage(SECTOR_LABELS[indicator.sector])}</dd>
        </>
      )}
    </dl>
  );
}
