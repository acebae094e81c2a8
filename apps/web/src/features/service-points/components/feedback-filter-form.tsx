// The feedback inbox's filters: status and service point, each applied at once.
import { FEEDBACK_STATUS_LABELS, FEEDBACK_STATUSES } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../components/filter-form';
import { SelectField } from '../../../components/select-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { useFilterDraft } from '../../../lib/use-filter-draft';
import { hasFilters, oneOf } from '../../../lib/use-url-filters';
import type { FeedbackFilters } from '../api/get-feedback';
import { ServicePointPicker } from './service-point-picker';

interface FeedbackFilterFormProps {
  filters: FeedbackFilters;
  onApply: (filters: FeedbackFilters) => void;
}

export function FeedbackFilterForm({ filters, onApply }: FeedbackFilterFormProps) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const { draft, apply, clear, submit } = useFilterDraft(filters, onApply);
  return (
    <FilterForm
      label={t('feedbackInbox.filters')}
      onSubmit={submit}
      clear={hasFilters(filters) ? { label: t('feedbackInbox.clearFilters'), onClear: clear } : undefined}
    >
      <div className="filters-grid">
        <SelectField
          name="status"
          label={t('feedbackInbox.fields.status')}
          emptyLabel={t('feedbackInbox.anyStatus')}
          options={FEEDBACK_STATUSES.map((status) => ({ value: status, label: inLanguage(FEEDBACK_STATUS_LABELS[status]) }))}
          value={draft.status ?? ''}
          onValueChange={(value) => apply({ status: oneOf(FEEDBACK_STATUSES, value) })}
        />
      </div>
      <ServicePointPicker
        name="servicePointId"
        label={t('feedbackInbox.fields.servicePoint')}
        emptyLabel={t('feedbackInbox.anyServicePoint')}
        value={draft.servicePointId ?? ''}
        onChange={(servicePointId) => apply({ servicePointId: servicePointId || undefined })}
      />
    </FilterForm>
  );
}
