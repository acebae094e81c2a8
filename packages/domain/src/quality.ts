import type { PartnershipStatus } from './lifecycle.js';
import type { Bilingual } from './locale.js';
import type { OrganizationKind } from './roles.js';

// Partnership quality: each party assesses the partnership, per period, on the attributes of a good partnership;
// comparing the state side's scores with the non-state side's shows how equal the partners feel it is.

export const QUALITY_ATTRIBUTES = [
  'consensus',
  'sharedRisk',
  'valuedContributions',
  'equity',
  'sharedLeadership',
  'mutualAccountability',
  'trust',
  'communication',
] as const;
export type QualityAttribute = (typeof QUALITY_ATTRIBUTES)[number];

export const QUALITY_ATTRIBUTE_LABELS: Readonly<Record<QualityAttribute, Bilingual>> = {
  consensus: { en: 'Decisions by consensus', km: 'ការសម្រេចចិត្តដោយការឯកភាពគ្នា' },
  sharedRisk: { en: 'Shared risk', km: 'ការរួមគ្នាទទួលហានិភ័យ' },
  valuedContributions: { en: 'Contributions valued', km: 'ការឱ្យតម្លៃលើការចូលរួមចំណែក' },
  equity: { en: 'Equity between partners', km: 'សមធម៌រវាងដៃគូ' },
  sharedLeadership: { en: 'Shared leadership', km: 'ការដឹកនាំរួមគ្នា' },
  mutualAccountability: { en: 'Mutual accountability', km: 'គណនេយ្យភាពទៅវិញទៅមក' },
  trust: { en: 'Trust', km: 'ការជឿទុកចិត្ត' },
  communication: { en: 'Communication', km: 'ការប្រាស្រ័យទាក់ទង' },
};

export const QUALITY_SCORE_MIN = 1;
export const QUALITY_SCORE_MAX = 5;

export type QualityScores = Readonly<Record<QualityAttribute, number>>;

/** A year (`2025`), a quarter (`2025-Q2`) or a month (`2025-07`). */
export const ASSESSMENT_PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export interface PeriodSpan {
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
}

const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The days an assessment period covers; null when `period` is not written YYYY, YYYY-Qn or YYYY-MM. */
export function periodSpan(period: string): PeriodSpan | null {
  const match = ASSESSMENT_PERIOD_PATTERN.exec(period);
  if (match === null) return null;
  const year = Number(match[1]);
  const [firstMonth, lastMonth] =
    match[2] !== undefined
      ? [Number(match[2]) * 3 - 2, Number(match[2]) * 3]
      : match[3] !== undefined
        ? [Number(match[3]), Number(match[3])]
        : [1, 12];
  return { start: `${match[1]}-${pad(firstMonth)}-01`, end: `${match[1]}-${pad(lastMonth)}-${pad(lastDayOf(year, lastMonth))}` };
}

/** Orders periods by the day they start, a longer period before a shorter one starting the same day (2025, 2025-Q1, 2025-01). */
export function comparePeriods(a: string, b: string): number {
  const [spanA, spanB] = [periodSpan(a), periodSpan(b)];
  if (spanA === null || spanB === null) return a.localeCompare(b);
  return spanA.start.localeCompare(spanB.start) || spanB.end.localeCompare(spanA.end);
}

export type AssessmentPeriodCheck = { ok: true } | { ok: false; code: 'assessment_period_invalid' | 'period_in_future' | 'period_outside_partnership' };

/**
 * A party assesses a period that has begun (a period still to come has nothing to judge yet) and that overlaps the
 * partnership's term (there was a partnership to judge).
 */
export function checkAssessmentPeriod(period: string, term: { startDate: string; endDate: string }, today: string): AssessmentPeriodCheck {
  const span = periodSpan(period);
  if (span === null) return { ok: false, code: 'assessment_period_invalid' };
  if (span.start > today) return { ok: false, code: 'period_in_future' };
  if (span.end < term.startDate || span.start > term.endDate) return { ok: false, code: 'period_outside_partnership' };
  return { ok: true };
}

