import { issuesOf } from '../../test/zod-issues.js';
import {
  MEETING_ATTENDEES_MAX,
  activityCreateInput,
  activityUpdateInput,
  commitmentCreateInput,
  meetingCreateInput,
  meetingUpdateInput,
  ratingInput,
} from './joint-work.js';

const DISTRICT = '0b7e3f4a-5c6d-4e8f-9a1b-2c3d4e5f6a7b';
const NGO = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const OUTSIDER = '11111111-2222-4333-8444-555555555555';

describe('activityCreateInput', () => {
  const activity = {
    title: 'Community scorecard at Puok health centre',
    leadOrganizationId: NGO,
    contributingOrganizationIds: [DISTRICT],
    startDate: '2025-03-01',
    endDate: '2025-03-31',
    status: 'planned',
    contributions: [
      { organizationId: NGO, kind: 'cash', description: 'Facilitation', amount: 800, currency: 'USD' },
      { organizationId: DISTRICT, kind: 'venue', description: 'Commune hall' },
      { organizationId: DISTRICT, kind: 'staff', description: 'Two health centre staff for two days' },
      { organizationId: NGO, kind: 'materials', description: 'Scorecard forms', amount: 120000, currency: 'KHR' },
    ],
  };
  const { contributingOrganizationIds: _contributors, status: _status, contributions: _contributions, ...minimal } = activity;

  it('accepts a complete activity', () => {
    expect(activityCreateInput.parse(activity)).toEqual(activity);
  });

  it('accepts an activity with only the required fields', () => {
    expect(issuesOf(activityCreateInput, minimal)).toEqual([]);
  });

  it('accepts a one-day activity', () => {
    expect(issuesOf(activityCreateInput, { ...activity, endDate: activity.startDate })).toEqual([]);
  });

  it('accepts a contribution of the lead given in upper case', () => {
    const contributions = [{ organizationId: NGO.toUpperCase(), kind: 'in_kind', description: 'Transport' }];
    expect(issuesOf(activityCreateInput, { ...minimal, contributions })).toEqual([]);
  });

  it.each([
    ['missing title', { title: undefined }, [['title', 'Required']]],
    ['blank title', { title: ' ' }, [['title', 'Must not be empty']]],
    ['title over 200 characters', { title: 't'.repeat(201) }, [['title', 'Must be at most 200 characters']]],
    ['missing lead', { leadOrganizationId: undefined }, [['leadOrganizationId', 'Required']]],
    ['lead not a UUID', { leadOrganizationId: 'ngo' }, [['leadOrganizationId', 'Must be an id in UUID form']]],
    ['contributors not a list', { contributingOrganizationIds: DISTRICT }, [['contributingOrganizationIds', 'Must be a list']]],
    [
      'contributor not a UUID',
      { contributingOrganizationIds: ['district'] },
      [['contributingOrganizationIds.0', 'Must be an id in UUID form']],
    ],
    [
      'contributor listed twice',
      { contributingOrganizationIds: [DISTRICT, DISTRICT.toUpperCase()], contributions: [] },
      [['contributingOrganizationIds.1', 'Must not list the same entry twice']],
    ],
    ['missing start date', { startDate: undefined }, [['startDate', 'Required']]],
    ['impossible end date', { endDate: '2025-02-30' }, [['endDate', 'Must be a calendar date written YYYY-MM-DD']]],
    ['end before start', { endDate: '2025-02-28' }, [['endDate', 'The end date must not be before the start date']]],
    ['unknown status', { status: 'finished' }, [['status', 'Not one of the allowed values']]],
    ['contributions not a list', { contributions: {} }, [['contributions', 'Must be a list']]],
    [
      'unknown contribution kind',
      { contributions: [{ organizationId: NGO, kind: 'loan', description: 'Loan' }] },
      [['contributions.0.kind', 'Not one of the allowed values']],
    ],
    [
      'blank contribution description',
      { contributions: [{ organizationId: NGO, kind: 'cash', description: '' }] },
      [['contributions.0.description', 'Must not be empty']],
    ],
    [
      'negative amount',
      { contributions: [{ organizationId: NGO, kind: 'cash', description: 'Cash', amount: -1, currency: 'USD' }] },
      [['contributions.0.amount', 'Must be a number not below zero']],
    ],
    [
      'amount without currency',
      { contributions: [{ organizationId: NGO, kind: 'cash', description: 'Cash', amount: 5 }] },
      [['contributions.0.currency', 'Give the currency of the amount']],
    ],
    [
      'lower-case currency',
      { contributions: [{ organizationId: NGO, kind: 'cash', description: 'Cash', amount: 5, currency: 'usd' }] },
      [['contributions.0.currency', 'Must be a three-letter currency code such as KHR or USD']],
    ],
    [
      'contribution of an organisation not taking part',
      { contributions: [{ organizationId: OUTSIDER, kind: 'venue', description: 'Hall' }] },
      [['contributions.0.organizationId', 'Must be the lead or a contributing organisation of the activity']],
    ],
    [
      'more than 50 contributions',
      { contributions: Array.from({ length: 51 }, () => ({ organizationId: NGO, kind: 'cash', description: 'Cash' })) },
      [['contributions', 'Must have at most 50 entries']],
    ],
    ['unknown field', { budget: 100 }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(activityCreateInput, { ...activity, ...change })).toEqual(expected);
  });

  it('refuses a body that is not an object', () => {
    expect(issuesOf(activityCreateInput, 'activity')).toEqual([['', 'Must be an object with fields']]);
  });

  it('refuses a contribution of a contributor once the contributors no longer list it', () => {
    const contributions = [{ organizationId: DISTRICT, kind: 'venue', description: 'Hall' }];
    expect(issuesOf(activityCreateInput, { ...minimal, contributions })).toEqual([
      ['contributions.0.organizationId', 'Must be the lead or a contributing organisation of the activity'],
    ]);
  });
});

