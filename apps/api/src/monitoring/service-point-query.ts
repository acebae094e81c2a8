// `GET /api/service-points?adminUnit=&kind=&q=`: a service point matches an area when it lies in it (code prefix).
import { z } from 'zod';
import { ADMIN_UNIT_CODE_PATTERN, listQuery, SERVICE_POINT_KINDS, validationMessage } from '@daikou/domain';

const invalid = (key: Parameters<typeof validationMessage>[0]) => ({ error: () => validationMessage(key) });

export const servicePointQuery = listQuery.extend({
  adminUnit: z.string(invalid('admin_unit_code_invalid')).regex(ADMIN_UNIT_CODE_PATTERN, invalid('admin_unit_code_invalid')).optional(),
  kind: z.enum(SERVICE_POINT_KINDS, invalid('option_invalid')).optional(),
  q: z.string(invalid('must_be_text')).trim().max(100, invalid('too_long_100')).optional(),
});
export type ServicePointQuery = z.infer<typeof servicePointQuery>;
