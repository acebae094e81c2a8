// The accounts as a table: who, their role and organisation, whether they sign, whether they can sign in.
import { ROLE_LABELS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { useLookups } from '../../../components/lookups';
import { useBilingual } from '../../../lib/use-bilingual';
import type { AdminUser } from '../api/get-users';
import { AccountStatusBadge } from './account-status-badge';

export function UserTable({ users }: { users: readonly AdminUser[] }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const { OrganizationName } = useLookups();
  const columns = {
    name: t('users.fields.name'),
    role: t('users.fields.role'),
    organization: t('users.fields.organization'),
    isSignatory: t('users.fields.isSignatory'),
    status: t('users.fields.status'),
  };
  return (
    <DataTable columns={Object.values(columns)}>
      {users.map((user) => (
        <tr key={user.id}>
          <th scope="row">
            <Link to={`/users/${user.id}`}>{user.name}</Link>
            <span className="cell-detail">{user.email}</span>
          </th>
          <td data-label={columns.role}>{inLanguage(ROLE_LABELS[user.role])}</td>
          <td data-label={columns.organization}>
            <OrganizationName id={user.organizationId} />
          </td>
          <td data-label={columns.isSignatory}>{user.isSignatory ? t('common.yes') : t('common.no')}</td>
          <td data-label={columns.status}>
            <AccountStatusBadge active={user.active} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
