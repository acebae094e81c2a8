// `GET /api/service-points/:id/feedback?status=` and the inbox across service points `GET /api/feedback?status=&servicePointId=`,
// newest first.
import { z } from 'zod';
import { FEEDBACK_STATUSES, listQuery } from '@daikou/domain';
import { exportFields } from '../common/csv-export';
import { invalid } from './query-fields';

export const feedbackQuery = listQuery.extend({
  status: z.enum(FEEDBACK_STATUSES, invalid('option_invalid')).optional(),
  ...exportFields,
});
export type FeedbackQuery = z.infer<typeof feedbackQuery>;

export const feedbackInboxQuery = feedbackQuery.extend({
  servicePointId: z.guid(invalid('uuid_invalid')).transform((id) => id.toLowerCase()).optional(),
});
export type FeedbackInboxQuery = z.infer<typeof feedbackInboxQuery>;
