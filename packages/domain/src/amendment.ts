import type { PartnershipStatus } from './lifecycle.js';
import type { PartnershipParties } from './policy.js';
import {
  afterSignature,
  endorsementComplete,
  evaluateTransition,
  goTo,
  holdsSigningAuthority,
  isPartyOfficer,
  mouVersionExists,
  notYetEndorsedByOrganization,
  notYetSignedByOrganization,
  refusal,
  seesPartnership,
  type ReviewedProcess,
  type StatusDecision,
  type Transition,
  type TransitionActor,
  type TransitionInput,
} from './transition-rules.js';
import type { TransitionError } from './transition-errors.js';

// An amendment is a new MoU version proposed while the partnership is active; the partnership stays
// active under the signed version until every party has signed the amendment.

export const AMENDMENT_STATUSES = ['drafting', 'in_review', 'awaiting_signatures', 'in_force', 'declined', 'withdrawn'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** Statuses of an amendment still under way: a partnership has at most one. */
export const OPEN_AMENDMENT_STATUSES = ['drafting', 'in_review', 'awaiting_signatures'] as const satisfies readonly AmendmentStatus[];

export const AMENDMENT_ACTIONS = ['submit', 'request_changes', 'approve', 'decline', 'sign', 'withdraw', 'endorse'] as const;
export type AmendmentAction = (typeof AMENDMENT_ACTIONS)[number];

/** `hasMouVersion`: the amendment holds a proposed MoU version; `endorsement`: for the current review. */
export type AmendmentState = ReviewedProcess<AmendmentStatus>;

export type AmendmentDecision = StatusDecision<AmendmentStatus>;

const AMENDMENT_TRANSITIONS: Readonly<Record<AmendmentAction, Transition<AmendmentState>>> = {
  submit: { from: ['drafting'], by: 'party_officer', to: goTo('in_review'), guards: [mouVersionExists], nextStep: true },
  request_changes: { from: ['in_review'], by: 'moi_reviewer', to: goTo('drafting'), requires: 'comment', nextStep: true },
  approve: {
    from: ['in_review'],
    by: 'moi_reviewer',
    to: goTo('awaiting_signatures'),
    guards: [endorsementComplete],
    nextStep: true,
  },
  decline: { from: ['in_review'], by: 'moi_reviewer', to: goTo('declined'), requires: 'reason', nextStep: false },
  sign: {
    from: ['awaiting_signatures'],
    by: 'party_signatory',
    // The last party's signature puts the new MoU version in force.
    to: afterSignature('in_force', 'awaiting_signatures'),
    guards: [holdsSigningAuthority, notYetSignedByOrganization],
    nextStep: true,
  },
  withdraw: { from: OPEN_AMENDMENT_STATUSES, by: 'party_officer', to: goTo('withdrawn'), nextStep: false },
  endorse: {
    from: ['in_review'],
    by: 'endorser',
    to: (state) => state.status,
    guards: [notYetEndorsedByOrganization],
    nextStep: true,
  },
};

/** Whether `actor` may perform `action` on the amendment now and, if so, the status it leads to. */
export function decideAmendmentTransition(
  state: AmendmentState,
  actor: TransitionActor,
  action: AmendmentAction,
  input: TransitionInput,
): AmendmentDecision {
  return evaluateTransition(AMENDMENT_TRANSITIONS[action], state, actor, input);
}

/** The amendment actions `actor` may perform now (a comment or reason still to write does not hide an action). */
export function allowedAmendmentActions(state: AmendmentState, actor: TransitionActor): AmendmentAction[] {
  return AMENDMENT_ACTIONS.filter((action) => evaluateTransition(AMENDMENT_TRANSITIONS[action], state, actor, null).ok);
}

export function isOpenAmendment(status: AmendmentStatus): boolean {
  return (OPEN_AMENDMENT_STATUSES as readonly AmendmentStatus[]).includes(status);
}

export type AmendmentProposalCheck = { ok: true } | { ok: false; error: TransitionError };

/** Whether `actor` may start an amendment: a party's officer, while the partnership is active and no other amendment is open. */
export function canProposeAmendment(
  partnershipStatus: PartnershipStatus,
  openAmendment: boolean,
  actor: TransitionActor,
  parties: PartnershipParties,
): AmendmentProposalCheck {
  if (!seesPartnership(parties, actor)) return refusal('not_visible');
  if (!isPartyOfficer(parties, actor)) return refusal('forbidden');
  if (partnershipStatus !== 'active') return refusal('invalid_status');
  if (openAmendment) return refusal('amendment_open');
  return { ok: true };
}
