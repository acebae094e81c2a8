// A new service point: its name (Khmer optional), kind, and the commune or village it lies in.
import { servicePointCreateInput, type ServicePointCreateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { AdminUnitPicker } from '../../../components/admin-units/admin-unit-picker';
import { FormActions } from '../../../components/form-actions';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useCheckedForm } from '../../../lib/use-checked-form';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useKindOptions } from './kind-options';

const initial = { name: '', nameKm: '', kind: '', adminUnitCode: '' };

interface ServicePointFormProps {
  submitting: boolean;
  error: Error | null;
  onSubmit: (input: ServicePointCreateInput) => void;
}

export function ServicePointForm({ submitting, error, onSubmit }: ServicePointFormProps) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const kindOptions = useKindOptions();
  const { draft, set, errorFor, submit } = useCheckedForm({
    initial,
    fields: ['name', 'nameKm', 'kind', 'adminUnitCode'],
    error,
    check: (given) =>
      servicePointCreateInput.safeParse({
        name: given.name,
        nameKm: given.nameKm.trim() || undefined,
        kind: given.kind || undefined,
        adminUnitCode: given.adminUnitCode || undefined,
      }),
    onSubmit,
  });
  return (
    <form className="form panel form-wide" noValidate onSubmit={submit}>
      {error && (
        <p role="alert" className="form-alert">
          {problemMessage(error)}
        </p>
      )}
      <TextField name="name" label={t('servicePoints.fields.name')} hint={t('servicePoints.fields.nameHint')} value={draft.name} error={errorFor('name')} onChange={(event) => set({ name: event.target.value })} />
      <TextField name="nameKm" lang="km" label={t('servicePoints.fields.nameKm')} value={draft.nameKm} error={errorFor('nameKm')} onChange={(event) => set({ nameKm: event.target.value })} />
      <SelectField
        name="kind"
        label={t('servicePoints.fields.kind')}
        emptyLabel={t('common.choose')}
        options={kindOptions}
        value={draft.kind}
        error={errorFor('kind')}
        onValueChange={(kind) => set({ kind })}
      />
      <AdminUnitPicker
        name="adminUnitCode"
        legend={t('servicePoints.fields.area')}
        anyProvinceLabel={t('common.choose')}
        value={draft.adminUnitCode}
        error={errorFor('adminUnitCode')}
        onChange={(adminUnitCode) => set({ adminUnitCode })}
      />
      <p className="field-hint">{t('servicePoints.fields.areaHint')}</p>
      <FormActions submitLabel={t('servicePoints.new.submit')} submitting={submitting} cancelTo="/service-points" />
    </form>
  );
}
