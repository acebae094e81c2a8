// The partnership's monitoring: its indicators with progress, the reporting periods (late ones flagged), the
// periodic reports, offline data imported from CSV files and the form to add an indicator. The address says what
// else shows instead: a new report, one report (`?report=<id>`), the import wizard (`?import=new`) or one import
// (`?import=<id>`).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { useLookups } from '../../../components/lookups';
import { PageLoading } from '../../../components/page-loading';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useIndicators } from '../api/get-indicators';
import type { Partnership } from '../api/get-partnership';
import type { OwedReport } from '../api/get-reporting-periods';
import { useReports } from '../api/get-reports';
import { mayDoJointWork } from '../partnership-policy';
import { CsvDownloadLink } from './csv-download-link';
import { IndicatorCard } from './indicator-card';
import { IndicatorForm } from './indicator-form';
import './monitoring-section.css';
import { ReportDetail } from './report-detail';
import { ReportForm } from './report-form';
import { ReportList } from './report-list';
import { ReportingPeriods } from './reporting-periods';

const monitoringSearch = '?tab=monitoring';

/** A report being written: on the dates of an owed period (its indicators only), or on dates still to choose. */
type Writing = { period?: OwedReport } | null;

export function MonitoringSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { ScorecardImportWizard, ScorecardImportStatus, ScorecardImportHistory } = useLookups();
  const indicators = useIndicators(partnership.id);
  const reports = useReports(partnership.id);
  const [writing, setWriting] = useState<Writing>(null);
  const works = mayDoJointWork(actorOf(user), partnership);
  const reportId = params.get('report');
  const importId = params.get('import');
  const backToMonitoring = () => void navigate({ search: monitoringSearch });
  if (importId === 'new') {
    if (works) {
      return (
        <ScorecardImportWizard
          partnershipId={partnership.id}
          onStarted={(started) => void navigate({ search: `${monitoringSearch}&import=${started}` })}
          onCancel={backToMonitoring}
        />
      );
    }
  } else if (importId) {
    return <ScorecardImportStatus key={importId} importId={importId} backTo={{ search: monitoringSearch }} />;
  }
  if (indicators.isError) return <LoadError onRetry={() => void indicators.refetch()} />;
  if (indicators.isPending) return <PageLoading />;
  if (reportId) return <ReportDetail key={reportId} partnership={partnership} indicators={indicators.data} reportId={reportId} />;
  // A report carries the values of the indicators its organisation is responsible for.
  const mine = indicators.data.filter((indicator) => indicator.responsibleOrganizationId === user.organizationId);
  if (writing) {
    const period = writing.period;
    return (
      <ReportForm
        partnership={partnership}
        indicators={period ? mine.filter((indicator) => period.indicatorIds.includes(indicator.id)) : mine}
        period={period}
        onDone={(report) => {
          setWriting(null);
          void navigate({ search: `${monitoringSearch}&report=${report.id}` });
        }}
        onCancel={() => setWriting(null)}
      />
    );
  }
  return (
    <div className="work-sections">
      <section className="panel" aria-labelledby="indicators-heading">
        <div className="panel-heading">
          <h2 id="indicators-heading">{t('partnerships.work.monitoring.heading')}</h2>
          {indicators.data.length > 0 && <CsvDownloadLink partnershipId={partnership.id} list="indicators" what={t('partnerships.work.monitoring.heading')} />}
        </div>
        {indicators.data.length === 0 && <p className="muted">{t('partnerships.work.monitoring.none')}</p>}
        {indicators.data.map((indicator) => (
          <IndicatorCard key={indicator.id} indicator={indicator} parties={partnership.parties} />
        ))}
      </section>
      {indicators.data.length > 0 && (
        <section className="panel" aria-labelledby="periods-heading">
          <div className="panel-heading">
            <h2 id="periods-heading">{t('reportingPeriods.heading')}</h2>
            <CsvDownloadLink partnershipId={partnership.id} list="reporting-periods" what={t('reportingPeriods.heading')} />
          </div>
          <ReportingPeriods partnership={partnership} writerOrganizationId={works ? user.organizationId : null} onWrite={(period) => setWriting({ period })} />
        </section>
      )}
      <section className="panel" aria-labelledby="reports-heading">
        <div className="panel-heading">
          <h2 id="reports-heading">{t('partnerships.work.reports.listHeading')}</h2>
          {reports.data && reports.data.length > 0 && <CsvDownloadLink partnershipId={partnership.id} list="reports" what={t('partnerships.work.reports.listHeading')} />}
        </div>
        <p className="notice-text">{t('partnerships.work.reports.rule')}</p>
        {reports.isError && <LoadError onRetry={() => void reports.refetch()} />}
        {reports.isPending && <PageLoading />}
        {reports.data?.length === 0 && <p className="muted">{t('partnerships.work.reports.none')}</p>}
        {reports.data && reports.data.length > 0 && <ReportList reports={reports.data} parties={partnership.parties} />}
        {works && mine.length > 0 && (
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => setWriting({})}>
              {t('partnerships.work.reports.new')}
            </button>
          </div>
        )}
      </section>
      <ScorecardImportHistory partnershipId={partnership.id} linkTo={(id) => ({ search: `${monitoringSearch}&import=${id}` })} newTo={works ? { search: `${monitoringSearch}&import=new` } : null} />
      {works && <IndicatorForm partnership={partnership} />}
    </div>
  );
}
