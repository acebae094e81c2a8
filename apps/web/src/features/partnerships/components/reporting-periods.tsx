// The reports the parties owe, period by period: the periods begun so far, latest first, with the reporting party,
// the due date and the report's status; a late one is flagged in red. The responsible party's officers start the
// report of a period from here (the form opens with its dates).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { useDateFormat } from '../../../lib/use-date-time-format';
import type { Partnership } from '../api/get-partnership';
import { useReportingPeriods, type OwedReport } from '../api/get-reporting-periods';
import { PartyById } from './party-by-id';
import { PeriodText } from './period-text';
import { ReportStatusBadge } from './report-status-badge';

interface ReportingPeriodsProps {
  partnership: Partnership;
  /** The organisation whose officer may start reports here, or null. */
  writerOrganizationId: string | null;
  onWrite: (period: OwedReport) => void;
}

/** Today's date in the reader's time zone, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function ReportingPeriods({ partnership, writerOrganizationId, onWrite }: ReportingPeriodsProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const periods = useReportingPeriods(partnership.id);
  if (periods.isError) return <LoadError onRetry={() => void periods.refetch()} />;
  if (periods.isPending) return <PageLoading />;
  const now = today();
  const begun = periods.data.filter((period) => period.periodStart <= now).reverse();
  const later = periods.data.length - begun.length;
  const late = begun.filter((period) => period.late).length;
  const columns = {
    period: t('partnerships.work.reports.period'),
    party: t('partnerships.work.reports.party'),
    due: t('reportingPeriods.due'),
    status: t('partnerships.work.reports.status'),
  };
  if (periods.data.length === 0) return <p className="muted">{t('reportingPeriods.none')}</p>;
  return (
    <>
      {late > 0 && (
        <p className="late-summary" role="status">
          {t('reportingPeriods.lateCount', { count: late })}
        </p>
      )}
      {begun.length > 0 && (
        <DataTable columns={Object.values(columns)}>
          {begun.map((period) => (
            <tr key={`${period.responsibleOrganizationId}-${period.periodStart}-${period.periodEnd}`} className={period.late ? 'period-late' : undefined}>
              <td data-label={columns.period}>
                {period.reportId ? (
                  <Link to={{ search: `?tab=monitoring&report=${period.reportId}` }}>
                    <PeriodText startDate={period.periodStart} endDate={period.periodEnd} />
                  </Link>
                ) : (
                  <PeriodText startDate={period.periodStart} endDate={period.periodEnd} />
                )}
              </td>
              <td data-label={columns.party}>
                <PartyById parties={partnership.parties} id={period.responsibleOrganizationId} />
              </td>
              <td data-label={columns.due}>
                <time dateTime={period.dueDate}>{formatDate(period.dueDate)}</time>
              </td>
              <td data-label={columns.status}>
                <span className="period-status">
                  {period.status === 'not_started' ? <span className="badge badge-muted">{t('reportingPeriods.notStarted')}</span> : <ReportStatusBadge status={period.status} />}
                  {period.late && <span className="badge badge-late">{t('reportingPeriods.late')}</span>}
                  {period.status === 'not_started' && period.responsibleOrganizationId === writerOrganizationId && (
                    <button type="button" className="button button-small" onClick={() => onWrite(period)}>
                      {t('reportingPeriods.write')}
                    </button>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {later > 0 && <p className="muted">{t('reportingPeriods.later', { count: later })}</p>}
    </>
  );
}
