// A round's criteria: each one's citizen and provider score, the gap between them (wide gaps marked) and the
// action the groups suggested.
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import type { ScorecardRound } from '../api/get-scorecard';
import { isWideGap, useScoreFormat } from './score-format';

export function CriteriaTable({ criteria }: { criteria: ScorecardRound['criteria'] }) {
  const { t } = useTranslation();
  const format = useScoreFormat();
  const columns = [
    t('scorecards.fields.criterion'),
    t('scorecards.fields.citizenScore'),
    t('scorecards.fields.providerScore'),
    t('scorecards.fields.gap'),
    t('scorecards.fields.suggestedActionShort'),
  ];
  return (
    <div className="criteria-table">
      <DataTable columns={columns}>
        {criteria.map((criterion) => {
          const wide = isWideGap(criterion.gap);
          return (
            <tr key={criterion.name}>
              <th scope="row" data-label={columns[0]}>
                {criterion.name}
              </th>
              <td data-label={columns[1]}>{format.score(criterion.citizenScore)}</td>
              <td data-label={columns[2]}>{format.score(criterion.providerScore)}</td>
              <td data-label={columns[3]} className={wide ? 'gap-wide' : undefined}>
                {format.gap(criterion.gap)}
                {wide && <span className="visually-hidden"> ({t('scorecards.wideGap')})</span>}
              </td>
              <td data-label={columns[4]}>{criterion.suggestedAction}</td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
