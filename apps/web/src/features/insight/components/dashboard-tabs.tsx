// Moves between the portfolio and the cycle times, keeping the filters they share.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { filterSearch, type DashboardFilters } from '../routes/dashboard-filters';

export type DashboardView = 'portfolio' | 'cycle-times';

export function DashboardTabs({ current, filters }: { current: DashboardView; filters: DashboardFilters }) {
  const { t } = useTranslation();
  const { level, ...shared } = filters;
  const views: { view: DashboardView; path: string; label: string; search: string }[] = [
    { view: 'portfolio', path: '/dashboard', label: t('dashboard.portfolio.tab'), search: filterSearch(shared) },
    { view: 'cycle-times', path: '/dashboard/cycle-times', label: t('dashboard.cycleTimes.tab'), search: filterSearch({ ...shared, level }) },
  ];
  return (
    <nav className="tabs" aria-label={t('dashboard.views')}>
      {views.map(({ view, path, label, search }) => (
        <Link key={view} to={{ pathname: path, search }} aria-current={view === current ? 'page' : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
