import { z } from 'zod';
import { RECURRENCES } from '../commitments.js';
import { FEEDBACK_CHANNELS, FEEDBACK_STATUSES, FEEDBACK_TEXT_MAX, sanitizeFeedbackText } from '../feedback.js';
import { DISAGGREGATION_CATEGORIES, DISAGGREGATIONS, FREQUENCIES } from '../indicators.js';
import { ACTION_ITEM_STATUSES, SCORE_MAX, SCORE_MIN, SERVICE_POINT_KINDS, criterionKey } from '../scorecards.js';
import { SECTOR_CODES } from '../sectors.js';
import { validationMessage } from '../validation-messages.js';
import {
  filledText,
  flag,
  inputObject,
  isoDate,
  message,
  nameKm,
  oneOf,
  requiredOr,
  text,
  uniqueList,
  uuid,
  whenValid,
} from './fields.js';

// Whether the organisations, indicators and service points named here belong to the partnership needs the
// database: the API checks them (not_a_party, indicator_not_in_partnership, disaggregation_not_declared).

export const SCORECARD_CRITERIA_MAX = 40;

/** Any finite number: indicator values may be counts, rates, amounts or changes. */
const measuredNumber = z.number(requiredOr('number_invalid'));

const count = z
  .number(requiredOr('count_invalid'))
  .int(message('count_invalid'))
  .min(0, message('count_invalid'));

// Scores may be the average of several groups' scores, e.g. 3.75; more decimals than two would be false precision.
const hasAtMostTwoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
const score = z
  .number(requiredOr('score_invalid'))
  .min(SCORE_MIN, message('score_invalid'))
  .max(SCORE_MAX, message('score_invalid'))
  .refine(hasAtMostTwoDecimals, message('score_invalid'));

const disaggregations = uniqueList(oneOf(DISAGGREGATIONS));

const indicatorFields = {
  name: filledText(200),
  nameKm: nameKm.optional(),
  unit: filledText(100),
  baseline: measuredNumber,
  target: measuredNumber,
  frequency: oneOf(FREQUENCIES),
  responsibleOrganizationId: uuid,
  disaggregations: disaggregations.optional(),
};

/**
 * `libraryIndicatorId`: the library indicator this one is picked from; its name (both languages), unit, frequency
 * and disaggregations fill the fields left out. Without it, name, unit and frequency are required.
 */
export const indicatorCreateInput = inputObject({
  ...indicatorFields,
  name: indicatorFields.name.optional(),
  unit: indicatorFields.unit.optional(),
  frequency: indicatorFields.frequency.optional(),
  libraryIndicatorId: uuid.optional(),
}).superRefine((given, ctx) => {
  if (given.libraryIndicatorId !== undefined) return;
  for (const field of ['name', 'unit', 'frequency'] as const) {
    if (given[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: validationMessage('required') });
  }
}, whenValid('libraryIndicatorId'));
export type IndicatorCreateInput = z.infer<typeof indicatorCreateInput>;

/** Only the fields given change. */
export const indicatorUpdateInput = inputObject(indicatorFields).partial();
export type IndicatorUpdateInput = z.infer<typeof indicatorUpdateInput>;

const libraryIndicatorFields = {
  name: filledText(200),
  nameKm,
  unit: filledText(100),
  frequency: oneOf(FREQUENCIES),
  disaggregations: disaggregations.optional(),
  sector: oneOf(SECTOR_CODES).optional(),
  description: text(5000).optional(),
};

/** An indicator of the shared library (kept by admins), which partnerships copy into their own indicators. */
export const libraryIndicatorInput = inputObject(libraryIndicatorFields);
export type LibraryIndicatorInput = z.infer<typeof libraryIndicatorInput>;

