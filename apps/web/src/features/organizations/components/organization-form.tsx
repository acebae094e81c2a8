// The organisation form, for a new organisation and for changes. It shows only the fields the user may
// change, checks them with the shared schema before sending, and shows the server's messages by each field.
import { ORGANIZATION_KINDS, ORGANIZATION_TYPE_KIND, ORGANIZATION_TYPES } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions';
import { AdminUnitPicker } from '../../../components/admin-units/admin-unit-picker';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { SelectField } from '../../../components/select-field';
import { TextareaField } from '../../../components/textarea-field';
import { TextField } from '../../../components/text-field';
import { useCheckedForm } from '../../../lib/use-checked-form';
import type { CheckResult } from '../../../lib/use-field-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { oneOf } from '../../../lib/use-url-filters';
import { ORGANIZATION_FIELDS, type OrganizationField } from '../organization-policy';
import type { OrganizationDraft } from './organization-draft';
import { useOrganizationOptions } from './organization-options';
import { OrganizationPicker } from './organization-picker';

interface OrganizationFormProps<T> {
  initial: OrganizationDraft;
  /** The fields the user may change; the others are not shown. */
  fields: readonly OrganizationField[];
  check: (draft: OrganizationDraft) => CheckResult<T>;
  onSubmit: (input: T) => void;
  submitting: boolean;
  error: Error | null;
  submitLabel: string;
  cancelTo: string;
}

export function OrganizationForm<T>({
  initial,
  fields,
  check,
  onSubmit,
  submitting,
  error,
  submitLabel,
  cancelTo,
}: OrganizationFormProps<T>) {
  const { t } = useTranslation();
  const options = useOrganizationOptions();
  const problemMessage = useProblemMessage();
  const { draft, set, errorFor, submit } = useCheckedForm({ initial, fields: ORGANIZATION_FIELDS, error, check, onSubmit });
  const shows = (field: OrganizationField) => fields.includes(field);
  const kind = oneOf(ORGANIZATION_KINDS, draft.kind);

  function chooseKind(value: string) {
    const next = oneOf(ORGANIZATION_KINDS, value);
    const type = oneOf(ORGANIZATION_TYPES, draft.type);
    // A type of the other kind cannot stay.
    set({ kind: value, type: type && next && ORGANIZATION_TYPE_KIND[type] !== next ? '' : draft.type });
  }

  function chooseType(value: string) {
    const type = oneOf(ORGANIZATION_TYPES, value);
    // The type implies the kind, so choosing it first fills the kind in.
    set({ type: value, kind: type ? ORGANIZATION_TYPE_KIND[type] : draft.kind });
  }

  return (
    <form className="form form-wide" noValidate onSubmit={submit}>
      {error && (
        <p role="alert" className="form-alert">
          {problemMessage(error)}
        </p>
      )}
      {shows('name') && (
        <TextField
          name="name"
          lang="en"
          label={t('organizations.fields.name')}
          hint={t('organizations.form.nameHint')}
          required
          value={draft.name}
          error={errorFor('name')}
          onChange={(event) => set({ name: event.target.value })}
        />
      )}
      {shows('nameKm') && (
        <TextField
          name="nameKm"
          lang="km"
          label={t('organizations.fields.nameKm')}
          hint={t('organizations.form.nameKmHint')}
          value={draft.nameKm}
          error={errorFor('nameKm')}
          onChange={(event) => set({ nameKm: event.target.value })}
        />
      )}
      {shows('kind') && (
        <SelectField
          name="kind"
          label={t('organizations.fields.kind')}
          emptyLabel={t('common.choose')}
          options={options.kinds}
          required
          value={draft.kind}
          error={errorFor('kind')}
          onValueChange={chooseKind}
        />
      )}
      {shows('type') && (
        <SelectField
          name="type"
          label={t('organizations.fields.type')}
          emptyLabel={t('common.choose')}
          options={options.typesOf(kind)}
          required
          value={draft.type}
          error={errorFor('type')}
          onValueChange={chooseType}
        />
      )}
      {shows('adminUnitCode') && (
        <AdminUnitPicker
          name="adminUnitCode"
          legend={t('organizations.fields.area')}
          anyProvinceLabel={t('common.choose')}
          value={draft.adminUnitCode}
          error={errorFor('adminUnitCode')}
          onChange={(adminUnitCode) => set({ adminUnitCode })}
        />
      )}
      {shows('sectors') && (
        <CheckboxGroup
          name="sectors"
          legend={t('organizations.fields.sectors')}
          options={options.sectors}
          values={draft.sectors}
          error={errorFor('sectors')}
          onValuesChange={(sectors) => set({ sectors })}
        />
      )}
      {shows('capacities') && (
        <TextareaField
          name="capacities"
          label={t('organizations.fields.capacities')}
          hint={t('organizations.form.capacitiesHint')}
          rows={4}
          value={draft.capacities}
          error={errorFor('capacities')}
          onChange={(event) => set({ capacities: event.target.value })}
        />
      )}
      {shows('endorsingOrganizationId') && (
        <OrganizationPicker
          name="endorsingOrganizationId"
          label={t('organizations.fields.endorsingOrganization')}
          hint={t('organizations.form.endorsingHint')}
          kind="state"
          emptyLabel={t('common.none')}
          value={draft.endorsingOrganizationId}
          error={errorFor('endorsingOrganizationId')}
          onChange={(endorsingOrganizationId) => set({ endorsingOrganizationId })}
        />
      )}
      <FormActions submitLabel={submitLabel} submitting={submitting} cancelTo={cancelTo} />
    </form>
  );
}
