// The monitoring-data pieces other features show (see src/app/lookups.ts), each loaded with its stylesheet only when
// first shown: the app shell that hands them out loads with the first screen.
import type { IndicatorLibraryPickerProps, ScorecardImportHistoryProps, ScorecardImportStatusProps, ScorecardImportWizardProps } from '../../../components/lookups';
import { onDemand } from '../../../components/on-demand';

export const LibraryIndicatorPicker = onDemand<IndicatorLibraryPickerProps>(async () => (await import('./library-indicator-picker')).LibraryIndicatorPicker);
export const ScorecardImportWizard = onDemand<ScorecardImportWizardProps>(async () => (await import('./scorecard-import-wizard')).ScorecardImportWizard);
export const ScorecardImportStatus = onDemand<ScorecardImportStatusProps>(async () => (await import('./scorecard-import-status')).ScorecardImportStatus);
export const ScorecardImportHistory = onDemand<ScorecardImportHistoryProps>(async () => (await import('./scorecard-import-history')).ScorecardImportHistory);