/** Only the fields given change; `archived: true` takes the indicator out of the choices (partnerships keep their copies). */
export const libraryIndicatorUpdateInput = inputObject({
  ...libraryIndicatorFields,
  sector: oneOf(SECTOR_CODES).nullable(),
  archived: flag,
}).partial();
export type LibraryIndicatorUpdateInput = z.infer<typeof libraryIndicatorUpdateInput>;

/** The value per category of one disaggregation, e.g. `{female: 12, male: 9}`; categories left out were not counted. */
function categoryValues<const C extends readonly string[]>(categories: C) {
  const shape = Object.fromEntries(categories.map((category) => [category, measuredNumber.optional()]));
  return inputObject(shape as { [K in C[number]]: z.ZodOptional<typeof measuredNumber> });
}

const disaggregation = inputObject({
  sex: categoryValues(DISAGGREGATION_CATEGORIES.sex).optional(),
  disability: categoryValues(DISAGGREGATION_CATEGORIES.disability).optional(),
  id_poor: categoryValues(DISAGGREGATION_CATEGORIES.id_poor).optional(),
  age_group: categoryValues(DISAGGREGATION_CATEGORIES.age_group).optional(),
});

const reportValue = inputObject({
  indicatorId: uuid,
  value: measuredNumber,
  note: text(2000).optional(),
  disaggregation: disaggregation.optional(),
});

const reportContent = {
  // One value per indicator; the list replaces the values of the version being edited.
  values: uniqueList(reportValue, (given) => given.indicatorId.toLowerCase()),
  narrative: text(20000).optional(),
  /** Where the evidence is: documents, photos, links. */
  evidence: text(5000).optional(),
};

function periodEndNotBeforeStart(period: { periodStart: string; periodEnd: string }, ctx: z.core.$RefinementCtx) {
  // Dates are YYYY-MM-DD, so text order is date order.
  if (period.periodEnd < period.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: validationMessage('end_date_before_start') });
  }
}

export const reportCreateInput = inputObject({ periodStart: isoDate, periodEnd: isoDate, ...reportContent }).superRefine(
  periodEndNotBeforeStart,
  whenValid('periodStart', 'periodEnd'),
);
export type ReportCreateInput = z.infer<typeof reportCreateInput>;

/** A change to a draft or sent-back report; the period stays. Only the fields given change. */
export const reportUpdateInput = inputObject(reportContent).partial();
export type ReportUpdateInput = z.infer<typeof reportUpdateInput>;

/** The body of `POST /api/reports/:id/actions/:action`; send_back needs the comment (decideReportAction says so). */
export const reportActionInput = inputObject({ comment: text(2000).optional() });
export type ReportActionInput = z.infer<typeof reportActionInput>;

// A service point lies in a commune (6 digits) or a village (8 digits) of the gazetteer.
const servicePointArea = z
  .string(requiredOr('service_point_area_invalid'))
  .regex(/^(?:\d{6}|\d{8})$/, message('service_point_area_invalid'));

const servicePointFields = {
  name: filledText(200),
  nameKm: nameKm.optional(),
  kind: oneOf(SERVICE_POINT_KINDS),
  adminUnitCode: servicePointArea,
};

export const servicePointCreateInput = inputObject(servicePointFields);
export type ServicePointCreateInput = z.infer<typeof servicePointCreateInput>;

/** Only the fields given change. */
export const servicePointUpdateInput = inputObject(servicePointFields).partial();
export type ServicePointUpdateInput = z.infer<typeof servicePointUpdateInput>;

const SUBGROUPS = ['disability', 'idPoor', 'youth'] as const;

/** People with a disability, from ID-poor households and youth are counted among the female and male participants. */
const participants = inputObject({
  female: count,
  male: count,
  disability: count.optional(),
  idPoor: count.optional(),
  youth: count.optional(),
}).superRefine(
  (given, ctx) => {
    const total = given.female + given.male;
    if (total === 0) ctx.addIssue({ code: 'custom', path: [], message: validationMessage('participants_required') });
    for (const subgroup of SUBGROUPS) {
      if ((given[subgroup] ?? 0) > total) {
        ctx.addIssue({ code: 'custom', path: [subgroup], message: validationMessage('participants_exceed_total') });
      }
    }
  },
  whenValid('female', 'male', ...SUBGROUPS),
);

