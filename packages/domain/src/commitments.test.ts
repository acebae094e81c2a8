import {
  OCCURRENCE_STANDINGS,
  RATINGS,
  RECURRENCES,
  SCORE_RULE,
  accountabilityRecord,
  occurrenceDates,
  occurrenceStanding,
  type OccurrenceRecord,
  type PartyRating,
  type Rating,
} from './commitments.js';

const DISTRICT = 'org-district';
const NGO = 'org-ngo';
const PARTIES = [DISTRICT, NGO];

describe('the vocabularies', () => {
  it('name the recurrences, ratings and standings of the API', () => {
    expect(RECURRENCES).toEqual(['none', 'monthly', 'quarterly', 'yearly']);
    expect(RATINGS).toEqual(['kept', 'partly_kept', 'not_kept']);
    expect(OCCURRENCE_STANDINGS).toEqual(['not_due', 'awaiting_ratings', 'agreed', 'disputed', 'overdue']);
  });
});

describe('occurrenceDates', () => {
  describe('of a one-off commitment', () => {
    it.each([
      ['before the end', '2025-12-31'],
      ['on the end', '2025-03-15'],
      ['after the end', '2025-01-01'],
    ])('is its due date alone, with the due date %s', (_case, until) => {
      expect(occurrenceDates('2025-03-15', 'none', until)).toEqual(['2025-03-15']);
    });
  });

  it('falls due every month up to and including the end date', () => {
    expect(occurrenceDates('2025-01-15', 'monthly', '2025-06-15')).toEqual([
      '2025-01-15',
      '2025-02-15',
      '2025-03-15',
      '2025-04-15',
      '2025-05-15',
      '2025-06-15',
    ]);
  });

  it('stops before a period that would fall due after the end date', () => {
    expect(occurrenceDates('2025-01-15', 'monthly', '2025-04-14')).toEqual(['2025-01-15', '2025-02-15', '2025-03-15']);
  });

  it('falls due every quarter', () => {
    expect(occurrenceDates('2025-01-10', 'quarterly', '2025-12-31')).toEqual([
      '2025-01-10',
      '2025-04-10',
      '2025-07-10',
      '2025-10-10',
    ]);
  });

  it('falls due every year', () => {
    expect(occurrenceDates('2025-06-30', 'yearly', '2028-06-30')).toEqual(['2025-06-30', '2026-06-30', '2027-06-30', '2028-06-30']);
  });

  it('runs across the turn of the year', () => {
    expect(occurrenceDates('2025-11-05', 'monthly', '2026-02-05')).toEqual(['2025-11-05', '2025-12-05', '2026-01-05', '2026-02-05']);
  });

  it('falls due on the last day of shorter months and on the original day again after them', () => {
    expect(occurrenceDates('2025-01-31', 'monthly', '2025-06-30')).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
    ]);
  });

  it('falls due on 29 February in a leap year', () => {
    expect(occurrenceDates('2024-01-30', 'monthly', '2024-03-30')).toEqual(['2024-01-30', '2024-02-29', '2024-03-30']);
  });

  it('keeps the day across quarters of different lengths', () => {
    expect(occurrenceDates('2025-01-31', 'quarterly', '2026-01-31')).toEqual([
      '2025-01-31',
      '2025-04-30',
      '2025-07-31',
      '2025-10-31',
      '2026-01-31',
    ]);
  });

  it('falls due on 28 February in the years between leap years', () => {
    expect(occurrenceDates('2024-02-29', 'yearly', '2028-12-31')).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it.each(['monthly', 'quarterly', 'yearly'] as const)('falls due once when a %s commitment is due on the end date', (recurrence) => {
    expect(occurrenceDates('2025-12-31', recurrence, '2025-12-31')).toEqual(['2025-12-31']);
  });

  it.each(['monthly', 'quarterly', 'yearly'] as const)('still falls due at its due date when a %s one is due after the end', (recurrence) => {
    expect(occurrenceDates('2026-01-15', recurrence, '2025-12-31')).toEqual(['2026-01-15']);
  });

  it('stops short of the next period when the end date is a day before it', () => {
    expect(occurrenceDates('2025-03-01', 'yearly', '2026-02-28')).toEqual(['2025-03-01']);
  });
});

