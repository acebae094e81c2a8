// A report on a period: a value and a note per indicator the caller's organisation reports on (broken down per
// category where the indicator is disaggregated), and a narrative.
// Without a report it starts a draft on a period (typed, or an owed one picked in the list); with one it changes the draft, or, once sent back, writes a new version.
import { reportCreateInput, reportUpdateInput } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useCreateReport } from '../api/create-report';
import type { Indicator } from '../api/get-indicators';
import type { Partnership } from '../api/get-partnership';
import type { Report } from '../api/get-reports';
import { useUpdateReport } from '../api/update-report';
import { BreakdownFields } from './breakdown-fields';
import { IndicatorName } from './indicator-name';
import { numberOrNothing } from './number-or-nothing';
import { PeriodText } from './period-text';
import { breakdownDraft, breakdownInput, type BreakdownDraft } from './value-breakdown';

interface ValueDraft {
  value: string;
  note: string;
  breakdown: BreakdownDraft;
}

interface ReportFormProps {
  partnership: Partnership;
  indicators: readonly Indicator[];
  report?: Report;
  /** A new report's period when it is chosen already (an owed period from the list). */
  period?: { periodStart: string; periodEnd: string };
  onDone: (report: Report) => void;
  onCancel: () => void;
}

function valueDrafts(indicators: readonly Indicator[], report?: Report): ValueDraft[] {
  return indicators.map((indicator) => {
    const given = report?.values.find((value) => value.indicatorId === indicator.id);
    return { value: given ? String(given.value) : '', note: given?.note ?? '', breakdown: breakdownDraft(given?.disaggregation) };
  });
}

export function ReportForm({ partnership, indicators, report, period: owed, onDone, onCancel }: ReportFormProps) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const create = useCreateReport();
  const update = useUpdateReport();
  const saving = report ? update : create;
  const { errorAt, accept } = usePathErrors(saving.error);
  const [period, setPeriod] = useState({ periodStart: owed?.periodStart ?? '', periodEnd: owed?.periodEnd ?? '' });
  const [values, setValues] = useState(() => valueDrafts(indicators, report));
  const [narrative, setNarrative] = useState(report?.narrative ?? '');
  const newVersion = report?.status === 'sent_back';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const content = {
      values: indicators.map((indicator, index) => ({
        indicatorId: indicator.id,
        value: numberOrNothing(values[index]!.value),
        note: values[index]!.note || undefined,
        disaggregation: breakdownInput(indicator.disaggregations, values[index]!.breakdown),
      })),
      narrative: narrative || undefined,
    };
    if (report) {
      const input = accept(reportUpdateInput.safeParse(content), event.currentTarget);
      if (input) update.mutate({ report, input }, { onSuccess: onDone });
      return;
    }
    const input = accept(
      reportCreateInput.safeParse({ periodStart: period.periodStart || undefined, periodEnd: period.periodEnd || undefined, ...content }),
      event.currentTarget,
    );
    if (input) create.mutate({ id: partnership.id, input }, { onSuccess: onDone });
  }

  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="report-form-heading">
      <h2 id="report-form-heading">{report ? t('partnerships.work.reports.edit') : t('partnerships.work.reports.new')}</h2>
      {newVersion && <p className="notice-text">{t('partnerships.work.reports.newVersion', { number: report.version + 1 })}</p>}
      {saving.error && (
        <p role="alert" className="form-alert">
          {problemMessage(saving.error)}
        </p>
      )}
      {owed && (
        <p>
          {t('partnerships.work.reports.period')}: <PeriodText startDate={owed.periodStart} endDate={owed.periodEnd} />
        </p>
      )}
      {!report && !owed && (
        <div className="amount-fields">
          <TextField name="periodStart" type="date" label={t('partnerships.work.reports.periodStart')} value={period.periodStart} error={errorAt('periodStart')} onChange={(event) => setPeriod({ ...period, periodStart: event.target.value })} />
          <TextField name="periodEnd" type="date" label={t('partnerships.work.reports.periodEnd')} value={period.periodEnd} error={errorAt('periodEnd')} onChange={(event) => setPeriod({ ...period, periodEnd: event.target.value })} />
        </div>
      )}
      {errorAt('values') && <p className="field-error">{errorAt('values')}</p>}
      {indicators.map((indicator, index) => {
        const path = `values.${index}`;
        const change = (patch: Partial<ValueDraft>) => setValues(values.map((given, i) => (i === index ? { ...given, ...patch } : given)));
        return (
          <fieldset key={indicator.id} className="entry-card">
            <legend>
              <IndicatorName indicator={indicator} /> ({indicator.unit})
            </legend>
            <TextField
              name={`${path}.value`}
              type="number"
              step="any"
              inputMode="decimal"
              label={indicator.disaggregations.length > 0 ? t('disaggregation.total') : t('partnerships.work.reports.value')}
              value={values[index]!.value}
              error={errorAt(`${path}.value`) ?? errorAt(`${path}.indicatorId`)}
              onChange={(event) => change({ value: event.target.value })}
            />
            <BreakdownFields
              disaggregations={indicator.disaggregations}
              path={path}
              total={numberOrNothing(values[index]!.value)}
              breakdown={values[index]!.breakdown}
              errorAt={errorAt}
              onChange={(breakdown) => change({ breakdown })}
            />
            <TextField name={`${path}.note`} label={t('partnerships.work.reports.note')} value={values[index]!.note} error={errorAt(`${path}.note`)} onChange={(event) => change({ note: event.target.value })} />
          </fieldset>
        );
      })}
      <TextareaField name="narrative" label={t('partnerships.work.reports.narrative')} rows={5} value={narrative} error={errorAt('narrative')} onChange={(event) => setNarrative(event.target.value)} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving.isPending}>
          {saving.isPending ? t('common.saving') : report ? t('partnerships.work.reports.save') : t('partnerships.work.reports.create')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
