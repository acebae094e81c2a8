import { decide, type PartnershipParties } from './policy.js';
import { isOfficer, type Actor } from './roles.js';
import { transitionError, type TransitionError, type TransitionErrorCode } from './transition-errors.js';

// The machinery shared by the partnership lifecycle and MoU amendments: both are reviewed by the MoI,
// may need a parent administration's endorsement, and are signed by every party.

/** The scheduler, acting on its own (e.g. completing a partnership at its end date). */
export const SYSTEM_ACTOR = Object.freeze({ system: true } as const);
export type SystemActor = typeof SYSTEM_ACTOR;
export type TransitionActor = Actor | SystemActor;

/** Parent administrations whose endorsement the current review stage needs (organisation ids), and those that gave it. */
export interface Endorsement {
  requiredFrom: readonly string[];
  givenBy: readonly string[];
}

/** What the rules read of a process that is reviewed and then signed by its parties. */
export interface ReviewedProcess<S extends string> {
  status: S;
  partyOrganizationIds: readonly string[];
  hasMouVersion: boolean;
  signedOrganizationIds: readonly string[];
  endorsement?: Endorsement;
}

export interface TransitionInput {
  comment?: string;
  reason?: string;
}

export type StatusDecision<S extends string> = { ok: true; to: S } | { ok: false; error: TransitionError };

/** Who performs a transition; also tells reminders whom to remind. */
export type TransitionPerformer = 'party_officer' | 'party_signatory' | 'moi_reviewer' | 'moi_reviewer_or_system' | 'endorser';

export type Guard<P> = (state: P, actor: TransitionActor) => TransitionErrorCode | null;

export interface Transition<P extends ReviewedProcess<string>> {
  from: readonly P['status'][];
  by: TransitionPerformer;
  to: (state: P, actor: TransitionActor) => P['status'];
  guards?: readonly Guard<P>[];
  requires?: keyof TransitionInput;
  /** The process waits for this step (worth a reminder); exits and interruptions are not next steps. */
  nextStep: boolean;
}

export const isSystem = (actor: TransitionActor): actor is SystemActor => 'system' in actor;

const requiredEndorsers = (state: ReviewedProcess<string>): readonly string[] => state.endorsement?.requiredFrom ?? [];

/** The parties and endorsers of a process, as the policy reads them. */
export function partiesOf(state: ReviewedProcess<string>): PartnershipParties {
  return { partyOrganizationIds: state.partyOrganizationIds, endorserOrganizationIds: requiredEndorsers(state) };
}

export function seesPartnership(parties: PartnershipParties, actor: TransitionActor): boolean {
  return isSystem(actor) || decide(actor, 'partnership.read', parties).allowed;
}

export function isPartyOfficer(parties: PartnershipParties, actor: TransitionActor): boolean {
  return !isSystem(actor) && isOfficer(actor.role) && parties.partyOrganizationIds.includes(actor.organizationId);
}

const isReviewer = (actor: TransitionActor): boolean => !isSystem(actor) && actor.role === 'moi_reviewer';

// Parent administrations are state bodies: their staff are subnational administration officers.
const isEndorser = (actor: TransitionActor, state: ReviewedProcess<string>): boolean =>
  !isSystem(actor) && actor.role === 'sna_officer' && requiredEndorsers(state).includes(actor.organizationId);

const PERFORMER_CHECKS: Readonly<Record<TransitionPerformer, (actor: TransitionActor, state: ReviewedProcess<string>) => boolean>> = {
  party_officer: (actor, state) => isPartyOfficer(state, actor),
  // Whether this officer holds the signing authority is a guard (not_signatory), checked after the status.
  party_signatory: (actor, state) => isPartyOfficer(state, actor),
  moi_reviewer: isReviewer,
  moi_reviewer_or_system: (actor) => isSystem(actor) || isReviewer(actor),
  endorser: isEndorser,
};

export const goTo =
  <S extends string>(status: S) =>
  (): S =>
    status;

/** The status a signature leads to: `done` once every party has signed, else `waiting`. */
export function afterSignature<S extends string>(done: S, waiting: S) {
  return (state: ReviewedProcess<string>, actor: TransitionActor): S => {
    const signers = isSystem(actor) ? state.signedOrganizationIds : [...state.signedOrganizationIds, actor.organizationId];
    return state.partyOrganizationIds.every((party) => signers.includes(party)) ? done : waiting;
  };
}

export const mouVersionExists: Guard<ReviewedProcess<string>> = (state) => (state.hasMouVersion ? null : 'mou_version_required');
export const holdsSigningAuthority: Guard<ReviewedProcess<string>> = (_state, actor) =>
  !isSystem(actor) && actor.isSignatory ? null : 'not_signatory';
export const notYetSignedByOrganization: Guard<ReviewedProcess<string>> = (state, actor) =>
  !isSystem(actor) && state.signedOrganizationIds.includes(actor.organizationId) ? 'already_signed' : null;
export const notYetEndorsedByOrganization: Guard<ReviewedProcess<string>> = (state, actor) =>
  !isSystem(actor) && (state.endorsement?.givenBy ?? []).includes(actor.organizationId) ? 'already_endorsed' : null;
export const endorsementComplete: Guard<ReviewedProcess<string>> = (state) =>
  requiredEndorsers(state).every((endorser) => (state.endorsement?.givenBy ?? []).includes(endorser)) ? null : 'endorsement_required';

const MISSING_INPUT_ERROR: Readonly<Record<keyof TransitionInput, TransitionErrorCode>> = {
  comment: 'comment_required',
  reason: 'reason_required',
};

export const refusal = (code: TransitionErrorCode): { ok: false; error: TransitionError } => ({ ok: false, error: transitionError(code) });

/**
 * Whether `actor` may take `transition` now: visibility, role, status, guards, then the comment or reason.
 * input null: judge everything except the comment/reason the request will have to carry.
 */
export function evaluateTransition<P extends ReviewedProcess<string>>(
  transition: Transition<P>,
  state: P,
  actor: TransitionActor,
  input: TransitionInput | null,
): StatusDecision<P['status']> {
  if (!seesPartnership(partiesOf(state), actor)) return refusal('not_visible');
  if (!PERFORMER_CHECKS[transition.by](actor, state)) return refusal('forbidden');
  if (!transition.from.includes(state.status)) return refusal('invalid_status');
  for (const guard of transition.guards ?? []) {
    const refused = guard(state, actor);
    if (refused !== null) return refusal(refused);
  }
  const required = transition.requires;
  if (input !== null && required !== undefined && (input[required] ?? '').trim() === '') {
    return refusal(MISSING_INPUT_ERROR[required]);
  }
  return { ok: true, to: transition.to(state, actor) };
}
