// The object an audit entry is about: a link to the organisation or account by name, or its type and id.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLookups } from '../../../components/lookups';
import { AUDIT_ENTITY_TYPES, labelKeyOf } from './audit-vocabulary';

export function AuditEntity({ type, id }: { type: string | null; id: string | null }) {
  const { t } = useTranslation();
  const { OrganizationName, UserName } = useLookups();
  if (!type) return <span className="muted">{t('common.none')}</span>;
  const labelKey = labelKeyOf(AUDIT_ENTITY_TYPES, type);
  const name =
    id && type === 'organization' ? (
      <Link to={`/organizations/${id}`}>
        <OrganizationName id={id} />
      </Link>
    ) : id && type === 'user' ? (
      <Link to={`/users/${id}`}>
        <UserName id={id} />
      </Link>
    ) : (
      id
    );
  return (
    <>
      <span className="cell-detail">{labelKey ? t(labelKey) : type}</span>
      {name}
    </>
  );
}
