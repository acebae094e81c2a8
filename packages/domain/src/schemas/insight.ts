import { z } from 'zod';
import { ADMIN_UNIT_LEVELS, PROVINCE_CODE_PATTERN } from '../admin-units.js';
import { PARTNERSHIP_STATUSES } from '../lifecycle.js';
import { LOCALES } from '../locale.js';
import { PARTNERSHIP_FUNCTIONS } from '../partnership-classification.js';
import { ASSESSMENT_PERIOD_PATTERN, QUALITY_ATTRIBUTES, QUALITY_SCORE_MAX, QUALITY_SCORE_MIN } from '../quality.js';
import { ORGANIZATION_KINDS } from '../roles.js';
import { validationMessage } from '../validation-messages.js';
import { inputObject, message, oneOf, requiredOr, text, whenValid } from './fields.js';
import { listQuery } from './list-query.js';

// Partnership quality (self-assessments, equity gap) and the portfolio dashboards: what clients send and receive.

const attribute = z.enum(QUALITY_ATTRIBUTES);

// ---------------------------------------------------------------- quality: input

const assessmentScore = z
  .number(requiredOr('rating_invalid'))
  .int(message('rating_invalid'))
  .min(QUALITY_SCORE_MIN, message('rating_invalid'))
  .max(QUALITY_SCORE_MAX, message('rating_invalid'));

export const assessmentPeriod = z.string(requiredOr('assessment_period_invalid')).regex(ASSESSMENT_PERIOD_PATTERN, message('assessment_period_invalid'));

const perAttribute = <T extends z.ZodType>(value: T) =>
  Object.fromEntries(QUALITY_ATTRIBUTES.map((name) => [name, value])) as { [K in (typeof QUALITY_ATTRIBUTES)[number]]: T };

/**
 * `POST /api/partnerships/:id/assessments`: the caller's organisation's assessment of one period — every attribute
 * scored 1–5 (whole numbers), an optional comment per attribute and an overall comment.
 */
export const assessmentInput = inputObject({
  period: assessmentPeriod,
  scores: inputObject(perAttribute(assessmentScore)),
  comments: inputObject(perAttribute(text(2000).optional())).optional(),
  comment: text(5000).optional(),
});
export type AssessmentInput = z.infer<typeof assessmentInput>;

// ---------------------------------------------------------------- quality: output

export const assessmentSchema = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  side: z.enum(ORGANIZATION_KINDS).describe('state or non_state: the side whose average the scores count in'),
  period: z.string(),
  scores: z.object(perAttribute(z.number().int())),
  comments: z.object(perAttribute(z.string().optional())),
  comment: z.string().nullable(),
  submittedBy: z.uuid(),
  submittedAt: z.string(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const attributeComparisonSchema = z.object({
  attribute,
  stateAverage: z.number().nullable().describe('Average of the state parties’ scores (two decimals); null without one'),
  nonStateAverage: z.number().nullable(),
  gap: z
    .number()
    .nullable()
    .describe('Equity gap = stateAverage − nonStateAverage; above 0 the state side rates the partnership better than the non-state side; null unless both sides scored'),
});
export type AttributeComparisonView = z.infer<typeof attributeComparisonSchema>;

export const qualityPeriodSchema = z.object({
  period: z.string(),
  attributes: z.array(attributeComparisonSchema),
  averageGap: z.number().nullable().describe('Average of the attributes’ gaps; null when no attribute has one'),
  ownSubmitted: z.boolean().describe('The caller’s organisation has assessed this period'),
  otherSideVisible: z
    .boolean()
    .describe('False for a party that has not assessed this period yet: the others’ scores stay hidden (null) until it has (no anchoring)'),
  othersSubmitted: z.boolean().describe('Another party has assessed this period (shown even while its scores are hidden)'),
});
export type QualityPeriod = z.infer<typeof qualityPeriodSchema>;

export const partnershipQualitySchema = z.object({
  attributes: z.array(attributeComparisonSchema).describe('Over every period the caller may see in full'),
  averageGap: z.number().nullable(),
  periods: z.array(qualityPeriodSchema).describe('The trend, oldest period first'),
  ownSubmittedPeriods: z.array(z.string()),
  mayAssess: z.boolean().describe('The caller is an officer of a party and the partnership is in a status that can be assessed'),
});
export type PartnershipQuality = z.infer<typeof partnershipQualitySchema>;

// ---------------------------------------------------------------- dashboards: queries

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = z.string(requiredOr('month_invalid')).regex(MONTH_PATTERN, message('month_invalid'));
const province = z.string(requiredOr('province_code_invalid')).regex(PROVINCE_CODE_PATTERN, message('province_code_invalid'));

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

function monthsInOrder(range: { from?: string; to?: string }, ctx: z.core.$RefinementCtx) {
  if (range.from !== undefined && range.to !== undefined && range.to < range.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: validationMessage('months_reversed') });
  }
}