describe('activityUpdateInput', () => {
  it('accepts an empty change', () => {
    expect(issuesOf(activityUpdateInput, {})).toEqual([]);
  });

  it.each(['planned', 'in_progress', 'done', 'postponed', 'cancelled'])('accepts the status %s alone', (status) => {
    expect(issuesOf(activityUpdateInput, { status })).toEqual([]);
  });

  it('accepts contributions alone: the API checks them against the stored lead and contributors', () => {
    const contributions = [{ organizationId: OUTSIDER, kind: 'cash', description: 'Cash' }];
    expect(issuesOf(activityUpdateInput, { contributions })).toEqual([]);
  });

  it.each([
    ['blank title', { title: '' }, [['title', 'Must not be empty']]],
    ['unknown status', { status: 'late' }, [['status', 'Not one of the allowed values']]],
    [
      'end before start',
      { startDate: '2025-04-01', endDate: '2025-03-31' },
      [['endDate', 'The end date must not be before the start date']],
    ],
    [
      'contribution of an organisation not taking part',
      { leadOrganizationId: NGO, contributions: [{ organizationId: DISTRICT, kind: 'venue', description: 'Hall' }] },
      [['contributions.0.organizationId', 'Must be the lead or a contributing organisation of the activity']],
    ],
    ['unknown field', { partnershipId: NGO }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(activityUpdateInput, change)).toEqual(expected);
  });
});

