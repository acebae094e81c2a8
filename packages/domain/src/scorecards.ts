// Service monitoring: community scorecard rounds at service points, and the joint accountability action plan
// (JAAP) that follows from them.

export const SERVICE_POINT_KINDS = ['health_centre', 'school', 'one_window_office', 'commune_office', 'other'] as const;
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export interface ScorecardCriterion {
  name: string;
  citizenScore: number;
  providerScore: number;
}

export interface CriterionGap extends ScorecardCriterion {
  /** providerScore − citizenScore: above zero, providers rate their service better than citizens do. */
  gap: number;
}

export interface ScorecardGaps {
  criteria: CriterionGap[];
  /** Averages over the criteria; null without criteria. */
  citizenAverage: number | null;
  providerAverage: number | null;
  averageGap: number | null;
}

// Scores may be group averages with two decimals: rounding keeps 4.2 − 3.1 at 1.1 rather than 1.1000000000000005.
const twoDecimals = (value: number) => Math.round(value * 100) / 100;

const average = (values: readonly number[]) =>
  values.length === 0 ? null : twoDecimals(values.reduce((sum, value) => sum + value, 0) / values.length);

/** Each criterion's gap between the providers' and the citizens' score, and the averages of the round. */
export function scorecardGaps(criteria: readonly ScorecardCriterion[]): ScorecardGaps {
  return {
    criteria: criteria.map(({ name, citizenScore, providerScore }) => ({
      name,
      citizenScore,
      providerScore,
      gap: twoDecimals(providerScore - citizenScore),
    })),
    citizenAverage: average(criteria.map((criterion) => criterion.citizenScore)),
    providerAverage: average(criteria.map((criterion) => criterion.providerScore)),
    averageGap: average(criteria.map((criterion) => criterion.providerScore - criterion.citizenScore)),
  };
}

/**
 * The key under which criteria of different rounds count as the same: facilitators retype the criteria each
 * round, so case, surrounding space and repeated spaces do not matter.
 */
export function criterionKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface ScorecardRound {
  date: string;
  criteria: readonly ScorecardCriterion[];
}

export interface CriterionTrendPoint {
  date: string;
  /** Null when the round did not score this criterion. */
  citizenScore: number | null;
  providerScore: number | null;
  gap: number | null;
}

export interface CriterionTrend {
  /** The name as first written, in the earliest round that scored the criterion. */
  name: string;
  /** One point per round, in date order, so that every criterion's series lines up with the others. */
  points: CriterionTrendPoint[];
}

/**
 * The scores of each criterion over the rounds of one service point, for charts of citizen against provider
 * scores. Rounds are taken in date order (rounds on the same date in the order given); criteria in the order they
 * first appear.
 */
export function compareRounds(rounds: readonly ScorecardRound[]): CriterionTrend[] {
  const ordered = rounds
    .map((round, index) => ({ round, index }))
    .sort((a, b) => (a.round.date === b.round.date ? a.index - b.index : a.round.date < b.round.date ? -1 : 1))
    .map(({ round }) => round);
  const names = new Map<string, string>();
  for (const round of ordered) {
    for (const criterion of round.criteria) {
      const key = criterionKey(criterion.name);
      if (!names.has(key)) names.set(key, criterion.name.trim());
    }
  }
  return [...names].map(([key, name]) => ({
    name,
    points: ordered.map((round) => {
      const scored = round.criteria.find((criterion) => criterionKey(criterion.name) === key);
      if (scored === undefined) return { date: round.date, citizenScore: null, providerScore: null, gap: null };
      const { citizenScore, providerScore } = scored;
      return { date: round.date, citizenScore, providerScore, gap: twoDecimals(providerScore - citizenScore) };
    }),
  }));
}

export interface ScorecardParticipants {
  female: number;
  male: number;
  disability?: number;
  idPoor?: number;
  youth?: number;
}

export interface ParticipationSummary {
  female: number;
  male: number;
  disability: number;
  idPoor: number;
  youth: number;
  /** female + male: people with a disability, from ID-poor households and youth are counted among them. */
  total: number;
}

/** The participants of one or more rounds added up (counts not given count as zero). */
export function participationSummary(rounds: readonly ScorecardParticipants[]): ParticipationSummary {
  const summary: ParticipationSummary = { female: 0, male: 0, disability: 0, idPoor: 0, youth: 0, total: 0 };
  for (const participants of rounds) {
    summary.female += participants.female;
    summary.male += participants.male;
    summary.disability += participants.disability ?? 0;
    summary.idPoor += participants.idPoor ?? 0;
    summary.youth += participants.youth ?? 0;
    summary.total += participants.female + participants.male;
  }
  return summary;
}

export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/**
 * The statuses each status may move to. Done and dropped are final: what was promised to citizens at the
 * interface meeting stays on record; a problem that comes back is a new action item.
 */
export const ACTION_ITEM_MOVES: Readonly<Record<ActionItemStatus, readonly ActionItemStatus[]>> = {
  open: ['in_progress', 'done', 'dropped'],
  in_progress: ['done', 'dropped'],
  done: [],
  dropped: [],
};

/** Whether an action item in status `from` may be given status `to`; keeping the status is always allowed. */
export function canMoveActionItem(from: ActionItemStatus, to: ActionItemStatus): boolean {
  return from === to || ACTION_ITEM_MOVES[from].includes(to);
}

export function isFinalActionItemStatus(status: ActionItemStatus): boolean {
  return ACTION_ITEM_MOVES[status].length === 0;
}

/** Statuses in which an action item is still to be done: the ones that can be overdue. */
export const OPEN_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ACTION_ITEM_STATUSES.filter((status) => !isFinalActionItemStatus(status));

export interface ActionItemDue {
  dueDate: string;
  status: ActionItemStatus;
}

/** Overdue: still open or in progress after its due date (today is after it). */
export function isActionItemOverdue({ dueDate, status }: ActionItemDue, today: string): boolean {
  return OPEN_ACTION_ITEM_STATUSES.includes(status) && today > dueDate;
}
