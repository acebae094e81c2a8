// The columns of the import downloads: the partnership's past imports, and one import's row errors.
import type { CsvColumn } from '../common/csv-export';
import type { RowError } from './import.entities';
import type { ImportSummaryView } from './import-records.service';

export const ROW_ERROR_COLUMNS: readonly CsvColumn<RowError>[] = [
  { header: { en: 'Row', km: 'ជួរដេក' }, value: (e) => e.row },
  { header: { en: 'Column', km: 'ជួរឈរ' }, value: (e) => e.column },
  { header: { en: 'Reason', km: 'មូលហេតុ' }, value: (e) => e.reason },
];

export const IMPORT_COLUMNS: readonly CsvColumn<ImportSummaryView>[] = [
  { header: { en: 'Import ID', km: 'លេខសម្គាល់ការនាំចូល' }, value: (i) => i.id },
  { header: { en: 'File', km: 'ឯកសារ' }, value: (i) => i.fileName },
  { header: { en: 'Started', km: 'ចាប់ផ្តើមនៅ' }, value: (i) => i.createdAt },
  { header: { en: 'Status', km: 'ស្ថានភាព' }, value: (i) => i.status },
  { header: { en: 'Rows read', km: 'ជួរដេកដែលបានអាន' }, value: (i) => i.rowsDone },
  { header: { en: 'Rows in the file', km: 'ជួរដេកក្នុងឯកសារ' }, value: (i) => i.rowsTotal },
  { header: { en: 'Rows imported', km: 'ជួរដេកដែលបាននាំចូល' }, value: (i) => i.validRows },
  { header: { en: 'Rows with errors', km: 'ជួរដេកមានកំហុស' }, value: (i) => i.errorCount },
];
