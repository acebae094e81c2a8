// `GET /api/service-points?adminUnit=&kind=&q=`: a service point matches an area when it lies in it (code prefix).
import { z } from 'zod';
import { ADMIN_UNIT_CODE_PATTERN, listQuery, SERVICE_POINT_KINDS } from '@daikou/domain';
import { exportFields } from '../common/csv-export';
import { invalid, searchWords } from './query-fields';

export const servicePointQuery = listQuery.extend({
  adminUnit: z.string(invalid('admin_unit_code_invalid')).regex(ADMIN_UNIT_CODE_PATTERN, invalid('admin_unit_code_invalid')).optional(),
  kind: z.enum(SERVICE_POINT_KINDS, invalid('option_invalid')).optional(),
  q: searchWords.optional(),
  ...exportFields,
});
export type ServicePointQuery = z.infer<typeof servicePointQuery>;
