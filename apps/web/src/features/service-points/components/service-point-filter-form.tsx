// The service point list's filters: kind and area apply at once; the name on Search.
import { SERVICE_POINT_KINDS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { AdminUnitPicker } from '../../../components/admin-units/admin-unit-picker';
import { FilterForm } from '../../../components/filter-form';
import { SelectField } from '../../../components/select-field';
import { useFilterDraft } from '../../../lib/use-filter-draft';
import { hasFilters, oneOf } from '../../../lib/use-url-filters';
import type { ServicePointFilters } from '../api/get-service-points';
import { useKindOptions } from './kind-options';

interface ServicePointFilterFormProps {
  filters: ServicePointFilters;
  onApply: (filters: ServicePointFilters) => void;
}

export function ServicePointFilterForm({ filters, onApply }: ServicePointFilterFormProps) {
  const { t } = useTranslation();
  const kindOptions = useKindOptions();
  const { draft, edit, apply, clear, submit } = useFilterDraft(filters, onApply);
  return (
    <FilterForm
      label={t('servicePoints.list.filters')}
      search={{ label: t('servicePoints.list.search'), value: draft.q ?? '', onChange: (q) => edit({ q }) }}
      onSubmit={submit}
      clear={hasFilters(filters) ? { label: t('servicePoints.list.clearFilters'), onClear: clear } : undefined}
    >
      <div className="filters-grid">
        <SelectField
          name="kind"
          label={t('servicePoints.fields.kind')}
          emptyLabel={t('servicePoints.list.anyKind')}
          options={kindOptions}
          value={draft.kind ?? ''}
          onValueChange={(value) => apply({ kind: oneOf(SERVICE_POINT_KINDS, value) })}
        />
      </div>
      <AdminUnitPicker
        name="adminUnit"
        legend={t('servicePoints.list.where')}
        anyProvinceLabel={t('servicePoints.list.anyProvince')}
        value={draft.adminUnit ?? ''}
        onChange={(adminUnit) => apply({ adminUnit: adminUnit || undefined })}
      />
    </FilterForm>
  );
}
