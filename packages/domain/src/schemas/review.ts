import type { z } from 'zod';
import { REVIEW_DECISIONS, REVIEW_KINDS } from '../review.js';
import { filledText, inputObject, oneOf } from './fields.js';

export const reviewInput = inputObject({
  kind: oneOf(REVIEW_KINDS),
  decision: oneOf(REVIEW_DECISIONS),
  lessons: filledText(10000),
});
export type ReviewInput = z.infer<typeof reviewInput>;
