// One organisation in the directory: both names, its type, where it is and its sectors.
import { ORGANIZATION_TYPE_LABELS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminUnitPath } from '../../../components/admin-units/admin-unit-path';
import { currentLanguage } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';
import type { Organization } from '../api/get-organizations';
import { organizationNames } from './organization-names';
import { SectorChips } from '../../../components/sector-chips';

export function OrganizationCard({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const { primary, secondary } = organizationNames(organization, currentLanguage());
  return (
    <li className="result">
      <h2 className="result-title">
        <Link to={`/organizations/${organization.id}`} lang={primary.lang}>
          {primary.text}
        </Link>
      </h2>
      {secondary && (
        <p className="result-subtitle" lang={secondary.lang}>
          {secondary.text}
        </p>
      )}
      <p className="result-meta">
        <span>{inLanguage(ORGANIZATION_TYPE_LABELS[organization.type])}</span>
        <AdminUnitPath code={organization.adminUnitCode} />
      </p>
      <SectorChips sectors={organization.sectors} label={t('organizations.fields.sectors')} />
    </li>
  );
}
