import { issuesOf } from '../../test/zod-issues.js';
import { adminUnitQuery } from './admin-unit-query.js';
import { listQuery } from './list-query.js';

describe('listQuery', () => {
  it('defaults to 50 items', () => {
    expect(listQuery.parse({})).toEqual({ limit: 50 });
  });

  it('reads the limit and cursor from a query string', () => {
    expect(listQuery.parse({ limit: '200', cursor: 'eyJpZCI6MX0' })).toEqual({ limit: 200, cursor: 'eyJpZCI6MX0' });
    expect(listQuery.parse({ limit: '1' })).toEqual({ limit: 1 });
  });

  it.each(['0', '201', '-5', '2.5', 'ten', ''])('refuses the limit %j', (limit) => {
    expect(issuesOf(listQuery, { limit })).toEqual([['limit', 'Must be a whole number from 1 to 200']]);
  });

  it.each(['', 'c'.repeat(501)])('refuses the cursor %j', (cursor) => {
    expect(issuesOf(listQuery, { cursor })).toEqual([['cursor', 'Must be the cursor returned with the previous page']]);
  });
});

describe('adminUnitQuery', () => {
  it('accepts level, parent and search text with paging', () => {
    expect(adminUnitQuery.parse({ level: 'commune', parent: '1204', q: 'Kampong' })).toEqual({
      level: 'commune',
      parent: '1204',
      q: 'Kampong',
      limit: 50,
    });
  });

  it.each([
    [{ level: 'region' }, [['level', 'Not one of the allowed values']]],
    [{ parent: '120' }, [['parent', 'Must be an administrative unit code of 2, 4, 6 or 8 digits']]],
    [{ q: 'q'.repeat(201) }, [['q', 'Must be at most 200 characters']]],
    [{ limit: '0' }, [['limit', 'Must be a whole number from 1 to 200']]],
  ])('refuses %j', (query, expected) => {
    expect(issuesOf(adminUnitQuery, query)).toEqual(expected);
  });
});
