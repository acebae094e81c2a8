// The partnership's monitoring: its indicators with progress, the form to add one, and the periodic reports —
// the list, a new report, or one report (`?report=<id>`) with its steps.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useIndicators } from '../api/get-indicators';
import type { Partnership } from '../api/get-partnership';
import { useReports } from '../api/get-reports';
import { mayDoJointWork } from '../partnership-policy';
import { IndicatorCard } from './indicator-card';
import { IndicatorForm } from './indicator-form';
import { ReportDetail } from './report-detail';
import { ReportForm } from './report-form';
import { ReportList } from './report-list';

export function MonitoringSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const indicators = useIndicators(partnership.id);
  const reports = useReports(partnership.id);
  const [writing, setWriting] = useState(false);
  const works = mayDoJointWork(actorOf(user), partnership);
  const reportId = params.get('report');
  if (indicators.isError) return <LoadError onRetry={() => void indicators.refetch()} />;
  if (indicators.isPending) return <PageLoading />;
  if (reportId) return <ReportDetail key={reportId} partnership={partnership} indicators={indicators.data} reportId={reportId} />;
  // A report carries the values of the indicators its organisation is responsible for.
  const mine = indicators.data.filter((indicator) => indicator.responsibleOrganizationId === user.organizationId);
  if (writing) {
    return (
      <ReportForm
        partnership={partnership}
        indicators={mine}
        onDone={(report) => void navigate({ search: `?tab=monitoring&report=${report.id}` })}
        onCancel={() => setWriting(false)}
      />
    );
  }
  return (
    <div className="work-sections">
      <section className="panel" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('partnerships.work.monitoring.heading')}</h2>
        {indicators.data.length === 0 && <p className="muted">{t('partnerships.work.monitoring.none')}</p>}
        {indicators.data.map((indicator) => (
          <IndicatorCard key={indicator.id} indicator={indicator} parties={partnership.parties} />
        ))}
      </section>
      <section className="panel" aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t('partnerships.work.reports.listHeading')}</h2>
        <p className="notice-text">{t('partnerships.work.reports.rule')}</p>
        {reports.isError && <LoadError onRetry={() => void reports.refetch()} />}
        {reports.isPending && <PageLoading />}
        {reports.data?.length === 0 && <p className="muted">{t('partnerships.work.reports.none')}</p>}
        {reports.data && reports.data.length > 0 && <ReportList reports={reports.data} parties={partnership.parties} />}
        {works && mine.length > 0 && (
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => setWriting(true)}>
              {t('partnerships.work.reports.new')}
            </button>
          </div>
        )}
      </section>
      {works && <IndicatorForm partnership={partnership} />}
    </div>
  );
}
