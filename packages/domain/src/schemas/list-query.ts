import { z } from 'zod';
import { message, requiredOr } from './fields.js';

export const LIST_LIMIT_DEFAULT = 50;
export const LIST_LIMIT_MAX = 200;

// Query strings arrive as text: the limit is coerced to a number.
export const listQuery = z.object({
  limit: z.coerce
    .number(requiredOr('limit_invalid'))
    .int(message('limit_invalid'))
    .min(1, message('limit_invalid'))
    .max(LIST_LIMIT_MAX, message('limit_invalid'))
    .default(LIST_LIMIT_DEFAULT),
  cursor: z.string(requiredOr('cursor_invalid')).min(1, message('cursor_invalid')).max(500, message('cursor_invalid')).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;
