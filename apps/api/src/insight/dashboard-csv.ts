// The dashboards as CSV downloads: one line per number shown, with bilingual column headers.
import type { CycleTimes, Portfolio, StatusCycleTime, StuckPartnership } from '@daikou/domain';
import type { CsvColumn } from '../common/csv-export';

export interface PortfolioLine {
  measure: string;
  key: string;
  value: number | null;
}

export const PORTFOLIO_COLUMNS: CsvColumn<PortfolioLine>[] = [
  { header: { en: 'Measure', km: 'រង្វាស់' }, value: (line) => line.measure },
  { header: { en: 'Key', km: 'ប្រភេទ' }, value: (line) => line.key },
  { header: { en: 'Value', km: 'តម្លៃ' }, value: (line) => line.value },
];

/** Every number of the portfolio dashboard, e.g. `status, active, 12` or `quality_gap, 2025-Q1 trust, 0.5`. */
export function portfolioLines(portfolio: Portfolio): PortfolioLine[] {
  const counts = (measure: string, list: { key: string; count: number }[]) => list.map(({ key, count }) => ({ measure, key, value: count }));
  const sides = (['state', 'nonState'] as const).flatMap((side) =>
    Object.entries(portfolio.accountability[side]).map(([field, value]) => ({ measure: `accountability_${side === 'state' ? 'state' : 'non_state'}`, key: field, value })),
  );
  return [
    { measure: 'total', key: '', value: portfolio.total },
    ...counts('status', portfolio.byStatus),
    ...counts('function', portfolio.byFunction),
    ...counts('form', portfolio.byForm),
    ...counts('province', portfolio.byProvince),
    ...counts('sector', portfolio.bySector),
    ...sides,
    ...portfolio.qualityTrend.flatMap((period) => [
      { measure: 'quality_partnerships', key: period.period, value: period.partnerships },
      { measure: 'quality_gap', key: period.period, value: period.averageGap },
      ...period.attributes.map((attribute) => ({ measure: 'quality_gap', key: `${period.period} ${attribute.attribute}`, value: attribute.gap })),
    ]),
    ...portfolio.scorecardTrend.flatMap((quarter) => [
      { measure: 'scorecard_rounds', key: quarter.period, value: quarter.rounds },
      { measure: 'scorecard_citizen_average', key: quarter.period, value: quarter.citizenAverage },
      { measure: 'scorecard_provider_average', key: quarter.period, value: quarter.providerAverage },
    ]),
  ];
}

export interface CycleTimeLine extends StatusCycleTime {
  province: string;
  level: string;
}

export const CYCLE_TIME_COLUMNS: CsvColumn<CycleTimeLine>[] = [
  { header: { en: 'Province', km: 'ខេត្ត' }, value: (line) => line.province },
  { header: { en: 'Level', km: 'ថ្នាក់' }, value: (line) => line.level },
  { header: { en: 'Status', km: 'ស្ថានភាព' }, value: (line) => line.status },
  { header: { en: 'Partnerships', km: 'ភាពជាដៃគូ' }, value: (line) => line.partnerships },
  { header: { en: 'Median days', km: 'មធ្យមភាគ (ថ្ងៃ)' }, value: (line) => line.medianDays },
  { header: { en: '90th percentile days', km: 'ភាគរយទី ៩០ (ថ្ងៃ)' }, value: (line) => line.p90Days },
  { header: { en: 'Still in the status', km: 'នៅក្នុងស្ថានភាពនេះនៅឡើយ' }, value: (line) => line.stillIn },
];

/** Overall lines (province and level `all`), then per province, then per level. */
export function cycleTimeLines(cycleTimes: CycleTimes): CycleTimeLine[] {
  return [
    ...cycleTimes.statuses.map((status) => ({ ...status, province: 'all', level: 'all' })),
    ...cycleTimes.byProvince.flatMap(({ province, statuses }) => statuses.map((status) => ({ ...status, province, level: 'all' }))),
    ...cycleTimes.byLevel.flatMap(({ level, statuses }) => statuses.map((status) => ({ ...status, province: 'all', level }))),
  ];
}

export const STUCK_COLUMNS: CsvColumn<StuckPartnership>[] = [
  { header: { en: 'Partnership id', km: 'លេខសម្គាល់ភាពជាដៃគូ' }, value: (row) => row.id },
  { header: { en: 'Title', km: 'ចំណងជើង' }, value: (row) => row.title },
  { header: { en: 'Provinces', km: 'ខេត្ត' }, value: (row) => row.provinceCodes.join(' ') },
  { header: { en: 'Status', km: 'ស្ថានភាព' }, value: (row) => row.status },
  { header: { en: 'In the status since', km: 'នៅក្នុងស្ថានភាពនេះតាំងពី' }, value: (row) => row.statusSince },
  { header: { en: 'Days in the status', km: 'ចំនួនថ្ងៃក្នុងស្ថានភាពនេះ' }, value: (row) => row.daysInStatus },
];
