// Which steps cannot go without a comment or a reason (the domain's transition rules, packages/domain
// lifecycle.ts and amendment.ts: `requires`), and which end or undo something and so look like it.
import type { AmendmentAction, PartnershipAction } from '@daikou/domain';
import type { StepInput } from './step-dialog';

export const PARTNERSHIP_STEP_INPUT: Readonly<Partial<Record<PartnershipAction, StepInput>>> = {
  return_proposal: 'comment',
  request_changes: 'comment',
  decline: 'reason',
  suspend: 'reason',
  terminate: 'reason',
};

export const AMENDMENT_STEP_INPUT: Readonly<Partial<Record<AmendmentAction, StepInput>>> = {
  request_changes: 'comment',
  decline: 'reason',
};

export const ENDING_STEPS: ReadonlySet<string> = new Set(['decline', 'suspend', 'terminate', 'withdraw']);
