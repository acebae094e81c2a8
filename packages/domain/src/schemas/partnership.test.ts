import { issuesOf } from '../../test/zod-issues.js';
import { partnershipActionInput, partnershipCreateInput, partnershipQuery, partnershipUpdateInput } from './partnership.js';

const DISTRICT = '0b7e3f4a-5c6d-4e8f-9a1b-2c3d4e5f6a7b';
const NGO = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const OUTSIDER = '11111111-2222-4333-8444-555555555555';

const proposal = {
  title: 'Joint monitoring of health centres in Puok',
  function: 'service_monitoring',
  form: 'collaboration',
  goals: 'Run community scorecards in four health centres and follow up the action plans.',
  parties: [{ organizationId: DISTRICT }, { organizationId: NGO }],
  adminUnitCodes: ['1710', '171001'],
  sectors: ['health'],
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  contributions: [
    { organizationId: DISTRICT, kind: 'venue', description: 'Meeting hall of the district office' },
    { organizationId: NGO, kind: 'cash', description: 'Facilitation costs', amount: 4500, currency: 'USD' },
  ],
  risks: [
    { description: 'Health centre staff turnover', carriedBy: DISTRICT },
    { description: 'Low citizen turnout', carriedBy: 'shared' },
  ],
};

describe('partnershipCreateInput', () => {
  it('accepts a complete proposal', () => {
    expect(partnershipCreateInput.parse(proposal)).toEqual(proposal);
  });

  it('accepts a proposal without contributions or risks', () => {
    const { contributions: _contributions, risks: _risks, ...minimal } = proposal;
    expect(issuesOf(partnershipCreateInput, minimal)).toEqual([]);
  });

  it('accepts a one-day partnership', () => {
    expect(issuesOf(partnershipCreateInput, { ...proposal, endDate: proposal.startDate })).toEqual([]);
  });

  it('accepts upper-case UUIDs of the parties in contributions and risks', () => {
    const upper = {
      ...proposal,
      contributions: [{ organizationId: NGO.toUpperCase(), kind: 'staff', description: 'Two facilitators' }],
      risks: [{ description: 'Flooding', carriedBy: DISTRICT.toUpperCase() }],
    };
    expect(issuesOf(partnershipCreateInput, upper)).toEqual([]);
  });

  it.each([
    ['missing title', { title: undefined }, [['title', 'Required']]],
    ['blank title', { title: '  ' }, [['title', 'Must not be empty']]],
    ['unknown function', { function: 'fundraising' }, [['function', 'Not one of the allowed values']]],
    ['unknown form', { form: 'merger' }, [['form', 'Not one of the allowed values']]],
    ['goals over 5,000 characters', { goals: 'g'.repeat(5001) }, [['goals', 'Must be at most 5,000 characters']]],
    ['single party', { parties: [{ organizationId: DISTRICT }] }, [['parties', 'A partnership needs at least two parties']]],
    [
      'party listed twice',
      { parties: [{ organizationId: DISTRICT }, { organizationId: NGO }, { organizationId: DISTRICT.toUpperCase() }] },
      [['parties.2', 'Must not list the same entry twice']],
    ],
    ['party id that is not a UUID', { parties: [{ organizationId: DISTRICT }, { organizationId: 'ngo' }] }, [['parties.1.organizationId', 'Must be an id in UUID form']]],
    ['party with an unknown field', { parties: [{ organizationId: DISTRICT }, { organizationId: NGO, role: 'lead' }] }, [['parties.1', 'Unknown field']]],
    ['no administrative area', { adminUnitCodes: [] }, [['adminUnitCodes', 'Choose at least one administrative area']]],
    ['bad administrative unit code', { adminUnitCodes: ['17100'] }, [['adminUnitCodes.0', 'Must be an administrative unit code of 2, 4, 6 or 8 digits']]],
    ['administrative area listed twice', { adminUnitCodes: ['1710', '1710'] }, [['adminUnitCodes.1', 'Must not list the same entry twice']]],
    ['no sector', { sectors: [] }, [['sectors', 'Choose at least one sector']]],
    ['unknown sector', { sectors: ['tourism'] }, [['sectors.0', 'Not one of the allowed values']]],
    ['missing start date', { startDate: undefined }, [['startDate', 'Required']]],
    ['start date with a time', { startDate: '2025-01-01T00:00:00Z' }, [['startDate', 'Must be a calendar date written YYYY-MM-DD']]],
    ['start date in another format', { startDate: '01/01/2025' }, [['startDate', 'Must be a calendar date written YYYY-MM-DD']]],
    ['impossible end date', { endDate: '2025-02-30' }, [['endDate', 'Must be a calendar date written YYYY-MM-DD']]],
    ['29 February of a common year', { endDate: '2025-02-29' }, [['endDate', 'Must be a calendar date written YYYY-MM-DD']]],
    ['end date before the start date', { endDate: '2024-12-31' }, [['endDate', 'The end date must not be before the start date']]],
    [
      'contribution by a non-party',
      { contributions: [{ organizationId: OUTSIDER, kind: 'staff', description: 'Two facilitators' }] },
      [['contributions.0.organizationId', 'Must be one of the partnership’s parties']],
    ],
    [
      'contribution of an unknown kind',
      { contributions: [{ organizationId: NGO, kind: 'land', description: 'A plot' }] },
      [['contributions.0.kind', 'Not one of the allowed values']],
    ],
    [
      'contribution without description',
      { contributions: [{ organizationId: NGO, kind: 'staff' }] },
      [['contributions.0.description', 'Required']],
    ],
    [
      'negative amount',
      { contributions: [{ organizationId: NGO, kind: 'cash', description: 'Costs', amount: -1, currency: 'USD' }] },
      [['contributions.0.amount', 'Must be a number not below zero']],
    ],
    [
      'amount as text',
      { contributions: [{ organizationId: NGO, kind: 'cash', description: 'Costs', amount: '4500', currency: 'USD' }] },
      [['contributions.0.amount', 'Must be a number not below zero']],
    ],
    [
      'amount without currency',
      { contributions: [{ organizationId: NGO, kind: 'cash', description: 'Costs', amount: 4500 }] },
      [['contributions.0.currency', 'Give the currency of the amount']],
    ],
    [
      'currency that is not a three-letter code',
      { contributions: [{ organizationId: NGO, kind: 'cash', description: 'Costs', amount: 10, currency: 'usd' }] },
      [['contributions.0.currency', 'Must be a three-letter currency code such as KHR or USD']],
    ],
    ['contributions not a list', { contributions: {} }, [['contributions', 'Must be a list']]],
    [
      'risk carried by a non-party',
      { risks: [{ description: 'Flooding', carriedBy: OUTSIDER }] },
      [['risks.0.carriedBy', 'Must be one of the partnership’s parties']],
    ],
    [
      'risk carried by neither a party id nor "shared"',
      { risks: [{ description: 'Flooding', carriedBy: 'both' }] },
      [['risks.0.carriedBy', 'Must be a party’s organisation id or "shared"']],
    ],
    ['risk without description', { risks: [{ description: '', carriedBy: 'shared' }] }, [['risks.0.description', 'Must not be empty']]],
    ['too many risks', { risks: Array.from({ length: 51 }, () => ({ description: 'Risk', carriedBy: 'shared' })) }, [['risks', 'Must have at most 50 entries']]],
    ['unknown field', { budget: 1000 }, [['', 'Unknown field']]],
  ])('refuses a %s', (_case, change, expected) => {
    expect(issuesOf(partnershipCreateInput, { ...proposal, ...change })).toEqual(expected);
  });

  it('reports the date order and the non-party contributor beside other wrong fields', () => {
    const wrong = {
      ...proposal,
      title: '',
      endDate: '2024-06-30',
      contributions: [{ organizationId: OUTSIDER, kind: 'staff', description: 'Facilitators' }],
    };
    expect(issuesOf(partnershipCreateInput, wrong)).toEqual([
      ['title', 'Must not be empty'],
      ['endDate', 'The end date must not be before the start date'],
      ['contributions.0.organizationId', 'Must be one of the partnership’s parties'],
    ]);
  });

  it('does not compare dates when one of them is invalid', () => {
    expect(issuesOf(partnershipCreateInput, { ...proposal, startDate: '2026-13-01', endDate: '2025-01-01' })).toEqual([
      ['startDate', 'Must be a calendar date written YYYY-MM-DD'],
    ]);
  });
});

