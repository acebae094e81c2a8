// The action items that follow from one round: what, whose, by when and how far they got.
import type { ActionItemStatus } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useLookups } from '../../../components/lookups';
import { useDateFormat } from '../../../lib/use-date-time-format';
import type { ActionItem } from '../api/get-scorecard';
import { ActionStatusBadge } from './action-status-badge';

export function RoundActionItems({ items }: { items: readonly ActionItem[] }) {
  const { t } = useTranslation();
  const { OrganizationName } = useLookups();
  const formatDate = useDateFormat();
  const columns = [t('actionPlan.fields.description'), t('actionPlan.fields.owner'), t('actionPlan.fields.dueDate'), t('actionPlan.fields.status')];
  return (
    <DataTable columns={columns}>
      {items.map((item) => (
        <tr key={item.id}>
          <th scope="row" data-label={columns[0]}>
            {item.description}
          </th>
          <td data-label={columns[1]}>
            <OrganizationName id={item.ownerOrganizationId} />
          </td>
          <td data-label={columns[2]}>{formatDate(item.dueDate)}</td>
          <td data-label={columns[3]}>
            <ActionStatusBadge status={item.status as ActionItemStatus} overdue={item.overdue} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
