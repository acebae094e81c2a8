import {
  afterSignature,
  endorsementComplete,
  evaluateTransition,
  goTo,
  holdsSigningAuthority,
  mouVersionExists,
  notYetEndorsedByOrganization,
  notYetSignedByOrganization,
  type Guard,
  type ReviewedProcess,
  type StatusDecision,
  type Transition,
  type TransitionActor,
  type TransitionInput,
  type TransitionPerformer,
} from './transition-rules.js';

export {
  SYSTEM_ACTOR,
  type Endorsement,
  type SystemActor,
  type TransitionActor,
  type TransitionInput,
  type TransitionPerformer,
} from './transition-rules.js';

export const PARTNERSHIP_STATUSES = [
  'draft',
  'proposal_review',
  'mou_drafting',
  'mou_review',
  'awaiting_signatures',
  'active',
  'suspended',
  'completed',
  'terminated',
  'closed',
  'declined',
  'withdrawn',
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const PARTNERSHIP_ACTIONS = [
  'submit_proposal',
  'accept_proposal',
  'return_proposal',
  'submit_mou',
  'request_changes',
  'approve',
  'decline',
  'sign',
  'suspend',
  'resume',
  'complete',
  'terminate',
  'close',
  'withdraw',
  'endorse',
] as const;
export type PartnershipAction = (typeof PARTNERSHIP_ACTIONS)[number];

/** Statuses shown on the public transparency pages. */
export const PUBLIC_STATUSES = ['active', 'completed', 'closed'] as const satisfies readonly PartnershipStatus[];

/** Statuses in which the parties of a partnership may still be changed. */
export const EDITABLE_STATUSES = ['draft', 'mou_drafting'] as const satisfies readonly PartnershipStatus[];

export interface PartnershipState extends ReviewedProcess<PartnershipStatus> {
  hasFinalReview: boolean;
}

export type TransitionDecision = StatusDecision<PartnershipStatus>;

const finalReviewRecorded: Guard<PartnershipState> = (state) => (state.hasFinalReview ? null : 'final_review_required');

const TRANSITIONS: Readonly<Record<PartnershipAction, Transition<PartnershipState>>> = {
  submit_proposal: { from: ['draft'], by: 'party_officer', to: goTo('proposal_review'), nextStep: true },
  accept_proposal: {
    from: ['proposal_review'],
    by: 'moi_reviewer',
    to: goTo('mou_drafting'),
    guards: [endorsementComplete],
    nextStep: true,
  },
  return_proposal: {
    from: ['proposal_review'],
    by: 'moi_reviewer',
    to: goTo('draft'),
    requires: 'comment',
    nextStep: true,
  },
  submit_mou: {
    from: ['mou_drafting'],
    by: 'party_officer',
    to: goTo('mou_review'),
    guards: [mouVersionExists],
    nextStep: true,
  },
  request_changes: {
    from: ['mou_review'],
    by: 'moi_reviewer',
    to: goTo('mou_drafting'),
    requires: 'comment',
    nextStep: true,
  },
  approve: {
    from: ['mou_review'],
    by: 'moi_reviewer',
    to: goTo('awaiting_signatures'),
    guards: [endorsementComplete],
    nextStep: true,
  },
  decline: {
    from: ['proposal_review', 'mou_review'],
    by: 'moi_reviewer',
    to: goTo('declined'),
    requires: 'reason',
    nextStep: false,
  },
  sign: {
    from: ['awaiting_signatures'],
    by: 'party_signatory',
    // The last party's signature makes the partnership active.
    to: afterSignature('active', 'awaiting_signatures'),
    guards: [holdsSigningAuthority, notYetSignedByOrganization],
    nextStep: true,
  },
  suspend: { from: ['active'], by: 'moi_reviewer', to: goTo('suspended'), requires: 'reason', nextStep: false },
  resume: { from: ['suspended'], by: 'moi_reviewer', to: goTo('active'), nextStep: true },
  complete: { from: ['active'], by: 'moi_reviewer_or_system', to: goTo('completed'), nextStep: true },
  terminate: {
    from: ['active', 'suspended'],
    by: 'moi_reviewer',
    to: goTo('terminated'),
    requires: 'reason',
    nextStep: false,
  },
  close: {
    from: ['completed', 'terminated'],
    by: 'moi_reviewer',
    to: goTo('closed'),
    guards: [finalReviewRecorded],
    nextStep: true,
  },
  withdraw: {
    from: ['draft', 'proposal_review', 'mou_drafting', 'mou_review', 'awaiting_signatures'],
    by: 'party_officer',
    to: goTo('withdrawn'),
    nextStep: false,
  },
  // The reviewer decides only once every parent administration asked has endorsed this review stage.
  endorse: {
    from: ['proposal_review', 'mou_review'],
    by: 'endorser',
    to: (state) => state.status,
    guards: [notYetEndorsedByOrganization],
    nextStep: true,
  },
};

/** Whether `actor` may perform `action` now and, if so, the status it leads to. Checks visibility, role, status, then guards. */
export function decideTransition(
  state: PartnershipState,
  actor: TransitionActor,
  action: PartnershipAction,
  input: TransitionInput,
): TransitionDecision {
  return evaluateTransition(TRANSITIONS[action], state, actor, input);
}

/** The actions `actor` may perform now (a comment or reason they must still supply does not hide an action). */
export function allowedActions(state: PartnershipState, actor: TransitionActor): PartnershipAction[] {
  return PARTNERSHIP_ACTIONS.filter((action) => evaluateTransition(TRANSITIONS[action], state, actor, null).ok);
}

export interface NextStep {
  action: PartnershipAction;
  by: TransitionPerformer;
}

function nextStepsFrom(status: PartnershipStatus): NextStep[] {
  return PARTNERSHIP_ACTIONS.filter((action) => TRANSITIONS[action].nextStep && TRANSITIONS[action].from.includes(status)).map(
    (action) => ({ action, by: TRANSITIONS[action].by }),
  );
}

/** Per status, the steps the process waits for and who must take them (the basis of reminders). */
export const NEXT_STEPS: Readonly<Record<PartnershipStatus, readonly NextStep[]>> = {
  draft: nextStepsFrom('draft'),
  proposal_review: nextStepsFrom('proposal_review'),
  mou_drafting: nextStepsFrom('mou_drafting'),
  mou_review: nextStepsFrom('mou_review'),
  awaiting_signatures: nextStepsFrom('awaiting_signatures'),
  active: nextStepsFrom('active'),
  suspended: nextStepsFrom('suspended'),
  completed: nextStepsFrom('completed'),
  terminated: nextStepsFrom('terminated'),
  closed: nextStepsFrom('closed'),
  declined: nextStepsFrom('declined'),
  withdrawn: nextStepsFrom('withdrawn'),
};

/** A status no action leads out of. */
export function isTerminal(status: PartnershipStatus): boolean {
  return !PARTNERSHIP_ACTIONS.some((action) => TRANSITIONS[action].from.includes(status));
}

/** A review stage in which parent administrations endorse (afterwards their endorsements no longer wait for anything). */
export function awaitsEndorsement(status: PartnershipStatus): boolean {
  return TRANSITIONS.endorse.from.includes(status);
}

export function isPublicStatus(status: PartnershipStatus): boolean {
  return (PUBLIC_STATUSES as readonly PartnershipStatus[]).includes(status);
}

export function isEditable(status: PartnershipStatus): boolean {
  return (EDITABLE_STATUSES as readonly PartnershipStatus[]).includes(status);
}

/** The parties whose signature the MoU still waits for. */
export function unsignedPartyIds(state: PartnershipState): string[] {
  return state.partyOrganizationIds.filter((party) => !state.signedOrganizationIds.includes(party));
}
