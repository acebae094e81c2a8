// The dashboards' filters: province, function, the months partnerships started in and, on cycle times, the
// administrative level. Every choice applies at once; a month range that ends before it starts is named, not sent.
import {
  ADMIN_UNIT_LEVEL_LABELS,
  ADMIN_UNIT_LEVELS,
  FUNCTION_LABELS,
  PARTNERSHIP_FUNCTIONS,
  localizeValidationMessage,
  validationMessage,
} from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { AdminUnitPicker } from '../../../components/admin-units/admin-unit-picker';
import { FilterForm } from '../../../components/filter-form';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { currentLanguage } from '../../../lib/i18n';
import { useBilingual } from '../../../lib/use-bilingual';
import { useFilterDraft } from '../../../lib/use-filter-draft';
import { hasFilters, oneOf } from '../../../lib/use-url-filters';
import type { DashboardFilters } from '../routes/dashboard-filters';

interface DashboardFilterFormProps {
  filters: DashboardFilters;
  onApply: (filters: DashboardFilters) => void;
  /** Offer the administrative level too (cycle times). */
  withLevel?: boolean;
}

const reversed = (filters: DashboardFilters) => filters.from !== undefined && filters.to !== undefined && filters.to < filters.from;

export function DashboardFilterForm({ filters, onApply, withLevel = false }: DashboardFilterFormProps) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const { draft, edit, apply, clear, submit } = useFilterDraft(filters, onApply);
  const applyMonths = (change: Pick<DashboardFilters, 'from' | 'to'>) => {
    const next = { ...draft, ...change };
    if (reversed(next)) edit(change);
    else apply(change);
  };
  const monthsError = reversed(draft) ? localizeValidationMessage(validationMessage('months_reversed'), currentLanguage()) : undefined;
  return (
    <FilterForm
      label={t('dashboard.filters.label')}
      onSubmit={submit}
      clear={hasFilters(filters) ? { label: t('dashboard.filters.clear'), onClear: clear } : undefined}
    >
      <div className="filters-grid">
        <SelectField
          name="function"
          label={t('dashboard.filters.function')}
          emptyLabel={t('dashboard.filters.anyFunction')}
          options={PARTNERSHIP_FUNCTIONS.map((value) => ({ value, label: inLanguage(FUNCTION_LABELS[value]) }))}
          value={draft.function ?? ''}
          onValueChange={(value) => apply({ function: oneOf(PARTNERSHIP_FUNCTIONS, value) })}
        />
        {withLevel && (
          <SelectField
            name="level"
            label={t('dashboard.filters.level')}
            emptyLabel={t('dashboard.filters.anyLevel')}
            options={ADMIN_UNIT_LEVELS.map((value) => ({ value, label: inLanguage(ADMIN_UNIT_LEVEL_LABELS[value]) }))}
            value={draft.level ?? ''}
            onValueChange={(value) => apply({ level: oneOf(ADMIN_UNIT_LEVELS, value) })}
          />
        )}
        <TextField
          name="from"
          type="month"
          label={t('dashboard.filters.from')}
          value={draft.from ?? ''}
          onChange={(event) => applyMonths({ from: event.target.value || undefined })}
        />
        <TextField
          name="to"
          type="month"
          label={t('dashboard.filters.to')}
          value={draft.to ?? ''}
          error={monthsError}
          onChange={(event) => applyMonths({ to: event.target.value || undefined })}
        />
      </div>
      <AdminUnitPicker
        name="province"
        legend={t('dashboard.filters.where')}
        anyProvinceLabel={t('dashboard.filters.anyProvince')}
        provinceOnly
        value={draft.province ?? ''}
        onChange={(province) => apply({ province: province || undefined })}
      />
    </FilterForm>
  );
}
