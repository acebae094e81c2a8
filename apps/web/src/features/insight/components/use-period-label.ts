// An assessment or scorecard period (2025, 2025-Q2, 2025-07) as people say it: "Q2 2025", "ត្រីមាសទី២ ឆ្នាំ២០២៥".
import { useTranslation } from 'react-i18next';

const PERIOD = /^(\d{4})(?:-Q([1-4])|-(\d{2}))?$/;

export function usePeriodLabel(): (period: string) => string {
  const { t } = useTranslation();
  return (period) => {
    const match = PERIOD.exec(period);
    if (match === null) return period;
    const [, year, quarter, month] = match;
    if (quarter !== undefined) return t('quality.periods.quarter', { year, quarter });
    if (month !== undefined) return t('quality.periods.month', { year, month });
    return t('quality.periods.year', { year });
  };
}
