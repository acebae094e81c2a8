// A partnership's parties as choices of a drop-down list (plain text), in the reader's script where it has it.
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../../components/select-field';
import { currentLanguage } from '../../../lib/i18n';
import type { MonitoredPartnership } from '../service-point-policy';

export function usePartyOptions(parties: MonitoredPartnership['parties']): SelectOption[] {
  useTranslation();
  const khmer = currentLanguage() === 'km';
  return parties.map((party) => ({ value: party.organizationId, label: khmer && party.nameKm ? party.nameKm : party.name }));
}
