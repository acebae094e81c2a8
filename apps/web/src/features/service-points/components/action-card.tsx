// One action item on the board: what, whose, by when (overdue flagged), where it comes from, the feedback linked to
// it and its follow-up. The parties' officers move it to the statuses the domain allows next (buttons; dragging is
// only a shortcut), add follow-up notes and evidence, and make it a commitment of the partnership.
import { ACTION_ITEM_MOVES, ACTION_ITEM_STATUS_LABELS, isFinalActionItemStatus, type ActionItemStatus } from '@daikou/domain';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { currentLanguage } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';
import { useDateFormat } from '../../../lib/use-date-time-format';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { ActionPlanItem } from '../api/get-action-items';
import { useMakeCommitment } from '../api/make-commitment';
import { useUpdateActionItem } from '../api/update-action-item';
import { bilingualNames } from './bilingual-name';
import { FollowUpDialog } from './follow-up-dialog';

interface ActionCardProps {
  item: ActionPlanItem;
  works: boolean;
  onDragStart: (item: ActionPlanItem) => void;
  onDragEnd: () => void;
}

export function ActionCard({ item, works, onDragStart, onDragEnd }: ActionCardProps) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const formatDate = useDateFormat();
  const problemMessage = useProblemMessage();
  const update = useUpdateActionItem();
  const commit = useMakeCommitment();
  const [writing, setWriting] = useState(false);
  const [committing, setCommitting] = useState(false);
  const moveLabelId = useId();
  const status = item.status as ActionItemStatus;
  const moves = works ? ACTION_ITEM_MOVES[status] : [];
  const language = currentLanguage();
  const owner = bilingualNames({ name: item.ownerName, nameKm: item.ownerNameKm }, language).primary;
  const servicePoint = bilingualNames({ name: item.servicePointName, nameKm: item.servicePointNameKm }, language).primary;
  const [latestNote, ...earlierNotes] = item.followUpNotes.toReversed();
  const error = update.error ?? commit.error;

  function startDrag(event: DragEvent<HTMLElement>) {
    event.dataTransfer.setData('text/plain', item.id);
    event.dataTransfer.effectAllowed = 'move';
    onDragStart(item);
  }

  return (
    <li>
      <article
        className={`action-card${item.overdue ? ' action-card-overdue' : ''}`}
        aria-label={item.description}
        draggable={moves.length > 0}
        onDragStart={moves.length > 0 ? startDrag : undefined}
        onDragEnd={onDragEnd}
      >
        <h4>{item.description}</h4>
        {/* The column says the status; the card says what the column cannot. */}
        {(item.overdue || item.commitmentId) && (
          <p className="button-row">
            {item.overdue && <span className="badge overdue-badge">{t('actionPlan.overdue')}</span>}
            {item.commitmentId && (
              <Link to={`/partnerships/${item.partnershipId}?tab=commitments`} className="badge badge-positive">
                {t('actionPlan.isCommitment')}
              </Link>
            )}
          </p>
        )}
        <dl className="action-facts">
          <div>
            <dt>{t('actionPlan.fields.owner')}</dt>
            <dd lang={owner.lang}>{owner.text}</dd>
          </div>
          <div>
            <dt>{t('actionPlan.fields.dueDate')}</dt>
            <dd>{formatDate(item.dueDate)}</dd>
          </div>
          <div>
            <dt>{t('actionPlan.fields.servicePoint')}</dt>
            <dd>
              <Link to={`/service-points/${item.servicePointId}`} lang={servicePoint.lang}>
                {servicePoint.text}
              </Link>
            </dd>
          </div>
          <div>
            <dt>{t('actionPlan.fields.round')}</dt>
            <dd>
              <Link to={`/service-points/${item.servicePointId}/scorecards/${item.scorecardId}`}>{formatDate(item.scorecardDate)}</Link>
            </dd>
          </div>
          {item.linkedFeedbackCount > 0 && (
            <div>
              <dt>{t('actionPlan.fields.feedback')}</dt>
              <dd>{t('actionPlan.linkedFeedback', { count: item.linkedFeedbackCount })}</dd>
            </div>
          )}
        </dl>
        {item.evidence && (
          <p className="action-note">
            <strong>{t('actionPlan.followUp.evidence')}:</strong> {item.evidence}
          </p>
        )}
        {latestNote && (
          <p className="action-note">
            <strong>{formatDate(latestNote.date)}:</strong> {latestNote.text}
          </p>
        )}
        {earlierNotes.length > 0 && (
          <details>
            <summary>{t('actionPlan.followUp.earlier', { count: earlierNotes.length })}</summary>
            {earlierNotes.map((note) => (
              <p key={note.at} className="action-note">
                <strong>{formatDate(note.date)}:</strong> {note.text}
              </p>
            ))}
          </details>
        )}
        {moves.length > 0 && (
          <div className="button-row action-moves" role="group" aria-labelledby={moveLabelId}>
            <span id={moveLabelId} className="muted">
              {t('actionPlan.moveTo')}
            </span>
            {moves.map((next) => (
              <button
                key={next}
                type="button"
                className="button button-quiet button-small"
                disabled={update.isPending}
                onClick={() => update.mutate({ item, input: { status: next } })}
              >
                {inLanguage(ACTION_ITEM_STATUS_LABELS[next])}
              </button>
            ))}
          </div>
        )}
        {works && (
          <div className="button-row">
            <button type="button" className="button button-quiet button-small" onClick={() => setWriting(true)}>
              {t('actionPlan.followUp.open')}
            </button>
            {!item.commitmentId && !isFinalActionItemStatus(status) && (
              <button type="button" className="button button-quiet button-small" disabled={commit.isPending} onClick={() => setCommitting(true)}>
                {t('actionPlan.commitment.open')}
              </button>
            )}
          </div>
        )}
        {error && (
          <p role="alert" className="form-alert">
            {problemMessage(error)}
          </p>
        )}
      </article>
      <FollowUpDialog item={item} open={writing} onClose={() => setWriting(false)} />
      <ConfirmDialog
        open={committing}
        title={t('actionPlan.commitment.title')}
        body={t('actionPlan.commitment.body', { date: formatDate(item.dueDate) })}
        confirmLabel={t('actionPlan.commitment.confirm')}
        onConfirm={() => {
          setCommitting(false);
          commit.mutate(item);
        }}
        onCancel={() => setCommitting(false)}
      />
    </li>
  );
}
