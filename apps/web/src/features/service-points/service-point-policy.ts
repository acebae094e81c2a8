// What the signed-in user may do with service points, scorecards, action plans and feedback, asked of the same
// decide() the server enforces (the server still decides every request).
import { decide, type Actor, type PartnershipStatus } from '@daikou/domain';

/** A partnership as this feature needs it: its status and the organisations of its parties. */
export interface MonitoredPartnership {
  id: string;
  status: PartnershipStatus;
  parties: readonly { organizationId: string; name: string; nameKm: string | null }[];
}

/** Officers and administrators add service points to the shared directory. */
export function mayRegisterServicePoints(actor: Actor): boolean {
  return decide(actor, 'serviceDirectory.write').allowed;
}

/** The parties' officers record scorecard rounds and action plans while the partnership is active. */
export function mayRecordMonitoring(actor: Actor, partnership: MonitoredPartnership): boolean {
  const partyOrganizationIds = partnership.parties.map((party) => party.organizationId);
  return partnership.status === 'active' && decide(actor, 'monitoring.write', { partyOrganizationIds }).allowed;
}

/** Officers triage the feedback of service points their organisation monitors; reviewers and admins only read it. */
export function mayTriageFeedback(actor: Actor): boolean {
  return decide(actor, 'feedback.triage', { partyOrganizationIds: [actor.organizationId] }).allowed;
}

/** Officers record scorecard rounds for the active partnerships their organisation is a party to. */
export function mayRecordScorecards(actor: Actor): boolean {
  return decide(actor, 'monitoring.write', { partyOrganizationIds: [actor.organizationId] }).allowed;
}
