// A list loaded a page at a time: loading, a failure with "Try again", what to say when it is empty, then the
// items and "Load more".
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LoadError } from './load-error';
import { LoadMoreButton } from './load-more-button';
import { PageLoading } from './page-loading';

interface PagedResultsProps<T> {
  pages: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  /** Names the region holding the items. */
  label: string;
  /** Shown instead of the region when there are no items. */
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}

export function PagedResults<T>({ pages, label, empty, children }: PagedResultsProps<T>) {
  if (pages.isPending) return <PageLoading />;
  if (pages.isError) return <LoadError onRetry={() => void pages.refetch()} />;
  const items = pages.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return empty;
  return (
    <section aria-label={label}>
      {children(items)}
      <LoadMoreButton pages={pages} />
    </section>
  );
}
