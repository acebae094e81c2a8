// What the import endpoints answer (OpenAPI from these schemas).
import { z } from 'zod';
import { listQuery } from '@daikou/domain';
import { exportFields } from '../common/csv-export';
import { pageSchema } from '../common/pagination';
import { scorecardMapping } from './scorecard-mapping';

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const rowErrorSchema = z.object({
  row: z.number().int().describe('The row as a spreadsheet numbers it: the header is row 1'),
  column: z.string().nullable().describe('The file’s column at fault'),
  reason: z.string(),
});

export const importSummarySchema = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  jobId: z.uuid(),
  rowsDone: z.number().int().describe('Rows read so far'),
  rowsTotal: z.number().int().nullable().describe('Rows in the file; null until the job has counted them'),
  validRows: z.number().int().describe('Rows that became scorecard rounds'),
  errorCount: z.number().int(),
  error: z.string().nullable().describe('Why the job failed, when it did'),
  requestedBy: z.uuid(),
  createdAt: z.string(),
});

export const importSchema = importSummarySchema.extend({
  errors: z.array(rowErrorSchema).describe('The first 100 row errors, by row; every one in GET /api/imports/{id}/errors.csv'),
});

export const importPageSchema = pageSchema(importSummarySchema);

export const importJobSchema = z.object({ jobId: z.uuid(), importId: z.uuid() });

export const previewSchema = z.object({
  columns: z.array(z.string()).describe('The header row'),
  sampleRows: z.array(z.array(z.string())).describe('The first 5 rows as the file has them'),
  savedMapping: z.object({ name: z.string(), mapping: scorecardMapping }).optional().describe('A mapping saved for the partnership whose columns are all in this file'),
});

export const importListQuery = listQuery.extend(exportFields);
export type ImportListQuery = z.infer<typeof importListQuery>;
