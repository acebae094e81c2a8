import {
  QUALITY_ATTRIBUTES,
  checkAssessmentPeriod,
  comparePeriods,
  compareSides,
  isAssessable,
  periodSpan,
  qualityTrend,
  seesOthersAssessments,
  type QualityScores,
} from './quality.js';

const scores = (value: number, overrides: Partial<QualityScores> = {}): QualityScores => ({
  ...(Object.fromEntries(QUALITY_ATTRIBUTES.map((attribute) => [attribute, value])) as QualityScores),
  ...overrides,
});

describe('periodSpan', () => {
  it('covers a year, a quarter or a month', () => {
    expect(periodSpan('2025')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(periodSpan('2025-Q1')).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(periodSpan('2024-Q4')).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(periodSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it.each(['2025-Q5', '2025-Q0', '2025-13', '2025-00', '25', '2025-1', '2025-01-01', 'Q1-2025', ''])('refuses %p', (period) => {
    expect(periodSpan(period)).toBeNull();
  });
});

describe('comparePeriods', () => {
  it('orders by start, a longer period before a shorter one starting the same day', () => {
    expect(['2025-02', '2024', '2025-Q1', '2025', '2025-01', '2024-Q3'].sort(comparePeriods)).toEqual([
      '2024',
      '2024-Q3',
      '2025',
      '2025-Q1',
      '2025-01',
      '2025-02',
    ]);
  });
});

describe('checkAssessmentPeriod', () => {
  const term = { startDate: '2024-03-15', endDate: '2026-03-14' };

  it('accepts a begun period that overlaps the term', () => {
    expect(checkAssessmentPeriod('2024', term, '2024-06-01')).toEqual({ ok: true });
    expect(checkAssessmentPeriod('2024-Q1', term, '2024-06-01')).toEqual({ ok: true });
    expect(checkAssessmentPeriod('2024-06', term, '2024-06-01')).toEqual({ ok: true });
  });

  it('refuses a malformed period, one not begun, and one outside the term', () => {
    expect(checkAssessmentPeriod('2024-Q7', term, '2024-06-01')).toEqual({ ok: false, code: 'assessment_period_invalid' });
    expect(checkAssessmentPeriod('2024-07', term, '2024-06-30')).toEqual({ ok: false, code: 'period_in_future' });
    expect(checkAssessmentPeriod('2024-02', term, '2024-06-01')).toEqual({ ok: false, code: 'period_outside_partnership' });
    expect(checkAssessmentPeriod('2026-04', term, '2026-06-01')).toEqual({ ok: false, code: 'period_outside_partnership' });
  });
});

describe('compareSides', () => {
  it('averages each side and gives the gap as state minus non-state', () => {
    const result = compareSides([
      { side: 'state', scores: scores(4, { trust: 5 }) },
      { side: 'state', scores: scores(5, { trust: 4 }) },
      { side: 'non_state', scores: scores(2, { trust: 5, equity: 1 }) },
    ]);
    expect(result.attributes.find((a) => a.attribute === 'consensus')).toEqual({
      attribute: 'consensus',
      stateAverage: 4.5,
      nonStateAverage: 2,
      gap: 2.5,
    });
    expect(result.attributes.find((a) => a.attribute === 'trust')).toEqual({ attribute: 'trust', stateAverage: 4.5, nonStateAverage: 5, gap: -0.5 });
    expect(result.attributes.find((a) => a.attribute === 'equity')!.gap).toBe(3.5);
    // Six attributes at 2.5, trust −0.5, equity 3.5: 18 / 8.
    expect(result.averageGap).toBe(2.25);
  });

  it('rounds averages and gaps to two decimals from unrounded values', () => {
    const result = compareSides([
      { side: 'state', scores: scores(4) },
      { side: 'state', scores: scores(4) },
      { side: 'state', scores: scores(5) },
      { side: 'non_state', scores: scores(3) },
      { side: 'non_state', scores: scores(2) },
      { side: 'non_state', scores: scores(3) },
    ]);
    // 13/3 − 8/3 = 5/3
    expect(result.attributes[0]).toEqual({ attribute: 'consensus', stateAverage: 4.33, nonStateAverage: 2.67, gap: 1.67 });
    expect(result.averageGap).toBe(1.67);
  });

  it('has no gap while one side has not assessed', () => {
    const result = compareSides([{ side: 'non_state', scores: scores(3) }]);
    expect(result.attributes.every((a) => a.stateAverage === null && a.nonStateAverage === 3 && a.gap === null)).toBe(true);
    expect(result.averageGap).toBeNull();
    expect(compareSides([]).averageGap).toBeNull();
  });
});

describe('qualityTrend', () => {
  it('compares each period, oldest first', () => {
    const trend = qualityTrend([
      { period: '2025-Q2', side: 'state', scores: scores(4) },
      { period: '2025-Q1', side: 'state', scores: scores(5) },
      { period: '2025-Q1', side: 'non_state', scores: scores(2) },
      { period: '2025-Q2', side: 'non_state', scores: scores(3) },
    ]);
    expect(trend.map((period) => [period.period, period.averageGap])).toEqual([
      ['2025-Q1', 3],
      ['2025-Q2', 1],
    ]);
  });
});

describe('seesOthersAssessments', () => {
  it('shows a party the others’ scores of a period only after it assessed that period', () => {
    const viewer = { viewerIsParty: true, ownSubmittedPeriods: new Set(['2025-Q1']) };
    expect(seesOthersAssessments('2025-Q1', viewer)).toBe(true);
    expect(seesOthersAssessments('2025-Q2', viewer)).toBe(false);
  });

  it('shows viewers who cannot assess everything', () => {
    expect(seesOthersAssessments('2025-Q2', { viewerIsParty: false, ownSubmittedPeriods: new Set() })).toBe(true);
  });
});

describe('isAssessable', () => {
  it('lets parties assess from active until closed', () => {
    expect(['active', 'suspended', 'completed', 'terminated'].every((status) => isAssessable(status as never))).toBe(true);
    expect(['draft', 'mou_review', 'awaiting_signatures', 'closed', 'declined'].some((status) => isAssessable(status as never))).toBe(false);
  });
});
