// Names of what the dashboards count — statuses, functions, forms, sectors, provinces and levels — in the reader's
// language. Provinces come from the gazetteer (already cached by the province filter); a code it does not know shows
// as itself.
import {
  ADMIN_UNIT_LEVEL_LABELS,
  FORM_LABELS,
  FUNCTION_LABELS,
  SECTOR_LABELS,
  STATUS_LABELS,
  type AdminUnitLevel,
  type Bilingual,
} from '@daikou/domain';
import { adminUnitName } from '../../../components/admin-units/admin-unit-name';
import { useAdminUnits } from '../../../components/admin-units/api/get-admin-units';
import { currentLanguage } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';

const labelFrom = (labels: Readonly<Record<string, Bilingual>>, inLanguage: (label: Bilingual) => string) => (key: string) => {
  const label = labels[key];
  return label ? inLanguage(label) : key;
};

export function useDashboardLabels() {
  const inLanguage = useBilingual();
  const provinces = useAdminUnits({ level: 'province' });
  const language = currentLanguage();
  const provinceNames = new Map((provinces.data?.items ?? []).map((unit) => [unit.code, adminUnitName(unit, language)]));
  return {
    status: labelFrom(STATUS_LABELS, inLanguage),
    function: labelFrom(FUNCTION_LABELS, inLanguage),
    form: labelFrom(FORM_LABELS, inLanguage),
    sector: labelFrom(SECTOR_LABELS, inLanguage),
    province: (code: string) => provinceNames.get(code) ?? code,
    level: (level: AdminUnitLevel) => inLanguage(ADMIN_UNIT_LEVEL_LABELS[level]),
  };
}

export type DashboardLabels = ReturnType<typeof useDashboardLabels>;
