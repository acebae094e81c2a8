// One report: its period, status and version, the values per indicator, the narrative, what happened to it
// (who submitted, validated or sent it back, and why), and the steps the server allows the caller.
import { REPORT_ACTION_LABELS } from '@daikou/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { useBilingual } from '../../../lib/use-bilingual';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useActOnReport } from '../api/act-on-report';
import type { Indicator } from '../api/get-indicators';
import type { Partnership } from '../api/get-partnership';
import { useReport } from '../api/get-report';
import { ActorName } from './actor-name';
import { IndicatorName } from './indicator-name';
import { PartyById } from './party-by-id';
import { PeriodText } from './period-text';
import { ReportForm } from './report-form';
import { ReportStatusBadge } from './report-status-badge';
import { SendBackDialog } from './send-back-dialog';
import { ValueBreakdownText } from './value-breakdown-text';

interface ReportDetailProps {
  partnership: Partnership;
  indicators: readonly Indicator[];
  reportId: string;
}

export function ReportDetail({ partnership, indicators, reportId }: ReportDetailProps) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const formatDateTime = useDateTimeFormat();
  const problemMessage = useProblemMessage();
  const loaded = useReport(partnership.id, reportId);
  const act = useActOnReport();
  const [editing, setEditing] = useState(false);
  const [sendingBack, setSendingBack] = useState(false);
  const back = (
    <Link to={{ search: '?tab=monitoring' }} className="button button-quiet">
      {t('partnerships.work.reports.back')}
    </Link>
  );
  if (loaded.isError) return <LoadError onRetry={() => void loaded.refetch()} />;
  if (loaded.isPending) return <PageLoading />;
  const report = loaded.data;
  const reported = indicators.filter((indicator) => indicator.responsibleOrganizationId === report.responsibleOrganizationId);
  if (editing) return <ReportForm partnership={partnership} indicators={reported} report={report} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />;
  const indicatorOf = (id: string) => indicators.find((indicator) => indicator.id === id);
  return (
    <section className="panel" aria-labelledby="report-heading">
      {back}
      <h2 id="report-heading">
        {t('partnerships.work.reports.heading')}: <PeriodText startDate={report.periodStart} endDate={report.periodEnd} />
      </h2>
      <p>
        <ReportStatusBadge status={report.status} /> {t('partnerships.work.reports.version', { number: report.version })} ·{' '}
        <PartyById parties={partnership.parties} id={report.responsibleOrganizationId} />
      </p>
      {act.error && (
        <p role="alert" className="form-alert">
          {problemMessage(act.error)}
        </p>
      )}
      {(report.allowedActions.length > 0 || report.editable) && (
        <div className="form-actions" role="group" aria-label={t('partnerships.work.reports.steps')}>
          {report.editable && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('partnerships.work.reports.edit')}
            </button>
          )}
          {report.allowedActions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'send_back' ? 'button' : 'button button-primary'}
              disabled={act.isPending}
              onClick={() => (action === 'send_back' ? setSendingBack(true) : act.mutate({ report, action, input: {} }))}
            >
              {inLanguage(REPORT_ACTION_LABELS[action])}
            </button>
          ))}
        </div>
      )}
      {report.status === 'sent_back' && report.editable && <p className="notice-text">{t('partnerships.work.reports.newVersion', { number: report.version + 1 })}</p>}
      <h3>{t('partnerships.work.reports.values')}</h3>
      {report.values.length === 0 ? (
        <p className="muted">{t('partnerships.work.reports.noValues')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('partnerships.work.reports.indicator')}</th>
              <th scope="col">{t('partnerships.work.reports.value')}</th>
              <th scope="col">{t('partnerships.work.reports.note')}</th>
            </tr>
          </thead>
          <tbody>
            {report.values.map((given) => {
              const indicator = indicatorOf(given.indicatorId);
              return (
                <tr key={given.indicatorId}>
                  <td>{indicator ? <IndicatorName indicator={indicator} /> : given.indicatorId}</td>
                  <td className="report-value">
                    {given.value} {indicator?.unit}
                    {given.disaggregation && <ValueBreakdownText breakdown={given.disaggregation} />}
                  </td>
                  <td>{given.note}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>{t('partnerships.work.reports.narrative')}</h3>
      <p className="prose">{report.narrative ?? <span className="muted">{t('partnerships.work.reports.noNarrative')}</span>}</p>
      <h3>{t('partnerships.work.reports.history')}</h3>
      {report.history.length === 0 ? (
        <p className="muted">{t('partnerships.work.reports.noHistory')}</p>
      ) : (
        <ol className="report-history">
          {report.history.map((entry) => (
            <li key={`${entry.at}-${entry.action}`}>
              <strong>{inLanguage(REPORT_ACTION_LABELS[entry.action])}</strong> · {t('partnerships.work.reports.version', { number: entry.versionNumber })} ·{' '}
              <ActorName id={entry.userId} /> (<PartyById parties={partnership.parties} id={entry.organizationId} />) · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              {entry.comment && <blockquote className="report-comment">{entry.comment}</blockquote>}
            </li>
          ))}
        </ol>
      )}
      <SendBackDialog report={report} open={sendingBack} onClose={() => setSendingBack(false)} />
    </section>
  );
}
