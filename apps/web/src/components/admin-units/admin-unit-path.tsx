// Where a unit lies: province › district › commune, in the reader's language.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { useAdminUnitsByCode } from './api/get-admin-unit';
import { adminUnitLineage, adminUnitName } from './admin-unit-name';

export function AdminUnitPath({ code }: { code: string }) {
  // Subscribing to translations re-renders the path when the language changes.
  useTranslation();
  const language = currentLanguage();
  const units = useAdminUnitsByCode(adminUnitLineage(code));
  const lineage = adminUnitLineage(code);
  // A code the gazetteer does not know (any more) is shown as it is rather than hidden.
  const names = units.map((unit, index) =>
    unit.data ? adminUnitName(unit.data, language) : unit.isError ? lineage[index] : '…',
  );
  return (
    <span className="admin-unit-path" lang={language}>
      {names.join(' › ')}
    </span>
  );
}
