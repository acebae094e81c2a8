import { issuesOf } from '../../test/zod-issues.js';
import {
  SCORECARD_CRITERIA_MAX,
  actionItemCommitmentInput,
  actionItemCreateInput,
  actionItemUpdateInput,
  feedbackInput,
  feedbackTriageInput,
  indicatorCreateInput,
  indicatorUpdateInput,
  libraryIndicatorInput,
  libraryIndicatorUpdateInput,
  reportActionInput,
  reportCreateInput,
  reportUpdateInput,
  scorecardCreateInput,
  servicePointCreateInput,
  servicePointUpdateInput,
} from './monitoring.js';

const DISTRICT = '0b7e3f4a-5c6d-4e8f-9a1b-2c3d4e5f6a7b';
const NGO = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const INDICATOR = '3f2e1d0c-9b8a-4765-8432-10fedcba9876';
const OTHER_INDICATOR = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const SERVICE_POINT = '11111111-2222-4333-8444-555555555555';

describe('indicatorCreateInput', () => {
  const indicator = {
    name: 'Women giving birth at the health centre',
    nameKm: 'ស្ត្រីសម្រាលកូននៅមណ្ឌលសុខភាព',
    unit: 'births per quarter',
    baseline: 40,
    target: 80,
    frequency: 'quarterly',
    responsibleOrganizationId: NGO,
    disaggregations: ['id_poor', 'age_group'],
    libraryIndicatorId: INDICATOR,
  };
  const { nameKm: _nameKm, disaggregations: _disaggregations, libraryIndicatorId: _library, ...minimal } = indicator;

  it('accepts a complete indicator', () => {
    expect(indicatorCreateInput.parse(indicator)).toEqual(indicator);
  });

  it('accepts an indicator with only the fields of api.md', () => {
    expect(issuesOf(indicatorCreateInput, minimal)).toEqual([]);
  });

  it.each(['monthly', 'quarterly', 'semiannual', 'yearly'])('accepts the frequency %s', (frequency) => {
    expect(issuesOf(indicatorCreateInput, { ...minimal, frequency })).toEqual([]);
  });

  it.each([
    ['a falling indicator', { baseline: 120, target: 30 }],
    ['a target equal to the baseline', { baseline: 100, target: 100 }],
    ['negative and fractional numbers', { baseline: -2.5, target: 0.75 }],
    ['every disaggregation', { disaggregations: ['sex', 'disability', 'id_poor', 'age_group'] }],
    ['no disaggregation', { disaggregations: [] }],
  ])('accepts %s', (_case, change) => {
    expect(issuesOf(indicatorCreateInput, { ...minimal, ...change })).toEqual([]);
  });

  it.each([
    ['missing name', { name: undefined }, [['name', 'Required']]],
    ['blank name', { name: '  ' }, [['name', 'Must not be empty']]],
    ['name over 200 characters', { name: 'n'.repeat(201) }, [['name', 'Must be at most 200 characters']]],
    ['Khmer name in Latin script', { nameKm: 'Births' }, [['nameKm', 'Must be written in Khmer script']]],
    ['missing unit', { unit: undefined }, [['unit', 'Required']]],
    ['blank unit', { unit: '' }, [['unit', 'Must not be empty']]],
    ['unit over 100 characters', { unit: 'u'.repeat(101) }, [['unit', 'Must be at most 100 characters']]],
    ['missing baseline', { baseline: undefined }, [['baseline', 'Required']]],
    ['baseline as text', { baseline: '40' }, [['baseline', 'Must be a number']]],
    ['infinite target', { target: Infinity }, [['target', 'Must be a number']]],
    ['target not a number', { target: NaN }, [['target', 'Must be a number']]],
    ['missing target', { target: undefined }, [['target', 'Required']]],
    ['missing frequency', { frequency: undefined }, [['frequency', 'Required']]],
    ['weekly frequency', { frequency: 'weekly' }, [['frequency', 'Not one of the allowed values']]],
    ['missing responsible party', { responsibleOrganizationId: undefined }, [['responsibleOrganizationId', 'Required']]],
    ['responsible party not a UUID', { responsibleOrganizationId: 'ngo' }, [['responsibleOrganizationId', 'Must be an id in UUID form']]],
    ['disaggregations not a list', { disaggregations: 'sex' }, [['disaggregations', 'Must be a list']]],
    ['unknown disaggregation', { disaggregations: ['income'] }, [['disaggregations.0', 'Not one of the allowed values']]],
    ['disaggregation twice', { disaggregations: ['sex', 'sex'] }, [['disaggregations.1', 'Must not list the same entry twice']]],
    ['library indicator not a UUID', { libraryIndicatorId: 7 }, [['libraryIndicatorId', 'Must be an id in UUID form']]],
    ['unknown field', { direction: 'up' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    const { libraryIndicatorId: _picked, ...ownIndicator } = indicator;
    expect(issuesOf(indicatorCreateInput, { ...ownIndicator, ...change })).toEqual(expected);
  });

  it('takes name, unit and frequency from the library when an indicator is picked from it', () => {
    expect(issuesOf(indicatorCreateInput, { libraryIndicatorId: INDICATOR, baseline: 0, target: 10, responsibleOrganizationId: NGO })).toEqual([]);
    expect(issuesOf(indicatorCreateInput, { libraryIndicatorId: INDICATOR, name: '', baseline: 0, target: 10, responsibleOrganizationId: NGO })).toEqual([
      ['name', 'Must not be empty'],
    ]);
    expect(issuesOf(indicatorCreateInput, { libraryIndicatorId: INDICATOR, responsibleOrganizationId: NGO })).toEqual([
      ['baseline', 'Required'],
      ['target', 'Required'],
    ]);
  });

  it('names every missing field of an indicator of its own', () => {
    expect(issuesOf(indicatorCreateInput, { baseline: 0, target: 10, responsibleOrganizationId: NGO })).toEqual([
      ['name', 'Required'],
      ['unit', 'Required'],
      ['frequency', 'Required'],
    ]);
  });

  it('refuses a body that is not an object', () => {
    expect(issuesOf(indicatorCreateInput, [indicator])).toEqual([['', 'Must be an object with fields']]);
  });
});

describe('indicatorUpdateInput', () => {
  it('accepts an empty change and a change of the target alone', () => {
    expect(issuesOf(indicatorUpdateInput, {})).toEqual([]);
    expect(issuesOf(indicatorUpdateInput, { target: 90 })).toEqual([]);
  });

  it.each([
    ['blank name', { name: '' }, [['name', 'Must not be empty']]],
    ['target as text', { target: 'ninety' }, [['target', 'Must be a number']]],
    ['a library indicator: an indicator is picked from the library once', { libraryIndicatorId: INDICATOR }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(indicatorUpdateInput, change)).toEqual(expected);
  });
});

describe('libraryIndicatorInput', () => {
  const libraryIndicator = {
    name: 'Children vaccinated',
    nameKm: 'កុមារដែលបានចាក់វ៉ាក់សាំង',
    unit: 'children',
    frequency: 'monthly',
    disaggregations: ['sex'],
    sector: 'health',
    description: 'Children under one year fully vaccinated.',
  };

  it('accepts a complete library indicator and one without disaggregations, sector and description', () => {
    expect(libraryIndicatorInput.parse(libraryIndicator)).toEqual(libraryIndicator);
    expect(issuesOf(libraryIndicatorInput, { name: 'Children vaccinated', nameKm: 'កុមារ', unit: 'children', frequency: 'yearly' })).toEqual([]);
  });

  it.each([
    ['missing name', { name: undefined }, [['name', 'Required']]],
    ['missing Khmer name: the library is read in both languages', { nameKm: undefined }, [['nameKm', 'Required']]],
    ['missing unit', { unit: undefined }, [['unit', 'Required']]],
    ['missing frequency: partnerships copy it', { frequency: undefined }, [['frequency', 'Required']]],
    ['Khmer name in Latin script', { nameKm: 'Vaccinated' }, [['nameKm', 'Must be written in Khmer script']]],
    ['unknown frequency', { frequency: 'daily' }, [['frequency', 'Not one of the allowed values']]],
    ['unknown disaggregation', { disaggregations: ['ethnicity'] }, [['disaggregations.0', 'Not one of the allowed values']]],
    ['unknown sector', { sector: 'mining' }, [['sector', 'Not one of the allowed values']]],
    ['description over 5,000 characters', { description: 'd'.repeat(5001) }, [['description', 'Must be at most 5,000 characters']]],
    ['a baseline: baselines belong to partnerships', { baseline: 10 }, [['', 'Unknown field']]],
    ['archiving on creation', { archived: true }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(libraryIndicatorInput, { ...libraryIndicator, ...change })).toEqual(expected);
  });
});

describe('libraryIndicatorUpdateInput', () => {
  it('accepts an empty change, archiving, and clearing the sector', () => {
    expect(issuesOf(libraryIndicatorUpdateInput, {})).toEqual([]);
    expect(libraryIndicatorUpdateInput.parse({ archived: true, sector: null })).toEqual({ archived: true, sector: null });
    expect(issuesOf(libraryIndicatorUpdateInput, { unit: 'doses', frequency: 'quarterly' })).toEqual([]);
  });

  it.each([
    ['archived as text', { archived: 'yes' }, [['archived', 'Must be true or false']]],
    ['blank name', { name: ' ' }, [['name', 'Must not be empty']]],
    ['a Khmer name set to nothing', { nameKm: null }, [['nameKm', 'Must be text']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(libraryIndicatorUpdateInput, change)).toEqual(expected);
  });
});

describe('reportCreateInput', () => {
  const value = {
    indicatorId: INDICATOR,
    value: 52,
    note: 'Two births referred to the referral hospital.',
    disaggregation: { id_poor: { yes: 30, no: 22 }, age_group: { under_18: 4, '18_to_35': 40, '36_to_60': 8 } },
  };
  const report = {
    periodStart: '2025-01-01',
    periodEnd: '2025-03-31',
    values: [value, { indicatorId: OTHER_INDICATOR, value: 0.85 }],
    narrative: 'Births at the centre rose after the outreach in February.',
    evidence: 'Health centre register, pages 12–19',
  };
  const { narrative: _narrative, evidence: _evidence, ...minimal } = report;

  it('accepts a complete report', () => {
    expect(reportCreateInput.parse(report)).toEqual(report);
  });

  it('accepts a report without narrative and evidence, and a draft without values yet', () => {
    expect(issuesOf(reportCreateInput, minimal)).toEqual([]);
    expect(issuesOf(reportCreateInput, { ...minimal, values: [] })).toEqual([]);
  });

  it('accepts a one-day period and every category of every disaggregation', () => {
    const disaggregation = {
      sex: { female: 1, male: 2, other: 0 },
      disability: { yes: 1, no: 2 },
      id_poor: { yes: 1, no: 2 },
      age_group: { under_18: 0, '18_to_35': 1, '36_to_60': 1, over_60: 1 },
    };
    expect(
      issuesOf(reportCreateInput, { ...minimal, periodEnd: minimal.periodStart, values: [{ indicatorId: INDICATOR, value: 3, disaggregation }] }),
    ).toEqual([]);
  });

  it.each([
    ['missing period start', { periodStart: undefined }, [['periodStart', 'Required']]],
    ['period start as a month', { periodStart: '2025-01' }, [['periodStart', 'Must be a calendar date written YYYY-MM-DD']]],
    ['missing period end', { periodEnd: undefined }, [['periodEnd', 'Required']]],
    ['impossible period end', { periodEnd: '2025-02-30' }, [['periodEnd', 'Must be a calendar date written YYYY-MM-DD']]],
    ['period ending before it starts', { periodEnd: '2024-12-31' }, [['periodEnd', 'The end date must not be before the start date']]],
    ['missing values', { values: undefined }, [['values', 'Required']]],
    ['values not a list', { values: value }, [['values', 'Must be a list']]],
    ['value without indicator', { values: [{ value: 3 }] }, [['values.0.indicatorId', 'Required']]],
    ['indicator not a UUID', { values: [{ indicatorId: 'births', value: 3 }] }, [['values.0.indicatorId', 'Must be an id in UUID form']]],
    ['value missing', { values: [{ indicatorId: INDICATOR }] }, [['values.0.value', 'Required']]],
    ['value as text', { values: [{ indicatorId: INDICATOR, value: '52' }] }, [['values.0.value', 'Must be a number']]],
    ['infinite value', { values: [{ indicatorId: INDICATOR, value: -Infinity }] }, [['values.0.value', 'Must be a number']]],
    ['value not a number', { values: [{ indicatorId: INDICATOR, value: NaN }] }, [['values.0.value', 'Must be a number']]],
    [
      'note over 2,000 characters',
      { values: [{ indicatorId: INDICATOR, value: 1, note: 'n'.repeat(2001) }] },
      [['values.0.note', 'Must be at most 2,000 characters']],
    ],
    [
      'same indicator twice',
      { values: [value, { indicatorId: INDICATOR.toUpperCase(), value: 3 }] },
      [['values.1', 'Must not list the same entry twice']],
    ],
    [
      'more than 50 values',
      { values: Array.from({ length: 51 }, (_, index) => ({ indicatorId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, value: 1 })) },
      [['values', 'Must have at most 50 entries']],
    ],
    [
      'unknown disaggregation',
      { values: [{ indicatorId: INDICATOR, value: 1, disaggregation: { ethnicity: { khmer: 1 } } }] },
      [['values.0.disaggregation', 'Unknown field']],
    ],
    [
      'unknown category',
      { values: [{ indicatorId: INDICATOR, value: 1, disaggregation: { sex: { female: 1, unknown: 2 } } }] },
      [['values.0.disaggregation.sex', 'Unknown field']],
    ],
    [
      'category of another disaggregation',
      { values: [{ indicatorId: INDICATOR, value: 1, disaggregation: { age_group: { yes: 1 } } }] },
      [['values.0.disaggregation.age_group', 'Unknown field']],
    ],
    [
      'category value as text',
      { values: [{ indicatorId: INDICATOR, value: 1, disaggregation: { disability: { yes: 'one' } } }] },
      [['values.0.disaggregation.disability.yes', 'Must be a number']],
    ],
    [
      'category value infinite',
      { values: [{ indicatorId: INDICATOR, value: 1, disaggregation: { id_poor: { no: Infinity } } }] },
      [['values.0.disaggregation.id_poor.no', 'Must be a number']],
    ],
    [
      'disaggregation as a list',
      { values: [{ indicatorId: INDICATOR, value: 1, disaggregation: [{ sex: 'female', value: 1 }] }] },
      [['values.0.disaggregation', 'Must be an object with fields']],
    ],
    [
      'categories as a list',
      { values: [{ indicatorId: INDICATOR, value: 1, disaggregation: { sex: [1, 2] } }] },
      [['values.0.disaggregation.sex', 'Must be an object with fields']],
    ],
    ['unknown value field', { values: [{ indicatorId: INDICATOR, value: 1, unit: 'births' }] }, [['values.0', 'Unknown field']]],
    ['narrative over 20,000 characters', { narrative: 'n'.repeat(20001) }, [['narrative', 'Must be at most 20,000 characters']]],
    ['evidence over 5,000 characters', { evidence: 'e'.repeat(5001) }, [['evidence', 'Must be at most 5,000 characters']]],
    ['a status', { status: 'submitted' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(reportCreateInput, { ...report, ...change })).toEqual(expected);
  });

  it('reports a bad value and a reversed period together', () => {
    expect(issuesOf(reportCreateInput, { ...report, periodEnd: '2024-12-01', values: [{ indicatorId: INDICATOR, value: 'x' }] })).toEqual([
      ['values.0.value', 'Must be a number'],
      ['periodEnd', 'The end date must not be before the start date'],
    ]);
  });
});

describe('reportUpdateInput', () => {
  it('accepts an empty change and new values alone', () => {
    expect(issuesOf(reportUpdateInput, {})).toEqual([]);
    expect(issuesOf(reportUpdateInput, { values: [{ indicatorId: INDICATOR, value: 55 }] })).toEqual([]);
  });

  it.each([
    ['a new period: the period stays', { periodStart: '2025-04-01' }, [['', 'Unknown field']]],
    ['value as text', { values: [{ indicatorId: INDICATOR, value: 'x' }] }, [['values.0.value', 'Must be a number']]],
    ['narrative as a number', { narrative: 5 }, [['narrative', 'Must be text']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(reportUpdateInput, change)).toEqual(expected);
  });
});

describe('reportActionInput', () => {
  it('accepts an empty body and a comment', () => {
    expect(issuesOf(reportActionInput, {})).toEqual([]);
    expect(reportActionInput.parse({ comment: '  Please add the March figures.  ' })).toEqual({ comment: 'Please add the March figures.' });
  });

  it.each([
    ['comment over 2,000 characters', { comment: 'c'.repeat(2001) }, [['comment', 'Must be at most 2,000 characters']]],
    ['comment as a number', { comment: 1 }, [['comment', 'Must be text']]],
    ['a reason', { reason: 'late' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, body, expected) => {
    expect(issuesOf(reportActionInput, body)).toEqual(expected);
  });
});

describe('servicePointCreateInput', () => {
  const servicePoint = { name: 'Puok health centre', nameKm: 'មណ្ឌលសុខភាពពួក', kind: 'health_centre', adminUnitCode: '171007' };

  it('accepts a service point in a commune and one in a village', () => {
    expect(servicePointCreateInput.parse(servicePoint)).toEqual(servicePoint);
    expect(issuesOf(servicePointCreateInput, { ...servicePoint, adminUnitCode: '17100701' })).toEqual([]);
  });

  it.each(['health_centre', 'school', 'one_window_office', 'commune_office', 'other'])('accepts the kind %s', (kind) => {
    expect(issuesOf(servicePointCreateInput, { name: 'Service point', kind, adminUnitCode: '171007' })).toEqual([]);
  });

  const AREA = 'Must be a commune code of 6 digits or a village code of 8 digits';
  it.each([
    ['missing name', { name: undefined }, [['name', 'Required']]],
    ['blank name', { name: ' ' }, [['name', 'Must not be empty']]],
    ['Khmer name in Latin script', { nameKm: 'Puok' }, [['nameKm', 'Must be written in Khmer script']]],
    ['missing kind', { kind: undefined }, [['kind', 'Required']]],
    ['unknown kind', { kind: 'hospital' }, [['kind', 'Not one of the allowed values']]],
    ['missing area', { adminUnitCode: undefined }, [['adminUnitCode', 'Required']]],
    ['a province code', { adminUnitCode: '17' }, [['adminUnitCode', AREA]]],
    ['a district code', { adminUnitCode: '1710' }, [['adminUnitCode', AREA]]],
    ['a code with letters', { adminUnitCode: '17100A' }, [['adminUnitCode', AREA]]],
    ['a code as a number', { adminUnitCode: 171007 }, [['adminUnitCode', AREA]]],
    ['unknown field', { partnershipId: DISTRICT }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(servicePointCreateInput, { ...servicePoint, ...change })).toEqual(expected);
  });
});

describe('servicePointUpdateInput', () => {
  it('accepts an empty change and a new kind alone', () => {
    expect(issuesOf(servicePointUpdateInput, {})).toEqual([]);
    expect(issuesOf(servicePointUpdateInput, { kind: 'school' })).toEqual([]);
  });

  it('refuses a district code', () => {
    expect(issuesOf(servicePointUpdateInput, { adminUnitCode: '1710' })).toEqual([
      ['adminUnitCode', 'Must be a commune code of 6 digits or a village code of 8 digits'],
    ]);
  });
});

describe('scorecardCreateInput', () => {
  const criterion = { name: 'Staff are present during opening hours', citizenScore: 2, providerScore: 4, suggestedAction: 'Post a duty roster' };
  const scorecard = {
    servicePointId: SERVICE_POINT,
    date: '2025-03-08',
    facilitatingOrganizationId: NGO,
    participants: { female: 18, male: 12, disability: 3, idPoor: 9, youth: 7 },
    criteria: [criterion, { name: 'Medicines are available', citizenScore: 3.5, providerScore: 4.25 }],
  };
  const minimal = {
    servicePointId: SERVICE_POINT,
    date: '2025-03-08',
    participants: { female: 1, male: 0 },
    criteria: [{ name: 'Waiting time', citizenScore: 1, providerScore: 5 }],
  };

  it('accepts a complete round and one with only the fields of api.md', () => {
    expect(scorecardCreateInput.parse(scorecard)).toEqual(scorecard);
    expect(issuesOf(scorecardCreateInput, minimal)).toEqual([]);
  });

  it(`accepts ${SCORECARD_CRITERIA_MAX} criteria and subgroups as large as all participants`, () => {
    const criteria = Array.from({ length: SCORECARD_CRITERIA_MAX }, (_, index) => ({ name: `Criterion ${index}`, citizenScore: 3, providerScore: 3 }));
    const participants = { female: 5, male: 5, disability: 10, idPoor: 10, youth: 10 };
    expect(issuesOf(scorecardCreateInput, { ...minimal, criteria, participants })).toEqual([]);
  });

  const SCORE = 'Must be a score from 1 to 5, with at most two decimals';
  const COUNT = 'Must be a whole number not below zero';
  const criteriaWith = (change: object) => ({ criteria: [{ ...criterion, ...change }] });
  it.each([
    ['missing service point', { servicePointId: undefined }, [['servicePointId', 'Required']]],
    ['service point not a UUID', { servicePointId: 'puok' }, [['servicePointId', 'Must be an id in UUID form']]],
    ['missing date', { date: undefined }, [['date', 'Required']]],
    ['date with a time', { date: '2025-03-08T08:00' }, [['date', 'Must be a calendar date written YYYY-MM-DD']]],
    ['facilitator not a UUID', { facilitatingOrganizationId: 'ngo' }, [['facilitatingOrganizationId', 'Must be an id in UUID form']]],
    ['missing participants', { participants: undefined }, [['participants', 'Required']]],
    ['participants as a number', { participants: 30 }, [['participants', 'Must be an object with fields']]],
    ['missing women', { participants: { male: 12 } }, [['participants.female', 'Required']]],
    ['missing men', { participants: { female: 12 } }, [['participants.male', 'Required']]],
    ['negative count', { participants: { female: -1, male: 12 } }, [['participants.female', COUNT]]],
    ['fractional count', { participants: { female: 1.5, male: 12 } }, [['participants.female', COUNT]]],
    ['count as text', { participants: { female: 10, male: '12' } }, [['participants.male', COUNT]]],
    ['negative youth', { participants: { female: 10, male: 12, youth: -3 } }, [['participants.youth', COUNT]]],
    ['no participant', { participants: { female: 0, male: 0 } }, [['participants', 'Count at least one participant']]],
    [
      'more people with a disability than participants',
      { participants: { female: 2, male: 1, disability: 4 } },
      [['participants.disability', 'Must not be more than the female and male participants together']],
    ],
    [
      'more ID-poor and youth than participants',
      { participants: { female: 2, male: 1, idPoor: 4, youth: 5 } },
      [
        ['participants.idPoor', 'Must not be more than the female and male participants together'],
        ['participants.youth', 'Must not be more than the female and male participants together'],
      ],
    ],
    ['other sex counted', { participants: { female: 2, male: 1, other: 1 } }, [['participants', 'Unknown field']]],
    ['missing criteria', { criteria: undefined }, [['criteria', 'Required']]],
    ['criteria not a list', { criteria: criterion }, [['criteria', 'Must be a list']]],
    ['no criteria', { criteria: [] }, [['criteria', 'Score at least one criterion']]],
    [
      'too many criteria',
      { criteria: Array.from({ length: SCORECARD_CRITERIA_MAX + 1 }, (_, index) => ({ ...criterion, name: `Criterion ${index}` })) },
      [['criteria', 'Must have at most 40 criteria']],
    ],
    ['criterion without a name', criteriaWith({ name: undefined }), [['criteria.0.name', 'Required']]],
    ['criterion with a blank name', criteriaWith({ name: '' }), [['criteria.0.name', 'Must not be empty']]],
    ['missing citizen score', criteriaWith({ citizenScore: undefined }), [['criteria.0.citizenScore', 'Required']]],
    ['missing provider score', criteriaWith({ providerScore: undefined }), [['criteria.0.providerScore', 'Required']]],
    ['citizen score 0', criteriaWith({ citizenScore: 0 }), [['criteria.0.citizenScore', SCORE]]],
    ['provider score 6', criteriaWith({ providerScore: 6 }), [['criteria.0.providerScore', SCORE]]],
    ['score just above 5', criteriaWith({ providerScore: 5.01 }), [['criteria.0.providerScore', SCORE]]],
    ['score with three decimals', criteriaWith({ citizenScore: 3.333 }), [['criteria.0.citizenScore', SCORE]]],
    ['score as text', criteriaWith({ citizenScore: '3' }), [['criteria.0.citizenScore', SCORE]]],
    ['score not a number', criteriaWith({ providerScore: NaN }), [['criteria.0.providerScore', SCORE]]],
    ['suggested action over 2,000 characters', criteriaWith({ suggestedAction: 's'.repeat(2001) }), [['criteria.0.suggestedAction', 'Must be at most 2,000 characters']]],
    [
      'the same criterion twice, typed differently',
      { criteria: [criterion, { ...criterion, name: ' staff are present during  opening hours' }] },
      [['criteria.1.name', 'Must not list the same entry twice']],
    ],
    ['unknown criterion field', criteriaWith({ weight: 2 }), [['criteria.0', 'Unknown field']]],
    ['a gap: it is computed', { gap: 1 }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(scorecardCreateInput, { ...scorecard, ...change })).toEqual(expected);
  });
});

describe('actionItemCreateInput', () => {
  const item = { description: 'Post the duty roster at the entrance', ownerOrganizationId: DISTRICT, dueDate: '2025-04-30' };

  it('accepts an action item', () => {
    expect(actionItemCreateInput.parse(item)).toEqual(item);
  });

  it.each([
    ['missing description', { description: undefined }, [['description', 'Required']]],
    ['blank description', { description: ' ' }, [['description', 'Must not be empty']]],
    ['description over 2,000 characters', { description: 'd'.repeat(2001) }, [['description', 'Must be at most 2,000 characters']]],
    ['missing owner', { ownerOrganizationId: undefined }, [['ownerOrganizationId', 'Required']]],
    ['owner not a UUID', { ownerOrganizationId: 'district' }, [['ownerOrganizationId', 'Must be an id in UUID form']]],
    ['missing due date', { dueDate: undefined }, [['dueDate', 'Required']]],
    ['impossible due date', { dueDate: '2025-04-31' }, [['dueDate', 'Must be a calendar date written YYYY-MM-DD']]],
    ['a status: a new item is open', { status: 'done' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(actionItemCreateInput, { ...item, ...change })).toEqual(expected);
  });
});

describe('actionItemUpdateInput', () => {
  it('accepts an empty change, each field alone and all together', () => {
    expect(issuesOf(actionItemUpdateInput, {})).toEqual([]);
    expect(issuesOf(actionItemUpdateInput, { status: 'in_progress' })).toEqual([]);
    expect(issuesOf(actionItemUpdateInput, { evidence: 'Photo of the posted roster' })).toEqual([]);
    expect(issuesOf(actionItemUpdateInput, { followUp: 'Checked on 2 May: roster posted' })).toEqual([]);
    expect(issuesOf(actionItemUpdateInput, { status: 'done', evidence: 'Photo', followUp: 'Checked' })).toEqual([]);
    expect(actionItemUpdateInput.parse({ followUpNote: ' Visited: roster posted ' })).toEqual({ followUpNote: 'Visited: roster posted' });
  });

  it.each(['open', 'in_progress', 'done', 'dropped'])('accepts the status %s', (status) => {
    expect(issuesOf(actionItemUpdateInput, { status })).toEqual([]);
  });

  it.each([
    ['unknown status', { status: 'closed' }, [['status', 'Not one of the allowed values']]],
    ['evidence over 5,000 characters', { evidence: 'e'.repeat(5001) }, [['evidence', 'Must be at most 5,000 characters']]],
    ['follow-up over 5,000 characters', { followUp: 'f'.repeat(5001) }, [['followUp', 'Must be at most 5,000 characters']]],
    ['follow-up as a list', { followUp: ['Checked'] }, [['followUp', 'Must be text']]],
    ['blank follow-up note', { followUpNote: '  ' }, [['followUpNote', 'Must not be empty']]],
    ['follow-up note over 2,000 characters', { followUpNote: 'n'.repeat(2001) }, [['followUpNote', 'Must be at most 2,000 characters']]],
    ['unknown field', { owner: DISTRICT }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(actionItemUpdateInput, change)).toEqual(expected);
  });
});

describe('actionItemCommitmentInput', () => {
  it('accepts nothing (due with the item, one-off), a due date and a recurrence', () => {
    expect(issuesOf(actionItemCommitmentInput, {})).toEqual([]);
    expect(actionItemCommitmentInput.parse({ dueDate: '2026-09-30', recurrence: 'quarterly' })).toEqual({ dueDate: '2026-09-30', recurrence: 'quarterly' });
  });

  it.each([
    ['an impossible date', { dueDate: '2026-02-30' }, [['dueDate', 'Must be a calendar date written YYYY-MM-DD']]],
    ['an unknown recurrence', { recurrence: 'weekly' }, [['recurrence', 'Not one of the allowed values']]],
    ['a title: it comes from the action item', { title: 'x' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, body, expected) => {
    expect(issuesOf(actionItemCommitmentInput, body)).toEqual(expected);
  });
});

describe('feedbackInput', () => {
  it('accepts feedback with channel and rating, keeping the text cleaned', () => {
    expect(feedbackInput.parse({ text: '  The midwife was kind.\r\n', channel: 'sms', rating: 4 })).toEqual({
      text: 'The midwife was kind.',
      channel: 'sms',
      rating: 4,
    });
  });

  it('accepts text alone, in Khmer, with markup kept as plain text', () => {
    expect(feedbackInput.parse({ text: 'សេវាល្អ <b>ណាស់</b>' })).toEqual({ text: 'សេវាល្អ <b>ណាស់</b>' });
  });

  it.each(['web', 'sms', 'hotline', 'suggestion_box', 'meeting', 'other'])('accepts the channel %s', (channel) => {
    expect(issuesOf(feedbackInput, { text: 'Long queue', channel })).toEqual([]);
  });

  it('accepts 2,000 characters left after cleaning, from a longer text', () => {
    expect(issuesOf(feedbackInput, { text: `${'a'.repeat(2000)}${'\u0000'.repeat(500)}   ` })).toEqual([]);
  });

  it.each([
    ['missing text', {}, [['text', 'Required']]],
    ['text as a number', { text: 5 }, [['text', 'Must be text']]],
    ['empty text', { text: '' }, [['text', 'Must not be empty']]],
    ['text of spaces and control characters only', { text: ' \u0000\n\t\u202E ' }, [['text', 'Must not be empty']]],
    ['text over 2,000 characters', { text: 'a'.repeat(2001) }, [['text', 'Must be at most 2,000 characters']]],
    ['text far too long to clean', { text: '\u0000'.repeat(10001) }, [['text', 'Must be at most 2,000 characters']]],
    ['unknown channel', { text: 'Late', channel: 'facebook' }, [['channel', 'Not one of the allowed values']]],
    ['rating 0', { text: 'Late', rating: 0 }, [['rating', 'Must be a whole number from 1 to 5']]],
    ['rating 6', { text: 'Late', rating: 6 }, [['rating', 'Must be a whole number from 1 to 5']]],
    ['rating 3.5', { text: 'Late', rating: 3.5 }, [['rating', 'Must be a whole number from 1 to 5']]],
    ['rating as text', { text: 'Late', rating: '5' }, [['rating', 'Must be a whole number from 1 to 5']]],
    ['a status', { text: 'Late', status: 'acted_on' }, [['', 'Unknown field']]],
    ['contact details: no personal data is taken', { text: 'Late', phone: '012345678' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, body, expected) => {
    expect(issuesOf(feedbackInput, body)).toEqual(expected);
  });
});

describe('feedbackTriageInput', () => {
  it.each(['new', 'acknowledged', 'acted_on'])('accepts the status %s', (status) => {
    expect(issuesOf(feedbackTriageInput, { status })).toEqual([]);
  });

  it('accepts a link to an action item and its removal, with or without a new status', () => {
    expect(issuesOf(feedbackTriageInput, { status: 'acted_on', actionItemId: INDICATOR })).toEqual([]);
    expect(issuesOf(feedbackTriageInput, { actionItemId: INDICATOR })).toEqual([]);
    expect(feedbackTriageInput.parse({ status: 'acknowledged', actionItemId: null })).toEqual({ status: 'acknowledged', actionItemId: null });
  });

  it.each([
    ['nothing to change', {}, [['status', 'Required']]],
    ['unknown status', { status: 'closed' }, [['status', 'Not one of the allowed values']]],
    ['action item not a UUID', { status: 'acted_on', actionItemId: 'item-1' }, [['actionItemId', 'Must be an id in UUID form']]],
    ['a new text', { status: 'acknowledged', text: 'Edited' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, body, expected) => {
    expect(issuesOf(feedbackTriageInput, body)).toEqual(expected);
  });
});
