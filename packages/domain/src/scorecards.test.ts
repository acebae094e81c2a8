import {
  ACTION_ITEM_MOVES,
  ACTION_ITEM_STATUSES,
  SERVICE_POINT_KINDS,
  canMoveActionItem,
  compareRounds,
  criterionKey,
  isActionItemOverdue,
  isFinalActionItemStatus,
  participationSummary,
  scorecardGaps,
  type ActionItemStatus,
} from './scorecards.js';

describe('SERVICE_POINT_KINDS', () => {
  it('include the service points of api.md and other', () => {
    expect(SERVICE_POINT_KINDS).toEqual(['health_centre', 'school', 'one_window_office', 'commune_office', 'other']);
  });
});

describe('scorecardGaps', () => {
  it('gives each criterion the provider score minus the citizen score, and the averages', () => {
    expect(
      scorecardGaps([
        { name: 'Staff are present during opening hours', citizenScore: 2, providerScore: 4 },
        { name: 'Medicines are available', citizenScore: 3, providerScore: 3 },
        { name: 'Fees are posted', citizenScore: 5, providerScore: 4 },
      ]),
    ).toEqual({
      criteria: [
        { name: 'Staff are present during opening hours', citizenScore: 2, providerScore: 4, gap: 2 },
        { name: 'Medicines are available', citizenScore: 3, providerScore: 3, gap: 0 },
        { name: 'Fees are posted', citizenScore: 5, providerScore: 4, gap: -1 },
      ],
      citizenAverage: 3.33,
      providerAverage: 3.67,
      averageGap: 0.33,
    });
  });

  it('keeps averaged scores to two decimals without floating-point noise', () => {
    const { criteria, citizenAverage, averageGap } = scorecardGaps([{ name: 'Cleanliness', citizenScore: 3.1, providerScore: 4.2 }]);
    expect(criteria[0]?.gap).toBe(1.1);
    expect(citizenAverage).toBe(3.1);
    expect(averageGap).toBe(1.1);
  });

  it('has no averages without criteria', () => {
    expect(scorecardGaps([])).toEqual({ criteria: [], citizenAverage: null, providerAverage: null, averageGap: null });
  });
});

describe('criterionKey', () => {
  it('treats case, surrounding and repeated spaces as the same criterion', () => {
    expect(criterionKey('  Staff  attitude ')).toBe(criterionKey('staff attitude'));
  });

  it('treats text in composed and decomposed Unicode form alike', () => {
    expect(criterionKey('Caf\u00E9 hygiene')).toBe(criterionKey('Cafe\u0301 hygiene'));
  });

  it('matches Khmer criteria typed with different spacing', () => {
    expect(criterionKey('អនាម័យ  មណ្ឌលសុខភាព')).toBe(criterionKey(' អនាម័យ មណ្ឌលសុខភាព '));
  });

  it('keeps different criteria apart', () => {
    expect(criterionKey('Waiting time')).not.toBe(criterionKey('Waiting room'));
  });
});

describe('compareRounds', () => {
  const march2024 = {
    date: '2024-03-10',
    criteria: [
      { name: 'Waiting time', citizenScore: 2, providerScore: 4 },
      { name: 'Staff attitude', citizenScore: 3, providerScore: 4 },
    ],
  };
  const september2024 = {
    date: '2024-09-12',
    criteria: [
      { name: 'waiting  time', citizenScore: 3, providerScore: 4 },
      { name: 'Cleanliness', citizenScore: 4, providerScore: 5 },
    ],
  };
  const march2025 = {
    date: '2025-03-08',
    criteria: [
      { name: 'Staff attitude', citizenScore: 4, providerScore: 4 },
      { name: 'Waiting time ', citizenScore: 4, providerScore: 4 },
    ],
  };

  it('gives each criterion one point per round, in date order, whatever the order given', () => {
    expect(compareRounds([march2025, march2024, september2024])).toEqual([
      {
        name: 'Waiting time',
        points: [
          { date: '2024-03-10', citizenScore: 2, providerScore: 4, gap: 2 },
          { date: '2024-09-12', citizenScore: 3, providerScore: 4, gap: 1 },
          { date: '2025-03-08', citizenScore: 4, providerScore: 4, gap: 0 },
        ],
      },
      {
        name: 'Staff attitude',
        points: [
          { date: '2024-03-10', citizenScore: 3, providerScore: 4, gap: 1 },
          { date: '2024-09-12', citizenScore: null, providerScore: null, gap: null },
          { date: '2025-03-08', citizenScore: 4, providerScore: 4, gap: 0 },
        ],
      },
      {
        name: 'Cleanliness',
        points: [
          { date: '2024-03-10', citizenScore: null, providerScore: null, gap: null },
          { date: '2024-09-12', citizenScore: 4, providerScore: 5, gap: 1 },
          { date: '2025-03-08', citizenScore: null, providerScore: null, gap: null },
        ],
      },
    ]);
  });

  it('keeps two rounds of the same date in the order given', () => {
    const morning = { date: '2025-03-08', criteria: [{ name: 'Waiting time', citizenScore: 1, providerScore: 3 }] };
    const afternoon = { date: '2025-03-08', criteria: [{ name: 'Waiting time', citizenScore: 2, providerScore: 3 }] };
    expect(compareRounds([morning, afternoon])[0]?.points.map((point) => point.citizenScore)).toEqual([1, 2]);
    expect(compareRounds([afternoon, morning])[0]?.points.map((point) => point.citizenScore)).toEqual([2, 1]);
  });

  it('gives nothing without rounds', () => {
    expect(compareRounds([])).toEqual([]);
  });
});

