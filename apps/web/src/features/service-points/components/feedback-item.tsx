// One piece of citizens' feedback: what they wrote (plain text, never read as HTML), where and how it came, its
// triage status and linked action item; officers acknowledge it, mark it acted on and link it to an action item.
import { FEEDBACK_CHANNEL_LABELS, FEEDBACK_MOVES, FEEDBACK_STATUS_LABELS, type FeedbackStatus } from '@daikou/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { Feedback } from '../api/get-feedback';
import { useTriageFeedback } from '../api/triage-feedback';
import { bilingualNames } from './bilingual-name';
import { LinkActionItemDialog } from './link-action-item-dialog';
import { LinkedActionItem } from './linked-action-item';

// Feedback only moves forward, so these are the only statuses a triage button leads to.
const triageLabelKeys = { acknowledged: 'feedbackInbox.triage.acknowledge', acted_on: 'feedbackInbox.triage.actedOn' } as const;
type TriageTarget = keyof typeof triageLabelKeys;
const isTriageTarget = (status: FeedbackStatus): status is TriageTarget => status in triageLabelKeys;

export function FeedbackItem({ feedback, triages }: { feedback: Feedback; triages: boolean }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const formatDateTime = useDateTimeFormat();
  const problemMessage = useProblemMessage();
  const triage = useTriageFeedback();
  const [linking, setLinking] = useState(false);
  const headingId = useId();
  const status = feedback.status as FeedbackStatus;
  const servicePoint = bilingualNames({ name: feedback.servicePointName, nameKm: feedback.servicePointNameKm }, currentLanguage()).primary;
  const moves = triages ? FEEDBACK_MOVES[status].filter(isTriageTarget) : [];
  return (
    <li className={`feedback-item feedback-item-${status}`} aria-labelledby={headingId}>
      <p className="feedback-meta" id={headingId}>
        <span className={`badge feedback-status-${status}`}>{inLanguage(FEEDBACK_STATUS_LABELS[status])}</span>
        <span>{t('feedbackInbox.received', { when: formatDateTime(feedback.createdAt) })}</span>
        <span>{inLanguage(FEEDBACK_CHANNEL_LABELS[feedback.channel])}</span>
        {feedback.rating !== null && <span>{t('feedbackInbox.rating', { rating: feedback.rating })}</span>}
      </p>
      {/* A text node: React escapes it, so markup a sender typed shows as the characters they typed. */}
      <p className="feedback-text">{feedback.text}</p>
      <p className="feedback-meta">
        {t('feedbackInbox.fields.servicePoint')}:{' '}
        <Link to={`/service-points/${feedback.servicePointId}`} lang={servicePoint.lang}>
          {servicePoint.text}
        </Link>
      </p>
      {feedback.actionItemId && <LinkedActionItem feedback={feedback} />}
      {triages && (
        <div className="button-row">
          {moves.map((next) => (
            <button
              key={next}
              type="button"
              className="button button-quiet button-small"
              disabled={triage.isPending}
              onClick={() => triage.mutate({ id: feedback.id, input: { status: next } })}
            >
              {t(triageLabelKeys[next])}
            </button>
          ))}
          <button type="button" className="button button-quiet button-small" onClick={() => setLinking(true)}>
            {feedback.actionItemId ? t('feedbackInbox.link.change') : t('feedbackInbox.link.open')}
          </button>
        </div>
      )}
      {triage.error && (
        <p role="alert" className="form-alert">
          {problemMessage(triage.error)}
        </p>
      )}
      <LinkActionItemDialog feedback={feedback} open={linking} onClose={() => setLinking(false)} />
    </li>
  );
}
