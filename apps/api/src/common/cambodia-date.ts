/** Today in Cambodia (UTC+7), as YYYY-MM-DD: due dates are local calendar dates. */
export function todayInCambodia(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
