// The user list's filters. Lists of choices apply at once; the typed name or e-mail applies on Search.
import { ROLES } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useLookups } from '../../../components/lookups';
import { FilterForm } from '../../../components/filter-form';
import { SelectField } from '../../../components/select-field';
import { useFilterDraft } from '../../../lib/use-filter-draft';
import { hasFilters, oneOf } from '../../../lib/use-url-filters';
import type { UserFilters } from '../api/get-users';
import { useUserOptions } from './user-options';

interface UserFilterFormProps {
  filters: UserFilters;
  onApply: (filters: UserFilters) => void;
}

export function UserFilterForm({ filters, onApply }: UserFilterFormProps) {
  const { t } = useTranslation();
  const { OrganizationPicker } = useLookups();
  const options = useUserOptions();
  const { draft, edit, apply, clear, submit } = useFilterDraft(filters, onApply);

  return (
    <FilterForm
      label={t('users.list.filters')}
      search={{ label: t('users.list.search'), value: draft.q ?? '', onChange: (q) => edit({ q }) }}
      onSubmit={submit}
      clear={hasFilters(filters) ? { label: t('users.list.clearFilters'), onClear: clear } : undefined}
    >
      <div className="filters-grid">
        <SelectField
          name="role"
          label={t('users.fields.role')}
          emptyLabel={t('users.list.anyRole')}
          options={options.roles}
          value={draft.role ?? ''}
          onValueChange={(value) => apply({ role: oneOf(ROLES, value) })}
        />
        <SelectField
          name="active"
          label={t('users.fields.status')}
          emptyLabel={t('users.list.anyStatus')}
          options={[
            { value: 'true', label: t('users.status.active') },
            { value: 'false', label: t('users.status.deactivated') },
          ]}
          value={draft.active ?? ''}
          onValueChange={(value) => apply({ active: oneOf(['true', 'false'], value) })}
        />
      </div>
      <OrganizationPicker
        name="organizationId"
        label={t('users.fields.organization')}
        emptyLabel={t('users.list.anyOrganization')}
        value={draft.organizationId ?? ''}
        onChange={(organizationId) => apply({ organizationId: organizationId || undefined })}
      />
    </FilterForm>
  );
}
