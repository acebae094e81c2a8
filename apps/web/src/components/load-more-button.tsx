// The next page of a list; lists page by cursor, so there is no page count to show.
import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

export function LoadMoreButton({ pages }: { pages: UseInfiniteQueryResult<unknown> }) {
  const { t } = useTranslation();
  if (!pages.hasNextPage) return null;
  return (
    <div className="load-more">
      <button
        type="button"
        className="button button-quiet"
        disabled={pages.isFetchingNextPage}
        onClick={() => void pages.fetchNextPage()}
      >
        {pages.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
      </button>
      {pages.isFetchNextPageError && (
        <p role="alert" className="field-error">
          {t('common.loadMoreFailed')}
        </p>
      )}
    </div>
  );
}