describe('occurrenceStanding', () => {
  const DUE = '2025-06-30';
  const BEFORE = '2025-06-29';
  const AFTER = '2025-07-01';
  const rated = (district?: Rating, ngo?: Rating): PartyRating[] => [
    ...(district === undefined ? [] : [{ organizationId: DISTRICT, rating: district }]),
    ...(ngo === undefined ? [] : [{ organizationId: NGO, rating: ngo }]),
  ];
  const standing = (ratings: PartyRating[], today: string) =>
    occurrenceStanding({ dueDate: DUE, ratings, partyOrganizationIds: PARTIES, today });

  describe('agreed', () => {
    it.each(RATINGS)('when both parties rated it %s', (rating) => {
      expect(standing(rated(rating, rating), AFTER)).toEqual({ status: 'agreed', agreedRating: rating });
    });

    it.each(RATINGS)('also before the due date, when both rated it %s early', (rating) => {
      expect(standing(rated(rating, rating), BEFORE)).toEqual({ status: 'agreed', agreedRating: rating });
    });
  });

  describe('disputed', () => {
    const disagreements = RATINGS.flatMap((district) =>
      RATINGS.filter((ngo) => ngo !== district).map((ngo) => [district, ngo] as const),
    );

    it.each(disagreements)('when one party says %s and the other %s, after the due date', (district, ngo) => {
      expect(standing(rated(district, ngo), AFTER)).toEqual({ status: 'disputed' });
    });

    it.each(disagreements)('when one party says %s and the other %s, before the due date', (district, ngo) => {
      expect(standing(rated(district, ngo), BEFORE)).toEqual({ status: 'disputed' });
    });

    it('when two of three parties disagree while the third has not rated', () => {
      const ratings = [...rated('kept', 'not_kept')];
      expect(occurrenceStanding({ dueDate: DUE, ratings, partyOrganizationIds: [...PARTIES, 'org-commune'], today: AFTER })).toEqual({
        status: 'disputed',
      });
    });
  });

  describe('not due', () => {
    it('before the due date, without ratings', () => {
      expect(standing([], BEFORE)).toEqual({ status: 'not_due' });
    });

    it.each(RATINGS)('before the due date, when only one party rated it %s', (rating) => {
      expect(standing(rated(rating), BEFORE)).toEqual({ status: 'not_due' });
    });
  });

  describe('awaiting ratings', () => {
    it('on the due date itself, without ratings', () => {
      expect(standing([], DUE)).toEqual({ status: 'awaiting_ratings' });
    });

    it.each(RATINGS)('on the due date, when only one party rated it %s', (rating) => {
      expect(standing(rated(undefined, rating), DUE)).toEqual({ status: 'awaiting_ratings' });
    });

    it('after the due date, when one party says it was kept and the other has not rated', () => {
      expect(standing(rated('kept'), AFTER)).toEqual({ status: 'awaiting_ratings' });
      expect(standing(rated(undefined, 'kept'), AFTER)).toEqual({ status: 'awaiting_ratings' });
    });
  });

  describe('overdue', () => {
    it('after the due date, without ratings', () => {
      expect(standing([], AFTER)).toEqual({ status: 'overdue' });
    });

    it.each(['partly_kept', 'not_kept'] as const)('after the due date, when only one party rated it %s', (rating) => {
      expect(standing(rated(rating), AFTER)).toEqual({ status: 'overdue' });
      expect(standing(rated(undefined, rating), AFTER)).toEqual({ status: 'overdue' });
    });
  });

  it('ignores ratings of organisations that are not parties', () => {
    const outsider = { organizationId: 'org-outsider', rating: 'not_kept' as const };
    expect(standing([...rated('kept', 'kept'), outsider], AFTER)).toEqual({ status: 'agreed', agreedRating: 'kept' });
    expect(standing([outsider], AFTER)).toEqual({ status: 'overdue' });
  });

  it('needs every party to agree, not only the two who rated', () => {
    const three = [...PARTIES, 'org-commune'];
    expect(occurrenceStanding({ dueDate: DUE, ratings: rated('kept', 'kept'), partyOrganizationIds: three, today: AFTER })).toEqual({
      status: 'awaiting_ratings',
    });
  });
});

