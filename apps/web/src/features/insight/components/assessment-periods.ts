// The quarters a party may assess: those that have begun (in Cambodia's time) and overlap the partnership's term,
// newest first, less the ones its organisation has assessed already.

const quarterOf = (isoDate: string) => ({ year: Number(isoDate.slice(0, 4)), quarter: Math.ceil(Number(isoDate.slice(5, 7)) / 3) });

export function assessableQuarters(term: { startDate: string; endDate: string }, today: string, assessed: readonly string[]): string[] {
  const last = quarterOf(term.endDate < today ? term.endDate : today);
  const first = quarterOf(term.startDate);
  const quarters: string[] = [];
  for (let { year, quarter } = last; year > first.year || (year === first.year && quarter >= first.quarter); ) {
    const period = `${year}-Q${quarter}`;
    if (!assessed.includes(period)) quarters.push(period);
    [year, quarter] = quarter === 1 ? [year - 1, 4] : [year, quarter - 1];
  }
  return quarters;
}