const dashboardFilters = {
  province: province.optional(),
  function: oneOf(PARTNERSHIP_FUNCTIONS).optional(),
  /** Months YYYY-MM, both included: only partnerships whose start date falls in them count. */
  from: month.optional(),
  to: month.optional(),
  /** `csv` for a download (UTF-8 with BOM), with column headers in `lang`. */
  format: oneOf(EXPORT_FORMATS).optional(),
  lang: oneOf(LOCALES).optional(),
};

export const portfolioQuery = z.object(dashboardFilters).superRefine(monthsInOrder, whenValid('from', 'to'));
export type PortfolioQuery = z.infer<typeof portfolioQuery>;

export const cycleTimeQuery = z
  .object({ ...dashboardFilters, level: oneOf(ADMIN_UNIT_LEVELS).optional() })
  .superRefine(monthsInOrder, whenValid('from', 'to'));
export type CycleTimeQuery = z.infer<typeof cycleTimeQuery>;

export const stuckQuery = listQuery.extend({
  status: oneOf(PARTNERSHIP_STATUSES),
  format: oneOf(EXPORT_FORMATS).optional(),
  lang: oneOf(LOCALES).optional(),
  province: province.optional(),
  function: oneOf(PARTNERSHIP_FUNCTIONS).optional(),
  level: oneOf(ADMIN_UNIT_LEVELS).optional(),
});
export type StuckQuery = z.infer<typeof stuckQuery>;

// ---------------------------------------------------------------- dashboards: output

const keyCount = z.object({ key: z.string(), count: z.number().int() });

const sideAccountability = z.object({
  kept: z.number().int(),
  partlyKept: z.number().int(),
  notKept: z.number().int(),
  disputed: z.number().int(),
  overdue: z.number().int(),
  keptRate: z.number().nullable().describe('0–100 by the accountability score rule (SCORE_RULE); null while nothing counts'),
});

export const portfolioSchema = z.object({
  total: z.number().int(),
  byStatus: z.array(keyCount).describe('key: a partnership status'),
  byFunction: z.array(keyCount),
  byForm: z.array(keyCount),
  byProvince: z.array(keyCount).describe('key: a province code; a partnership spanning two provinces counts in both'),
  bySector: z.array(keyCount).describe('key: a sector code; a partnership in two sectors counts in both'),
  accountability: z
    .object({ state: sideAccountability, nonState: sideAccountability })
    .describe('Commitments owned by state parties and by non-state parties'),
  qualityTrend: z
    .array(
      z.object({
        period: z.string(),
        partnerships: z.number().int().describe('Partnerships assessed by both sides in this period'),
        averageGap: z.number().nullable(),
        attributes: z.array(z.object({ attribute, gap: z.number().nullable() })),
      }),
    )
    .describe('Per assessment period, oldest first: the average over partnerships of each partnership’s equity gap'),
  scorecardTrend: z
    .array(
      z.object({
        period: z.string().describe('YYYY-Qn of the round date'),
        rounds: z.number().int(),
        citizenAverage: z.number().nullable(),
        providerAverage: z.number().nullable(),
      }),
    )
    .describe('Community scorecard rounds per quarter: average of the rounds’ average scores'),
});
export type Portfolio = z.infer<typeof portfolioSchema>;

export const statusCycleTimeSchema = z.object({
  status: z.enum(PARTNERSHIP_STATUSES),
  partnerships: z.number().int().describe('Stays counted: partnerships that left the status plus those still in it'),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  stillIn: z.number().int().describe('Partnerships in the status now (their time counts up to now)'),
});
export type StatusCycleTime = z.infer<typeof statusCycleTimeSchema>;

export const cycleTimesSchema = z.object({
  statuses: z.array(statusCycleTimeSchema),
  byProvince: z.array(z.object({ province: z.string(), statuses: z.array(statusCycleTimeSchema) })),
  byLevel: z.array(z.object({ level: z.enum(ADMIN_UNIT_LEVELS), statuses: z.array(statusCycleTimeSchema) })),
  slowest: z
    .array(z.object({ status: z.enum(PARTNERSHIP_STATUSES), province: z.string().nullable(), medianDays: z.number() }))
    .describe('Where partnerships get stuck: steps (nationally when province is null, else in that province), slowest first'),
});
export type CycleTimes = z.infer<typeof cycleTimesSchema>;

export const stuckPartnershipSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  provinceCodes: z.array(z.string()),
  status: z.enum(PARTNERSHIP_STATUSES),
  statusSince: z.string(),
  daysInStatus: z.number(),
});
export type StuckPartnership = z.infer<typeof stuckPartnershipSchema>;
