// The guided proposal form, section by section: what, who, where, sectors, when, contributions and risks.
// It checks the input with the shared schema before sending and shows each message next to its field,
// the server's too (paths such as "parties" or "contributions.0.organizationId").
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { SelectField } from '../../../components/select-field';
import { TextareaField } from '../../../components/textarea-field';
import { TextField } from '../../../components/text-field';
import type { CheckResult } from '../../../lib/use-field-errors';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { AreaListField } from './area-list-field';
import { ContributionRows } from './contribution-rows';
import type { PartnershipDraft } from './partnership-draft';
import { usePartnershipOptions } from './partnership-options';
import { PartyListField } from './party-list-field';
import { RiskRows } from './risk-rows';

interface PartnershipFormProps<T> {
  initial: PartnershipDraft;
  ownOrganizationId: string;
  check: (draft: PartnershipDraft) => CheckResult<T>;
  onSubmit: (input: T) => void;
  submitting: boolean;
  error: Error | null;
  submitLabel: string;
  cancelTo: string;
}

function FormSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="form-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}

export function PartnershipForm<T>(props: PartnershipFormProps<T>) {
  const { initial, ownOrganizationId, check, onSubmit, submitting, error, submitLabel, cancelTo } = props;
  const { t } = useTranslation();
  const options = usePartnershipOptions();
  const problemMessage = useProblemMessage();
  const [draft, setDraft] = useState(initial);
  const { errorAt, accept } = usePathErrors(error);
  const set = (change: Partial<PartnershipDraft>) => setDraft({ ...draft, ...change });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = accept(check(draft), event.currentTarget);
    if (input !== undefined) onSubmit(input);
  }

  return (
    <form className="form form-wide proposal-form" noValidate onSubmit={submit}>
      {error && (
        <p role="alert" className="form-alert">
          {problemMessage(error)}
        </p>
      )}
      <FormSection id="what-heading" title={t('partnerships.form.what')}>
        <TextField
          name="title"
          label={t('partnerships.fields.title')}
          required
          value={draft.title}
          error={errorAt('title')}
          onChange={(event) => set({ title: event.target.value })}
        />
        <SelectField
          name="function"
          label={t('partnerships.fields.function')}
          hint={t('partnerships.form.functionHint')}
          emptyLabel={t('common.choose')}
          options={options.functions}
          required
          value={draft.function}
          error={errorAt('function')}
          onValueChange={(value) => set({ function: value })}
        />
        <SelectField
          name="form"
          label={t('partnerships.fields.form')}
          hint={t('partnerships.form.formHint')}
          emptyLabel={t('common.choose')}
          options={options.forms}
          required
          value={draft.form}
          error={errorAt('form')}
          onValueChange={(form) => set({ form })}
        />
        <TextareaField
          name="goals"
          label={t('partnerships.fields.goals')}
          rows={4}
          required
          value={draft.goals}
          error={errorAt('goals')}
          onChange={(event) => set({ goals: event.target.value })}
        />
      </FormSection>
      <FormSection id="who-heading" title={t('partnerships.form.who')}>
        <PartyListField
          parties={draft.parties}
          ownOrganizationId={ownOrganizationId}
          onChange={(parties) => set({ parties })}
          error={errorAt('parties')}
          errorAt={errorAt}
        />
      </FormSection>
      <FormSection id="where-heading" title={t('partnerships.form.where')}>
        <AreaListField
          codes={draft.adminUnitCodes}
          onChange={(adminUnitCodes) => set({ adminUnitCodes })}
          error={errorAt('adminUnitCodes')}
        />
        <CheckboxGroup
          name="sectors"
          legend={t('partnerships.fields.sectors')}
          options={options.sectors}
          values={draft.sectors}
          error={errorAt('sectors')}
          onValuesChange={(sectors) => set({ sectors })}
        />
      </FormSection>
      <FormSection id="when-heading" title={t('partnerships.form.when')}>
        <div className="amount-fields">
          <TextField
            name="startDate"
            type="date"
            label={t('partnerships.fields.startDate')}
            required
            value={draft.startDate}
            max={draft.endDate || undefined}
            error={errorAt('startDate')}
            onChange={(event) => set({ startDate: event.target.value })}
          />
          <TextField
            name="endDate"
            type="date"
            label={t('partnerships.fields.endDate')}
            required
            value={draft.endDate}
            min={draft.startDate || undefined}
            error={errorAt('endDate')}
            onChange={(event) => set({ endDate: event.target.value })}
          />
        </div>
      </FormSection>
      <FormSection id="contributions-heading" title={t('partnerships.form.contributions')} intro={t('partnerships.form.contributionsIntro')}>
        <ContributionRows
          contributions={draft.contributions}
          parties={draft.parties}
          onChange={(contributions) => set({ contributions })}
          errorAt={errorAt}
        />
      </FormSection>
      <FormSection id="risks-heading" title={t('partnerships.form.risks')} intro={t('partnerships.form.risksIntro')}>
        <RiskRows risks={draft.risks} parties={draft.parties} onChange={(risks) => set({ risks })} errorAt={errorAt} />
      </FormSection>
      <FormActions submitLabel={submitLabel} submitting={submitting} cancelTo={cancelTo} />
    </form>
  );
}
