import {
  DISAGGREGATIONS,
  DISAGGREGATION_CATEGORIES,
  FREQUENCIES,
  REPORT_DUE_DAYS_AFTER_PERIOD,
  latestValue,
  progressTowardTarget,
  reportDueDate,
  reportingPeriods,
} from './indicators.js';

describe('indicator codes', () => {
  it('are the frequencies and disaggregations of issue 6', () => {
    expect(FREQUENCIES).toEqual(['monthly', 'quarterly', 'semiannual', 'yearly']);
    expect(DISAGGREGATIONS).toEqual(['sex', 'disability', 'id_poor', 'age_group']);
  });

  it('give each disaggregation its categories', () => {
    expect(DISAGGREGATION_CATEGORIES).toEqual({
      sex: ['female', 'male', 'other'],
      disability: ['yes', 'no'],
      id_poor: ['yes', 'no'],
      age_group: ['under_18', '18_to_35', '36_to_60', 'over_60'],
    });
  });
});

describe('reportDueDate', () => {
  it('is 15 days after the end of the period', () => {
    expect(REPORT_DUE_DAYS_AFTER_PERIOD).toBe(15);
    expect(reportDueDate('2025-03-31')).toBe('2025-04-15');
  });

  it.each([
    ['2025-01-31', '2025-02-15'],
    ['2025-02-28', '2025-03-15'],
    ['2024-02-29', '2024-03-15'],
    ['2024-02-14', '2024-02-29'],
    ['2025-12-31', '2026-01-15'],
    ['2025-12-20', '2026-01-04'],
  ])('after %s is %s, across month ends, leap days and years', (periodEnd, due) => {
    expect(reportDueDate(periodEnd)).toBe(due);
  });
});

const period = (periodStart: string, periodEnd: string, dueDate: string) => ({ periodStart, periodEnd, dueDate });

