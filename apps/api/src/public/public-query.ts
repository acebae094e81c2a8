// `GET /api/public/partnerships` and the /public page: the published partnerships, by province, status or title.
import { z } from 'zod';
import { partnershipQuery, PUBLIC_STATUSES, validationMessage } from '@daikou/domain';

export const publicPartnershipQuery = partnershipQuery.pick({ limit: true, cursor: true, province: true, q: true }).extend({
  status: z.enum(PUBLIC_STATUSES, { error: () => validationMessage('option_invalid') }).optional(),
});
export type PublicPartnershipQuery = z.infer<typeof publicPartnershipQuery>;
