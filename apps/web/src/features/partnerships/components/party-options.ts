// The parties as choices of a drop-down list (plain text), in the reader's script where the partnership has it.
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../../components/select-field';
import { currentLanguage } from '../../../lib/i18n';
import type { Partnership } from '../api/get-partnership';

export function usePartyOptions(parties: Partnership['parties']): SelectOption[] {
  useTranslation();
  const khmer = currentLanguage() === 'km';
  return parties.map((party) => ({ value: party.organizationId, label: khmer && party.nameKm ? party.nameKm : party.name }));
}
