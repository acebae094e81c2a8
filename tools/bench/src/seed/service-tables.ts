// Service points in the communes partnerships work in, community scorecard rounds held there within partnerships
// (with criteria scored by citizens and providers, and JAAP action items), and citizens' feedback on each point.
import type { ActionItemStatus, FeedbackChannel, FeedbackStatus, ServicePointKind } from '@daikou/domain';
import { json } from './copy-text.js';
import { rowId } from './ids.js';
import { participantCounts } from './participants.js';
import type { PartnershipPlan } from './partnerships.js';
import { Prng } from './prng.js';
import type { TableLoad } from './table-load.js';
import { TABLE } from './tables.js';
import type { World } from './world.js';

const DAY_MS = 86_400_000;
const KINDS: readonly { kind: ServicePointKind; en: string; km: string }[] = [
  { kind: 'health_centre', en: 'Health Centre', km: 'មណ្ឌលសុខភាព' },
  { kind: 'school', en: 'Primary School', km: 'សាលាបឋមសិក្សា' },
  { kind: 'commune_office', en: 'Commune Office', km: 'សាលាឃុំ' },
];
const CRITERIA: Record<string, string[]> = {
  health_centre: ['Staff attitude', 'Waiting time', 'Cleanliness', 'Medicine available', 'Opening hours kept', 'Fees displayed'],
  school: ['Teacher attendance', 'Classroom condition', 'Clean toilets', 'Learning materials', 'Parents informed'],
  commune_office: ['Fees displayed', 'Time to get documents', 'Staff politeness', 'Information on services'],
};
const ACTIONS = ['Post the official fee list at the entrance', 'Repair the roof of the waiting area', 'Agree opening hours with the community', 'Train staff on respectful care'];
const FEEDBACK = [
  'The staff were kind and explained everything.', 'We waited three hours before anyone saw us.', 'បុគ្គលិកស្វាគមន៍យើងល្អណាស់។',
  'The toilet has been broken for a month.', 'សូមបិទផ្សាយតម្លៃសេវាឱ្យច្បាស់។', 'Thank you for opening on Saturday.', 'Medicine ran out again this week.',
];
const CHANNEL = { web: 30, sms: 20, hotline: 10, suggestion_box: 25, meeting: 10, other: 5 } as const satisfies Record<FeedbackChannel, number>;
const FEEDBACK_STATUS = { new: 40, acknowledged: 35, acted_on: 25 } as const satisfies Record<FeedbackStatus, number>;
const ACTION_STATUS = { open: 25, in_progress: 25, done: 40, dropped: 10 } as const satisfies Record<ActionItemStatus, number>;

export interface ServicePointRecord {
  index: number;
  id: string;
  kind: ServicePointKind;
  communeCode: string;
  name: string;
  nameKm: string;
  /** The organisation whose officer registered it (and triages its feedback). */
  organizationIndex: number;
  createdAt: Date;
}

/** The service points, three per commune a partnership works in (a district or province area counts its first communes). */
export function planServicePoints(plans: readonly PartnershipPlan[], world: World): { points: ServicePointRecord[]; pointsOf: (plan: PartnershipPlan) => ServicePointRecord[] } {
  const communesByParent = new Map<string, string[]>();
  for (const commune of world.communes) {
    communesByParent.set(commune.parentCode!, [...(communesByParent.get(commune.parentCode!) ?? []), commune.code]);
    communesByParent.set(commune.code.slice(0, 2), [...(communesByParent.get(commune.code.slice(0, 2)) ?? []), commune.code]);
  }
  const communeName = new Map(world.communes.map((c) => [c.code, c]));
  const communesOf = (plan: PartnershipPlan) =>
    plan.adminUnitCodes.flatMap((code) => (code.length >= 6 ? [code.slice(0, 6)] : (communesByParent.get(code) ?? []).slice(0, 2)));
  const points: ServicePointRecord[] = [];
  const byCommune = new Map<string, ServicePointRecord[]>();
  for (const plan of plans) {
    if (!plan.work) continue;
    for (const code of communesOf(plan)) {
      if (byCommune.has(code)) continue;
      const commune = communeName.get(code)!;
      const created = KINDS.map(({ kind, en, km }) => {
        const index = points.length;
        const point: ServicePointRecord = {
          index, id: rowId(TABLE.servicePoints, index), kind, communeCode: code, name: `${commune.nameLatin} ${en}`, nameKm: `${km}${commune.nameKm}`,
          organizationIndex: plan.parties[0]!, createdAt: new Date(Date.parse(`${plan.work!.from}T05:00:00Z`)),
        };
        points.push(point);
        return point;
      });
      byCommune.set(code, created);
    }
  }
  return { points, pointsOf: (plan) => communesOf(plan).flatMap((code) => byCommune.get(code) ?? []) };
}

