// Commitments of partnerships that became active, their occurrences per period (the domain's occurrenceDates, up to
// the end date) and the parties' ratings of occurrences that fell due: mostly agreed, some disputed, some never rated.
import { occurrenceDates, type Rating, type Recurrence } from '@daikou/domain';
import { rowId } from './ids.js';
import type { PartnershipPlan } from './partnerships.js';
import { Prng } from './prng.js';
import type { TableLoad } from './table-load.js';
import { TABLE } from './tables.js';
import type { World } from './world.js';

const DAY_MS = 86_400_000;
const MAX_COMMITMENTS = 12;
const RECURRENCE = { quarterly: 45, monthly: 15, yearly: 20, none: 20 } as const satisfies Record<Recurrence, number>;
const RATING = { kept: 70, partly_kept: 20, not_kept: 10 } as const satisfies Record<Rating, number>;
const TITLES = [
  'Share the quarterly budget execution report', 'Hold a joint monitoring visit', 'Provide meeting venue and refreshments',
  'Train village health volunteers', 'Publish service fees at the office', 'Maintain water pumps', 'Collect citizen feedback',
  'Contribute staff time to the commune investment plan', 'Report progress to the district', 'Organise a public forum',
];

interface Occurrence {
  id: string;
  dueDate: string;
  ratings: { organizationIndex: number; rating: Rating; at: Date }[];
}

interface CommitmentPlan {
  id: string;
  title: string;
  ownerIndex: number;
  dueDate: string;
  recurrence: Recurrence;
  createdAt: Date;
  occurrences: Occurrence[];
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Ids come from counters that run over partnerships in order, so every pass over the plans names rows alike. */
class Counters {
  commitment = 0;
  occurrence = 0;
  rating = 0;
}

function commitmentsOf(seed: string, plan: PartnershipPlan, budget: number, anchor: Date, counters: Counters): CommitmentPlan[] {
  if (!plan.work) return [];
  const random = new Prng(`${seed}:commitments:${plan.index}`);
  const today = anchor.toISOString().slice(0, 10);
  const wanted = budget * (0.5 + random.next());
  const commitments: CommitmentPlan[] = [];
  let occurrences = 0;
  while (occurrences < wanted && commitments.length < MAX_COMMITMENTS) {
    const recurrence = random.weighted(RECURRENCE);
    const dueDate = addDays(plan.work.from, random.int(20, 120));
    if (dueDate > plan.endDate) break;
    const ownerIndex = random.pick(plan.parties);
    // Each side rates for its own organisation: the owner and one party of the other side.
    const raters = [ownerIndex, plan.parties.find((p) => p !== ownerIndex)!];
    const dates = occurrenceDates(dueDate, recurrence, plan.endDate);
    // A commitment that would overshoot the budget by more than half its occurrences is not added.
    if (commitments.length > 0 && occurrences + dates.length / 2 > wanted) break;
    commitments.push({
      id: rowId(TABLE.commitments, counters.commitment++), title: random.pick(TITLES), ownerIndex, dueDate, recurrence,
      createdAt: new Date(Date.parse(`${plan.work.from}T03:00:00Z`)),
      occurrences: dates.map((date) => {
        const ratings: Occurrence['ratings'] = [];
        if (date <= today && date <= plan.work!.until) {
          const ownView = random.weighted(RATING);
          const ageDays = (anchor.getTime() - Date.parse(date)) / DAY_MS;
          for (const rater of raters) {
            if (!random.chance(ageDays > 60 ? 0.93 : 0.6)) continue;
            const rating = rater === ownerIndex || random.chance(0.85) ? ownView : random.weighted(RATING);
            const at = new Date(Math.min(anchor.getTime() - 3_600_000, Date.parse(`${date}T02:00:00Z`) + random.int(1, 30) * DAY_MS));
            ratings.push({ organizationIndex: rater, rating, at });
          }
        }
        return { id: rowId(TABLE.occurrences, counters.occurrence++), dueDate: date, ratings };
      }),
    });
    occurrences += dates.length;
  }
  return commitments;
}

export function jointWorkTables(seed: string, plans: readonly PartnershipPlan[], world: World, occurrenceTarget: number): TableLoad[] {
  const working = plans.filter((p) => p.work);
  const budget = occurrenceTarget / Math.max(1, working.length);
  const each = function* () {
    const counters = new Counters();
    for (const plan of working) yield { plan, commitments: commitmentsOf(seed, plan, budget, world.anchor, counters), counters };
  };
  const orgId = (index: number) => world.organizations[index]!.id;
  return [
    {
      table: 'commitments',
      columns: ['id', 'partnership_id', 'title', 'owner_organization_id', 'due_date', 'recurrence', 'created_by', 'created_at'],
      *rows() {
        for (const { plan, commitments } of each()) {
          for (const c of commitments) yield [c.id, plan.id, c.title, orgId(c.ownerIndex), c.dueDate, c.recurrence, world.officerOf(c.ownerIndex).id, c.createdAt];
        }
      },
    },
    {
      table: 'commitment_occurrences',
      columns: ['id', 'commitment_id', 'partnership_id', 'owner_organization_id', 'due_date'],
      *rows() {
        for (const { plan, commitments } of each()) {
          for (const c of commitments) for (const o of c.occurrences) yield [o.id, c.id, plan.id, orgId(c.ownerIndex), o.dueDate];
        }
      },
    },
    {
      table: 'commitment_ratings',
      columns: ['id', 'occurrence_id', 'organization_id', 'user_id', 'rating', 'created_at'],
      *rows() {
        for (const { commitments, counters } of each()) {
          for (const c of commitments) {
            for (const o of c.occurrences) {
              for (const r of o.ratings) yield [rowId(TABLE.ratings, counters.rating++), o.id, orgId(r.organizationIndex), world.officerOf(r.organizationIndex).id, r.rating, r.at];
            }
          }
        }
      },
    },
  ];
}
