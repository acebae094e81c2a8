// A party's officer adds an indicator: its name (Khmer optional), unit, baseline and target, frequency and the
// party that reports on it.
import { FREQUENCIES, FREQUENCY_LABELS, indicatorCreateInput } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useCreateIndicator } from '../api/create-indicator';
import type { Partnership } from '../api/get-partnership';
import { numberOrNothing } from './number-or-nothing';
import { usePartyOptions } from './party-options';

const initial = { name: '', nameKm: '', unit: '', baseline: '', target: '', frequency: '', responsibleOrganizationId: '' };
type IndicatorFields = typeof initial;

export function IndicatorForm({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  const partyOptions = usePartyOptions(partnership.parties);
  const create = useCreateIndicator();
  const { errorAt, accept } = usePathErrors(create.error);
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<IndicatorFields>) => setDraft({ ...draft, ...change });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = accept(
      indicatorCreateInput.safeParse({
        name: draft.name,
        nameKm: draft.nameKm || undefined,
        unit: draft.unit,
        baseline: numberOrNothing(draft.baseline),
        target: numberOrNothing(draft.target),
        frequency: draft.frequency || undefined,
        responsibleOrganizationId: draft.responsibleOrganizationId || undefined,
      }),
      event.currentTarget,
    );
    if (input) create.mutate({ id: partnership.id, input }, { onSuccess: () => setDraft(initial) });
  }

  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="indicator-form-heading">
      <h2 id="indicator-form-heading">{t('partnerships.work.monitoring.newIndicator')}</h2>
      {create.error && (
        <p role="alert" className="form-alert">
          {problemMessage(create.error)}
        </p>
      )}
      <TextField name="name" label={t('partnerships.work.monitoring.name')} value={draft.name} error={errorAt('name')} onChange={(event) => set({ name: event.target.value })} />
      <TextField name="nameKm" lang="km" label={t('partnerships.work.monitoring.nameKm')} value={draft.nameKm} error={errorAt('nameKm')} onChange={(event) => set({ nameKm: event.target.value })} />
      <TextField name="unit" label={t('partnerships.work.monitoring.unit')} value={draft.unit} error={errorAt('unit')} onChange={(event) => set({ unit: event.target.value })} />
      <div className="amount-fields">
        <TextField name="baseline" type="number" step="any" label={t('partnerships.work.monitoring.baseline')} value={draft.baseline} error={errorAt('baseline')} onChange={(event) => set({ baseline: event.target.value })} />
        <TextField name="target" type="number" step="any" label={t('partnerships.work.monitoring.target')} value={draft.target} error={errorAt('target')} onChange={(event) => set({ target: event.target.value })} />
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