describe('reportingPeriods', () => {
  it('gives calendar months, the first and last cut to the partnership', () => {
    expect(reportingPeriods('monthly', '2025-01-15', '2025-04-10')).toEqual([
      period('2025-01-15', '2025-01-31', '2025-02-15'),
      period('2025-02-01', '2025-02-28', '2025-03-15'),
      period('2025-03-01', '2025-03-31', '2025-04-15'),
      period('2025-04-01', '2025-04-10', '2025-04-25'),
    ]);
  });

  it('ends February on the 29th in a leap year', () => {
    expect(reportingPeriods('monthly', '2024-02-01', '2024-02-29')).toEqual([period('2024-02-01', '2024-02-29', '2024-03-15')]);
  });

  it('gives quarters from January, April, July and October', () => {
    expect(reportingPeriods('quarterly', '2025-02-10', '2026-01-31')).toEqual([
      period('2025-02-10', '2025-03-31', '2025-04-15'),
      period('2025-04-01', '2025-06-30', '2025-07-15'),
      period('2025-07-01', '2025-09-30', '2025-10-15'),
      period('2025-10-01', '2025-12-31', '2026-01-15'),
      period('2026-01-01', '2026-01-31', '2026-02-15'),
    ]);
  });

  it('gives half-years from January and July', () => {
    expect(reportingPeriods('semiannual', '2025-05-01', '2026-12-31')).toEqual([
      period('2025-05-01', '2025-06-30', '2025-07-15'),
      period('2025-07-01', '2025-12-31', '2026-01-15'),
      period('2026-01-01', '2026-06-30', '2026-07-15'),
      period('2026-07-01', '2026-12-31', '2027-01-15'),
    ]);
  });

  it('gives calendar years', () => {
    expect(reportingPeriods('yearly', '2025-07-01', '2027-06-30')).toEqual([
      period('2025-07-01', '2025-12-31', '2026-01-15'),
      period('2026-01-01', '2026-12-31', '2027-01-15'),
      period('2027-01-01', '2027-06-30', '2027-07-15'),
    ]);
  });

  it('needs no cutting when the partnership runs from a period start to a period end', () => {
    expect(reportingPeriods('quarterly', '2025-01-01', '2025-06-30')).toEqual([
      period('2025-01-01', '2025-03-31', '2025-04-15'),
      period('2025-04-01', '2025-06-30', '2025-07-15'),
    ]);
  });

  it.each(FREQUENCIES)('gives one period, the partnership itself, when it lies within one %s period', (frequency) => {
    expect(reportingPeriods(frequency, '2025-03-03', '2025-03-20')).toEqual([period('2025-03-03', '2025-03-20', '2025-04-04')]);
  });

  it.each(FREQUENCIES)('gives a one-day period for a one-day partnership (%s)', (frequency) => {
    expect(reportingPeriods(frequency, '2025-12-31', '2025-12-31')).toEqual([period('2025-12-31', '2025-12-31', '2026-01-15')]);
  });

  it.each(FREQUENCIES)('gives no period when the end comes before the start (%s)', (frequency) => {
    expect(reportingPeriods(frequency, '2025-03-20', '2025-03-10')).toEqual([]);
  });

  it.each([
    ['monthly', 36],
    ['quarterly', 12],
    ['semiannual', 6],
    ['yearly', 3],
  ] as const)('covers three calendar years with %s periods in %i periods, each day exactly once', (frequency, count) => {
    const periods = reportingPeriods(frequency, '2025-01-01', '2027-12-31');
    expect(periods).toHaveLength(count);
    expect(periods[0]?.periodStart).toBe('2025-01-01');
    expect(periods.at(-1)?.periodEnd).toBe('2027-12-31');
    periods.forEach((current, index) => {
      expect(current.periodStart <= current.periodEnd).toBe(true);
      expect(current.dueDate).toBe(reportDueDate(current.periodEnd));
      const next = periods[index + 1];
      if (next === undefined) return;
      const dayAfter = new Date(`${current.periodEnd}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(next.periodStart).toBe(dayAfter.toISOString().slice(0, 10));
    });
  });
});

describe('progressTowardTarget', () => {
  it.each([
    ['at the baseline', { baseline: 40, target: 80, value: 40 }, 0],
    ['half way', { baseline: 40, target: 80, value: 60 }, 0.5],
    ['at the target', { baseline: 40, target: 80, value: 80 }, 1],
    ['beyond the target', { baseline: 40, target: 80, value: 90 }, 1.25],
    ['worse than the baseline', { baseline: 40, target: 80, value: 30 }, 0],
    ['from a zero baseline', { baseline: 0, target: 200, value: 50 }, 0.25],
  ])('is measured for a rising indicator %s', (_case, indicator, expected) => {
    expect(progressTowardTarget(indicator)).toBe(expected);
  });

  it.each([
    ['at the baseline', { baseline: 120, target: 60, value: 120 }, 0],
    ['half way down', { baseline: 120, target: 60, value: 90 }, 0.5],
    ['at the target', { baseline: 120, target: 60, value: 60 }, 1],
    ['below the target', { baseline: 120, target: 60, value: 45 }, 1.25],
    ['risen above the baseline', { baseline: 120, target: 60, value: 150 }, 0],
    ['down to zero', { baseline: 20, target: 0, value: 5 }, 0.75],
  ])('is measured for a falling indicator (waiting days, stock-outs) %s', (_case, indicator, expected) => {
    expect(progressTowardTarget(indicator)).toBe(expected);
  });

  it.each([
    { baseline: 100, target: 100, value: 100 },
    { baseline: 100, target: 100, value: 90 },
    { baseline: 0, target: 0, value: 3 },
  ])('is null when the target equals the baseline: %j', (indicator) => {
    expect(progressTowardTarget(indicator)).toBeNull();
  });
});

describe('latestValue', () => {
  const january = { periodStart: '2025-01-01', periodEnd: '2025-01-31', value: 10, reportId: 'r1' };
  const february = { periodStart: '2025-02-01', periodEnd: '2025-02-28', value: 14, reportId: 'r2' };
  const march = { periodStart: '2025-03-01', periodEnd: '2025-03-31', value: 12, reportId: 'r3' };

  it('is null without observations', () => {
    expect(latestValue([])).toBeNull();
  });

  it('is the observation of the period ending last, whatever the order given', () => {
    expect(latestValue([february, march, january])).toBe(march);
    expect(latestValue([march, january, february])).toBe(march);
  });

  it('keeps the fields the caller passed', () => {
    expect(latestValue([january])?.reportId).toBe('r1');
  });

  it('of two periods ending together, takes the one starting last (the shorter, more recent one)', () => {
    const quarter = { periodStart: '2025-01-01', periodEnd: '2025-03-31', value: 30 };
    expect(latestValue([quarter, march])).toBe(march);
    expect(latestValue([march, quarter])).toBe(march);
  });
});