describe('participationSummary', () => {
  it('adds up the participants of the rounds, counting counts not given as zero', () => {
    expect(
      participationSummary([
        { female: 18, male: 12, disability: 3, idPoor: 9, youth: 7 },
        { female: 10, male: 15 },
      ]),
    ).toEqual({ female: 28, male: 27, disability: 3, idPoor: 9, youth: 7, total: 55 });
  });

  it('counts the subgroups among the women and men, not on top of them', () => {
    expect(participationSummary([{ female: 5, male: 5, disability: 2, idPoor: 4, youth: 6 }]).total).toBe(10);
  });

  it('is all zero without rounds', () => {
    expect(participationSummary([])).toEqual({ female: 0, male: 0, disability: 0, idPoor: 0, youth: 0, total: 0 });
  });
});

describe('action item statuses', () => {
  const ALLOWED_MOVES: ReadonlyArray<[ActionItemStatus, ActionItemStatus]> = [
    ['open', 'in_progress'],
    ['open', 'done'],
    ['open', 'dropped'],
    ['in_progress', 'done'],
    ['in_progress', 'dropped'],
  ];
  const isAllowed = (from: ActionItemStatus, to: ActionItemStatus) => ALLOWED_MOVES.some(([a, b]) => a === from && b === to);
  const REFUSED_MOVES = ACTION_ITEM_STATUSES.flatMap((from) =>
    ACTION_ITEM_STATUSES.filter((to) => to !== from && !isAllowed(from, to)).map((to) => [from, to] as const),
  );

  it('are the JAAP statuses of api.md, each with its moves', () => {
    expect(ACTION_ITEM_STATUSES).toEqual(['open', 'in_progress', 'done', 'dropped']);
    expect(Object.keys(ACTION_ITEM_MOVES)).toEqual([...ACTION_ITEM_STATUSES]);
  });

  it.each(ALLOWED_MOVES)('let an action item move from %s to %s', (from, to) => {
    expect(canMoveActionItem(from, to)).toBe(true);
  });

  it.each(REFUSED_MOVES)('refuse a move from %s to %s', (from, to) => {
    expect(canMoveActionItem(from, to)).toBe(false);
  });

  it.each(ACTION_ITEM_STATUSES)('let an edit keep the status %s', (status) => {
    expect(canMoveActionItem(status, status)).toBe(true);
  });

  it.each([
    ['open', false],
    ['in_progress', false],
    ['done', true],
    ['dropped', true],
  ] as const)('%s is final: %s', (status, final) => {
    expect(isFinalActionItemStatus(status)).toBe(final);
  });
});

describe('isActionItemOverdue', () => {
  const dueDate = '2025-05-31';

  it.each(['open', 'in_progress'] as const)('flags a %s item the day after its due date', (status) => {
    expect(isActionItemOverdue({ dueDate, status }, '2025-06-01')).toBe(true);
  });

  it.each(['open', 'in_progress'] as const)('does not flag a %s item on its due date or before', (status) => {
    expect(isActionItemOverdue({ dueDate, status }, '2025-05-31')).toBe(false);
    expect(isActionItemOverdue({ dueDate, status }, '2025-01-01')).toBe(false);
  });

  it.each(['done', 'dropped'] as const)('never flags a %s item', (status) => {
    expect(isActionItemOverdue({ dueDate, status }, '2026-12-31')).toBe(false);
  });
});
