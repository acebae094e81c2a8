// Chooses one organisation: a search box narrows the list by name (Khmer or Latin), the list holds the first
// matches and always the organisation already chosen. Also lent to other features (src/app/lookups.tsx).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationPickerProps } from '../../../components/lookups';
import { currentLanguage } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useOrganization } from '../api/get-organization';
import { useOrganizations, type Organization } from '../api/get-organizations';
import { organizationNames } from './organization-names';

export function OrganizationPicker({ label, hint, name, value, onChange, kind, emptyLabel, error }: OrganizationPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 250) || undefined;
  const matches = useOrganizations({ q, kind });
  const chosen = useOrganization(value);
  const found = matches.data?.items ?? [];
  const options: Organization[] =
    chosen.data && !found.some((organization) => organization.id === value) ? [chosen.data, ...found] : found;
  const language = currentLanguage();
  // The organisation chosen earlier may be of the other kind (e.g. after the role it is chosen for changed).
  const wrongKind =
    kind && chosen.data && chosen.data.kind !== kind ? t(`organizationPicker.wrongKind.${kind}`) : undefined;
  const problem = error ?? wrongKind;
  const describedBy = [hint && `${id}-hint`, matches.data?.nextCursor && `${id}-more`, problem && `${id}-error`]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset name={name} className="field organization-picker">
      <legend>{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="organization-picker-controls">
        <input
          type="search"
          aria-label={t('organizationPicker.search')}
          placeholder={t('organizationPicker.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select
          aria-label={label}
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">
            {matches.isPending ? t('common.loading') : (emptyLabel ?? t('organizationPicker.choose'))}
          </option>
          {options.map((organization) => {
            const { primary } = organizationNames(organization, language);
            return (
              <option key={organization.id} value={organization.id} lang={primary.lang}>
                {primary.text}
              </option>
            );
          })}
        </select>
      </div>
      {matches.data?.nextCursor && (
        <p id={`${id}-more`} className="field-hint">
          {t('organizationPicker.narrow')}
        </p>
      )}
      {matches.isError && <p className="field-error">{t('organizationPicker.loadFailed')}</p>}
      {matches.data && found.length === 0 && <p className="field-hint">{t('organizationPicker.noMatch')}</p>}
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