describe('accountabilityRecord', () => {
  const TODAY = '2025-07-15';
  const PAST = '2025-06-30';
  const FUTURE = '2025-09-30';
  const occurrence = (owner: string, dueDate: string, district?: Rating, ngo?: Rating): OccurrenceRecord => ({
    ownerOrganizationId: owner,
    dueDate,
    ratings: [
      ...(district === undefined ? [] : [{ organizationId: DISTRICT, rating: district }]),
      ...(ngo === undefined ? [] : [{ organizationId: NGO, rating: ngo }]),
    ],
  });
  const empty = (organizationId: string) => ({
    organizationId,
    kept: 0,
    partlyKept: 0,
    notKept: 0,
    disputed: 0,
    overdue: 0,
    score: null,
  });

  it('gives every party a record, in the order of the parties, even without commitments', () => {
    expect(accountabilityRecord([], PARTIES, TODAY)).toEqual([empty(DISTRICT), empty(NGO)]);
  });

  it('has no score while nothing is due yet', () => {
    const occurrences = [occurrence(DISTRICT, FUTURE), occurrence(NGO, FUTURE, 'kept')];
    expect(accountabilityRecord(occurrences, PARTIES, TODAY)).toEqual([empty(DISTRICT), empty(NGO)]);
  });

  it('has no score while every due occurrence awaits the other party’s rating', () => {
    expect(accountabilityRecord([occurrence(DISTRICT, PAST, 'kept')], PARTIES, TODAY)).toEqual([empty(DISTRICT), empty(NGO)]);
  });

  it('has no score when every occurrence is disputed, and counts the disputes', () => {
    const occurrences = [occurrence(NGO, PAST, 'not_kept', 'kept'), occurrence(NGO, PAST, 'partly_kept', 'kept')];
    expect(accountabilityRecord(occurrences, PARTIES, TODAY)).toEqual([empty(DISTRICT), { ...empty(NGO), disputed: 2 }]);
  });

  it('scores 0 when every occurrence is overdue', () => {
    const occurrences = [occurrence(DISTRICT, PAST), occurrence(DISTRICT, PAST, undefined, 'not_kept')];
    expect(accountabilityRecord(occurrences, PARTIES, TODAY)[0]).toEqual({ ...empty(DISTRICT), overdue: 2, score: 0 });
  });

  it('scores 100 when every agreed occurrence was kept', () => {
    const occurrences = [occurrence(NGO, PAST, 'kept', 'kept'), occurrence(NGO, FUTURE, 'kept', 'kept')];
    expect(accountabilityRecord(occurrences, PARTIES, TODAY)[1]).toEqual({ ...empty(NGO), kept: 2, score: 100 });
  });

  it('counts a partly kept occurrence as half', () => {
    const occurrences = [occurrence(NGO, PAST, 'kept', 'kept'), occurrence(NGO, PAST, 'partly_kept', 'partly_kept')];
    expect(accountabilityRecord(occurrences, PARTIES, TODAY)[1]).toEqual({ ...empty(NGO), kept: 1, partlyKept: 1, score: 75 });
  });

  it('counts overdue as not kept and leaves disputes out of the score', () => {
    const occurrences = [
      occurrence(DISTRICT, PAST, 'kept', 'kept'),
      occurrence(DISTRICT, PAST, 'kept', 'kept'),
      occurrence(DISTRICT, PAST, 'partly_kept', 'partly_kept'),
      occurrence(DISTRICT, PAST, 'not_kept', 'not_kept'),
      occurrence(DISTRICT, PAST),
      occurrence(DISTRICT, PAST, 'kept', 'not_kept'),
      occurrence(DISTRICT, PAST, 'kept'),
      occurrence(DISTRICT, FUTURE),
    ];
    // (2 + 0.5) / (2 + 1 + 1 + 1) × 100 = 50.
    expect(accountabilityRecord(occurrences, PARTIES, TODAY)[0]).toEqual({
      organizationId: DISTRICT,
      kept: 2,
      partlyKept: 1,
      notKept: 1,
      disputed: 1,
      overdue: 1,
      score: 50,
    });
  });

  it.each([
    [[['kept'], ['not_kept'], ['not_kept']], 33.3],
    [[['kept'], ['kept'], ['not_kept']], 66.7],
    [[['partly_kept'], ['not_kept'], ['not_kept']], 16.7],
    [[['kept'], ['partly_kept'], ['not_kept'], ['not_kept'], ['not_kept'], ['not_kept'], ['not_kept'], ['not_kept']], 18.8],
  ] as const)('rounds the score to one decimal (%j → %d)', (ratings, expected) => {
    const occurrences = ratings.map(([rating]) => occurrence(NGO, PAST, rating, rating));
    expect(accountabilityRecord(occurrences, PARTIES, TODAY)[1]?.score).toBe(expected);
  });

  it('counts each party’s own commitments only, so both sides’ records stand side by side', () => {
    const occurrences = [
      occurrence(DISTRICT, PAST, 'not_kept', 'not_kept'),
      occurrence(NGO, PAST, 'kept', 'kept'),
      occurrence(NGO, PAST, 'partly_kept', 'not_kept'),
    ];
    expect(accountabilityRecord(occurrences, PARTIES, TODAY)).toEqual([
      { ...empty(DISTRICT), notKept: 1, score: 0 },
      { ...empty(NGO), kept: 1, disputed: 1, score: 100 },
    ]);
  });

  it('ignores occurrences owned by an organisation that is not a party', () => {
    expect(accountabilityRecord([occurrence('org-outsider', PAST)], PARTIES, TODAY)).toEqual([empty(DISTRICT), empty(NGO)]);
  });

  it('judges the occurrences as of `today`', () => {
    const occurrences = [occurrence(DISTRICT, FUTURE)];
    expect(accountabilityRecord(occurrences, PARTIES, '2025-10-01')[0]).toEqual({ ...empty(DISTRICT), overdue: 1, score: 0 });
  });
});

describe('SCORE_RULE', () => {
  it('is written in English and in Khmer', () => {
    expect(SCORE_RULE.en).toContain('partly kept');
    expect(SCORE_RULE.km).toMatch(/[\u1780-\u17FF]/);
  });
});
