// A partnership's period, from its start date to its end date, in the reader's language.
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../lib/use-date-time-format';

export function PeriodText({ startDate, endDate }: { startDate: string; endDate: string }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return <span>{t('partnerships.period', { start: formatDate(startDate), end: formatDate(endDate) })}</span>;
}
