import { issuesOf } from '../../test/zod-issues.js';
import { mouDiffQuery, mouVersionInput } from './mou.js';

const purpose = { key: 'purpose', titleEn: 'Purpose', textEn: 'The parties agree.', titleKm: 'គោលបំណង', textKm: 'ភាគីព្រមព្រៀង។' };
const roles = { key: 'roles_2', titleEn: 'Roles', textEn: 'Each party leads its part.' };

describe('mouVersionInput', () => {
  it('accepts clauses with or without Khmer', () => {
    expect(mouVersionInput.parse({ clauses: [purpose, roles] })).toEqual({ clauses: [purpose, roles] });
  });

  it('trims the texts', () => {
    expect(mouVersionInput.parse({ clauses: [{ ...roles, textEn: '  Each party leads its part.\n' }] })).toEqual({ clauses: [roles] });
  });

  it('accepts 60 clauses and a text of 20,000 characters', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...roles, key: `clause_${i}`, textEn: 't'.repeat(20000) }));
    expect(issuesOf(mouVersionInput, { clauses: many })).toEqual([]);
  });

  it.each([
    ['no clauses', { clauses: [] }, [['clauses', 'Write at least one clause']]],
    ['missing clauses', {}, [['clauses', 'Required']]],
    ['clauses not a list', { clauses: 'purpose' }, [['clauses', 'Must be a list']]],
    [
      'more than 60 clauses',
      { clauses: Array.from({ length: 61 }, (_, i) => ({ ...roles, key: `c${i}` })) },
      [['clauses', 'Must have at most 60 clauses']],
    ],
    ['a key used twice', { clauses: [purpose, roles, { ...roles, textEn: 'Again' }] }, [['clauses.2', 'Must not list the same entry twice']]],
    ['an upper-case key', { clauses: [{ ...roles, key: 'Roles' }] }, [['clauses.0.key', 'Must be 1 to 50 lower-case letters, digits or underscores']]],
    ['a key with a hyphen', { clauses: [{ ...roles, key: 'dispute-resolution' }] }, [['clauses.0.key', 'Must be 1 to 50 lower-case letters, digits or underscores']]],
    ['an empty key', { clauses: [{ ...roles, key: '' }] }, [['clauses.0.key', 'Must be 1 to 50 lower-case letters, digits or underscores']]],
    ['a key of 51 characters', { clauses: [{ ...roles, key: 'k'.repeat(51) }] }, [['clauses.0.key', 'Must be 1 to 50 lower-case letters, digits or underscores']]],
    ['a blank English title', { clauses: [{ ...roles, titleEn: ' ' }] }, [['clauses.0.titleEn', 'Must not be empty']]],
    ['an English title over 200 characters', { clauses: [{ ...roles, titleEn: 't'.repeat(201) }] }, [['clauses.0.titleEn', 'Must be at most 200 characters']]],
    ['a missing English text', { clauses: [{ key: 'roles', titleEn: 'Roles' }] }, [['clauses.0.textEn', 'Required']]],
    ['an English text over 20,000 characters', { clauses: [{ ...roles, textEn: 't'.repeat(20001) }] }, [['clauses.0.textEn', 'Must be at most 20,000 characters']]],
    ['a blank Khmer title', { clauses: [{ ...purpose, titleKm: '' }] }, [['clauses.0.titleKm', 'Must not be empty']]],
    ['a Khmer text over 20,000 characters', { clauses: [{ ...purpose, textKm: 'ក'.repeat(20001) }] }, [['clauses.0.textKm', 'Must be at most 20,000 characters']]],
    ['a clause with an unknown field', { clauses: [{ ...roles, order: 2 }] }, [['clauses.0', 'Unknown field']]],
    ['an unknown field', { clauses: [roles], textHash: 'abc' }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, input, expected) => {
    expect(issuesOf(mouVersionInput, input)).toEqual(expected);
  });
});

describe('mouDiffQuery', () => {
  it('reads the version number from the query string', () => {
    expect(mouDiffQuery.parse({ against: '3' })).toEqual({ against: 3 });
  });

  it.each([
    [{}, 'Must be a version number: a whole number from 1'],
    [{ against: '0' }, 'Must be a version number: a whole number from 1'],
    [{ against: '-2' }, 'Must be a version number: a whole number from 1'],
    [{ against: '1.5' }, 'Must be a version number: a whole number from 1'],
    [{ against: 'latest' }, 'Must be a version number: a whole number from 1'],
  ])('refuses %j', (query, expected) => {
    expect(issuesOf(mouDiffQuery, query)).toEqual([['against', expected]]);
  });
});