describe('meetingCreateInput', () => {
  const meeting = {
    date: '2025-03-12',
    place: 'Puok district hall',
    agenda: 'Review of the scorecard results; the action plan',
    attendees: [
      { name: 'Sok Chanthy', organizationId: NGO, sex: 'female', disability: false, idPoor: true },
      { name: 'Chea Dara', organizationId: DISTRICT, sex: 'male' },
      { name: 'Village representative', sex: 'other', disability: true },
    ],
    minutes: 'The parties reviewed the scores and agreed the action plan.',
    decisions: ['Repair the water supply of the health centre', 'Post opening hours at the entrance'],
    actionItems: [{ description: 'Post opening hours', ownerOrganizationId: DISTRICT, dueDate: '2025-04-01' }],
  };
  const { place: _place, minutes: _minutes, decisions: _decisions, actionItems: _actionItems, ...minimal } = meeting;
  const attendee = meeting.attendees[1];

  it('accepts a complete meeting', () => {
    expect(meetingCreateInput.parse(meeting)).toEqual(meeting);
  });

  it('accepts a meeting with only the required fields', () => {
    expect(issuesOf(meetingCreateInput, minimal)).toEqual([]);
  });

  it('accepts an attendee from outside the parties and empty minutes', () => {
    expect(issuesOf(meetingCreateInput, { ...minimal, attendees: [{ ...attendee, organizationId: OUTSIDER }], minutes: '' })).toEqual(
      [],
    );
  });

  it(`accepts ${MEETING_ATTENDEES_MAX} attendees`, () => {
    expect(issuesOf(meetingCreateInput, { ...minimal, attendees: Array.from({ length: MEETING_ATTENDEES_MAX }, () => attendee) })).toEqual(
      [],
    );
  });

  it.each([
    ['missing date', { date: undefined }, [['date', 'Required']]],
    ['date with a time', { date: '2025-03-12T09:00:00Z' }, [['date', 'Must be a calendar date written YYYY-MM-DD']]],
    ['place over 200 characters', { place: 'p'.repeat(201) }, [['place', 'Must be at most 200 characters']]],
    ['missing agenda', { agenda: undefined }, [['agenda', 'Required']]],
    ['blank agenda', { agenda: '   ' }, [['agenda', 'Must not be empty']]],
    ['missing attendees', { attendees: undefined }, [['attendees', 'Required']]],
    ['no attendees', { attendees: [] }, [['attendees', 'List at least one attendee']]],
    [
      'too many attendees',
      { attendees: Array.from({ length: MEETING_ATTENDEES_MAX + 1 }, () => attendee) },
      [['attendees', 'Must have at most 500 attendees']],
    ],
    ['attendee without a name', { attendees: [{ sex: 'female' }] }, [['attendees.0.name', 'Required']]],
    ['attendee without sex', { attendees: [{ name: 'Dara' }] }, [['attendees.0.sex', 'Required']]],
    ['attendee of unknown sex', { attendees: [{ name: 'Dara', sex: 'f' }] }, [['attendees.0.sex', 'Not one of the allowed values']]],
    [
      'attendee organisation not a UUID',
      { attendees: [{ ...attendee, organizationId: 'district' }] },
      [['attendees.0.organizationId', 'Must be an id in UUID form']],
    ],
    [
      'disability flag as text',
      { attendees: [{ ...attendee, disability: 'yes' }] },
      [['attendees.0.disability', 'Must be true or false']],
    ],
    ['ID-poor flag as a number', { attendees: [{ ...attendee, idPoor: 1 }] }, [['attendees.0.idPoor', 'Must be true or false']]],
    ['unknown attendee field', { attendees: [{ ...attendee, age: 40 }] }, [['attendees.0', 'Unknown field']]],
    ['minutes over 20,000 characters', { minutes: 'm'.repeat(20001) }, [['minutes', 'Must be at most 20,000 characters']]],
    ['decisions not a list', { decisions: 'Repair' }, [['decisions', 'Must be a list']]],
    ['blank decision', { decisions: ['Repair', ''] }, [['decisions.1', 'Must not be empty']]],
    ['more than 50 decisions', { decisions: Array.from({ length: 51 }, () => 'Repair') }, [['decisions', 'Must have at most 50 entries']]],
    [
      'action item without owner',
      { actionItems: [{ description: 'Post hours', dueDate: '2025-04-01' }] },
      [['actionItems.0.ownerOrganizationId', 'Required']],
    ],
    [
      'action item with an impossible due date',
      { actionItems: [{ description: 'Post hours', ownerOrganizationId: NGO, dueDate: '2025-13-01' }] },
      [['actionItems.0.dueDate', 'Must be a calendar date written YYYY-MM-DD']],
    ],
    [
      'action item with a blank description',
      { actionItems: [{ description: '', ownerOrganizationId: NGO, dueDate: '2025-04-01' }] },
      [['actionItems.0.description', 'Must not be empty']],
    ],
    ['unknown field', { approvedBy: [NGO] }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(meetingCreateInput, { ...meeting, ...change })).toEqual(expected);
  });
});

