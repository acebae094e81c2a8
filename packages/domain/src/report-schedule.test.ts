import { reportSchedule, type FiledReport, type ScheduledIndicator } from './report-schedule.js';

const NGO = 'org-ngo';
const DISTRICT = 'org-district';
const PARTNERSHIP = { startDate: '2026-02-15', endDate: '2026-12-31' };

const indicators: ScheduledIndicator[] = [
  { id: 'visits', frequency: 'quarterly', responsibleOrganizationId: NGO },
  { id: 'births', frequency: 'quarterly', responsibleOrganizationId: NGO },
  { id: 'budget', frequency: 'semiannual', responsibleOrganizationId: DISTRICT },
];

describe('reportSchedule', () => {
  it('owes one report per party and period, shared by the party’s indicators of the same frequency, in due-date order', () => {
    const schedule = reportSchedule(indicators, [], PARTNERSHIP, '2026-01-01');
    expect(schedule.map((owed) => [owed.responsibleOrganizationId, owed.periodStart, owed.periodEnd, owed.dueDate, owed.indicatorIds])).toEqual([
      [NGO, '2026-02-15', '2026-03-31', '2026-04-15', ['visits', 'births']],
      [DISTRICT, '2026-02-15', '2026-06-30', '2026-07-15', ['budget']],
      [NGO, '2026-04-01', '2026-06-30', '2026-07-15', ['visits', 'births']],
      [NGO, '2026-07-01', '2026-09-30', '2026-10-15', ['visits', 'births']],
      [DISTRICT, '2026-07-01', '2026-12-31', '2027-01-15', ['budget']],
      [NGO, '2026-10-01', '2026-12-31', '2027-01-15', ['visits', 'births']],
    ]);
    expect(schedule.every((owed) => owed.status === 'not_started' && owed.reportId === null && !owed.late)).toBe(true);
  });

  it('matches the report of the same party and exact period, and is late after the due date until submitted', () => {
    const reports: FiledReport[] = [
      { id: 'r1', responsibleOrganizationId: NGO, periodStart: '2026-02-15', periodEnd: '2026-03-31', status: 'validated' },
      { id: 'r2', responsibleOrganizationId: NGO, periodStart: '2026-04-01', periodEnd: '2026-06-30', status: 'sent_back' },
      // The district reported on the NGO's quarter, not on its own half-year: that does not count for the half-year.
      { id: 'r3', responsibleOrganizationId: DISTRICT, periodStart: '2026-04-01', periodEnd: '2026-06-30', status: 'submitted' },
    ];
    const schedule = reportSchedule(indicators, reports, PARTNERSHIP, '2026-07-16');
    expect(schedule.slice(0, 4).map((owed) => [owed.reportId, owed.status, owed.late])).toEqual([
      ['r1', 'validated', false],
      [null, 'not_started', true],
      ['r2', 'sent_back', true],
      [null, 'not_started', false],
    ]);
  });

  it('is not late on the due date itself', () => {
    const [first] = reportSchedule(indicators.slice(0, 1), [], PARTNERSHIP, '2026-04-15');
    expect(first!.late).toBe(false);
    expect(reportSchedule(indicators.slice(0, 1), [], PARTNERSHIP, '2026-04-16')[0]!.late).toBe(true);
  });

  it('owes nothing without indicators or when the partnership ends before it starts', () => {
    expect(reportSchedule([], [], PARTNERSHIP, '2026-07-16')).toEqual([]);
    expect(reportSchedule(indicators, [], { startDate: '2026-03-01', endDate: '2026-02-01' }, '2026-07-16')).toEqual([]);
  });
});
