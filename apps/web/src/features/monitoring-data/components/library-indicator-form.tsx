// The form of a library indicator, new or changed (administrators): both names, unit, frequency, how values are
// broken down, sector and a description of how to measure it. Checked with the shared schema before sending.
import { DISAGGREGATION_LABELS, DISAGGREGATIONS, FREQUENCIES, FREQUENCY_LABELS, SECTOR_CODES, SECTOR_LABELS, type Disaggregation } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { FormActions } from '../../../components/form-actions';
import { SelectField } from '../../../components/select-field';
import { TextareaField } from '../../../components/textarea-field';
import { TextField } from '../../../components/text-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { useCheckedForm } from '../../../lib/use-checked-form';
import type { CheckResult } from '../../../lib/use-field-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { LIBRARY_INDICATOR_FIELDS, type LibraryIndicatorDraft } from './library-indicator-draft';

interface LibraryIndicatorFormProps<T> {
  initial: LibraryIndicatorDraft;
  check: (draft: LibraryIndicatorDraft) => CheckResult<T>;
  onSubmit: (input: T) => void;
  submitting: boolean;
  error: Error | null;
  submitLabel: string;
}

export function LibraryIndicatorForm<T>({ initial, check, onSubmit, submitting, error, submitLabel }: LibraryIndicatorFormProps<T>) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  const { draft, set, errorFor, submit } = useCheckedForm({ initial, fields: LIBRARY_INDICATOR_FIELDS, error, check, onSubmit });
  return (
    <form className="form form-wide panel" noValidate onSubmit={submit}>
      {error && (
        <p role="alert" className="form-alert">
          {problemMessage(error)}
        </p>
      )}
      <TextField name="name" label={t('indicatorLibrary.fields.name')} value={draft.name} error={errorFor('name')} onChange={(event) => set({ name: event.target.value })} />
      <TextField name="nameKm" lang="km" label={t('indicatorLibrary.fields.nameKm')} value={draft.nameKm} error={errorFor('nameKm')} onChange={(event) => set({ nameKm: event.target.value })} />
      <div className="amount-fields">
        <TextField name="unit" label={t('indicatorLibrary.fields.unit')} hint={t('indicatorLibrary.fields.unitHint')} value={draft.unit} error={errorFor('unit')} onChange={(event) => set({ unit: event.target.value })} />
        <SelectField
          name="frequency"
          label={t('indicatorLibrary.fields.frequency')}
          emptyLabel={t('common.choose')}
          options={FREQUENCIES.map((frequency) => ({ value: frequency, label: inLanguage(FREQUENCY_LABELS[frequency]) }))}
          value={draft.frequency}
          error={errorFor('frequency')}
          onValueChange={(frequency) => set({ frequency })}
        />
      </div>
      <CheckboxGroup
        name="disaggregations"
        legend={t('disaggregation.choose')}
        options={DISAGGREGATIONS.map((disaggregation) => ({ value: disaggregation, label: inLanguage(DISAGGREGATION_LABELS[disaggregation]) }))}
        values={draft.disaggregations}
        error={errorFor('disaggregations')}
        onValuesChange={(values) => set({ disaggregations: values as Disaggregation[] })}
      />
      <SelectField
        name="sector"
        label={t('indicatorLibrary.fields.sectorOptional')}
        emptyLabel={t('common.none')}
        options={SECTOR_CODES.map((sector) => ({ value: sector, label: inLanguage(SECTOR_LABELS[sector]) }))}
        value={draft.sector}
        error={errorFor('sector')}
        onValueChange={(sector) => set({ sector })}
      />
      <TextareaField
        name="description"
        label={t('indicatorLibrary.fields.description')}
        hint={t('indicatorLibrary.fields.descriptionHint')}
        rows={4}
        value={draft.description}
        error={errorFor('description')}
        onChange={(event) => set({ description: event.target.value })}
      />
      <FormActions submitLabel={submitLabel} submitting={submitting} cancelTo="/indicator-library" />
    </form>
  );
}
