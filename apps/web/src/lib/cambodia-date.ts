// Dates as the API counts them: calendar days in Cambodia's time, whatever the reader's device says.

/** Today in Cambodia (UTC+7), YYYY-MM-DD: the day the API checks due dates and periods against. */
export function todayInCambodia(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Phnom_Penh' }).format(now);
}
