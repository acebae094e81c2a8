// The partnership list's filters: status, function and form and province apply at once; the title on Search.
import { PARTNERSHIP_FORMS, PARTNERSHIP_FUNCTIONS, PARTNERSHIP_STATUSES } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { AdminUnitPicker } from '../../../components/admin-units/admin-unit-picker';
import { FilterForm } from '../../../components/filter-form';
import { SelectField } from '../../../components/select-field';
import { useFilterDraft } from '../../../lib/use-filter-draft';
import { hasFilters, oneOf } from '../../../lib/use-url-filters';
import type { PartnershipFilters } from '../api/get-partnerships';
import { usePartnershipOptions } from './partnership-options';

interface PartnershipFilterFormProps {
  filters: PartnershipFilters;
  onApply: (filters: PartnershipFilters) => void;
}

export function PartnershipFilterForm({ filters, onApply }: PartnershipFilterFormProps) {
  const { t } = useTranslation();
  const options = usePartnershipOptions();
  const { draft, edit, apply, clear, submit } = useFilterDraft(filters, onApply);
  return (
    <FilterForm
      label={t('partnerships.list.filters')}
      search={{ label: t('partnerships.list.search'), value: draft.q ?? '', onChange: (q) => edit({ q }) }}
      onSubmit={submit}
      clear={hasFilters(filters) ? { label: t('partnerships.list.clearFilters'), onClear: clear } : undefined}
    >
      <div className="filters-grid">
        <SelectField
          name="status"
          label={t('partnerships.fields.status')}
          emptyLabel={t('partnerships.list.anyStatus')}
          options={options.statuses}
          value={draft.status ?? ''}
          onValueChange={(value) => apply({ status: oneOf(PARTNERSHIP_STATUSES, value) })}
        />
        <SelectField
          name="function"
          label={t('partnerships.fields.function')}
          emptyLabel={t('partnerships.list.anyFunction')}
          options={options.functions}
          value={draft.function ?? ''}
          onValueChange={(value) => apply({ function: oneOf(PARTNERSHIP_FUNCTIONS, value) })}
        />
        <SelectField
          name="form"
          label={t('partnerships.fields.form')}
          emptyLabel={t('partnerships.list.anyForm')}
          options={options.forms}
          value={draft.form ?? ''}
          onValueChange={(value) => apply({ form: oneOf(PARTNERSHIP_FORMS, value) })}
        />
      </div>
      <AdminUnitPicker
        name="province"
        legend={t('partnerships.list.where')}
        anyProvinceLabel={t('partnerships.list.anyProvince')}
        provinceOnly
        value={draft.province ?? ''}
        onChange={(province) => apply({ province: province || undefined })}
      />
    </FilterForm>
  );
}
