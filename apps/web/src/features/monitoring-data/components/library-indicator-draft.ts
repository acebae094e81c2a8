// The library form's draft (text per field) and the inputs the API takes: everything for a new indicator, only
// what changed for an edit.
import type { Disaggregation } from '@daikou/domain';
import type { LibraryIndicator } from '../api/get-indicator-library';

export interface LibraryIndicatorDraft {
  name: string;
  nameKm: string;
  unit: string;
  frequency: string;
  disaggregations: Disaggregation[];
  sector: string;
  description: string;
}

export const LIBRARY_INDICATOR_FIELDS = ['name', 'nameKm', 'unit', 'frequency', 'disaggregations', 'sector', 'description'] as const;

export function libraryDraftOf(indicator?: LibraryIndicator): LibraryIndicatorDraft {
  return {
    name: indicator?.name ?? '',
    nameKm: indicator?.nameKm ?? '',
    unit: indicator?.unit ?? '',
    frequency: indicator?.frequency ?? '',
    disaggregations: indicator ? [...indicator.disaggregations] : [],
    sector: indicator?.sector ?? '',
    description: indicator?.description ?? '',
  };
}

export function libraryCreateInputOf(draft: LibraryIndicatorDraft) {
  return {
    name: draft.name,
    nameKm: draft.nameKm,
    unit: draft.unit,
    frequency: draft.frequency || undefined,
    disaggregations: draft.disaggregations,
    sector: draft.sector || undefined,
    description: draft.description || undefined,
  };
}

/** The fields that differ from the stored indicator; an emptied sector is removed (null). */
export function libraryUpdateInputOf(draft: LibraryIndicatorDraft, stored: LibraryIndicator) {
  const before = libraryDraftOf(stored);
  const patch: Record<string, unknown> = {};
  for (const field of ['name', 'nameKm', 'unit', 'frequency', 'description'] as const) {
    if (draft[field] !== before[field]) patch[field] = draft[field] || undefined;
  }
  if (draft.disaggregations.join() !== before.disaggregations.join()) patch.disaggregations = draft.disaggregations;
  if (draft.sector !== before.sector) patch.sector = draft.sector || null;
  return patch;
}
