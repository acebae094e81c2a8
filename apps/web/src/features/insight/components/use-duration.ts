// A time spent in a status, said as people say it: "under an hour", "5 hours", "12.5 days". The API counts short
// stays to the hour (under two days), so a review of a few hours does not read "0 days".
import { useTranslation } from 'react-i18next';
import { formatDays } from './figures';

const HOURS_PER_DAY = 24;

export function useDuration(): (days: number) => string {
  const { t } = useTranslation();
  return (days) => {
    if (days >= 1) return t('dashboard.duration.days', { count: days, days: formatDays(days) });
    const hours = Math.round(days * HOURS_PER_DAY);
    return hours === 0 ? t('dashboard.duration.underAnHour') : t('dashboard.duration.hours', { count: hours });
  };
}
