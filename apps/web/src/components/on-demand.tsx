// A component of another feature loaded only when first shown (with its stylesheet), behind a loading line, so the
// app shell that hands it out (src/app/lookups.ts) stays light.
import { lazy, Suspense, type ComponentType } from 'react';
import { PageLoading } from './page-loading';

export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
