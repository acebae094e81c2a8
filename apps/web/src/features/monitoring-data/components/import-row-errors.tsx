// The rows that were not imported: row number as the spreadsheet counts it (the header is row 1), the column at
// fault and why, in the reader's language.
import { localizeValidationMessage } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { currentLanguage } from '../../../lib/i18n';
import type { ScorecardImport } from '../api/get-import';

type RowError = ScorecardImport['errors'][number];

export function ImportRowErrors({ errors }: { errors: readonly RowError[] }) {
  const { t } = useTranslation();
  const columns = { row: t('imports.errors.row'), column: t('imports.errors.column'), reason: t('imports.errors.reason') };
  return (
    <DataTable columns={Object.values(columns)}>
      {errors.map((error) => (
        <tr key={`${error.row}-${error.column ?? ''}`}>
          <td data-label={columns.row}>{error.row}</td>
          <td data-label={columns.column}>{error.column ?? '—'}</td>
          <td data-label={columns.reason}>{localizeValidationMessage(error.reason, currentLanguage())}</td>
        </tr>
      ))}
    </DataTable>
  );
}
