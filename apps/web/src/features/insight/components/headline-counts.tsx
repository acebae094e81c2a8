// The portfolio's headline: how many partnerships, how many working now, being prepared, and finished.
import type { PartnershipStatus } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import type { Portfolio } from '../api/get-portfolio';

const PREPARING: readonly PartnershipStatus[] = ['draft', 'proposal_review', 'mou_drafting', 'mou_review', 'awaiting_signatures'];
const WORKING: readonly PartnershipStatus[] = ['active', 'suspended'];
const FINISHED: readonly PartnershipStatus[] = ['completed', 'terminated', 'closed'];

export function HeadlineCounts({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  const countOf = (statuses: readonly PartnershipStatus[]) =>
    portfolio.byStatus.filter((entry) => (statuses as readonly string[]).includes(entry.key)).reduce((sum, entry) => sum + entry.count, 0);
  const headlines = [
    { key: 'total', label: t('dashboard.headline.total'), value: portfolio.total },
    { key: 'working', label: t('dashboard.headline.working'), value: countOf(WORKING) },
    { key: 'preparing', label: t('dashboard.headline.preparing'), value: countOf(PREPARING) },
    { key: 'finished', label: t('dashboard.headline.finished'), value: countOf(FINISHED) },
  ];
  return (
    <dl className="insight-headline" aria-label={t('dashboard.headline.label')}>
      {headlines.map((headline) => (
        <div key={headline.key} className={`insight-headline-item insight-headline-${headline.key}`}>
          <dt>{headline.label}</dt>
          <dd>{headline.value}</dd>
        </div>
      ))}
    </dl>
  );
}
