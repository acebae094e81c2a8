// The kinds of service point as choices of a drop-down list, in the reader's language.
import { SERVICE_POINT_KIND_LABELS, SERVICE_POINT_KINDS } from '@daikou/domain';
import type { SelectOption } from '../../../components/select-field';
import { useBilingual } from '../../../lib/use-bilingual';

export function useKindOptions(): SelectOption[] {
  const inLanguage = useBilingual();
  return SERVICE_POINT_KINDS.map((kind) => ({ value: kind, label: inLanguage(SERVICE_POINT_KIND_LABELS[kind]) }));
}
