// The choices of role and language for user forms and filters, labelled in the reader's language.
import { LOCALES, ROLE_LABELS, ROLES } from '@daikou/domain';
import type { SelectOption } from '../../../components/select-field';
import { languageOwnNames } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';

export function useUserOptions() {
  const inLanguage = useBilingual();
  return {
    roles: ROLES.map((role): SelectOption => ({ value: role, label: inLanguage(ROLE_LABELS[role]) })),
    locales: LOCALES.map((locale): SelectOption => ({ value: locale, label: languageOwnNames[locale] })),
  };
}
