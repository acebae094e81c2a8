// The parties' meetings, newest first as the API lists them, and the form to record one.
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageLoading } from '../../../components/page-loading';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { useMeetings } from '../api/get-meetings';
import type { Partnership } from '../api/get-partnership';
import { mayDoJointWork } from '../partnership-policy';
import { MeetingCard } from './meeting-card';
import { MeetingForm } from './meeting-form';

export function MeetingsSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const meetings = useMeetings(partnership.id);
  const works = mayDoJointWork(actorOf(user), partnership);
  return (
    <div className="work-sections">
      <section className="panel" aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t('partnerships.work.meetings.heading')}</h2>
        <p className="notice-text">{t('partnerships.work.meetings.rule')}</p>
        {meetings.isError && <LoadError onRetry={() => void meetings.refetch()} />}
        {meetings.isPending && <PageLoading />}
        {meetings.data?.length === 0 && <p className="muted">{t('partnerships.work.meetings.none')}</p>}
        {meetings.data?.map((meeting) => (
          <MeetingCard key={meeting.id} meeting={meeting} parties={partnership.parties} workerOrganizationId={works ? user.organizationId : null} />
        ))}
      </section>
      {works && <MeetingForm partnership={partnership} />}
    </div>
  );
}
