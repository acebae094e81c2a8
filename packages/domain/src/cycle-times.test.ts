import { MEASURED_STATUSES, countedStayHours, cycleTimeStatistics, percentile, slowestSteps } from './cycle-times.js';

const HOUR = 3600;
const DAY = 24 * HOUR;
const single = (...values: number[]) => values.map((value) => ({ value, count: 1 }));

describe('countedStayHours', () => {
  it('keeps hours under two days and whole days from two days on', () => {
    expect(countedStayHours(59 * 60)).toBe(0);
    expect(countedStayHours(5 * HOUR + 59 * 60)).toBe(5);
    expect(countedStayHours(47 * HOUR + 3599)).toBe(47);
    expect(countedStayHours(2 * DAY + 23 * HOUR)).toBe(48);
    expect(countedStayHours(10 * DAY + HOUR)).toBe(240);
    expect(countedStayHours(-5)).toBe(0);
  });

  it('keeps stays of 16 days and longer in steps of 1/16 of their power of two, never more than 6.25% short', () => {
    expect(countedStayHours(31 * DAY + 23 * HOUR)).toBe(31 * 24);
    expect(countedStayHours(33 * DAY)).toBe(32 * 24);
    expect(countedStayHours(34 * DAY)).toBe(34 * 24);
    expect(countedStayHours(100 * DAY)).toBe(100 * 24);
    expect(countedStayHours(101 * DAY)).toBe(100 * 24);
    expect(countedStayHours(1000 * DAY)).toBe(992 * 24);
    const lengths = new Set<number>();
    for (let days = 16; days < 4096; days += 1) {
      const counted = countedStayHours(days * DAY) / 24;
      expect(counted).toBeLessThanOrEqual(days);
      expect((days - counted) / days).toBeLessThan(1 / 16);
      lengths.add(counted);
    }
    // 16 steps per doubling from 16 to 4096 days.
    expect(lengths.size).toBe(16 * 8);
  });
});

describe('percentile', () => {
  it('interpolates between the nearest ranks', () => {
    expect(percentile(single(2, 4), 0.5)).toBe(3);
    expect(percentile(single(1, 2, 3, 4, 5), 0.5)).toBe(3);
    expect(percentile(single(10, 1, 5), 0.5)).toBe(5);
    // Rank 0.9 × 9 = 8.1 of 1…10: 9 + 0.1 × (10 − 9)
    expect(percentile(single(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.9)).toBeCloseTo(9.1, 10);
  });

  it('reads counts as that many equal values', () => {
    expect(percentile([{ value: 1, count: 3 }, { value: 100, count: 1 }], 0.5)).toBe(1);
    expect(percentile([{ value: 1, count: 1 }, { value: 100, count: 9 }], 0.9)).toBe(100);
    expect(percentile([{ value: 7, count: 0 }], 0.5)).toBeNull();
    expect(percentile([], 0.9)).toBeNull();
  });
});

describe('cycleTimeStatistics', () => {
  it('gives median and p90 days per measured status', () => {
    const [draft] = cycleTimeStatistics([{ status: 'draft', ended: single(24, 48, 72, 96), ongoing: [] }]);
    expect(draft).toEqual({ status: 'draft', partnerships: 4, medianDays: 2.5, p90Days: 3.7, stillIn: 0 });
  });

  it('counts partnerships still in a status with their time so far', () => {
    const statistics = cycleTimeStatistics([{ status: 'mou_review', ended: single(24), ongoing: single(240, 480) }]);
    const review = statistics.find((entry) => entry.status === 'mou_review')!;
    // Without the ongoing stays the median would be 1 day: the step where partnerships wait would look fast.
    expect(review).toEqual({ status: 'mou_review', partnerships: 3, medianDays: 10, p90Days: 18, stillIn: 2 });
  });

  it('lists every measured status, with nothing where no partnership stayed, and leaves final statuses out', () => {
    const statistics = cycleTimeStatistics([]);
    expect(statistics.map((entry) => entry.status)).toEqual(MEASURED_STATUSES);
    expect(MEASURED_STATUSES).not.toContain('closed');
    expect(MEASURED_STATUSES).not.toContain('withdrawn');
    expect(statistics.every((entry) => entry.partnerships === 0 && entry.medianDays === null && entry.p90Days === null)).toBe(true);
  });
});

describe('slowestSteps', () => {
  it('ranks steps overall and per province, slowest first, leaving out the partnership’s term', () => {
    const overall = cycleTimeStatistics([
      { status: 'proposal_review', ended: single(240), ongoing: [] },
      { status: 'mou_review', ended: single(48), ongoing: [] },
      { status: 'active', ended: single(24 * 700), ongoing: [] },
    ]);
    const byProvince = [
      { province: '12', statuses: cycleTimeStatistics([{ status: 'mou_review', ended: single(24 * 30), ongoing: [] }]) },
      { province: '01', statuses: cycleTimeStatistics([{ status: 'proposal_review', ended: single(240), ongoing: [] }]) },
    ];
    expect(slowestSteps(overall, byProvince)).toEqual([
      { status: 'mou_review', province: '12', medianDays: 30 },
      { status: 'proposal_review', province: null, medianDays: 10 },
      { status: 'proposal_review', province: '01', medianDays: 10 },
      { status: 'mou_review', province: null, medianDays: 2 },
    ]);
    expect(slowestSteps(overall, byProvince, 1)).toHaveLength(1);
  });
});
