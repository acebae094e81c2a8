// What the signed-in user may do beyond the lifecycle's steps, asked of the same decide() the server enforces.
// (The steps themselves come from the server as `allowedActions`.)
import { decide, isEditable, type Actor } from '@daikou/domain';
import type { Partnership } from './api/get-partnership';

/** Officers propose partnerships with their own organisation as a party. */
export function mayPropose(actor: Actor): boolean {
  return decide(actor, 'partnership.create', { partyOrganizationIds: [actor.organizationId] }).allowed;
}

function mayUpdate(actor: Actor, partnership: Partnership): boolean {
  const partyOrganizationIds = partnership.parties.map((party) => party.organizationId);
  return decide(actor, 'partnership.update', { partyOrganizationIds }).allowed;
}

/** The proposal's fields change while it is a draft (or its MoU is drafted). */
export function mayEditProposal(actor: Actor, partnership: Partnership): boolean {
  return isEditable(partnership.status) && mayUpdate(actor, partnership);
}

/** The parties' officers write MoU versions while the MoU is drafted. */
export function mayWriteMou(actor: Actor, partnership: Partnership): boolean {
  return partnership.status === 'mou_drafting' && mayUpdate(actor, partnership);
}

/** The parties' officers propose and write amendments while the partnership is active. */
export function mayWriteAmendment(actor: Actor, partnership: Partnership): boolean {
  return partnership.status === 'active' && mayUpdate(actor, partnership);
}

/** The parties' officers record joint work (activities, meetings, commitments and ratings) while it is active. */
export function mayDoJointWork(actor: Actor, partnership: Partnership): boolean {
  const partyOrganizationIds = partnership.parties.map((party) => party.organizationId);
  return partnership.status === 'active' && decide(actor, 'partnership.work', { partyOrganizationIds }).allowed;
}