export function serviceTables(seed: string, plans: readonly PartnershipPlan[], world: World, targets: { scorecards: number; feedback: number }): TableLoad[] {
  const working = plans.filter((p) => p.work);
  const { points, pointsOf } = planServicePoints(plans, world);
  const roundsEach = targets.scorecards / Math.max(1, working.length);
  const feedbackEach = targets.feedback / Math.max(1, points.length);
  const orgId = (index: number) => world.organizations[index]!.id;
  const anchorMs = world.anchor.getTime();
  /** Rounds of one partnership; action items follow from the same draws, so both tables see the same rounds. */
  const roundsOf = function* () {
    let scorecard = 0;
    let actionItem = 0;
    for (const plan of working) {
      const random = new Prng(`${seed}:scorecards:${plan.index}`);
      const at = pointsOf(plan);
      const from = Date.parse(`${plan.work!.from}T00:00:00Z`);
      const until = Math.max(from, Date.parse(`${plan.work!.until}T00:00:00Z`) - DAY_MS);
      const facilitator = plan.parties[1]!;
      for (let n = Math.round(roundsEach * (0.5 + random.next())); n > 0 && at.length > 0; n -= 1) {
        const point = random.pick(at);
        const date = new Date(from + random.next() * (until - from));
        const criteria = random.sample(CRITERIA[point.kind]!, random.int(3, 5)).map((name) => ({
          name, citizenScore: random.int(4, 20) / 4, providerScore: random.int(8, 20) / 4, ...(random.chance(0.3) ? { suggestedAction: random.pick(ACTIONS) } : {}),
        }));
        const [female, male, disability, idPoor, youth] = participantCounts(random);
        const participants = { female, male, disability, idPoor, youth };
        const items = Array.from({ length: Number(random.weighted({ 0: 40, 1: 40, 2: 20 })) }, () => ({
          id: rowId(TABLE.actionItems, actionItem++), description: random.pick(ACTIONS), ownerIndex: random.pick(plan.parties),
          dueDate: new Date(date.getTime() + random.int(30, 120) * DAY_MS), status: random.weighted(ACTION_STATUS),
        }));
        yield { plan, id: rowId(TABLE.scorecards, scorecard++), point, date, facilitator, criteria, participants, items };
      }
    }
  };
  return [
    {
      table: 'service_points',
      columns: ['id', 'name', 'name_km', 'kind', 'admin_unit_code', 'created_by', 'created_at'],
      *rows() {
        for (const p of points) yield [p.id, p.name, p.nameKm, p.kind, p.communeCode, world.officerOf(p.organizationIndex).id, p.createdAt];
      },
    },
    {
      table: 'scorecards',
      columns: ['partnership_id', 'id', 'service_point_id', 'date', 'facilitating_organization_id', 'participants', 'criteria', 'created_by', 'created_at'],
      *rows() {
        for (const r of roundsOf()) {
          yield [r.plan.id, r.id, r.point.id, r.date.toISOString().slice(0, 10), orgId(r.facilitator), json(r.participants), json(r.criteria), world.officerOf(r.facilitator).id, new Date(r.date.getTime() + 2 * DAY_MS)];
        }
      },
    },
    {
      table: 'action_items',
      columns: ['partnership_id', 'id', 'scorecard_id', 'description', 'owner_organization_id', 'due_date', 'status', 'follow_up', 'created_by', 'created_at', 'updated_at'],
      *rows() {
        for (const r of roundsOf()) {
          for (const item of r.items) {
            const created = new Date(r.date.getTime() + 3 * DAY_MS);
            yield [
              r.plan.id, item.id, r.id, item.description, orgId(item.ownerIndex), item.dueDate.toISOString().slice(0, 10), item.status,
              item.status === 'done' ? 'Done and checked at the next community meeting.' : null, world.officerOf(r.facilitator).id, created, created,
            ];
          }
        }
      },
    },
    {
      table: 'feedback',
      columns: ['id', 'service_point_id', 'text', 'channel', 'rating', 'status', 'triaged_by', 'triaged_at', 'created_at'],
      *rows() {
        let index = 0;
        for (const point of points) {
          const random = new Prng(`${seed}:feedback:${point.index}`);
          const from = point.createdAt.getTime();
          for (let n = Math.round(feedbackEach * (0.5 + random.next())); n > 0; n -= 1) {
            const created = new Date(from + random.next() * (anchorMs - from));
            const status = random.weighted(FEEDBACK_STATUS);
            const triaged = status === 'new' ? null : new Date(Math.min(anchorMs, created.getTime() + random.int(1, 20) * DAY_MS));
            yield [
              rowId(TABLE.feedback, index++), point.id, random.pick(FEEDBACK), random.weighted(CHANNEL), random.chance(0.7) ? random.int(1, 5) : null, status,
              triaged ? world.officerOf(point.organizationIndex).id : null, triaged, created,
            ];
          }
        }
      },
    },
  ];
}
