import { decide, type PartnershipParties } from './policy.js';
import type { Actor } from './roles.js';
import type { TransitionError } from './transition-errors.js';
import { refusal } from './transition-rules.js';

// Meetings of the parties: the minutes are the record of what was agreed, final only once every party approved them.

export const MINUTES_STATES = ['draft', 'partly_approved', 'final'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

export const SEXES = ['female', 'male', 'other'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * The meeting fields that make up the minutes the parties approve: changing any of them after an approval
 * clears every approval. Action items are in because they give a party work; date, place and agenda are not.
 */
export const MINUTES_FIELDS = ['attendees', 'minutes', 'decisions', 'actionItems'] as const;

export interface MinutesApprovals {
  partyOrganizationIds: readonly string[];
  /** Organisations that approved the minutes as they stand. */
  approvals: readonly string[];
}

/** draft until a party approves, partly approved until every party has, then final. */
export function minutesState({ partyOrganizationIds, approvals }: MinutesApprovals): MinutesState {
  const approving = partyOrganizationIds.filter((party) => approvals.includes(party));
  if (approving.length === 0) return 'draft';
  return approving.length === partyOrganizationIds.length ? 'final' : 'partly_approved';
}

export interface MinutesApprovalInput {
  actor: Actor;
  parties: PartnershipParties;
  approvals: readonly string[];
  minutes: string | null;
}

export type MinutesApprovalCheck = { ok: true } | { ok: false; error: TransitionError };

/** Whether `actor` may approve the minutes for their organisation: a party's officer, once, and only minutes that are written. */
export function canApproveMinutes({ actor, parties, approvals, minutes }: MinutesApprovalInput): MinutesApprovalCheck {
  const decision = decide(actor, 'partnership.work', parties);
  if (!decision.allowed) return refusal(decision.reason === 'not_visible' ? 'not_visible' : 'forbidden');
  if ((minutes ?? '').trim() === '') return refusal('minutes_missing');
  if (approvals.includes(actor.organizationId)) return refusal('minutes_already_approved');
  return { ok: true };
}

export interface MeetingAttendee {
  sex: Sex;
  disability?: boolean;
  idPoor?: boolean;
}

export interface AttendanceSummary {
  total: number;
  female: number;
  male: number;
  other: number;
  disability: number;
  idPoor: number;
}

/** Attendance disaggregated by sex, disability and ID-poor status (the flags are counted where given as true). */
export function attendanceSummary(attendees: readonly MeetingAttendee[]): AttendanceSummary {
  const summary: AttendanceSummary = { total: attendees.length, female: 0, male: 0, other: 0, disability: 0, idPoor: 0 };
  for (const attendee of attendees) {
    summary[attendee.sex] += 1;
    if (attendee.disability === true) summary.disability += 1;
    if (attendee.idPoor === true) summary.idPoor += 1;
  }
  return summary;
}
