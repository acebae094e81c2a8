// One meeting: attendance counts, the minutes and their state, decisions, action items, which parties approved,
// and for a party's officer "Approve minutes" (once per organisation) and a minutes editor that clears approvals.
import { MINUTES_STATE_LABELS } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '../../../components/textarea-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { useDateFormat } from '../../../lib/use-date-time-format';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useApproveMeeting } from '../api/approve-meeting';
import type { Meeting } from '../api/get-meetings';
import type { Partnership } from '../api/get-partnership';
import { useUpdateMeeting } from '../api/update-meeting';
import { PartyById } from './party-by-id';

function MinutesEditor({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const update = useUpdateMeeting();
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ meeting, input: { minutes } }, { onSuccess: onDone });
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      {update.error && (
        <p role="alert" className="form-alert">
          {problemMessage(update.error)}
        </p>
      )}
      <TextareaField
        name="minutes"
        label={t('partnerships.work.meetings.minutes')}
        hint={t('partnerships.work.meetings.editClears')}
        rows={5}
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.saveChanges')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function MeetingCard({ meeting, parties, workerOrganizationId }: { meeting: Meeting; parties: Partnership['parties']; workerOrganizationId: string | null }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const formatDate = useDateFormat();
  const problemMessage = useProblemMessage();
  const approve = useApproveMeeting();
  const [editing, setEditing] = useState(false);
  const attendance = meeting.attendance;
  const written = (meeting.minutes ?? '').trim() !== '';
  const mayApprove =
    workerOrganizationId !== null && written && !meeting.approvals.some((approval) => approval.organizationId === workerOrganizationId);
  return (
    <article className="meeting-card" aria-label={formatDate(meeting.date)}>
      <h3>
        <time dateTime={meeting.date}>{formatDate(meeting.date)}</time>
        {meeting.place && ` · ${meeting.place}`}
      </h3>
      <p>
        <span className={`badge minutes-${meeting.minutesState}`}>{inLanguage(MINUTES_STATE_LABELS[meeting.minutesState])}</span>
      </p>
      <p className="prose">{meeting.agenda}</p>
      <p className="attendance-summary">
        {t('partnerships.work.meetings.attendance', {
          total: attendance.total ?? 0,
          female: attendance.female ?? 0,
          male: attendance.male ?? 0,
          disability: attendance.disability ?? 0,
          idPoor: attendance.idPoor ?? 0,
        })}
      </p>
      {editing ? (
        <MinutesEditor meeting={meeting} onDone={() => setEditing(false)} />
      ) : (
        <>
          <h4>{t('partnerships.work.meetings.minutes')}</h4>
          <p className="prose">{written ? meeting.minutes : t('partnerships.work.meetings.noMinutes')}</p>
        </>
      )}
      {meeting.decisions.length > 0 && (
        <>
          <h4>{t('partnerships.work.meetings.decisions')}</h4>
          <ul>
            {meeting.decisions.map((decision, index) => (
              <li key={index}>{decision}</li>
            ))}
          </ul>
        </>
      )}
      {meeting.actionItems.length > 0 && (
        <>
          <h4>{t('partnerships.work.meetings.actionItems')}</h4>
          <ul>
            {meeting.actionItems.map((item, index) => (
              <li key={index}>
                {item.description} — <PartyById parties={parties} id={item.ownerOrganizationId} />,{' '}
                {t('partnerships.work.commitments.due', { date: formatDate(item.dueDate) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('partnerships.work.meetings.approvedBy')}</h4>
      {meeting.approvals.length === 0 ? (
        <p className="muted">{t('partnerships.work.meetings.noApprovals')}</p>
      ) : (
        <ul className="plain-list">
          {meeting.approvals.map((approval) => (
            <li key={approval.organizationId}>
              <PartyById parties={parties} id={approval.organizationId} />
            </li>
          ))}
        </ul>
      )}
      {approve.error && (
        <p role="alert" className="form-alert">
          {problemMessage(approve.error)}
        </p>
      )}
      {workerOrganizationId !== null && !editing && (
        <div className="form-actions">
          {mayApprove && (
            <button type="button" className="button button-primary" disabled={approve.isPending} onClick={() => approve.mutate(meeting)}>
              {t('partnerships.work.meetings.approve')}
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={() => setEditing(true)}>
            {t('partnerships.work.meetings.editMinutes')}
          </button>
        </div>
      )}
    </article>
  );
}
