// The action item a piece of feedback is linked to, named by its description and opening its round.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Feedback } from '../api/get-feedback';
import { useServicePointScorecards } from '../api/get-service-point-scorecards';

export function LinkedActionItem({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  const scorecards = useServicePointScorecards(feedback.servicePointId);
  const round = scorecards.data?.rounds.find((candidate) => candidate.actionItems.some((item) => item.id === feedback.actionItemId));
  const item = round?.actionItems.find((candidate) => candidate.id === feedback.actionItemId);
  return (
    <p className="feedback-meta">
      {t('feedbackInbox.linkedTo')}{' '}
      {round && item ? <Link to={`/service-points/${feedback.servicePointId}/scorecards/${round.id}`}>{item.description}</Link> : t('common.loading')}
    </p>
  );
}
