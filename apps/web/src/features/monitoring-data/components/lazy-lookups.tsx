// The monitoring-data pieces other features show (see src/app/lookups.ts), each loaded with its stylesheet only when
// first shown: the app shell that hands them out loads with the first screen.
import { lazy, Suspense, type ComponentType } from 'react';
import type { IndicatorLibraryPickerProps, ScorecardImportHistoryProps, ScorecardImportStatusProps, ScorecardImportWizardProps } from '../../../components/lookups';
import { PageLoading } from '../../../components/page-loading';

function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}

export const LibraryIndicatorPicker = onDemand<IndicatorLibraryPickerProps>(async () => (await import('./library-indicator-picker')).LibraryIndicatorPicker);
export const ScorecardImportWizard = onDemand<ScorecardImportWizardProps>(async () => (await import('./scorecard-import-wizard')).ScorecardImportWizard);
export const ScorecardImportStatus = onDemand<ScorecardImportStatusProps>(async () => (await import('./scorecard-import-status')).ScorecardImportStatus);
export const ScorecardImportHistory = onDemand<ScorecardImportHistoryProps>(async () => (await import('./scorecard-import-history')).ScorecardImportHistory);
