import { decide } from './policy.js';
import { isOfficer, type Actor } from './roles.js';
import { transitionError, type TransitionError, type TransitionErrorCode } from './transition-errors.js';

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
] as const;
export type PartnershipAction = (typeof PARTNERSHIP_ACTIONS)[number];

/** Statuses shown on the public transparency pages. */
export const PUBLIC_STATUSES = ['active', 'completed', 'closed'] as const satisfies readonly PartnershipStatus[];

/** Statuses in which the parties of a partnership may still be changed. */
export const EDITABLE_STATUSES = ['draft', 'mou_drafting'] as const satisfies readonly PartnershipStatus[];

/** The scheduler, acting on its own (e.g. completing a partnership at its end date). */
export const SYSTEM_ACTOR = Object.freeze({ system: true } as const);
export type SystemActor = typeof SYSTEM_ACTOR;
export type TransitionActor = Actor | SystemActor;

export interface PartnershipState {
  status: PartnershipStatus;
  partyOrganizationIds: readonly string[];
  hasMouVersion: boolean;
  signedOrganizationIds: readonly string[];
  hasFinalReview: boolean;
}

export interface TransitionInput {
  comment?: string;
  reason?: string;
}

export type TransitionDecision = { ok: true; to: PartnershipStatus } | { ok: false; error: TransitionError };

/** Who performs a transition; also tells reminders whom to remind. */
export type TransitionPerformer = 'party_officer' | 'party_signatory' | 'moi_reviewer' | 'moi_reviewer_or_system';

type Guard = (state: PartnershipState, actor: TransitionActor) => TransitionErrorCode | null;

interface Transition {
  from: readonly PartnershipStatus[];
  by: TransitionPerformer;
  to: (state: PartnershipState, actor: TransitionActor) => PartnershipStatus;
  guards?: readonly Guard[];
  requires?: keyof TransitionInput;
  /** The process waits for this step (worth a reminder); exits and interruptions are not next steps. */
  nextStep: boolean;
}

const isSystem = (actor: TransitionActor): actor is SystemActor => 'system' in actor;

const isPartyOfficer = (actor: TransitionActor, state: PartnershipState): boolean =>
  !isSystem(actor) && isOfficer(actor.role) && state.partyOrganizationIds.includes(actor.organizationId);
const isReviewer = (actor: TransitionActor): boolean => !isSystem(actor) && actor.role === 'moi_reviewer';

const PERFORMER_CHECKS: Readonly<Record<TransitionPerformer, (actor: TransitionActor, state: PartnershipState) => boolean>> = {
  party_officer: isPartyOfficer,
  // Whether this officer holds the signing authority is a guard (not_signatory), checked after the status.
  party_signatory: isPartyOfficer,
  moi_reviewer: isReviewer,
  moi_reviewer_or_system: (actor) => isSystem(actor) || isReviewer(actor),
};

const goTo = (status: PartnershipStatus) => (): PartnershipStatus => status;

function signersAfter(state: PartnershipState, actor: TransitionActor): readonly string[] {
  return isSystem(actor) ? state.signedOrganizationIds : [...state.signedOrganizationIds, actor.organizationId];
}

const mouVersionExists: Guard = (state) => (state.hasMouVersion ? null : 'mou_version_required');
const holdsSigningAuthority: Guard = (_state, actor) => (!isSystem(actor) && actor.isSignatory ? null : 'not_signatory');
const notYetSignedByOrganization: Guard = (state, actor) =>
  !isSystem(actor) && state.signedOrganizationIds.includes(actor.organizationId) ? 'already_signed' : null;
const finalReviewRecorded: Guard = (state) => (state.hasFinalReview ? null : 'final_review_required');

const TRANSITIONS: Readonly<Record<PartnershipAction, Transition>> = {
  submit_proposal: { from: ['draft'], by: 'party_officer', to: goTo('proposal_review'), nextStep: true },
  accept_proposal: { from: ['proposal_review'], by: 'moi_reviewer', to: goTo('mou_drafting'), nextStep: true },
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
  approve: { from: ['mou_review'], by: 'moi_reviewer', to: goTo('awaiting_signatures'), nextStep: true },
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
    to: (state, actor) => {
      const signers = signersAfter(state, actor);
      return state.partyOrganizationIds.every((party) => signers.includes(party)) ? 'active' : 'awaiting_signatures';
    },
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
};

const MISSING_INPUT_ERROR: Readonly<Record<keyof TransitionInput, TransitionErrorCode>> = {
  comment: 'comment_required',
  reason: 'reason_required',
};

function seesPartnership(state: PartnershipState, actor: TransitionActor): boolean {
  return isSystem(actor) || decide(actor, 'partnership.read', { partyOrganizationIds: state.partyOrganizationIds }).allowed;
}

const fail = (code: TransitionErrorCode): TransitionDecision => ({ ok: false, error: transitionError(code) });

// input null: judge everything except the comment/reason the request will have to carry.
function evaluateTransition(
  state: PartnershipState,
  actor: TransitionActor,
  action: PartnershipAction,
  input: TransitionInput | null,
): TransitionDecision {
  const transition = TRANSITIONS[action];
  if (!seesPartnership(state, actor)) return fail('not_visible');
  if (!PERFORMER_CHECKS[transition.by](actor, state)) return fail('forbidden');
  if (!transition.from.includes(state.status)) return fail('invalid_status');
  for (const guard of transition.guards ?? []) {
    const refusal = guard(state, actor);
    if (refusal !== null) return fail(refusal);
  }
  const required = transition.requires;
  if (input !== null && required !== undefined && (input[required] ?? '').trim() === '') {
    return fail(MISSING_INPUT_ERROR[required]);
  }
  return { ok: true, to: transition.to(state, actor) };
}

/** Whether `actor` may perform `action` now and, if so, the status it leads to. Checks visibility, role, status, then guards. */
export function decideTransition(
  state: PartnershipState,
  actor: TransitionActor,
  action: PartnershipAction,
  input: TransitionInput,
): TransitionDecision {
  return evaluateTransition(state, actor, action, input);
}

/** The actions `actor` may perform now (a comment or reason they must still supply does not hide an action). */
export function allowedActions(state: PartnershipState, actor: TransitionActor): PartnershipAction[] {
  return PARTNERSHIP_ACTIONS.filter((action) => evaluateTransition(state, actor, action, null).ok);
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