const criterion = inputObject({
  name: filledText(200),
  citizenScore: score,
  providerScore: score,
  suggestedAction: text(2000).optional(),
});

export const scorecardCreateInput = inputObject({
  servicePointId: uuid,
  date: isoDate,
  facilitatingOrganizationId: uuid.optional(),
  participants,
  criteria: z
    .array(criterion, requiredOr('must_be_list'))
    .min(1, message('criteria_required'))
    .max(SCORECARD_CRITERIA_MAX, message('too_many_criteria'))
    .superRefine((criteria, ctx) => {
      // Two criteria of one round with the same name would be one line in the charts comparing rounds.
      const seen = new Set<string>();
      criteria.forEach((given, index) => {
        const key = criterionKey(given.name);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: validationMessage('duplicate_entry') });
        seen.add(key);
      });
    }),
});
export type ScorecardCreateInput = z.infer<typeof scorecardCreateInput>;

export const actionItemCreateInput = inputObject({
  description: filledText(2000),
  ownerOrganizationId: uuid,
  dueDate: isoDate,
});
export type ActionItemCreateInput = z.infer<typeof actionItemCreateInput>;

/**
 * Only the fields given change; whether the new status may follow the stored one is canMoveActionItem's to say.
 * `followUpNote` adds a dated note to the item's follow-up notes (earlier notes stay as they were).
 */
export const actionItemUpdateInput = inputObject({
  status: oneOf(ACTION_ITEM_STATUSES).optional(),
  evidence: text(5000).optional(),
  followUp: text(5000).optional(),
  followUpNote: filledText(2000).optional(),
});
export type ActionItemUpdateInput = z.infer<typeof actionItemUpdateInput>;

/** An action item made a commitment of the partnership: due when the item is unless said, one-off unless said. */
export const actionItemCommitmentInput = inputObject({
  dueDate: isoDate.optional(),
  recurrence: oneOf(RECURRENCES).optional(),
});
export type ActionItemCommitmentInput = z.infer<typeof actionItemCommitmentInput>;

// Cleaning costs time in proportion to the length: far longer text is refused before it is cleaned.
const FEEDBACK_RAW_TEXT_MAX = 5 * FEEDBACK_TEXT_MAX;

/** Public feedback: the text is cleaned by sanitizeFeedbackText, then must keep 1 to 2,000 characters. */
export const feedbackInput = inputObject({
  text: z
    .string(requiredOr('must_be_text'))
    .max(FEEDBACK_RAW_TEXT_MAX, message('too_long_2000'))
    .transform(sanitizeFeedbackText)
    .pipe(z.string(message('text_empty')).max(FEEDBACK_TEXT_MAX, message('too_long_2000'))),
  channel: oneOf(FEEDBACK_CHANNELS).optional(),
  rating: z
    .number(requiredOr('rating_invalid'))
    .int(message('rating_invalid'))
    .min(1, message('rating_invalid'))
    .max(5, message('rating_invalid'))
    .optional(),
});
export type FeedbackInput = z.infer<typeof feedbackInput>;

/**
 * A new status, a link to an action item, or both. Whether the new status may follow the stored one is
 * canMoveFeedback's to say; `actionItemId: null` removes the link.
 */
export const feedbackTriageInput = inputObject({
  status: oneOf(FEEDBACK_STATUSES).optional(),
  actionItemId: uuid.nullable().optional(),
}).superRefine((given, ctx) => {
  if (given.status === undefined && given.actionItemId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: validationMessage('required') });
  }
});
export type FeedbackTriageInput = z.infer<typeof feedbackTriageInput>;
