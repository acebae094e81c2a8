// `GET /api/indicator-library?q=&sector=&includeArchived=`: the library by name, archived indicators only on request.
import { z } from 'zod';
import { listQuery, SECTOR_CODES } from '@daikou/domain';
import { exportFields } from '../common/csv-export';
import { invalid, queryFlag, searchWords } from './query-fields';

export const indicatorLibraryQuery = listQuery.extend({
  q: searchWords.optional(),
  sector: z.enum(SECTOR_CODES, invalid('option_invalid')).optional(),
  includeArchived: queryFlag.optional(),
  ...exportFields,
});
export type IndicatorLibraryQuery = z.infer<typeof indicatorLibraryQuery>;
