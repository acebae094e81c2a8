// The choices of kind, type and sector, labelled in the reader's language, for filters and forms alike.
import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_TYPE_KIND,
  ORGANIZATION_TYPE_LABELS,
  ORGANIZATION_TYPES,
  SECTOR_CODES,
  SECTOR_LABELS,
  type OrganizationKind,
} from '@daikou/domain';
import type { SelectOption } from '../../../components/select-field';
import { useBilingual } from '../../../lib/use-bilingual';

export function useOrganizationOptions() {
  const inLanguage = useBilingual();
  return {
    kinds: ORGANIZATION_KINDS.map((kind): SelectOption => ({ value: kind, label: inLanguage(ORGANIZATION_KIND_LABELS[kind]) })),
    /** The types of one kind, or every type when no kind is chosen. */
    typesOf: (kind: OrganizationKind | undefined) =>
      ORGANIZATION_TYPES.filter((type) => !kind || ORGANIZATION_TYPE_KIND[type] === kind).map(
        (type): SelectOption => ({ value: type, label: inLanguage(ORGANIZATION_TYPE_LABELS[type]) }),
      ),
    sectors: SECTOR_CODES.map((sector): SelectOption => ({ value: sector, label: inLanguage(SECTOR_LABELS[sector]) })),
  };
}
