// Everything the registry holds about an organisation, as a list of labelled facts.
import { ORGANIZATION_KIND_LABELS, ORGANIZATION_TYPE_LABELS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminUnitPath } from '../../../components/admin-units/admin-unit-path';
import { useBilingual } from '../../../lib/use-bilingual';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import type { Organization } from '../api/get-organizations';
import { OrganizationName } from './organization-name';
import { SectorChips } from '../../../components/sector-chips';

export function OrganizationDetails({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const formatDateTime = useDateTimeFormat();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <dl className="details">
      <dt>{t('organizations.fields.nameKm')}</dt>
      <dd lang="km">{organization.nameKm ?? none}</dd>
      <dt>{t('organizations.fields.name')}</dt>
      <dd lang="en">{organization.name}</dd>
      <dt>{t('organizations.fields.kind')}</dt>
      <dd>{inLanguage(ORGANIZATION_KIND_LABELS[organization.kind])}</dd>
      <dt>{t('organizations.fields.type')}</dt>
      <dd>{inLanguage(ORGANIZATION_TYPE_LABELS[organization.type])}</dd>
      <dt>{t('organizations.fields.area')}</dt>
      <dd>
        <AdminUnitPath code={organization.adminUnitCode} />
      </dd>
      <dt>{t('organizations.fields.sectors')}</dt>
      <dd>
        <SectorChips sectors={organization.sectors} label={t('organizations.fields.sectors')} />
      </dd>
      <dt>{t('organizations.fields.capacities')}</dt>
      <dd>
        {organization.capacities.length > 0 ? (
          <ul className="plain-list">
            {organization.capacities.map((capacity) => (
              <li key={capacity}>{capacity}</li>
            ))}
          </ul>
        ) : (
          none
        )}
      </dd>
      <dt>{t('organizations.fields.endorsingOrganization')}</dt>
      <dd>
        {organization.endorsingOrganizationId ? (
          <Link to={`/organizations/${organization.endorsingOrganizationId}`}>
            <OrganizationName id={organization.endorsingOrganizationId} />
          </Link>
        ) : (
          none
        )}
      </dd>
      <dt>{t('organizations.fields.registered')}</dt>
      <dd>{formatDateTime(organization.createdAt)}</dd>
      <dt>{t('organizations.fields.lastChanged')}</dt>
      <dd>{formatDateTime(organization.updatedAt)}</dd>
    </dl>
  );
}
