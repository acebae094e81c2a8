// Partnerships with a history that follows the lifecycle (packages/domain lifecycle.ts): every status of the
// machine is reached, with returns, requested changes, endorsements, signatures and suspensions along the way,
// and time spent in each step drawn per province (some provinces are slower) and per administrative level.
import {
  PARTNERSHIP_FORMS,
  PARTNERSHIP_FUNCTIONS,
  type PartnershipAction,
  type PartnershipForm,
  type PartnershipFunction,
  type PartnershipStatus,
  type SectorCode,
} from '@daikou/domain';
import { getAdminUnit, normalizeForSearch } from '@daikou/gazetteer';
import { rowId } from './ids.js';
import { Prng } from './prng.js';
import { TABLE } from './tables.js';
import type { OrganizationRecord, World } from './world.js';

const DAY_MS = 86_400_000;

export interface TransitionRecord {
  action: PartnershipAction | 'create';
  from: PartnershipStatus | null;
  to: PartnershipStatus;
  actorId: string | null;
  at: Date;
  comment: string | null;
  secondsInFrom: number | null;
}

export interface PartnershipPlan {
  index: number;
  id: string;
  title: string;
  function: PartnershipFunction;
  form: PartnershipForm;
  goals: string;
  adminUnitCodes: string[];
  provinceCodes: string[];
  sectors: SectorCode[];
  startDate: string;
  endDate: string;
  status: PartnershipStatus;
  statusSince: Date;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  /** Organisation indexes, state parties first. */
  parties: number[];
  transitions: TransitionRecord[];
  mouVersions: number;
  approvedMouVersion: number | null;
  signedMouVersion: number | null;
  signatures: { organizationIndex: number; userId: string; at: Date }[];
  /** Endorsements of the review stage the partnership is in now (a new stage needs them again). */
  endorsements: { organizationIndex: number; userId: string; at: Date }[];
  finalReview: { reviewerId: string; at: Date; lessons: string } | null;
  /** When joint work and monitoring ran: from the last signature to completion, termination or today; null if never active. */
  work: { from: string; until: string } | null;
}

const FINAL_STATUS: Readonly<Record<PartnershipStatus, number>> = {
  draft: 6, proposal_review: 4, mou_drafting: 4, mou_review: 3, awaiting_signatures: 3, active: 35,
  suspended: 2, completed: 18, terminated: 3, closed: 12, declined: 5, withdrawn: 5,
};
const PRE_ACTIVE: readonly PartnershipStatus[] = ['draft', 'proposal_review', 'mou_drafting', 'mou_review', 'awaiting_signatures'];
/** Median days spent in a status before it is left. */
const MEDIAN_DAYS: Partial<Record<PartnershipStatus, number>> = {
  draft: 12, proposal_review: 21, mou_drafting: 30, mou_review: 14, awaiting_signatures: 20, suspended: 45, completed: 40,
};
const LEVEL_SLOWNESS: Record<string, number> = { commune: 1, district: 1.15, province: 1.3, line_office: 1.1, one_window_office: 1.05 };
const STATE_PARTY_TYPE = { commune: 58, district: 24, province: 10, line_office: 6, one_window_office: 2 } as const;
const FUNCTION_TEXT: Record<PartnershipFunction, string> = {
  service_delivery: 'Service delivery', infrastructure: 'Infrastructure', service_monitoring: 'Service monitoring',
  capacity_building: 'Capacity building', policy_influence: 'Policy dialogue', dispute_resolution: 'Dispute resolution',
  information_sharing: 'Information sharing',
};
const COMMENTS: Partial<Record<PartnershipAction, string[]>> = {
  return_proposal: ['Please add the budget and who contributes what.', 'សូមបញ្ជាក់តំបន់គោលដៅឱ្យច្បាស់។', 'The goals need measurable targets.'],
  request_changes: ['Clause on reporting must name the responsible party.', 'សូមកែប្រែប្រការស្តីពីការដោះស្រាយវិវាទ។', 'Dates in the workplan do not match the MoU.'],
  decline: ['Duplicates an existing partnership in the same communes.', 'Outside the mandate of the sub-national administration.'],
  suspend: ['Funding delayed for two quarters.', 'Flooding stopped all activities.'],
  terminate: ['The CSO closed its provincial office.', 'Both parties agreed to end early.'],
};

function toDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}

interface Step {
  action: PartnershipAction;
  to: PartnershipStatus;
  /** Days spent since the previous step. */
  after: number;
  actorId: string | null;
  organizationIndex?: number;
}

export function planPartnerships(seed: string, count: number, world: World): PartnershipPlan[] {
  const orgs = world.organizations;
  const stateByType = new Map<string, OrganizationRecord[]>();
  for (const org of orgs) {
    if (org.kind !== 'state' || org.type === 'ministry') continue;
    stateByType.set(org.type, [...(stateByType.get(org.type) ?? []), org]);
  }
  const nonState = orgs.filter((o) => o.kind === 'non_state');
  const nonStateByProvince = new Map<string, OrganizationRecord[]>();
  for (const org of nonState) nonStateByProvince.set(org.provinceCode, [...(nonStateByProvince.get(org.provinceCode) ?? []), org]);
  const communesOf = new Map<string, string[]>();
  for (const commune of world.communes) communesOf.set(commune.parentCode!, [...(communesOf.get(commune.parentCode!) ?? []), commune.code]);

  const plans: PartnershipPlan[] = [];
  for (let index = 0; index < count; index += 1) {
    const random = new Prng(`${seed}:partnership:${index}`);
    const stateType = random.weighted(STATE_PARTY_TYPE);
    const stateParty = random.pick(stateByType.get(stateType) ?? stateByType.get('province')!);
    const local = nonStateByProvince.get(stateParty.provinceCode) ?? [];
    const parties = [stateParty.index];
    for (let n = random.chance(0.2) ? 2 : 1; n > 0; n -= 1) {
      const candidate = local.length > 0 && random.chance(0.7) ? random.pick(local) : random.pick(nonState);
      if (!parties.includes(candidate.index)) parties.push(candidate.index);
    }
    const area = [stateParty.adminUnitCode];
    if (stateParty.type === 'commune' && random.chance(0.2)) {
      const neighbour = random.pick(communesOf.get(stateParty.adminUnitCode.slice(0, 4)) ?? area);
      if (!area.includes(neighbour)) area.push(neighbour);
    }
    const fn = random.pick(PARTNERSHIP_FUNCTIONS);
    const sectors = random.sample([...new Set([...stateParty.sectors, ...orgs[parties[1]!]!.sectors])], random.int(1, 2));
    const areaName = getAdminUnit(area[0]!)?.nameLatin ?? area[0]!;
    const title = `${FUNCTION_TEXT[fn]} in ${areaName} ${index + 1}`;
    const slowness = (world.provinceSlowness.get(stateParty.provinceCode) ?? 1) * (LEVEL_SLOWNESS[stateParty.type] ?? 1);
    const stay = (status: PartnershipStatus) => Math.max(0.2, random.logNormal((MEDIAN_DAYS[status] ?? 30) * slowness, 0.7));
    const reviewer = () => random.pick(world.reviewers).id;
    const officer = world.officerOf(random.pick(parties)).id;
    const endorsers = [...new Set(parties.map((p) => orgs[p]!.endorsingIndex).filter((e): e is number => e !== null && !parties.includes(e)))];

    const final = random.weighted(FINAL_STATUS);
    const withdrawAt = random.pick(PRE_ACTIVE);
    const declineAt: PartnershipStatus = random.chance(0.5) ? 'proposal_review' : 'mou_review';
    const periodDays = random.pick([365, 730, 1095]);
    const steps: Step[] = [];
    let status = 'draft' as PartnershipStatus;
    let mouVersions = 0;
    let returns = 0;
    let changes = 0;
    let since = 0;
    const go = (action: PartnershipAction, to: PartnershipStatus, after: number, actorId: string | null, organizationIndex?: number) => {
      steps.push({ action, to, after, actorId, organizationIndex });
      status = to;
    };
    const endorse = (within: number) => {
      for (const endorser of endorsers) go('endorse', status, within / (endorsers.length + 1), world.signatoryOf(endorser).id, endorser);
    };
    // Walk the machine until the partnership reaches the status it has today.
    for (;;) {
      if (status === final && (PRE_ACTIVE.includes(final) || final === 'active')) break;
      if (final === 'withdrawn' && status === withdrawAt) {
        go('withdraw', 'withdrawn', stay(status), officer);
        break;
      }
      if (status === 'draft') {
        go('submit_proposal', 'proposal_review', stay('draft'), officer);
      } else if (status === 'proposal_review') {
        const time = stay('proposal_review');
        if (final === 'declined' && declineAt === 'proposal_review') {
          go('decline', 'declined', time, reviewer());
          break;
        }
        if (returns < 2 && random.chance(0.18)) {
          returns += 1;
          go('return_proposal', 'draft', time, reviewer());
        } else {
          endorse(time * 0.6);
          go('accept_proposal', 'mou_drafting', time * 0.4, reviewer());
        }
      } else if (status === 'mou_drafting') {
        mouVersions += 1;
        go('submit_mou', 'mou_review', stay('mou_drafting'), officer);
      } else if (status === 'mou_review') {
        const time = stay('mou_review');
        if (final === 'declined' && declineAt === 'mou_review') {
          go('decline', 'declined', time, reviewer());
          break;
        }
        if (changes < 2 && random.chance(0.25)) {
          changes += 1;
          go('request_changes', 'mou_drafting', time, reviewer());
        } else {
          endorse(time * 0.6);
          go('approve', 'awaiting_signatures', time * 0.4, reviewer());
        }
      } else if (status === 'awaiting_signatures') {
        const time = stay('awaiting_signatures');
        parties.forEach((party, n) => go('sign', n === parties.length - 1 ? 'active' : 'awaiting_signatures', time / parties.length, world.signatoryOf(party).id, party));
      } else if (status === 'active') {
        // Active phases add up to the partnership's period; a suspension comes in between.
        const suspendOnce = final === 'suspended' || random.chance(0.06);
        if (suspendOnce && !steps.some((s) => s.action === 'suspend')) {
          go('suspend', 'suspended', periodDays * (0.1 + 0.3 * random.next()), reviewer());
          continue;
        }
        const activeSoFar = activeDays(steps);
        if (final === 'terminated' || (final === 'closed' && random.chance(0.15))) {
          go('terminate', 'terminated', Math.max(5, periodDays * (0.2 + 0.6 * random.next()) - activeSoFar), reviewer());
        } else {
          go('complete', 'completed', Math.max(5, periodDays - activeSoFar), null);
        }
      } else if (status === 'suspended') {
        if (final === 'suspended') break;
        if (final === 'terminated' && random.chance(0.4)) go('terminate', 'terminated', stay('suspended'), reviewer());
        else go('resume', 'active', stay('suspended'), reviewer());
      } else if (status === 'completed' || status === 'terminated') {
        if (final !== 'closed') break;
        go('close', 'closed', stay('completed'), reviewer());
      } else {
        break;
      }
    }
    // How long it has been in today's status.
    if (status === 'active') since = Math.max(1, (periodDays - 45) * random.next() - activeDays(steps));
    else if (status === 'suspended') since = stay('suspended') * random.next();
    else if (PRE_ACTIVE.includes(status)) since = stay(status) * random.next();
    else since = random.next() * (status === 'closed' || status === 'declined' || status === 'withdrawn' ? 1500 : 700);
    if ((status === 'proposal_review' || status === 'mou_review') && random.chance(0.5)) {
      endorse(since * 0.5);
      since *= 0.5;
    }

    const total = steps.reduce((sum, step) => sum + step.after, 0) + since;
    const createdAt = new Date(world.anchor.getTime() - total * DAY_MS - random.int(0, 86_399) * 1000);
    const transitions: TransitionRecord[] = [{ action: 'create', from: null, to: 'draft', actorId: officer, at: createdAt, comment: null, secondsInFrom: null }];
    let at = createdAt.getTime();
    let statusSince = at;
    let current: PartnershipStatus = 'draft';
    const signatures: PartnershipPlan['signatures'] = [];
    let endorsements: PartnershipPlan['endorsements'] = [];
    let activatedAt: number | null = null;
    let endedAt: number | null = null;
    let suspendedDays = 0;
    for (const step of steps) {
      at += Math.round(step.after * DAY_MS);
      const changed = step.to !== current;
      if (current === 'suspended' && changed) suspendedDays += (at - statusSince) / DAY_MS;
      const comments = COMMENTS[step.action];
      transitions.push({
        action: step.action, from: current, to: step.to, actorId: step.actorId, at: new Date(at),
        comment: comments ? random.pick(comments) : null, secondsInFrom: changed ? Math.round((at - statusSince) / 1000) : null,
      });
      if (changed) endorsements = [];
      if (step.action === 'endorse') endorsements.push({ organizationIndex: step.organizationIndex!, userId: step.actorId!, at: new Date(at) });
      if (step.action === 'sign') signatures.push({ organizationIndex: step.organizationIndex!, userId: step.actorId!, at: new Date(at) });
      if (step.to === 'active' && activatedAt === null) activatedAt = at;
      if (step.to === 'completed' || step.to === 'terminated') endedAt = at;
      if (changed) statusSince = at;
      current = step.to;
    }
    const anchorMs = world.anchor.getTime();
    const plannedStart = activatedAt ?? Math.max(createdAt.getTime() + 90 * DAY_MS, PRE_ACTIVE.includes(current) ? anchorMs + 30 * DAY_MS : 0);
    const start = new Date(plannedStart);
    const plannedEnd = new Date(plannedStart + Math.round((periodDays + suspendedDays) * DAY_MS));
    // Completion happens at the end date (the lifecycle job); an active partnership's end date is still ahead.
    const end = current === 'completed' || (current === 'closed' && transitions.some((t) => t.action === 'complete')) ? new Date(endedAt!) : plannedEnd;
    const approved = transitions.some((t) => t.action === 'approve') ? mouVersions : null;
    const finalReview = current === 'closed'
      ? { reviewerId: transitions[transitions.length - 1]!.actorId!, at: new Date(statusSince - DAY_MS), lessons: 'Joint monitoring visits kept both sides informed; budget delays were the main obstacle.' }
      : null;
    plans.push({
      index, id: rowId(TABLE.partnerships, index), title, function: fn, form: random.pick(PARTNERSHIP_FORMS),
      goals: `Improve ${FUNCTION_TEXT[fn].toLowerCase()} for citizens of ${areaName} together with local civil society.`,
      adminUnitCodes: area, provinceCodes: [...new Set(area.map((code) => code.slice(0, 2)))], sectors,
      startDate: toDate(start), endDate: toDate(end), status: current, statusSince: new Date(statusSince), createdAt,
      updatedAt: new Date(at), createdBy: officer, parties, transitions, mouVersions,
      approvedMouVersion: approved,
      signedMouVersion: activatedAt !== null ? mouVersions : null,
      signatures, endorsements, finalReview,
      work: activatedAt !== null ? { from: toDate(new Date(activatedAt)), until: toDate(new Date(Math.min(endedAt ?? anchorMs, anchorMs))) } : null,
    });
  }
  return plans;
}

/** Days already spent active in the walk so far (to keep active phases within the period). */
function activeDays(steps: readonly Step[]): number {
  let total = 0;
  let previous: PartnershipStatus = 'draft';
  for (const step of steps) {
    if (previous === 'active') total += step.after;
    previous = step.to;
  }
  return total;
}

export function partnershipSearchText(plan: PartnershipPlan): string {
  return normalizeForSearch(plan.title);
}
