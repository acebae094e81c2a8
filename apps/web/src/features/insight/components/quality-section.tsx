// A partnership's Quality tab: what it measures, the caller's organisation's self-assessment of the current quarter
// when it is still to do (before it, the other side's scores stay hidden: no anchoring), both sides' averages and the
// equity gap per attribute for a period or all of them, the gap's trend, what the parties wrote, the assessment of an
// earlier quarter on request, and the one-page summary as PDF.
import type { Schemas } from '@daikou/api-client';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { SelectField } from '../../../components/select-field';
import { todayInCambodia } from '../../../lib/cambodia-date';
import { summaryPdfHref } from '../api/download-links';
import { useQuality } from '../api/get-quality';
import '../insight.css';
import { AssessmentForm } from './assessment-form';
import { assessableQuarters } from './assessment-periods';
import { AssessmentComments } from './assessment-comments';
import { QualityComparisonFigure } from './quality-comparison-figure';
import { QualityTrendFigure } from './quality-trend-figure';
import { usePeriodLabel } from './use-period-label';

const ALL_PERIODS = '';

// Once the current quarter is assessed, the form for earlier ones waits behind a button instead of filling the tab.
function AssessmentPanel(props: { opensAtOnce: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  if (props.opensAtOnce || opened) return props.children;
  return (
    <p>
      <button type="button" className="button button-quiet" onClick={() => setOpened(true)}>
        {t('quality.form.another')}
      </button>
    </p>
  );
}

export function QualitySection({ partnership }: { partnership: Schemas['Partnership'] }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const quality = useQuality(partnership.id);
  const [shownPeriod, setShownPeriod] = useState(ALL_PERIODS);
  const [justSubmitted, setJustSubmitted] = useState<string | null>(null);
  // Once, when the message appears (keyed by period): later renders must not take the focus back.
  const focusOnce = useCallback((node: HTMLElement | null) => node?.focus(), []);
  if (quality.isError) return <LoadError onRetry={() => void quality.refetch()} />;
  if (quality.isPending) return <PageLoading />;
  const { periods, ownSubmittedPeriods, mayAssess } = quality.data;
  const today = todayInCambodia();
  const toAssess = mayAssess ? assessableQuarters(partnership, today, ownSubmittedPeriods) : [];
  // The quarter running now (or the term's last) comes first: while it is still to assess, the form leads the tab.
  const currentDue = toAssess.length > 0 && toAssess[0] === assessableQuarters(partnership, today, [])[0];
  const visible = periods.filter((period) => period.otherSideVisible);
  // Periods the other side assessed that the form does not offer (a year or a month): said here, not in the form.
  const hidden = periods.filter((period) => !period.otherSideVisible && period.othersSubmitted && !toAssess.includes(period.period));
  const shown = visible.find((period) => period.period === shownPeriod);
  const form = toAssess.length > 0 && (
    <AssessmentPanel opensAtOnce={currentDue}>
      <AssessmentForm
        key={toAssess.join()}
        partnershipId={partnership.id}
        periods={toAssess}
        othersSubmitted={(period) => periods.some((entry) => entry.period === period && entry.othersSubmitted)}
        onSubmitted={(period) => {
          setJustSubmitted(period);
          setShownPeriod(period);
        }}
      />
    </AssessmentPanel>
  );
  return (
    <div className="work-sections insight-quality">
      <section className="panel" aria-labelledby="quality-heading">
        <h2 id="quality-heading">{t('quality.title')}</h2>
        <p className="prose">{t('quality.intro')}</p>
        <p>
          <a href={summaryPdfHref(partnership.id)} className="button button-quiet" target="_blank" rel="noopener">
            {t('quality.summaryPdf')}
          </a>
        </p>
      </section>
      {justSubmitted && (
        // Focused when it appears: it announces the comparison just below.
        <p key={justSubmitted} role="status" className="form-success" tabIndex={-1} ref={focusOnce}>
          {t('quality.form.done', { period: periodLabel(justSubmitted) })}
        </p>
      )}
      {hidden.length > 0 && (
        <p className="notice">
          {t('quality.hiddenPeriods', { periods: hidden.map((period) => periodLabel(period.period)).join(', ') })}
        </p>
      )}
      {currentDue && form}
      {visible.length > 0 && (
        <>
          <div className="insight-period-choice">
            <SelectField
              name="shown-period"
              label={t('quality.showPeriod')}
              options={[
                { value: ALL_PERIODS, label: t('quality.allPeriods') },
                ...visible.toReversed().map((period) => ({ value: period.period, label: periodLabel(period.period) })),
              ]}
              value={shown ? shown.period : ALL_PERIODS}
              onValueChange={setShownPeriod}
            />
          </div>
          <QualityComparisonFigure
            title={shown ? t('quality.comparisonOf', { period: periodLabel(shown.period) }) : t('quality.comparisonAll')}
            attributes={shown ? shown.attributes : quality.data.attributes}
            averageGap={shown ? shown.averageGap : quality.data.averageGap}
          />
          <QualityTrendFigure periods={periods} />
          <AssessmentComments partnershipId={partnership.id} period={shown?.period} />
        </>
      )}
      {visible.length === 0 && !form && <p className="notice">{mayAssess ? t('quality.noneVisibleParty') : t('quality.noneYet')}</p>}
      {!currentDue && form}
      {mayAssess && toAssess.length === 0 && <p className="muted">{t('quality.form.allAssessed')}</p>}
    </div>
  );
}
