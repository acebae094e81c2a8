// The partnership's reports: period, reporting party, status and version, each opening its detail. On a phone each
// report stacks into a labelled block.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import type { Partnership } from '../api/get-partnership';
import type { Report } from '../api/get-reports';
import { PartyById } from './party-by-id';
import { PeriodText } from './period-text';
import { ReportStatusBadge } from './report-status-badge';

export function ReportList({ reports, parties }: { reports: readonly Report[]; parties: Partnership['parties'] }) {
  const { t } = useTranslation();
  const columns = {
    period: t('partnerships.work.reports.period'),
    party: t('partnerships.work.reports.party'),
    status: t('partnerships.work.reports.status'),
    version: t('partnerships.work.reports.versionColumn'),
  };
  return (
    <DataTable columns={Object.values(columns)}>
      {reports.map((report) => (
        <tr key={report.id}>
          <td data-label={columns.period}>
            <Link to={{ search: `?tab=monitoring&report=${report.id}` }}>
              <PeriodText startDate={report.periodStart} endDate={report.periodEnd} />
            </Link>
          </td>
          <td data-label={columns.party}>
            <PartyById parties={parties} id={report.responsibleOrganizationId} />
          </td>
          <td data-label={columns.status}>
            <ReportStatusBadge status={report.status} />
          </td>
          <td data-label={columns.version}>{report.version}</td>
        </tr>
      ))}
    </DataTable>
  );
}
