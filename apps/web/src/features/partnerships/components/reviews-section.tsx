// The Ministry of Interior's reviews of the partnership and, for a reviewer once it has been active, the form
// to record one (a final review is what allows closing it).
import { REVIEW_DECISION_LABELS, REVIEW_KIND_LABELS, reviewInput, type PartnershipStatus } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field';
import { TextareaField } from '../../../components/textarea-field';
import { useSignedInUser } from '../../../lib/current-user';
import { useBilingual } from '../../../lib/use-bilingual';
import { useCheckedForm } from '../../../lib/use-checked-form';
import { useDateTimeFormat } from '../../../lib/use-date-time-format';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useCreateReview } from '../api/create-review';
import { useReviews } from '../api/get-reviews';
import { ActorName } from './actor-name';
import { usePartnershipOptions } from './partnership-options';

// The statuses in which the API records reviews (apps/api reviews.service: once the partnership has been active).
const reviewable: ReadonlySet<PartnershipStatus> = new Set(['active', 'suspended', 'completed', 'terminated']);

function ReviewForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const options = usePartnershipOptions();
  const problemMessage = useProblemMessage();
  const create = useCreateReview();
  const { draft, set, errorFor, submit } = useCheckedForm({
    initial: { kind: '', decision: '', lessons: '' },
    fields: ['kind', 'decision', 'lessons'],
    error: create.error,
    check: (review) =>
      reviewInput.safeParse({ kind: review.kind || undefined, decision: review.decision || undefined, lessons: review.lessons }),
    onSubmit: (input) => create.mutate({ id: partnershipId, input }, { onSuccess: () => set({ lessons: '' }) }),
  });
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="review-form-heading">
      <h3 id="review-form-heading">{t('partnerships.reviews.new')}</h3>
      {create.error && (
        <p role="alert" className="form-alert">
          {problemMessage(create.error)}
        </p>
      )}
      {create.isSuccess && (
        <p role="status" className="form-success">
          {t('partnerships.reviews.done')}
        </p>
      )}
      <SelectField
        name="kind"
        label={t('partnerships.reviews.kind')}
        emptyLabel={t('common.choose')}
        options={options.reviewKinds}
        value={draft.kind}
        error={errorFor('kind')}
        onValueChange={(kind) => set({ kind })}
      />
      <SelectField
        name="decision"
        label={t('partnerships.reviews.decision')}
        emptyLabel={t('common.choose')}
        options={options.reviewDecisions}
        value={draft.decision}
        error={errorFor('decision')}
        onValueChange={(decision) => set({ decision })}
      />
      <TextareaField
        name="lessons"
        label={t('partnerships.reviews.lessons')}
        rows={4}
        value={draft.lessons}
        error={errorFor('lessons')}
        onChange={(event) => set({ lessons: event.target.value })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('partnerships.reviews.submit')}
        </button>
      </div>
    </form>
  );
}

export function ReviewsSection({ partnershipId, status }: { partnershipId: string; status: PartnershipStatus }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const formatDateTime = useDateTimeFormat();
  const user = useSignedInUser();
  const reviews = useReviews(partnershipId);
  const mayReview = user.role === 'moi_reviewer' && reviewable.has(status);
  if (!mayReview && (reviews.data?.length ?? 0) === 0) return null;
  return (
    <section className="panel" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('partnerships.reviews.title')}</h2>
      {reviews.data && reviews.data.length > 0 && (
        <ul className="plain-list review-list">
          {reviews.data.map((review) => (
            <li key={review.id}>
              <p>
                <strong>{inLanguage(REVIEW_KIND_LABELS[review.kind])}</strong> ·{' '}
                {inLanguage(REVIEW_DECISION_LABELS[review.decision])} · <ActorName id={review.reviewerId} /> ·{' '}
                <time dateTime={review.createdAt}>{formatDateTime(review.createdAt)}</time>
              </p>
              <p className="prose">{review.lessons}</p>
            </li>
          ))}
        </ul>
      )}
      {mayReview && <ReviewForm partnershipId={partnershipId} />}
    </section>
  );
}
