// The audit log's filters: action and entity type apply at once; the entity id and dates on Search.
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../components/filter-form';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useFilterDraft } from '../../../lib/use-filter-draft';
import { hasFilters } from '../../../lib/use-url-filters';
import type { AuditFilters } from '../api/get-audit-entries';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-vocabulary';

interface AuditFilterFormProps {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

export function AuditFilterForm({ filters, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const { draft, edit, apply, clear, submit } = useFilterDraft(filters, onApply);
  const optionsOf = (vocabulary: Record<string, ParseKeys>): SelectOption[] =>
    Object.entries(vocabulary).map(([value, labelKey]) => ({ value, label: t(labelKey) }));

  return (
    <FilterForm
      label={t('audit.filters')}
      onSubmit={submit}
      clear={hasFilters(filters) ? { label: t('audit.clearFilters'), onClear: clear } : undefined}
    >
      <div className="filters-grid">
        <SelectField
          name="action"
          label={t('audit.columns.action')}
          emptyLabel={t('audit.anyAction')}
          options={optionsOf(AUDIT_ACTIONS)}
          value={draft.action ?? ''}
          onValueChange={(action) => apply({ action: action || undefined })}
        />
        <SelectField
          name="entityType"
          label={t('audit.entityType')}
          emptyLabel={t('audit.anyEntityType')}
          options={optionsOf(AUDIT_ENTITY_TYPES)}
          value={draft.entityType ?? ''}
          onValueChange={(entityType) => apply({ entityType: entityType || undefined })}
        />
        <TextField
          name="entityId"
          label={t('audit.entityId')}
          spellCheck={false}
          value={draft.entityId ?? ''}
          onChange={(event) => edit({ entityId: event.target.value })}
        />
        <TextField
          name="from"
          type="date"
          label={t('audit.from')}
          value={draft.from ?? ''}
          max={draft.to}
          onChange={(event) => edit({ from: event.target.value })}
        />
        <TextField
          name="to"
          type="date"
          label={t('audit.to')}
          value={draft.to ?? ''}
          min={draft.from}
          onChange={(event) => edit({ to: event.target.value })}
        />
      </div>
    </FilterForm>
  );
}
