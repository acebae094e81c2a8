// The partnership's steps, oldest first: what was done, from which status to which, by whom, when, with what
// comment, and how long the partnership had stayed in the status it left.
import { ACTION_LABELS, PARTNERSHIP_ACTIONS, STATUS_LABELS, type PartnershipStatus } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { useBilingual } from '../../../lib/use-bilingual';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { oneOf } from '../../../lib/use-url-filters';
import { usePartnershipHistory } from '../api/get-partnership-history';
import { ActorName } from './actor-name';
import { StatusBadge } from './status-badge';

const secondsPerDay = 86_400;

function DaysIn({ seconds, status }: { seconds: number; status: PartnershipStatus }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const days = seconds / secondsPerDay;
  const statusLabel = inLanguage(STATUS_LABELS[status]);
  return (
    <p className="timeline-duration">
      {days < 1
        ? t('partnerships.history.underADay', { status: statusLabel })
        : t('partnerships.history.daysIn', { count: Math.round(days), status: statusLabel })}
    </p>
  );
}

export function StatusTimeline({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const formatDateTime = useDateTimeFormat();
  const history = usePartnershipHistory(partnershipId);
  if (history.isPending) return <PageLoading />;
  if (history.isError) return <LoadError onRetry={() => void history.refetch()} />;
  return (
    <ol className="timeline" aria-label={t('partnerships.history.title')}>
      {history.data.map((step, index) => {
        const action = oneOf(PARTNERSHIP_ACTIONS, step.action);
        return (
          <li key={index} className="timeline-step">
            <p className="timeline-action">
              <strong>{action ? inLanguage(ACTION_LABELS[action]) : t('partnerships.history.created')}</strong>
              <span className="timeline-statuses">
                {step.from && (
                  <>
                    <StatusBadge status={step.from} />
                    <span className="change-arrow" role="img" aria-label={t('audit.changedTo')}>
                      {' → '}
                    </span>
                  </>
                )}
                <StatusBadge status={step.to} />
              </span>
            </p>
            <p className="timeline-meta">
              <ActorName id={step.actorId} name={step.actorName} organizationName={step.actorOrganizationName} organizationNameKm={step.actorOrganizationNameKm} /> · <time dateTime={step.at}>{formatDateTime(step.at)}</time>
            </p>
            {step.secondsInFrom !== null && step.from && <DaysIn seconds={step.secondsInFrom} status={step.from} />}
            {step.comment && <blockquote className="timeline-comment">{step.comment}</blockquote>}
          </li>
        );
      })}
    </ol>
  );
}
