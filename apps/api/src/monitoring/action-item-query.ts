// `GET /api/partnerships/:id/action-items?status=&overdue=`: the action plan board, by due date.
import { z } from 'zod';
import { ACTION_ITEM_STATUSES, listQuery } from '@daikou/domain';
import { exportFields } from '../common/csv-export';
import { invalid, queryFlag } from './query-fields';

export const actionItemQuery = listQuery.extend({
  status: z.enum(ACTION_ITEM_STATUSES, invalid('option_invalid')).optional(),
  overdue: queryFlag.optional(),
  ...exportFields,
});
export type ActionItemQuery = z.infer<typeof actionItemQuery>;
