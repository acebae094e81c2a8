// One value of an audit summary, readable: labels for codes, names for ids, places for area codes.
import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_TYPE_LABELS,
  ORGANIZATION_TYPES,
  ROLE_LABELS,
  ROLES,
  SECTOR_CODES,
  SECTOR_LABELS,
} from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { AdminUnitPath } from '../../../components/admin-units/admin-unit-path';
import { useLookups } from '../../../components/lookups';
import { languageOwnNames, languages } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';
import { oneOf } from '../../../lib/use-url-filters';
import { AUDIT_REASONS, labelKeyOf } from './audit-vocabulary';

export function AuditSummaryValue({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const { OrganizationName } = useLookups();

  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="muted">{t('common.none')}</span>;
  }
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (Array.isArray(value)) {
    const labels = value.map((item) => {
      const sector = field === 'sectors' ? oneOf(SECTOR_CODES, String(item)) : undefined;
      return sector ? inLanguage(SECTOR_LABELS[sector]) : String(item);
    });
    return <>{labels.join(', ')}</>;
  }
  if (typeof value !== 'string') return <>{JSON.stringify(value)}</>;

  switch (field) {
    case 'adminUnitCode':
      return <AdminUnitPath code={value} />;
    case 'organizationId':
    case 'endorsingOrganizationId':
      return <OrganizationName id={value} />;
    case 'password':
      return <>{t('audit.values.passwordReset')}</>;
  }
  const role = field === 'role' ? oneOf(ROLES, value) : undefined;
  if (role) return <>{inLanguage(ROLE_LABELS[role])}</>;
  const kind = field === 'kind' ? oneOf(ORGANIZATION_KINDS, value) : undefined;
  if (kind) return <>{inLanguage(ORGANIZATION_KIND_LABELS[kind])}</>;
  const type = field === 'type' ? oneOf(ORGANIZATION_TYPES, value) : undefined;
  if (type) return <>{inLanguage(ORGANIZATION_TYPE_LABELS[type])}</>;
  const locale = field === 'locale' ? oneOf(languages, value) : undefined;
  if (locale) return <>{languageOwnNames[locale]}</>;
  const reason = field === 'reason' ? labelKeyOf(AUDIT_REASONS, value) : undefined;
  if (reason) return <>{t(reason)}</>;
  return <>{value}</>;
}
