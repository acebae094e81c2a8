// One partnership in the list: its title, status, parties in both scripts, function and dates.
import { FUNCTION_LABELS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBilingual } from '../../../lib/use-bilingual';
import type { PartnershipListItem } from '../api/get-partnerships';
import { PartyName } from './party-name';
import { PeriodText } from './period-text';
import { StatusBadge } from './status-badge';

export function PartnershipCard({ partnership }: { partnership: PartnershipListItem }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  return (
    <li className="result">
      <div className="result-heading">
        <h2 className="result-title">
          <Link to={`/partnerships/${partnership.id}`}>{partnership.title}</Link>
        </h2>
        <StatusBadge status={partnership.status} />
      </div>
      <ul className="party-list" aria-label={t('partnerships.fields.parties')}>
        {partnership.parties.map((party) => (
          <li key={party.organizationId}>
            <PartyName party={party} />
          </li>
        ))}
      </ul>
      <p className="result-meta">
        <span>{inLanguage(FUNCTION_LABELS[partnership.function])}</span>
        <PeriodText startDate={partnership.startDate} endDate={partnership.endDate} />
      </p>
    </li>
  );
}
