import { decideTransition, PARTNERSHIP_STATUSES, SYSTEM_ACTOR, type PartnershipAction, type PartnershipStatus, type TransitionActor } from '@daikou/domain';
import { planPartnerships, type PartnershipPlan } from './partnerships';
import { anchorOf, buildWorld, type World } from './world';

const anchor = anchorOf(new Date(Date.UTC(2026, 10, 27)));
const world = buildWorld('test', 300, anchor);
const plans = planPartnerships('test', 1500, world);

/** Replays a plan's history through the domain's state machine, as the API would have decided each step. */
function replay(plan: PartnershipPlan, world: World): PartnershipStatus {
  const orgId = (index: number) => world.organizations[index]!.id;
  const parties = plan.parties.map(orgId);
  const endorsers = [...new Set(plan.parties.map((p) => world.organizations[p]!.endorsingIndex).filter((e): e is number => e !== null && !plan.parties.includes(e)))].map(orgId);
  const users = new Map(world.users.map((u) => [u.id, u]));
  let status: PartnershipStatus = 'draft';
  let drafted = false;
  let signed: string[] = [];
  let endorsedBy: string[] = [];
  for (const t of plan.transitions.slice(1)) {
    const user = t.actorId ? users.get(t.actorId)! : null;
    const actor: TransitionActor = user ? { userId: user.id, role: user.role, organizationId: orgId(user.organizationIndex), isSignatory: user.isSignatory } : SYSTEM_ACTOR;
    const state = {
      status, partyOrganizationIds: parties, hasMouVersion: drafted, signedOrganizationIds: signed,
      endorsement: { requiredFrom: endorsers, givenBy: endorsedBy }, hasFinalReview: plan.finalReview !== null,
    };
    const decision = decideTransition(state, actor, t.action as PartnershipAction, { comment: t.comment ?? undefined, reason: t.comment ?? undefined });
    if (!decision.ok) throw new Error(`partnership ${plan.index}: ${t.action} from ${status} refused: ${decision.error.code}`);
    expect(t.from).toBe(status);
    expect(t.to).toBe(decision.to);
    if (t.action === 'sign') signed = [...signed, orgId(user!.organizationIndex)];
    if (t.action === 'endorse') endorsedBy = [...endorsedBy, orgId(user!.organizationIndex)];
    if (decision.to !== status) endorsedBy = [];
    if (decision.to === 'mou_drafting') drafted = true;
    status = decision.to;
  }
  return status;
}

describe('planned partnerships', () => {
  it('reach every status through steps the lifecycle allows, ending in the status they have', () => {
    for (const plan of plans) expect(replay(plan, world)).toBe(plan.status);
    expect(new Set(plans.map((p) => p.status))).toEqual(new Set(PARTNERSHIP_STATUSES));
  });

  it('count the seconds spent in the status left, from the last change of status', () => {
    for (const plan of plans) {
      let since = plan.transitions[0]!.at.getTime();
      for (const t of plan.transitions.slice(1)) {
        if (t.from === t.to) {
          expect(t.secondsInFrom).toBeNull();
        } else {
          expect(t.secondsInFrom).toBe(Math.round((t.at.getTime() - since) / 1000));
          since = t.at.getTime();
        }
      }
      expect(plan.statusSince.getTime()).toBe(since);
    }
  });

  it('happened before the dataset’s day, and active ones end after it', () => {
    for (const plan of plans) {
      expect(plan.updatedAt.getTime()).toBeLessThanOrEqual(anchor.getTime());
      if (plan.status === 'active') expect(Date.parse(plan.endDate)).toBeGreaterThan(anchor.getTime() + 30 * 86_400_000);
    }
  });

  it('are the same plans from the same seed', () => {
    expect(planPartnerships('test', 50, buildWorld('test', 300, anchor))).toEqual(plans.slice(0, 50));
  });
});
