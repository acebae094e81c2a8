// Hands each feature the pieces of other features it shows (see src/components/lookups.tsx).
import type { Lookups, PartnershipTabProps } from '../components/lookups';
import { onDemand } from '../components/on-demand';
import {
  LibraryIndicatorPicker,
  ScorecardImportHistory,
  ScorecardImportStatus,
  ScorecardImportWizard,
} from '../features/monitoring-data/components/lazy-lookups';
import { OrganizationName } from '../features/organizations/components/organization-name';
import { OrganizationPicker } from '../features/organizations/components/organization-picker';
import { UserName } from '../features/users/components/user-name';

export const lookups: Lookups = {
  OrganizationName,
  OrganizationPicker,
  UserName,
  IndicatorLibraryPicker: LibraryIndicatorPicker,
  ScorecardImportWizard,
  ScorecardImportStatus,
  ScorecardImportHistory,
  ActionPlanBoard: onDemand<PartnershipTabProps>(async () => (await import('../features/service-points/components/action-plan-board')).ActionPlanBoard),
  QualitySection: onDemand<PartnershipTabProps>(async () => (await import('../features/insight/components/quality-section')).QualitySection),
};
