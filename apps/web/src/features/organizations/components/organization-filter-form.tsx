// The directory's search box and filters. Lists of choices apply at once; typed text applies on Search.
import { ORGANIZATION_KINDS, ORGANIZATION_TYPE_KIND, ORGANIZATION_TYPES, SECTOR_CODES } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { AdminUnitPicker } from '../../../components/admin-units/admin-unit-picker';
import { FilterForm } from '../../../components/filter-form';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useFilterDraft } from '../../../lib/use-filter-draft';
import { hasFilters, oneOf } from '../../../lib/use-url-filters';
import type { OrganizationFilters } from '../api/get-organizations';
import { useOrganizationOptions } from './organization-options';

interface OrganizationFilterFormProps {
  filters: OrganizationFilters;
  onApply: (filters: OrganizationFilters) => void;
}

export function OrganizationFilterForm({ filters, onApply }: OrganizationFilterFormProps) {
  const { t } = useTranslation();
  const options = useOrganizationOptions();
  const { draft, edit, apply, clear, submit } = useFilterDraft(filters, onApply);

  return (
    <FilterForm
      label={t('organizations.directory.filters')}
      search={{
        label: t('organizations.directory.search'),
        hint: t('organizations.directory.searchHint'),
        value: draft.q ?? '',
        onChange: (q) => edit({ q }),
      }}
      onSubmit={submit}
      clear={hasFilters(filters) ? { label: t('organizations.directory.clearFilters'), onClear: clear } : undefined}
    >
      <div className="filters-grid">
        <SelectField
          name="kind"
          label={t('organizations.fields.kind')}
          emptyLabel={t('organizations.directory.anyKind')}
          options={options.kinds}
          value={draft.kind ?? ''}
          onValueChange={(value) => {
            const kind = oneOf(ORGANIZATION_KINDS, value);
            // A type of the other kind would leave the list empty for no visible reason.
            const type = draft.type && kind && ORGANIZATION_TYPE_KIND[draft.type] !== kind ? undefined : draft.type;
            apply({ kind, type });
          }}
        />
        <SelectField
          name="type"
          label={t('organizations.fields.type')}
          emptyLabel={t('organizations.directory.anyType')}
          options={options.typesOf(draft.kind)}
          value={draft.type ?? ''}
          onValueChange={(value) => apply({ type: oneOf(ORGANIZATION_TYPES, value) })}
        />
        <SelectField
          name="sector"
          label={t('organizations.fields.sector')}
          emptyLabel={t('organizations.directory.anySector')}
          options={options.sectors}
          value={draft.sector ?? ''}
          onValueChange={(value) => apply({ sector: oneOf(SECTOR_CODES, value) })}
        />
        <TextField
          name="capacity"
          type="search"
          label={t('organizations.fields.capacity')}
          placeholder={t('organizations.directory.capacityExample')}
          value={draft.capacity ?? ''}
          onChange={(event) => edit({ capacity: event.target.value })}
        />
      </div>
      <AdminUnitPicker
        name="adminUnit"
        legend={t('organizations.fields.area')}
        anyProvinceLabel={t('organizations.directory.anyArea')}
        value={draft.adminUnit ?? ''}
        onChange={(code) => apply({ adminUnit: code || undefined })}
      />
    </FilterForm>
  );
}
