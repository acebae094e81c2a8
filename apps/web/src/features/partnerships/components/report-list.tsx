// The partnership's reports: period, reporting party, status and version, each opening its detail.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Partnership } from '../api/get-partnership';
import type { Report } from '../api/get-reports';
import { PartyById } from './party-by-id';
import { PeriodText } from './period-text';
import { ReportStatusBadge } from './report-status-badge';

export function ReportList({ reports, parties }: { reports: readonly Report[]; parties: Partnership['parties'] }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('partnerships.work.reports.period')}</th>
          <th scope="col">{t('partnerships.work.reports.party')}</th>
          <th scope="col">{t('partnerships.work.reports.status')}</th>
          <th scope="col">{t('partnerships.work.reports.versionColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <td>
              <Link to={{ search: `?tab=monitoring&report=${report.id}` }}>
                <PeriodText startDate={report.periodStart} endDate={report.periodEnd} />
              </Link>
            </td>
            <td>
              <PartyById parties={parties} id={report.responsibleOrganizationId} />
            </td>
            <td>
              <ReportStatusBadge status={report.status} />
            </td>
            <td>{report.version}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
