// An organisation named by its id, in the reader's language (also lent to other features: src/app/lookups.tsx).
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { useOrganization } from '../api/get-organization';
import { organizationNames } from './organization-names';

export function OrganizationName({ id }: { id: string }) {
  // Subscribing to translations re-renders the name when the language changes.
  useTranslation();
  const { data: organization, isError } = useOrganization(id);
  if (!organization) return <span className="muted">{isError ? id : '…'}</span>;
  const { primary } = organizationNames(organization, currentLanguage());
  return <span lang={primary.lang}>{primary.text}</span>;
}
