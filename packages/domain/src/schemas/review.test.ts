import { issuesOf } from '../../test/zod-issues.js';
import { reviewInput } from './review.js';

const review = { kind: 'periodic', decision: 'amend', lessons: 'Scorecards worked; the JAAP follow-up needs a budget line.' };

describe('reviewInput', () => {
  it('accepts a periodic or final review with any decision', () => {
    for (const kind of ['periodic', 'final']) {
      for (const decision of ['continue', 'amend', 'renew', 'close']) {
        expect(reviewInput.parse({ ...review, kind, decision })).toEqual({ ...review, kind, decision });
      }
    }
  });

  it('accepts lessons of 10,000 characters', () => {
    expect(issuesOf(reviewInput, { ...review, lessons: 'l'.repeat(10000) })).toEqual([]);
  });

  it.each([
    ['missing kind', { kind: undefined }, [['kind', 'Required']]],
    ['unknown kind', { kind: 'midterm' }, [['kind', 'Not one of the allowed values']]],
    ['unknown decision', { decision: 'extend' }, [['decision', 'Not one of the allowed values']]],
    ['missing lessons', { lessons: undefined }, [['lessons', 'Required']]],
    ['blank lessons', { lessons: ' \n ' }, [['lessons', 'Must not be empty']]],
    ['lessons over 10,000 characters', { lessons: 'l'.repeat(10001) }, [['lessons', 'Must be at most 10,000 characters']]],
    ['unknown field', { score: 4 }, [['', 'Unknown field']]],
  ])('refuses %s', (_case, change, expected) => {
    expect(issuesOf(reviewInput, { ...review, ...change })).toEqual(expected);
  });
});