/** Two decimals: averages of whole scores, rounded so that 4.33 − 2.67 reads 1.66 rather than 1.6600000000000001. */
const twoDecimals = (value: number) => Math.round(value * 100) / 100;

const averageOf = (values: readonly number[]) =>
  values.length === 0 ? null : twoDecimals(values.reduce((sum, value) => sum + value, 0) / values.length);

export interface SideAssessment {
  side: OrganizationKind;
  scores: QualityScores;
}

export interface AttributeComparison {
  attribute: QualityAttribute;
  /** Average of the state parties' scores; null without a state assessment. */
  stateAverage: number | null;
  nonStateAverage: number | null;
  /**
   * The equity gap: stateAverage − nonStateAverage, two decimals; null unless both sides scored. Above zero the
   * state side rates the partnership better than the non-state side does (the non-state partners feel it less
   * equal); below zero the other way round; 0 is agreement.
   */
  gap: number | null;
}

export interface QualityComparison {
  attributes: AttributeComparison[];
  /** The average of the attributes' gaps (each computed from unrounded averages); null when no attribute has a gap. */
  averageGap: number | null;
}

/** Per attribute, each side's average over the assessments given (every assessment counts once) and the gap. */
export function compareSides(assessments: readonly SideAssessment[]): QualityComparison {
  const rawGaps: number[] = [];
  const attributes = QUALITY_ATTRIBUTES.map((attribute) => {
    const scoresOf = (side: OrganizationKind) => assessments.filter((given) => given.side === side).map((given) => given.scores[attribute]);
    const [state, nonState] = [scoresOf('state'), scoresOf('non_state')];
    const rawState = state.length === 0 ? null : state.reduce((sum, value) => sum + value, 0) / state.length;
    const rawNonState = nonState.length === 0 ? null : nonState.reduce((sum, value) => sum + value, 0) / nonState.length;
    const rawGap = rawState === null || rawNonState === null ? null : rawState - rawNonState;
    if (rawGap !== null) rawGaps.push(rawGap);
    return { attribute, stateAverage: averageOf(state), nonStateAverage: averageOf(nonState), gap: rawGap === null ? null : twoDecimals(rawGap) };
  });
  return { attributes, averageGap: averageOf(rawGaps) };
}

export interface PeriodAssessment extends SideAssessment {
  period: string;
}

export interface PeriodComparison extends QualityComparison {
  period: string;
}

/** The comparison of each period that has an assessment, oldest first: how the gap moves over time. */
export function qualityTrend(assessments: readonly PeriodAssessment[]): PeriodComparison[] {
  const periods = [...new Set(assessments.map((given) => given.period))].sort(comparePeriods);
  return periods.map((period) => ({ period, ...compareSides(assessments.filter((given) => given.period === period)) }));
}

export interface AssessmentVisibility {
  /** The viewer's organisation is a party and may assess; other viewers (reviewers, endorsers) never assess. */
  viewerIsParty: boolean;
  /** Periods for which the viewer's organisation has submitted its assessment. */
  ownSubmittedPeriods: ReadonlySet<string>;
}

/**
 * No anchoring: a party sees the other parties' assessments of a period only after it submitted its own for that
 * period, so that nobody adjusts their scores to the others'. Viewers who are not parties cannot assess, so there
 * is nothing to anchor: they see every assessment.
 */
export function seesOthersAssessments(period: string, viewer: AssessmentVisibility): boolean {
  return !viewer.viewerIsParty || viewer.ownSubmittedPeriods.has(period);
}

/** Statuses in which the parties have worked together and may assess it: from active until closed. */
export const ASSESSABLE_STATUSES = ['active', 'suspended', 'completed', 'terminated'] as const satisfies readonly PartnershipStatus[];

export function isAssessable(status: PartnershipStatus): boolean {
  return (ASSESSABLE_STATUSES as readonly PartnershipStatus[]).includes(status);
}
