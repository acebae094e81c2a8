import { issuesOf } from '../../test/zod-issues.js';
import { organizationCreateInput, organizationQuery, organizationUpdateInput } from './organization.js';

const ngo = {
  name: 'Khmer Youth Association',
  nameKm: 'សមាគមយុវជនខ្មែរ',
  kind: 'non_state',
  type: 'local_ngo',
  adminUnitCode: '12',
  sectors: ['youth', 'education'],
  capacities: ['Community scorecards', 'Budget monitoring'],
};

describe('organizationCreateInput', () => {
  it('accepts a complete organisation', () => {
    expect(organizationCreateInput.parse(ngo)).toEqual(ngo);
  });

  it('accepts one without Khmer name or capacities and trims the name', () => {
    const { nameKm: _nameKm, capacities: _capacities, ...minimal } = ngo;
    expect(organizationCreateInput.parse({ ...minimal, name: '  Khmer Youth Association ' })).toEqual(minimal);
  });

  it.each(['12', '1204', '120401', '12040105'])('accepts the administrative unit code %s', (adminUnitCode) => {
    expect(issuesOf(organizationCreateInput, { ...ngo, adminUnitCode })).toEqual([]);
  });

  it.each([
    ['type that does not fit the kind', { type: 'district' }, [['type', 'This organisation type does not belong to the chosen kind']]],
    ['state kind with an NGO type', { kind: 'state' }, [['type', 'This organisation type does not belong to the chosen kind']]],
    ['unknown kind', { kind: 'private' }, [['kind', 'Not one of the allowed values']]],
    ['unknown type', { type: 'company' }, [['type', 'Not one of the allowed values']]],
    ['missing name', { name: undefined }, [['name', 'Required']]],
    ['blank name', { name: '   ' }, [['name', 'Must not be empty']]],
    ['name over 200 characters', { name: 'n'.repeat(201) }, [['name', 'Must be at most 200 characters']]],
    ['Khmer name in Latin script', { nameKm: 'Khmer Youth' }, [['nameKm', 'Must be written in Khmer script']]],
    ['three-digit admin unit code', { adminUnitCode: '123' }, [['adminUnitCode', 'Must be an administrative unit code of 2, 4, 6 or 8 digits']]],
    ['admin unit code with letters', { adminUnitCode: 'PP' }, [['adminUnitCode', 'Must be an administrative unit code of 2, 4, 6 or 8 digits']]],
    ['numeric admin unit code', { adminUnitCode: 12 }, [['adminUnitCode', 'Must be an administrative unit code of 2, 4, 6 or 8 digits']]],
    ['no sectors', { sectors: [] }, [['sectors', 'Choose at least one sector']]],
    ['unknown sector', { sectors: ['mining'] }, [['sectors.0', 'Not one of the allowed values']]],
    ['sector listed twice', { sectors: ['youth', 'youth'] }, [['sectors.1', 'Must not list the same entry twice']]],
    ['sectors not a list', { sectors: 'youth' }, [['sectors', 'Must be a list']]],
    ['blank capacity', { capacities: [' '] }, [['capacities.0', 'Must not be empty']]],
    ['capacity over 100 characters', { capacities: ['c'.repeat(101)] }, [['capacities.0', 'Must be at most 100 characters']]],
    ['too many capacities', { capacities: Array.from({ length: 51 }, (_, i) => `skill ${i}`) }, [['capacities', 'Must have at most 50 entries']]],
    ['unknown field', { website: 'https://kya.org.kh' }, [['', 'Unknown field']]],
  ])('refuses a %s', (_case, change, expected) => {
    expect(issuesOf(organizationCreateInput, { ...ngo, ...change })).toEqual(expected);
  });

  it('reports every wrong field at once, the kind/type mismatch included', () => {
    expect(issuesOf(organizationCreateInput, { ...ngo, name: '', type: 'commune' })).toEqual([
      ['name', 'Must not be empty'],
      ['type', 'This organisation type does not belong to the chosen kind'],
    ]);
  });
});

describe('organizationUpdateInput', () => {
  it('accepts a change of some fields only', () => {
    expect(organizationUpdateInput.parse({ capacities: ['Scorecards'] })).toEqual({ capacities: ['Scorecards'] });
    expect(organizationUpdateInput.parse({})).toEqual({});
  });

  it('accepts null to remove the Khmer name', () => {
    expect(organizationUpdateInput.parse({ nameKm: null })).toEqual({ nameKm: null });
  });

  it('accepts a kind or a type alone (the API checks it against the stored other half)', () => {
    expect(issuesOf(organizationUpdateInput, { type: 'commune' })).toEqual([]);
    expect(issuesOf(organizationUpdateInput, { kind: 'state' })).toEqual([]);
  });

  it.each([
    ['kind and type that do not fit', { kind: 'state', type: 'cbo' }, [['type', 'This organisation type does not belong to the chosen kind']]],
    ['blank name', { name: '' }, [['name', 'Must not be empty']]],
    ['empty sectors', { sectors: [] }, [['sectors', 'Choose at least one sector']]],
    ['wrong admin unit code', { adminUnitCode: '1' }, [['adminUnitCode', 'Must be an administrative unit code of 2, 4, 6 or 8 digits']]],
    ['unknown field', { id: 'b3c1a7e2-4f0d-4c8e-9a51-2f6d8e7c9b10' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(organizationUpdateInput, change)).toEqual(expected);
  });
});

describe('organizationQuery', () => {
  it('accepts filters and paging from a query string', () => {
    expect(
      organizationQuery.parse({ kind: 'state', q: ' health ', adminUnit: '1204', sector: 'health', capacity: 'JAAP', limit: '20' }),
    ).toEqual({ kind: 'state', q: 'health', adminUnit: '1204', sector: 'health', capacity: 'JAAP', limit: 20 });
  });

  it('defaults to 50 per page', () => {
    expect(organizationQuery.parse({})).toEqual({ limit: 50 });
  });

  it.each([
    [{ kind: 'both' }, [['kind', 'Not one of the allowed values']]],
    [{ adminUnit: '1' }, [['adminUnit', 'Must be an administrative unit code of 2, 4, 6 or 8 digits']]],
    [{ sector: 'mining' }, [['sector', 'Not one of the allowed values']]],
    [{ q: 'q'.repeat(201) }, [['q', 'Must be at most 200 characters']]],
    [{ capacity: '' }, [['capacity', 'Must not be empty']]],
    [{ limit: '500' }, [['limit', 'Must be a whole number from 1 to 200']]],
  ])('refuses %j', (query, expected) => {
    expect(issuesOf(organizationQuery, query)).toEqual(expected);
  });
});
