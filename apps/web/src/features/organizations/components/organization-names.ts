// An organisation's name in the reader's language first and in the other script second, when it has both.
import type { Language } from '../../../lib/i18n';
import type { Organization } from '../api/get-organizations';

export interface NameInScript {
  text: string;
  lang: Language;
}

export function organizationNames(organization: Pick<Organization, 'name' | 'nameKm'>, language: Language): {
  primary: NameInScript;
  secondary?: NameInScript;
} {
  const latin: NameInScript = { text: organization.name, lang: 'en' };
  if (!organization.nameKm) return { primary: latin };
  const khmer: NameInScript = { text: organization.nameKm, lang: 'km' };
  return language === 'km' ? { primary: khmer, secondary: latin } : { primary: latin, secondary: khmer };
}
