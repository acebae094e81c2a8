import {
  ACTION_LABELS,
  ACTIVITY_STATUS_LABELS,
  ADMIN_UNIT_LEVEL_LABELS,
  AMENDMENT_ACTION_LABELS,
  AMENDMENT_STATUS_LABELS,
  ACTION_ITEM_STATUS_LABELS,
  CONTRIBUTION_KIND_LABELS,
  DISAGGREGATION_CATEGORY_LABELS,
  DISAGGREGATION_LABELS,
  FEEDBACK_CHANNEL_LABELS,
  FEEDBACK_STATUS_LABELS,
  FORM_LABELS,
  FREQUENCY_LABELS,
  FUNCTION_LABELS,
  MINUTES_STATE_LABELS,
  OCCURRENCE_STANDING_LABELS,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_TYPE_LABELS,
  RATING_LABELS,
  RECURRENCE_LABELS,
  REPORT_ACTION_LABELS,
  REPORT_STATUS_LABELS,
  REVIEW_DECISION_LABELS,
  REVIEW_KIND_LABELS,
  ROLE_LABELS,
  SERVICE_POINT_KIND_LABELS,
  SEX_LABELS,
  STATUS_LABELS,
} from './i18n-labels.js';
import { FEEDBACK_CHANNELS, FEEDBACK_STATUSES } from './feedback.js';
import { DISAGGREGATIONS, DISAGGREGATION_CATEGORIES, FREQUENCIES } from './indicators.js';
import { REPORT_ACTIONS, REPORT_STATUSES } from './reports.js';
import { ACTION_ITEM_STATUSES, SERVICE_POINT_KINDS } from './scorecards.js';
import { ACTIVITY_STATUSES } from './activities.js';
import { OCCURRENCE_STANDINGS, RATINGS, RECURRENCES } from './commitments.js';
import { MINUTES_STATES, SEXES } from './meetings.js';
import { AMENDMENT_ACTIONS, AMENDMENT_STATUSES } from './amendment.js';
import { REVIEW_DECISIONS, REVIEW_KINDS } from './review.js';
import { ADMIN_UNIT_LEVELS } from './admin-units.js';
import { PARTNERSHIP_ACTIONS, PARTNERSHIP_STATUSES } from './lifecycle.js';
import type { Bilingual } from './locale.js';
import { CONTRIBUTION_KINDS, PARTNERSHIP_FORMS, PARTNERSHIP_FUNCTIONS } from './partnership-classification.js';
import { ORGANIZATION_KINDS, ORGANIZATION_TYPES, ROLES } from './roles.js';
import { SECTOR_CODES, SECTOR_LABELS } from './sectors.js';

const KHMER_ONLY = /^[\u1780-\u17FF\u19E0-\u19FF ,()"]+$/;

const TABLES: Array<[string, readonly string[], Readonly<Record<string, Bilingual>>]> = [
  ['statuses', PARTNERSHIP_STATUSES, STATUS_LABELS],
  ['actions', PARTNERSHIP_ACTIONS, ACTION_LABELS],
  ['amendment statuses', AMENDMENT_STATUSES, AMENDMENT_STATUS_LABELS],
  ['amendment actions', AMENDMENT_ACTIONS, AMENDMENT_ACTION_LABELS],
  ['review kinds', REVIEW_KINDS, REVIEW_KIND_LABELS],
  ['review decisions', REVIEW_DECISIONS, REVIEW_DECISION_LABELS],
  ['roles', ROLES, ROLE_LABELS],
  ['organisation kinds', ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS],
  ['organisation types', ORGANIZATION_TYPES, ORGANIZATION_TYPE_LABELS],
  ['functions', PARTNERSHIP_FUNCTIONS, FUNCTION_LABELS],
  ['forms', PARTNERSHIP_FORMS, FORM_LABELS],
  ['contribution kinds', CONTRIBUTION_KINDS, CONTRIBUTION_KIND_LABELS],
  ['administrative levels', ADMIN_UNIT_LEVELS, ADMIN_UNIT_LEVEL_LABELS],
  ['sectors', SECTOR_CODES, SECTOR_LABELS],
  ['activity statuses', ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS],
  ['recurrences', RECURRENCES, RECURRENCE_LABELS],
  ['ratings', RATINGS, RATING_LABELS],
  ['occurrence standings', OCCURRENCE_STANDINGS, OCCURRENCE_STANDING_LABELS],
  ['minutes states', MINUTES_STATES, MINUTES_STATE_LABELS],
  ['sexes', SEXES, SEX_LABELS],
  ['frequencies', FREQUENCIES, FREQUENCY_LABELS],
  ['disaggregations', DISAGGREGATIONS, DISAGGREGATION_LABELS],
  ...DISAGGREGATIONS.map((disaggregation): [string, readonly string[], Readonly<Record<string, Bilingual>>] => [
    `${disaggregation} categories`,
    DISAGGREGATION_CATEGORIES[disaggregation],
    DISAGGREGATION_CATEGORY_LABELS[disaggregation],
  ]),
  ['report statuses', REPORT_STATUSES, REPORT_STATUS_LABELS],
  ['report actions', REPORT_ACTIONS, REPORT_ACTION_LABELS],
  ['service point kinds', SERVICE_POINT_KINDS, SERVICE_POINT_KIND_LABELS],
  ['action item statuses', ACTION_ITEM_STATUSES, ACTION_ITEM_STATUS_LABELS],
  ['feedback statuses', FEEDBACK_STATUSES, FEEDBACK_STATUS_LABELS],
  ['feedback channels', FEEDBACK_CHANNELS, FEEDBACK_CHANNEL_LABELS],
];

describe.each(TABLES)('labels of %s', (_name, codes, labels) => {
  it('cover exactly the codes', () => {
    expect(Object.keys(labels)).toEqual([...codes]);
  });

  it.each(codes)('%s has an English label and a label in Khmer script', (code) => {
    expect(labels[code]?.en).toMatch(/^[A-Z]/);
    expect(labels[code]?.km).toMatch(KHMER_ONLY);
  });
});

describe('well-known Khmer terms', () => {
  it.each([
    [STATUS_LABELS.draft, 'សេចក្តីព្រាង'],
    [STATUS_LABELS.active, 'សកម្ម'],
    [ACTION_LABELS.sign, 'ចុះហត្ថលេខា'],
    [ROLE_LABELS.cso_officer, 'មន្ត្រីអង្គការសង្គមស៊ីវិល'],
    [SECTOR_LABELS.health, 'សុខាភិបាល'],
    [SERVICE_POINT_KIND_LABELS.health_centre, 'មណ្ឌលសុខភាព'],
    [DISAGGREGATION_LABELS.sex, 'ភេទ'],
  ])('%j reads %s', (label, khmer) => {
    expect(label.km).toBe(khmer);
  });
});
