// Whether an account can sign in.
import { useTranslation } from 'react-i18next';

export function AccountStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={active ? 'badge badge-positive' : 'badge badge-muted'}>
      {active ? t('users.status.active') : t('users.status.deactivated')}
    </span>
  );
}
