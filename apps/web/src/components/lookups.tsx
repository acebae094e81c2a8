// Pieces of one feature that another feature shows: the users page picks organisations, the audit log
// names people, a partnership's monitoring picks library indicators and imports offline data. Features do not
// import each other, so the app hands these in (src/app/lookups.tsx).
import type { Schemas } from '@daikou/api-client';
import type { OrganizationKind } from '@daikou/domain';
import { createContext, use, type ComponentType } from 'react';
import type { To } from 'react-router';

export interface OrganizationPickerProps {
  label: string;
  hint?: string;
  /** Names the picker's fieldset, so a form can focus it when it is invalid. */
  name: string;
  /** The chosen organisation's id, or '' for none. */
  value: string;
  onChange: (organizationId: string) => void;
  /** Offer only organisations of this kind. */
  kind?: OrganizationKind;
  /** The text for "none chosen", e.g. "All organisations" in a filter. */
  emptyLabel?: string;
  error?: string;
}

/** What a partnership copies from a library indicator it picks. */
export type LibraryIndicatorChoice = Pick<Schemas['LibraryIndicator'], 'id' | 'name' | 'nameKm' | 'unit' | 'frequency' | 'disaggregations'>;

export interface IndicatorLibraryPickerProps {
  onPick: (indicator: LibraryIndicatorChoice) => void;
}

export interface ScorecardImportWizardProps {
  partnershipId: string;
  /** The import has started: show its progress. */
  onStarted: (importId: string) => void;
  onCancel: () => void;
}

export interface ScorecardImportStatusProps {
  importId: string;
  backTo: To;
}

export interface ScorecardImportHistoryProps {
  partnershipId: string;
  linkTo: (importId: string) => To;
  /** Where a new import starts, for those who may import; null for the others. */
  newTo: To | null;
}

/** What a tab of the partnership page that another feature draws is given. */
export interface PartnershipTabProps {
  partnership: Schemas['Partnership'];
}

export interface Lookups {
  OrganizationName: ComponentType<{ id: string }>;
  OrganizationPicker: ComponentType<OrganizationPickerProps>;
  UserName: ComponentType<{ id: string }>;
  IndicatorLibraryPicker: ComponentType<IndicatorLibraryPickerProps>;
  ScorecardImportWizard: ComponentType<ScorecardImportWizardProps>;
  ScorecardImportStatus: ComponentType<ScorecardImportStatusProps>;
  ScorecardImportHistory: ComponentType<ScorecardImportHistoryProps>;
  /** The partnership's action plan (JAAP) board, from the service points feature. */
  ActionPlanBoard: ComponentType<PartnershipTabProps>;
  /** The partnership's quality self-assessment and equity gap, from the insight feature. */
  QualitySection: ComponentType<PartnershipTabProps>;
}

const LookupsContext = createContext<Lookups | null>(null);

export const LookupsProvider = LookupsContext.Provider;

export function useLookups(): Lookups {
  const lookups = use(LookupsContext);
  if (!lookups) throw new Error('useLookups is used outside <LookupsProvider> (the app shell provides it)');
  return lookups;
}
