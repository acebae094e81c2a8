// Scores and gaps as written on screen: at most two decimals (scores may be group averages); a gap carries its sign.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';

export function useScoreFormat() {
  useTranslation();
  const number = new Intl.NumberFormat(currentLanguage() === 'km' ? 'km-KH' : 'en-GB', { maximumFractionDigits: 2 });
  return {
    score: (value: number | null) => (value === null ? '–' : number.format(value)),
    // A true minus sign: a hyphen beside a number is easily missed.
    gap: (value: number | null) => (value === null ? '–' : value > 0 ? `+${number.format(value)}` : value < 0 ? `−${number.format(-value)}` : '0'),
  };
}

/** Providers and citizens this far apart or more disagree about the service: the gap is shown as wide. */
export const WIDE_GAP = 1;

export function isWideGap(gap: number | null): boolean {
  return gap !== null && Math.abs(gap) >= WIDE_GAP;
}
