// `GET /api/service-points/:id/feedback?status=`: the triage inbox, newest first.
import { z } from 'zod';
import { FEEDBACK_STATUSES, listQuery, validationMessage } from '@daikou/domain';

export const feedbackQuery = listQuery.extend({
  status: z.enum(FEEDBACK_STATUSES, { error: () => validationMessage('option_invalid') }).optional(),
});
export type FeedbackQuery = z.infer<typeof feedbackQuery>;