describe('meetingUpdateInput', () => {
  it('accepts an empty change and each field alone', () => {
    expect(issuesOf(meetingUpdateInput, {})).toEqual([]);
    expect(issuesOf(meetingUpdateInput, { minutes: 'Corrected minutes' })).toEqual([]);
    expect(issuesOf(meetingUpdateInput, { decisions: [] })).toEqual([]);
    expect(issuesOf(meetingUpdateInput, { place: '' })).toEqual([]);
  });

  it.each([
    ['no attendees', { attendees: [] }, [['attendees', 'List at least one attendee']]],
    ['blank agenda', { agenda: '' }, [['agenda', 'Must not be empty']]],
    ['bad date', { date: '12/03/2025' }, [['date', 'Must be a calendar date written YYYY-MM-DD']]],
    ['unknown field', { status: 'final' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(meetingUpdateInput, change)).toEqual(expected);
  });
});

describe('commitmentCreateInput', () => {
  const commitment = {
    title: 'Share the monthly health centre attendance data',
    ownerOrganizationId: DISTRICT,
    dueDate: '2025-01-31',
    recurrence: 'monthly',
    clauseKey: 'data_sharing',
    description: 'Attendance by sex and age, within five days of month end.',
  };
  const { recurrence: _recurrence, clauseKey: _clauseKey, description: _description, ...minimal } = commitment;

  it('accepts a complete commitment', () => {
    expect(commitmentCreateInput.parse(commitment)).toEqual(commitment);
  });

  it('accepts a commitment with only the required fields', () => {
    expect(issuesOf(commitmentCreateInput, minimal)).toEqual([]);
  });

  it.each(['none', 'monthly', 'quarterly', 'yearly'])('accepts the recurrence %s', (recurrence) => {
    expect(issuesOf(commitmentCreateInput, { ...minimal, recurrence })).toEqual([]);
  });

  it.each([
    ['missing title', { title: undefined }, [['title', 'Required']]],
    ['blank title', { title: '' }, [['title', 'Must not be empty']]],
    ['missing owner', { ownerOrganizationId: undefined }, [['ownerOrganizationId', 'Required']]],
    ['owner not a UUID', { ownerOrganizationId: 42 }, [['ownerOrganizationId', 'Must be an id in UUID form']]],
    ['missing due date', { dueDate: undefined }, [['dueDate', 'Required']]],
    ['impossible due date', { dueDate: '2025-02-29' }, [['dueDate', 'Must be a calendar date written YYYY-MM-DD']]],
    ['unknown recurrence', { recurrence: 'weekly' }, [['recurrence', 'Not one of the allowed values']]],
    [
      'clause key with capitals',
      { clauseKey: 'DataSharing' },
      [['clauseKey', 'Must be 1 to 50 lower-case letters, digits or underscores']],
    ],
    ['description over 5,000 characters', { description: 'd'.repeat(5001) }, [['description', 'Must be at most 5,000 characters']]],
    ['unknown field', { status: 'open' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(commitmentCreateInput, { ...commitment, ...change })).toEqual(expected);
  });
});

describe('ratingInput', () => {
  const rating = { period: '2025-01-31', rating: 'partly_kept', comment: 'Data came two weeks late.' };

  it('accepts a rating with a comment', () => {
    expect(ratingInput.parse(rating)).toEqual(rating);
  });

  it.each(['kept', 'partly_kept', 'not_kept'])('accepts the rating %s without a comment', (given) => {
    expect(issuesOf(ratingInput, { period: rating.period, rating: given })).toEqual([]);
  });

  it.each([
    ['missing period', { period: undefined }, [['period', 'Required']]],
    ['period as a month', { period: '2025-01' }, [['period', 'Must be a calendar date written YYYY-MM-DD']]],
    ['missing rating', { rating: undefined }, [['rating', 'Required']]],
    ['unknown rating', { rating: 'kept_late' }, [['rating', 'Not one of the allowed values']]],
    ['comment over 2,000 characters', { comment: 'c'.repeat(2001) }, [['comment', 'Must be at most 2,000 characters']]],
    ['a rating on behalf of an organisation', { organizationId: NGO }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(ratingInput, { ...rating, ...change })).toEqual(expected);
  });
});
