// The rounds at a service point, newest first: when, who facilitated, who took part, the average scores and
// gap, and how many action items followed. Each round opens its own page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { useLookups } from '../../../components/lookups';
import { useDateFormat } from '../../../lib/use-date-time-format';
import type { Scorecard } from '../api/get-service-point-scorecards';
import { ParticipantsSummary } from './participants-summary';
import { isWideGap, useScoreFormat } from './score-format';

export function ScorecardRoundsTable({ rounds }: { rounds: readonly Scorecard[] }) {
  const { t } = useTranslation();
  const { OrganizationName } = useLookups();
  const formatDate = useDateFormat();
  const format = useScoreFormat();
  const columns = [
    t('scorecards.fields.date'),
    t('scorecards.fields.facilitator'),
    t('scorecards.fields.participants'),
    t('scorecards.fields.citizenAverage'),
    t('scorecards.fields.providerAverage'),
    t('scorecards.fields.averageGap'),
    t('scorecards.fields.actionItems'),
  ];
  return (
    <div className="rounds-table">
      <DataTable columns={columns}>
        {rounds.toReversed().map((round) => (
          <tr key={round.id}>
            <th scope="row" data-label={columns[0]}>
              <Link to={`/service-points/${round.servicePointId}/scorecards/${round.id}`}>{formatDate(round.date)}</Link>
            </th>
            <td data-label={columns[1]}>
              <OrganizationName id={round.facilitatingOrganizationId} />
            </td>
            <td data-label={columns[2]}>
              <ParticipantsSummary participants={round.participants} />
            </td>
            <td data-label={columns[3]}>{format.score(round.citizenAverage)}</td>
            <td data-label={columns[4]}>{format.score(round.providerAverage)}</td>
            <td data-label={columns[5]} className={isWideGap(round.averageGap) ? 'gap-wide' : undefined}>
              {format.gap(round.averageGap)}
            </td>
            <td data-label={columns[6]}>{round.actionItems.length}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
