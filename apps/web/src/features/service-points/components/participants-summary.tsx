// Who took part in a scorecard round: the total, women and men, and the groups counted among them.
import { useTranslation } from 'react-i18next';
import type { Scorecard } from '../api/get-service-point-scorecards';

export function ParticipantsSummary({ participants }: { participants: Scorecard['participants'] }) {
  const { t } = useTranslation();
  return (
    <>
      {t('scorecards.participants.summary', participants)}
      <span className="cell-detail">{t('scorecards.participants.among', participants)}</span>
    </>
  );
}
