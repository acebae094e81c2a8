// The choices of status, function, form, contribution kind and sector, labelled in the reader's language.
import {
  CONTRIBUTION_KIND_LABELS,
  CONTRIBUTION_KINDS,
  FORM_LABELS,
  FUNCTION_LABELS,
  PARTNERSHIP_FORMS,
  PARTNERSHIP_FUNCTIONS,
  PARTNERSHIP_STATUSES,
  REVIEW_DECISION_LABELS,
  REVIEW_DECISIONS,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
  SECTOR_CODES,
  SECTOR_LABELS,
  STATUS_LABELS,
  type Bilingual,
} from '@daikou/domain';
import type { SelectOption } from '../../../components/select-field';
import { useBilingual } from '../../../lib/use-bilingual';

export function usePartnershipOptions() {
  const inLanguage = useBilingual();
  const optionsOf = <T extends string>(values: readonly T[], labels: Readonly<Record<T, Bilingual>>): SelectOption[] =>
    values.map((value) => ({ value, label: inLanguage(labels[value]) }));
  return {
    statuses: optionsOf(PARTNERSHIP_STATUSES, STATUS_LABELS),
    functions: optionsOf(PARTNERSHIP_FUNCTIONS, FUNCTION_LABELS),
    forms: optionsOf(PARTNERSHIP_FORMS, FORM_LABELS),
    contributionKinds: optionsOf(CONTRIBUTION_KINDS, CONTRIBUTION_KIND_LABELS),
    sectors: optionsOf(SECTOR_CODES, SECTOR_LABELS),
    reviewKinds: optionsOf(REVIEW_KINDS, REVIEW_KIND_LABELS),
    reviewDecisions: optionsOf(REVIEW_DECISIONS, REVIEW_DECISION_LABELS),
  };
}
