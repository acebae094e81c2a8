// Who the partnership waits for in its current status: the users who may take each next step (NEXT_STEPS).
import type { EntityManager } from 'typeorm';
import {
  NEXT_STEPS,
  OFFICER_ROLES,
  PARTNERSHIP_STATUSES,
  unsignedPartyIds,
  type PartnershipAction,
  type PartnershipState,
  type PartnershipStatus,
  type TransitionPerformer,
} from '@daikou/domain';

/** The scheduler completes a partnership at its end date: nobody is asked to. */
const awaitsPeople = (by: TransitionPerformer) => by !== 'moi_reviewer_or_system';

/** Statuses in which the process waits for a person (the ones worth a reminder). */
export const STATUSES_AWAITING_PEOPLE: readonly PartnershipStatus[] = PARTNERSHIP_STATUSES.filter((status) =>
  NEXT_STEPS[status].some((step) => awaitsPeople(step.by)),
);

async function officersOf(manager: EntityManager, organizationIds: readonly string[], signatoriesOnly = false): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM users
      WHERE active AND role = ANY($1) AND organization_id = ANY($2::uuid[]) AND (is_signatory OR NOT $3)
      ORDER BY id`,
    [OFFICER_ROLES, organizationIds, signatoriesOnly],
  );
  return rows.map((row) => row.id);
}

async function reviewers(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM users WHERE active AND role = 'moi_reviewer' ORDER BY id`);
  return rows.map((row) => row.id);
}

function usersFor(manager: EntityManager, by: TransitionPerformer, state: PartnershipState): Promise<string[]> {
  switch (by) {
    case 'party_officer':
      return officersOf(manager, state.partyOrganizationIds);
    case 'party_signatory':
      return officersOf(manager, unsignedPartyIds(state), true);
    case 'moi_reviewer':
      return reviewers(manager);
    case 'endorser': {
      const given = state.endorsement?.givenBy ?? [];
      return officersOf(manager, (state.endorsement?.requiredFrom ?? []).filter((organization) => !given.includes(organization)));
    }
    case 'moi_reviewer_or_system':
      return Promise.resolve([]);
  }
}

/** The parties' officers: told of every status change. */
export function partyOfficers(manager: EntityManager, state: PartnershipState): Promise<string[]> {
  return officersOf(manager, state.partyOrganizationIds);
}

/** User id → the next steps awaited from that user, in lifecycle order. */
export async function awaitedUsers(manager: EntityManager, state: PartnershipState): Promise<Map<string, PartnershipAction[]>> {
  const awaited = new Map<string, PartnershipAction[]>();
  for (const step of NEXT_STEPS[state.status].filter((s) => awaitsPeople(s.by))) {
    for (const userId of await usersFor(manager, step.by, state)) awaited.set(userId, [...(awaited.get(userId) ?? []), step.action]);
  }
  return awaited;
}