describe('partnershipCreateInput and partnershipUpdateInput', () => {
  it.each([null, 5, 'proposal', []])('refuse a body that is %j, not an object', (body) => {
    expect(issuesOf(partnershipCreateInput, body)).toEqual([['', 'Must be an object with fields']]);
    expect(issuesOf(partnershipUpdateInput, body)).toEqual([['', 'Must be an object with fields']]);
  });
});

describe('partnershipUpdateInput', () => {
  it('accepts an empty change and any single proposal field', () => {
    expect(partnershipUpdateInput.parse({})).toEqual({});
    for (const [field, value] of Object.entries(proposal)) {
      expect(issuesOf(partnershipUpdateInput, { [field]: value })).toEqual([]);
    }
  });

  it('accepts the whole proposal', () => {
    expect(partnershipUpdateInput.parse(proposal)).toEqual(proposal);
  });

  it('trims the texts it changes', () => {
    expect(partnershipUpdateInput.parse({ title: '  New title ' })).toEqual({ title: 'New title' });
  });

  it.each([
    ['blank title', { title: ' ' }, [['title', 'Must not be empty']]],
    ['unknown function', { function: 'fundraising' }, [['function', 'Not one of the allowed values']]],
    ['goals over 5,000 characters', { goals: 'g'.repeat(5001) }, [['goals', 'Must be at most 5,000 characters']]],
    ['single party', { parties: [{ organizationId: DISTRICT }] }, [['parties', 'A partnership needs at least two parties']]],
    ['no administrative area', { adminUnitCodes: [] }, [['adminUnitCodes', 'Choose at least one administrative area']]],
    ['no sector', { sectors: [] }, [['sectors', 'Choose at least one sector']]],
    ['impossible start date', { startDate: '2025-02-30' }, [['startDate', 'Must be a calendar date written YYYY-MM-DD']]],
    ['end date before the start date', { startDate: '2025-06-01', endDate: '2025-05-31' }, [['endDate', 'The end date must not be before the start date']]],
    [
      'contribution by a non-party among the new parties',
      { parties: proposal.parties, contributions: [{ organizationId: OUTSIDER, kind: 'staff', description: 'Facilitators' }] },
      [['contributions.0.organizationId', 'Must be one of the partnership’s parties']],
    ],
    [
      'risk carried by a non-party among the new parties',
      { parties: proposal.parties, risks: [{ description: 'Flooding', carriedBy: OUTSIDER }] },
      [['risks.0.carriedBy', 'Must be one of the partnership’s parties']],
    ],
    ['amount without currency', { contributions: [{ organizationId: NGO, kind: 'cash', description: 'Costs', amount: 5 }] }, [['contributions.0.currency', 'Give the currency of the amount']]],
    ['status', { status: 'active' }, [['', 'Unknown field']]],
  ])('refuses a %s', (_case, change, expected) => {
    expect(issuesOf(partnershipUpdateInput, change)).toEqual(expected);
  });

  // The stored parties and dates are the API's to compare against.
  it('leaves rules on fields not given to the API', () => {
    expect(issuesOf(partnershipUpdateInput, { endDate: '2000-01-01' })).toEqual([]);
    expect(issuesOf(partnershipUpdateInput, { contributions: [{ organizationId: OUTSIDER, kind: 'staff', description: 'Facilitators' }] })).toEqual([]);
  });
});

