import { ACTIVITY_MOVES, ACTIVITY_STATUSES, canMoveActivity, isFinalActivityStatus, type ActivityStatus } from './activities.js';

const ALLOWED_MOVES: ReadonlyArray<[ActivityStatus, ActivityStatus]> = [
  ['planned', 'in_progress'],
  ['planned', 'postponed'],
  ['planned', 'cancelled'],
  ['in_progress', 'done'],
  ['in_progress', 'postponed'],
  ['in_progress', 'cancelled'],
  ['postponed', 'planned'],
  ['postponed', 'in_progress'],
  ['postponed', 'cancelled'],
];

const isAllowed = (from: ActivityStatus, to: ActivityStatus) => ALLOWED_MOVES.some(([a, b]) => a === from && b === to);
const REFUSED_MOVES = ACTIVITY_STATUSES.flatMap((from) =>
  ACTIVITY_STATUSES.filter((to) => to !== from && !isAllowed(from, to)).map((to) => [from, to] as const),
);

describe('activity statuses', () => {
  it('are the workplan statuses of the API', () => {
    expect(ACTIVITY_STATUSES).toEqual(['planned', 'in_progress', 'done', 'postponed', 'cancelled']);
  });

  it('list the moves out of each status', () => {
    expect(Object.keys(ACTIVITY_MOVES)).toEqual([...ACTIVITY_STATUSES]);
  });
});

describe('canMoveActivity', () => {
  it.each(ALLOWED_MOVES)('lets an activity move from %s to %s', (from, to) => {
    expect(canMoveActivity(from, to)).toBe(true);
  });

  it.each(REFUSED_MOVES)('refuses a move from %s to %s', (from, to) => {
    expect(canMoveActivity(from, to)).toBe(false);
  });

  it.each(ACTIVITY_STATUSES)('lets an edit keep the status %s', (status) => {
    expect(canMoveActivity(status, status)).toBe(true);
  });
});

describe('isFinalActivityStatus', () => {
  it.each([
    ['planned', false],
    ['in_progress', false],
    ['postponed', false],
    ['done', true],
    ['cancelled', true],
  ] as const)('%s is final: %s', (status, final) => {
    expect(isFinalActivityStatus(status)).toBe(final);
  });
});
