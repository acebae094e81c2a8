// `GET /api/partnerships/:id/reporting-periods?status=&late=`: the reports owed, by due date.
import { z } from 'zod';
import { PERIOD_STATUSES } from '@daikou/domain';
import { exportFields } from '../common/csv-export';
import { invalid, queryFlag } from './query-fields';

export const reportingPeriodQuery = z.object({
  status: z.enum(PERIOD_STATUSES, invalid('option_invalid')).optional(),
  late: queryFlag.optional(),
  ...exportFields,
});
export type ReportingPeriodQuery = z.infer<typeof reportingPeriodQuery>;
