import { decide, type PartnershipParties } from './policy.js';
import { isOfficer, type Actor } from './roles.js';
import type { TransitionError, TransitionErrorCode } from './transition-errors.js';
import { refusal } from './transition-rules.js';

// Periodic reports on a partnership's indicators: the responsible party reports, another party validates or sends
// the report back, so that no party checks its own figures. A submitted version is never changed: a correction
// after a send-back is a new version, and the earlier ones stay as history.

export const REPORT_STATUSES = ['draft', 'submitted', 'validated', 'sent_back'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_ACTIONS = ['submit', 'validate', 'send_back'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** Statuses in which the responsible party may still change the report's values, narrative and evidence. */
export const EDITABLE_REPORT_STATUSES = ['draft', 'sent_back'] as const satisfies readonly ReportStatus[];

export interface ReportState extends PartnershipParties {
  status: ReportStatus;
  /** The party that reports: its officers edit and submit the report. */
  responsibleOrganizationId: string;
  /** Whether the current version holds at least one value. */
  hasValues: boolean;
}

export interface ReportActionComment {
  comment?: string;
}

export type ReportDecision = { ok: true; to: ReportStatus } | { ok: false; error: TransitionError };

/** Who performs a report action; also tells reminders whom to remind. */
export type ReportPerformer = 'responsible_officer' | 'other_party_officer';

interface ReportTransition {
  from: readonly ReportStatus[];
  by: ReportPerformer;
  to: ReportStatus;
  guards?: readonly ((state: ReportState) => TransitionErrorCode | null)[];
  requiresComment?: true;
}

const valuesGiven = (state: ReportState): TransitionErrorCode | null => (state.hasValues ? null : 'report_values_missing');

const REPORT_TRANSITIONS: Readonly<Record<ReportAction, ReportTransition>> = {
  // A sent-back report may be resubmitted as it is: the responsible party may disagree with the comment.
  submit: { from: ['draft', 'sent_back'], by: 'responsible_officer', to: 'submitted', guards: [valuesGiven] },
  validate: { from: ['submitted'], by: 'other_party_officer', to: 'validated' },
  send_back: { from: ['submitted'], by: 'other_party_officer', to: 'sent_back', requiresComment: true },
};

const isPartyOfficer = (state: ReportState, actor: Actor) =>
  isOfficer(actor.role) && state.partyOrganizationIds.includes(actor.organizationId);

const PERFORMER_CHECKS: Readonly<Record<ReportPerformer, (state: ReportState, actor: Actor) => boolean>> = {
  responsible_officer: (state, actor) => isPartyOfficer(state, actor) && actor.organizationId === state.responsibleOrganizationId,
  other_party_officer: (state, actor) => isPartyOfficer(state, actor) && actor.organizationId !== state.responsibleOrganizationId,
};

/** Checks in the lifecycle's order: visibility (404), who (403), status (409), guards (409), then the comment (422). */
function evaluate(transition: ReportTransition, state: ReportState, actor: Actor, input: ReportActionComment | null): ReportDecision {
  if (!decide(actor, 'partnership.read', state).allowed) return refusal('not_visible');
  if (!PERFORMER_CHECKS[transition.by](state, actor)) return refusal('forbidden');
  if (!transition.from.includes(state.status)) return refusal('invalid_status');
  for (const guard of transition.guards ?? []) {
    const refused = guard(state);
    if (refused !== null) return refusal(refused);
  }
  if (input !== null && transition.requiresComment && (input.comment ?? '').trim() === '') return refusal('comment_required');
  return { ok: true, to: transition.to };
}

/** Whether `actor` may perform `action` on the report now and, if so, the status it leads to. */
export function decideReportAction(state: ReportState, actor: Actor, action: ReportAction, input: ReportActionComment): ReportDecision {
  return evaluate(REPORT_TRANSITIONS[action], state, actor, input);
}

/** The report actions `actor` may perform now (a comment still to write does not hide send_back). */
export function allowedReportActions(state: ReportState, actor: Actor): ReportAction[] {
  return REPORT_ACTIONS.filter((action) => evaluate(REPORT_TRANSITIONS[action], state, actor, null).ok);
}

/** Who performs each report action, for reminders and for the screens that explain whose turn it is. */
export const REPORT_ACTION_PERFORMERS: Readonly<Record<ReportAction, ReportPerformer>> = {
  submit: REPORT_TRANSITIONS.submit.by,
  validate: REPORT_TRANSITIONS.validate.by,
  send_back: REPORT_TRANSITIONS.send_back.by,
};

export type ReportEditDecision = { ok: true; to: 'draft'; newVersion: boolean } | { ok: false; error: TransitionError };

/**
 * Whether `actor` may change the report's values, narrative or evidence now. Only the responsible party's officers
 * edit, and only a draft or a sent-back report. Editing a sent-back report keeps the submitted version untouched:
 * the change starts a new version, in draft, which the party then submits again.
 */
export function decideReportEdit(state: ReportState, actor: Actor): ReportEditDecision {
  if (!decide(actor, 'partnership.read', state).allowed) return refusal('not_visible');
  if (!PERFORMER_CHECKS.responsible_officer(state, actor)) return refusal('forbidden');
  if (!(EDITABLE_REPORT_STATUSES as readonly ReportStatus[]).includes(state.status)) return refusal('invalid_status');
  return { ok: true, to: 'draft', newVersion: state.status === 'sent_back' };
}

export interface ReportDue {
  dueDate: string;
  /** The report's status, or null when no report on the period exists yet. */
  status: ReportStatus | null;
}

/** A report is late once its due date has passed (today is after it) and the party has not submitted it. */
export function isReportLate({ dueDate, status }: ReportDue, today: string): boolean {
  return today > dueDate && status !== 'submitted' && status !== 'validated';
}
