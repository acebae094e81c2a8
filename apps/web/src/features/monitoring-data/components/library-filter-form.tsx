// The library's filters: words of a name (either language) on Search, a sector at once, and for the
// administrators who keep it, whether archived indicators show too.
import { SECTOR_CODES, SECTOR_LABELS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/checkbox-field';
import { FilterForm } from '../../../components/filter-form';
import { SelectField } from '../../../components/select-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { useFilterDraft } from '../../../lib/use-filter-draft';
import { hasFilters, oneOf } from '../../../lib/use-url-filters';
import type { IndicatorLibraryFilters } from '../api/get-indicator-library';

interface LibraryFilterFormProps {
  filters: IndicatorLibraryFilters;
  onApply: (filters: IndicatorLibraryFilters) => void;
  /** Archived indicators are the keepers' concern only. */
  offersArchived: boolean;
}

export function LibraryFilterForm({ filters, onApply, offersArchived }: LibraryFilterFormProps) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const { draft, edit, apply, clear, submit } = useFilterDraft(filters, onApply);
  return (
    <FilterForm
      label={t('indicatorLibrary.list.filters')}
      search={{ label: t('indicatorLibrary.list.search'), hint: t('indicatorLibrary.list.searchHint'), value: draft.q ?? '', onChange: (q) => edit({ q }) }}
      onSubmit={submit}
      clear={hasFilters(filters) ? { label: t('indicatorLibrary.list.clearFilters'), onClear: clear } : undefined}
    >
      <div className="filters-grid">
        <SelectField
          name="sector"
          label={t('indicatorLibrary.fields.sector')}
          emptyLabel={t('indicatorLibrary.list.anySector')}
          options={SECTOR_CODES.map((sector) => ({ value: sector, label: inLanguage(SECTOR_LABELS[sector]) }))}
          value={draft.sector ?? ''}
          onValueChange={(value) => apply({ sector: oneOf(SECTOR_CODES, value) })}
        />
      </div>
      {offersArchived && (
        <CheckboxField
          name="includeArchived"
          label={t('indicatorLibrary.list.includeArchived')}
          checked={draft.includeArchived === 'true'}
          onCheckedChange={(checked) => apply({ includeArchived: checked ? 'true' : undefined })}
        />
      )}
    </FilterForm>
  );
}
