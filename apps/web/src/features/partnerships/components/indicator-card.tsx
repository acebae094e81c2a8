// One indicator: unit, baseline → target, how often it is reported, how it is broken down, the responsible party
// and its progress.
import { DISAGGREGATION_LABELS, FREQUENCY_LABELS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';
import type { Indicator } from '../api/get-indicators';
import type { Partnership } from '../api/get-partnership';
import { IndicatorName } from './indicator-name';
import { PartyById } from './party-by-id';

export function IndicatorCard({ indicator, parties }: { indicator: Indicator; parties: Partnership['parties'] }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  // Progress may pass the target or fall below the baseline; the bar shows 0–100 %.
  const percent = indicator.progress === null ? null : Math.round(indicator.progress * 100);
  return (
    <article className="entry-card indicator-card" aria-label={indicator.name}>
      <h3>
        <IndicatorName indicator={indicator} />
      </h3>
      <dl className="details">
        <dt>{t('partnerships.work.monitoring.unit')}</dt>
        <dd>{indicator.unit}</dd>
        <dt>{t('partnerships.work.monitoring.baselineToTarget')}</dt>
        <dd>{t('partnerships.work.monitoring.fromTo', { baseline: indicator.baseline, target: indicator.target })}</dd>
        <dt>{t('partnerships.work.monitoring.frequency')}</dt>
        <dd>{inLanguage(FREQUENCY_LABELS[indicator.frequency])}</dd>
        {indicator.disaggregations.length > 0 && (
          <>
            <dt>{t('disaggregation.brokenDown')}</dt>
            <dd>{indicator.disaggregations.map((disaggregation) => inLanguage(DISAGGREGATION_LABELS[disaggregation])).join(', ')}</dd>
          </>
        )}
        <dt>{t('partnerships.work.monitoring.responsible')}</dt>
        <dd>
          <PartyById parties={parties} id={indicator.responsibleOrganizationId} />
        </dd>
        <dt>{t('partnerships.work.monitoring.progress')}</dt>
        <dd>
          {percent === null ? (
            <span className="muted">{t('partnerships.work.monitoring.noProgress')}</span>
          ) : (
            <span className="progress-line">
              <progress className="indicator-progress" max={100} value={Math.min(Math.max(percent, 0), 100)} />
              {t('partnerships.work.monitoring.progressValue', { percent, value: indicator.latestValue?.value })}
            </span>
          )}
        </dd>
      </dl>
    </article>
  );
}