describe('partnershipActionInput', () => {
  it('accepts a comment, a reason, both or neither', () => {
    expect(partnershipActionInput.parse({})).toEqual({});
    expect(partnershipActionInput.parse({ comment: ' Please add the budget ', reason: 'Incomplete' })).toEqual({
      comment: 'Please add the budget',
      reason: 'Incomplete',
    });
  });

  it.each([
    [{ comment: 'c'.repeat(2001) }, [['comment', 'Must be at most 2,000 characters']]],
    [{ reason: 42 }, [['reason', 'Must be text']]],
    [{ note: 'x' }, [['', 'Unknown field']]],
  ])('refuses %j', (input, expected) => {
    expect(issuesOf(partnershipActionInput, input)).toEqual(expected);
  });
});

describe('partnershipQuery', () => {
  it('accepts the list filters of the API', () => {
    expect(
      partnershipQuery.parse({ status: 'active', province: '17', function: 'service_monitoring', form: 'integrated', q: 'health' }),
    ).toEqual({ status: 'active', province: '17', function: 'service_monitoring', form: 'integrated', q: 'health', limit: 50 });
  });

  it.each([
    [{ status: 'pending' }, [['status', 'Not one of the allowed values']]],
    [{ province: '1710' }, [['province', 'Must be a province code of 2 digits']]],
    [{ function: 'other' }, [['function', 'Not one of the allowed values']]],
    [{ form: 'loose' }, [['form', 'Not one of the allowed values']]],
    [{ limit: '1000' }, [['limit', 'Must be a whole number from 1 to 200']]],
  ])('refuses %j', (query, expected) => {
    expect(issuesOf(partnershipQuery, query)).toEqual(expected);
  });
});
