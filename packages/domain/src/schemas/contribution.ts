import { z } from 'zod';
import { CONTRIBUTION_KINDS } from '../partnership-classification.js';
import { validationMessage } from '../validation-messages.js';
import { filledText, inputObject, message, oneOf, requiredOr, uuid, whenValid } from './fields.js';

// One party's contribution, to a partnership as proposed or to one activity of its workplan.
const contribution = inputObject({
  organizationId: uuid,
  kind: oneOf(CONTRIBUTION_KINDS),
  description: filledText(2000),
  amount: z
    .number(requiredOr('amount_invalid'))
    .min(0, message('amount_invalid'))
    .optional(),
  currency: z
    .string(requiredOr('currency_invalid'))
    .regex(/^[A-Z]{3}$/, message('currency_invalid'))
    .optional(),
}).superRefine(
  (given, ctx) => {
    if (given.amount !== undefined && given.currency === undefined) {
      ctx.addIssue({ code: 'custom', path: ['currency'], message: validationMessage('currency_required') });
    }
  },
  whenValid('amount', 'currency'),
);

export const contributionList = z.array(contribution, requiredOr('must_be_list')).max(50, message('too_many_entries'));
