// The workplan: the activities on a timeline, each with its lead, contributors and contributions; the parties'
// officers add activities and move them to the statuses the domain allows next.
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useActivities } from '../api/get-activities';
import type { Partnership } from '../api/get-partnership';
import { mayDoJointWork } from '../partnership-policy';
import { ActivityCard } from './activity-card';
import { ActivityForm } from './activity-form';
import { ActivityTimeline } from './activity-timeline';

export function WorkplanSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const activities = useActivities(partnership.id);
  const works = mayDoJointWork(actorOf(user), partnership);
  return (
    <div className="work-sections">
      <section className="panel" aria-labelledby="workplan-heading">
        <h2 id="workplan-heading">{t('partnerships.work.workplan.heading')}</h2>
        {activities.isError && <LoadError onRetry={() => void activities.refetch()} />}
        {activities.isPending && <PageLoading />}
        {activities.data?.length === 0 && <p className="muted">{t('partnerships.work.workplan.none')}</p>}
        {activities.data && activities.data.length > 0 && (
          <>
            <ActivityTimeline activities={activities.data} startDate={partnership.startDate} endDate={partnership.endDate} />
            <div className="activity-list">
              {activities.data.map((activity) => (
                <ActivityCard key={activity.id} activity={activity} parties={partnership.parties} works={works} />
              ))}
            </div>
          </>
        )}
      </section>
      {works && <ActivityForm partnership={partnership} />}
    </div>
  );
}
