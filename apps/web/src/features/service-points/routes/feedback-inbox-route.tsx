// /feedback — citizens' feedback on the service points the user's organisation monitors, newest first, filtered by
// status and service point; officers triage it here. The list downloads as CSV with the same filters.
import { useTranslation } from 'react-i18next';
import { EmptyResults } from '../../../components/empty-results';
import { PageHeader } from '../../../components/page-header';
import { PagedResults } from '../../../components/paged-results';
import { actorOf, useSignedInUser } from '../../../lib/current-user';
import { currentLanguage } from '../../../lib/i18n';
import { hasFilters, useUrlFilters } from '../../../lib/use-url-filters';
import { useFeedbackPages, type FeedbackFilters } from '../api/get-feedback';
import { FeedbackFilterForm } from '../components/feedback-filter-form';
import { FeedbackItem } from '../components/feedback-item';
import { mayTriageFeedback } from '../service-point-policy';
import { parseFeedbackFilters } from './feedback-filters';
import '../service-points.css';

function csvAddress(filters: FeedbackFilters): string {
  const query = new URLSearchParams({ format: 'csv', lang: currentLanguage() });
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  return `/api/feedback?${query}`;
}

export function FeedbackInboxRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [filters, setFilters] = useUrlFilters(parseFeedbackFilters);
  const pages = useFeedbackPages(filters);
  const triages = mayTriageFeedback(actorOf(user));
  return (
    <section aria-labelledby="page-heading">
      <PageHeader
        title={t('feedbackInbox.title')}
        actions={
          <a className="button button-quiet" href={csvAddress(filters)} download>
            {t('feedbackInbox.download')}
          </a>
        }
      />
      <p className="notice-text">{t('feedbackInbox.explained')}</p>
      <FeedbackFilterForm filters={filters} onApply={setFilters} />
      <PagedResults
        pages={pages}
        label={t('feedbackInbox.results')}
        empty={
          hasFilters(filters) ? (
            <EmptyResults
              message={t('feedbackInbox.noMatch')}
              action={
                <button type="button" className="button button-quiet" onClick={() => setFilters({})}>
                  {t('feedbackInbox.clearFilters')}
                </button>
              }
            />
          ) : (
            <EmptyResults message={t('feedbackInbox.empty')} />
          )
        }
      >
        {(items) => (
          <ul className="feedback-list">
            {items.map((feedback) => (
              <FeedbackItem key={feedback.id} feedback={feedback} triages={triages} />
            ))}
          </ul>
        )}
      </PagedResults>
    </section>
  );
}
