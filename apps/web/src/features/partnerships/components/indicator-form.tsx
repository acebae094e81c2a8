// A party's officer adds an indicator, picked from the shared library (its names and unit are the library's, so
// partnerships measure alike) or defined here; then how often it is reported, how values are broken down
// (sex, disability, ID-poor, age group), baseline and target, and the party that reports on it.
import {
  DISAGGREGATION_LABELS,
  DISAGGREGATIONS,
  FREQUENCIES,
  FREQUENCY_LABELS,
  indicatorCreateInput,
  validationMessage,
  type Disaggregation,
} from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { useLookups, type LibraryIndicatorChoice } from '../../../components/lookups';
import { RadioGroup } from '../../../components/radio-group';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useCreateIndicator } from '../api/create-indicator';
import type { Partnership } from '../api/get-partnership';
import { IndicatorName } from './indicator-name';
import { numberOrNothing } from './number-or-nothing';
import { usePartyOptions } from './party-options';

type Source = 'library' | 'new';

interface IndicatorFields {
  name: string;
  nameKm: string;
  unit: string;
  baseline: string;
  target: string;
  frequency: string;
  responsibleOrganizationId: string;
  disaggregations: Disaggregation[];
}

const initial: IndicatorFields = { name: '', nameKm: '', unit: '', baseline: '', target: '', frequency: '', responsibleOrganizationId: '', disaggregations: [] };

export function IndicatorForm({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  const { IndicatorLibraryPicker } = useLookups();
  const partyOptions = usePartyOptions(partnership.parties);
  const create = useCreateIndicator();
  const { errorAt, accept } = usePathErrors(create.error);
  const [source, setSource] = useState<Source>('library');
  const [picked, setPicked] = useState<LibraryIndicatorChoice | null>(null);
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<IndicatorFields>) => setDraft({ ...draft, ...change });

  function pick(indicator: LibraryIndicatorChoice) {
    setPicked(indicator);
    // The library's frequency and breakdown are where the partnership starts; it may report otherwise.
    set({ frequency: indicator.frequency, disaggregations: [...indicator.disaggregations] });
  }

  function reset() {
    setDraft(initial);
    setPicked(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const shared = {
      baseline: numberOrNothing(draft.baseline),
      target: numberOrNothing(draft.target),
      frequency: draft.frequency || undefined,
      responsibleOrganizationId: draft.responsibleOrganizationId || undefined,
      disaggregations: draft.disaggregations,
    };
    const form = event.currentTarget;
    if (source === 'library' && !picked) {
      accept({ success: false, error: { issues: [{ path: ['libraryIndicatorId'], message: validationMessage('required') }] } }, form);
      return;
    }
    const own = source === 'library' ? { libraryIndicatorId: picked!.id } : { name: draft.name, nameKm: draft.nameKm || undefined, unit: draft.unit };
    const input = accept(indicatorCreateInput.safeParse({ ...own, ...shared }), form);
    if (input) create.mutate({ id: partnership.id, input }, { onSuccess: reset });
  }

  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="indicator-form-heading">
      <h2 id="indicator-form-heading">{t('partnerships.work.monitoring.newIndicator')}</h2>
      {create.error && (
        <p role="alert" className="form-alert">
          {problemMessage(create.error)}
        </p>
      )}
      <RadioGroup
        name="source"
        legend={t('indicatorSetup.source')}
        options={[
          { value: 'library', label: t('indicatorSetup.fromLibrary') },
          { value: 'new', label: t('indicatorSetup.defineNew') },
        ]}
        value={source}
        onValueChange={(value) => setSource(value === 'new' ? 'new' : 'library')}
      />
      {source === 'library' &&
        (picked ? (
          <div className="picked-indicator" role="status">
            <p>
              {t('indicatorSetup.picked')} <strong>
                <IndicatorName indicator={picked} />
              </strong>{' '}
              ({picked.unit})
            </p>
            <button type="button" className="button button-quiet button-small" onClick={() => setPicked(null)}>
              {t('indicatorSetup.pickAnother')}
            </button>
          </div>
        ) : (
          <fieldset name="libraryIndicatorId" className="field">
            <legend>{t('indicatorSetup.pick')}</legend>
            {errorAt('libraryIndicatorId') && <p className="field-error">{errorAt('libraryIndicatorId')}</p>}
            <IndicatorLibraryPicker onPick={pick} />
          </fieldset>
        ))}
      {source === 'new' && (
        <>
          <TextField name="name" label={t('partnerships.work.monitoring.name')} value={draft.name} error={errorAt('name')} onChange={(event) => set({ name: event.target.value })} />
          <TextField name="nameKm" lang="km" label={t('partnerships.work.monitoring.nameKm')} value={draft.nameKm} error={errorAt('nameKm')} onChange={(event) => set({ nameKm: event.target.value })} />
          <TextField name="unit" label={t('partnerships.work.monitoring.unit')} value={draft.unit} error={errorAt('unit')} onChange={(event) => set({ unit: event.target.value })} />
        </>
      )}
      <div className="amount-fields">
        <TextField name="baseline" type="number" step="any" inputMode="decimal" label={t('partnerships.work.monitoring.baseline')} value={draft.baseline} error={errorAt('baseline')} onChange={(event) => set({ baseline: event.target.value })} />
        <TextField name="target" type="number" step="any" inputMode="decimal" label={t('partnerships.work.monitoring.target')} value={draft.target} error={errorAt('target')} onChange={(event) => set({ target: event.target.value })} />
      </div>
      <SelectField
        name="frequency"
        label={t('partnerships.work.monitoring.frequency')}
        emptyLabel={t('common.choose')}
        options={FREQUENCIES.map((frequency) => ({ value: frequency, label: inLanguage(FREQUENCY_LABELS[frequency]) }))}
        value={draft.frequency}
        error={errorAt('frequency')}
        onValueChange={(frequency) => set({ frequency })}
      />
      <CheckboxGroup
        name="disaggregations"
        legend={t('disaggregation.choose')}
        options={DISAGGREGATIONS.map((disaggregation) => ({ value: disaggregation, label: inLanguage(DISAGGREGATION_LABELS[disaggregation]) }))}
        values={draft.disaggregations}
        error={errorAt('disaggregations')}
        onValuesChange={(values) => set({ disaggregations: values as Disaggregation[] })}
      />
      <SelectField
        name="responsibleOrganizationId"
        label={t('partnerships.work.monitoring.responsible')}
        emptyLabel={t('common.choose')}
        options={partyOptions}
        value={draft.responsibleOrganizationId}
        error={errorAt('responsibleOrganizationId')}
        onValueChange={(responsibleOrganizationId) => set({ responsibleOrganizationId })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('partnerships.work.monitoring.addIndicator')}
        </button>
      </div>
    </form>
  );
}
