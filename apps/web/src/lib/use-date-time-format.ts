// Dates and times in the reader's language and time zone.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';

// Written out here rather than left to Intl: browsers built without Khmer locale data (Debian's Chromium
// among them) would otherwise show Khmer readers English month names.
const khmerMonths = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];

const twoDigits = (value: number) => String(value).padStart(2, '0');

function inKhmer(date: Date, withSeconds: boolean): string {
  const time = [date.getHours(), date.getMinutes(), ...(withSeconds ? [date.getSeconds()] : [])].map(twoDigits).join(':');
  return `${date.getDate()} ${khmerMonths[date.getMonth()]} ${date.getFullYear()}, ${time}`;
}

/** `medium` time shows seconds: the audit log needs them, a profile's "last changed" does not. */
export function useDateTimeFormat(timeStyle: 'short' | 'medium' = 'short'): (iso: string) => string {
  // Subscribing to translations re-renders the caller when the language changes.
  useTranslation();
  if (currentLanguage() === 'km') return (iso) => inKhmer(new Date(iso), timeStyle === 'medium');
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle });
  return (iso) => format.format(new Date(iso));
}

/** A calendar date written YYYY-MM-DD (no time, no zone), e.g. a partnership's start date. */
export function useDateFormat(): (isoDate: string) => string {
  useTranslation();
  const dateOf = (isoDate: string) => {
    const [year, month, day] = isoDate.split('-').map(Number);
    return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  };
  if (currentLanguage() === 'km') {
    return (isoDate) => {
      const date = dateOf(isoDate);
      return `${date.getDate()} ${khmerMonths[date.getMonth()]} ${date.getFullYear()}`;
    };
  }
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
  return (isoDate) => format.format(dateOf(isoDate));
}
