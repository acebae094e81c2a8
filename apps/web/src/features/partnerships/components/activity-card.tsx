// One activity: who leads it, who contributes what, its dates and status, and the status moves allowed now.
import { ACTIVITY_MOVES, ACTIVITY_STATUS_LABELS, CONTRIBUTION_KIND_LABELS, type ActivityStatus, type ContributionKind } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../lib/use-bilingual';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { Activity } from '../api/get-activities';
import type { Partnership } from '../api/get-partnership';
import { useUpdateActivity } from '../api/update-activity';
import { PartyById } from './party-by-id';
import { PeriodText } from './period-text';

export function ActivityCard({ activity, parties, works }: { activity: Activity; parties: Partnership['parties']; works: boolean }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  const update = useUpdateActivity();
  const status = activity.status as ActivityStatus;
  return (
    <article className="activity-card" aria-label={activity.title}>
      <h3>{activity.title}</h3>
      <p>
        <span className={`badge activity-status-${status}`}>{inLanguage(ACTIVITY_STATUS_LABELS[status])}</span> ·{' '}
        <PeriodText startDate={activity.startDate} endDate={activity.endDate} />
      </p>
      <dl className="facts">
        <div>
          <dt>{t('partnerships.work.workplan.lead')}</dt>
          <dd>
            <PartyById parties={parties} id={activity.leadOrganizationId} />
          </dd>
        </div>
        {activity.contributingOrganizationIds.length > 0 && (
          <div>
            <dt>{t('partnerships.work.workplan.contributors')}</dt>
            <dd>
              <ul className="plain-list">
                {activity.contributingOrganizationIds.map((id) => (
                  <li key={id}>
                    <PartyById parties={parties} id={id} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {activity.contributions.length > 0 && (
          <div>
            <dt>{t('partnerships.work.workplan.contributions')}</dt>
            <dd>
              <ul className="plain-list">
                {activity.contributions.map((contribution, index) => (
                  <li key={index}>
                    <PartyById parties={parties} id={contribution.organizationId} />:{' '}
                    {inLanguage(CONTRIBUTION_KIND_LABELS[contribution.kind as ContributionKind])} — {contribution.description}
                    {contribution.amount !== undefined && ` (${contribution.amount} ${contribution.currency ?? ''})`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {works && ACTIVITY_MOVES[status].length > 0 && (
        <div className="button-row" role="group" aria-label={t('partnerships.work.workplan.moveTo')}>
          {ACTIVITY_MOVES[status].map((next) => (
            <button
              key={next}
              type="button"
              className="button button-quiet button-small"
              disabled={update.isPending}
              onClick={() => update.mutate({ activity, input: { status: next } })}
            >
              {inLanguage(ACTIVITY_STATUS_LABELS[next])}
            </button>
          ))}
        </div>
      )}
      {update.error && (
        <p role="alert" className="form-alert">
          {problemMessage(update.error)}
        </p>
      )}
    </article>
  );
}
