// The caller's organisation rates one occurrence of a commitment: kept, partly kept or not kept, with a comment.
import { RATING_LABELS, RATINGS, ratingInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog';
import { RadioGroup } from '../../../components/radio-group';
import { TextareaField } from '../../../components/textarea-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { useCheckedForm } from '../../../lib/use-checked-form';
import { useDateFormat } from '../../../lib/use-date-time-format';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { Commitment, Occurrence } from '../api/get-commitments';
import { useRateCommitment } from '../api/rate-commitment';

interface RatingDialogProps {
  commitment: Commitment;
  occurrence: Occurrence;
  open: boolean;
  onClose: () => void;
}

function RatingForm({ commitment, occurrence, onClose }: Omit<RatingDialogProps, 'open'>) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  const rate = useRateCommitment();
  const { draft, set, errorFor, submit } = useCheckedForm({
    initial: { rating: '', comment: '' },
    fields: ['rating', 'comment'],
    error: rate.error,
    check: (given) =>
      ratingInput.safeParse({ period: occurrence.dueDate, rating: given.rating || undefined, comment: given.comment || undefined }),
    onSubmit: (input) => rate.mutate({ commitment, input }, { onSuccess: onClose }),
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      {rate.error && (
        <p role="alert" className="form-alert">
          {problemMessage(rate.error)}
        </p>
      )}
      <RadioGroup
        name="rating"
        legend={t('partnerships.work.rating.rating')}
        options={RATINGS.map((rating) => ({ value: rating, label: inLanguage(RATING_LABELS[rating]) }))}
        value={draft.rating}
        error={errorFor('rating')}
        onValueChange={(rating) => set({ rating })}
      />
      <TextareaField
        name="comment"
        label={t('partnerships.work.rating.comment')}
        rows={3}
        value={draft.comment}
        error={errorFor('comment')}
        onChange={(event) => set({ comment: event.target.value })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={rate.isPending}>
          {rate.isPending ? t('common.saving') : t('partnerships.work.rating.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function RatingDialog({ commitment, occurrence, open, onClose }: RatingDialogProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (
    <ModalDialog open={open} title={t('partnerships.work.rating.title')} onClose={onClose}>
      <p>
        <strong>{commitment.title}</strong> · {t('partnerships.work.commitments.due', { date: formatDate(occurrence.dueDate) })}
      </p>
      <RatingForm commitment={commitment} occurrence={occurrence} onClose={onClose} />
    </ModalDialog>
  );
}
