// The demo portfolio's dates, counted from the day it is loaded: whenever Daikou is first started, the portfolio
// has run for the last two years and goes on into the next.
import { todayInCambodia } from '../common/cambodia-date';

const DAY_MS = 86_400_000;
const CAMBODIA_UTC_OFFSET_HOURS = 7;

const pad = (value: number) => String(value).padStart(2, '0');

/** YYYY-MM-DD of a UTC calendar date. */
const isoDate = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

const parse = (date: string) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));

export class DemoCalendar {
  /** The local (Cambodian) day of loading. */
  readonly today: string;

  constructor(readonly now: Date) {
    this.today = todayInCambodia(now);
  }

  /** Day `day` of the month `months` months from this one (negative: before), cut to the month's length. */
  date(months: number, day: number): string {
    const first = parse(this.today);
    const monthIndex = first.getUTCFullYear() * 12 + first.getUTCMonth() + months;
    const length = new Date(Date.UTC(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 0)).getUTCDate();
    return isoDate(new Date(Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, Math.min(day, length))));
  }

  /** The last day of the month `months` months from this one. */
  monthEnd(months: number): string {
    return this.date(months, 31);
  }

  /** YYYY-Qn of the month `months` months from this one. */
  quarter(months: number): string {
    const date = this.date(months, 1);
    return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
  }

  /** `days` days after `date` (YYYY-MM-DD). */
  addDays(date: string, days: number): string {
    return isoDate(new Date(parse(date).getTime() + days * DAY_MS));
  }

  /** The moment of a local date at `hour` o'clock in Cambodia. */
  at(date: string, hour: number): Date {
    return new Date(parse(date).getTime() + (hour - CAMBODIA_UTC_OFFSET_HOURS) * 3_600_000);
  }

  /** The moment of day `day` of the month `months` months from this one, at `hour` o'clock in Cambodia. */
  moment(months: number, day: number, hour: number): Date {
    return this.at(this.date(months, day), hour);
  }
}
