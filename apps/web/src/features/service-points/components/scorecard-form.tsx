// A new scorecard round at a service point: the partnership it is recorded for, who facilitated it, when, who
// took part, and each criterion's scores with the suggested action. Checked with the shared schema before it is
// sent; the server's refusals show beside the fields they name.
import { SCORE_MAX, SCORE_MIN, scorecardCreateInput, validationMessage, type ScorecardCreateInput } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/form-actions';
import { useLookups } from '../../../components/lookups';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import type { CheckResult } from '../../../lib/use-field-errors';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { ActivePartnership } from '../api/get-recordable-partnerships';
import { blankCriterion, CriteriaRows, type CriterionDraft } from './criteria-rows';
import { numberOrNothing } from './number-or-nothing';
import { blankParticipants, ParticipantFields, type ParticipantsDraft } from './participant-fields';

interface ScorecardDraftFields {
  partnershipId: string;
  facilitatingOrganizationId: string;
  date: string;
  participants: ParticipantsDraft;
  criteria: CriterionDraft[];
}

export interface ScorecardSubmission {
  partnershipId: string;
  input: ScorecardCreateInput;
}

interface ScorecardFormProps {
  servicePointId: string;
  partnerships: readonly ActivePartnership[];
  /** The caller's organisation: the usual facilitator. */
  organizationId: string;
  submitting: boolean;
  error: Error | null;
  onSubmit: (submission: ScorecardSubmission) => void;
  cancelTo: string;
}

function checkDraft(servicePointId: string, draft: ScorecardDraftFields): CheckResult<ScorecardSubmission> {
  const result = scorecardCreateInput.safeParse({
    servicePointId,
    date: draft.date || undefined,
    facilitatingOrganizationId: draft.facilitatingOrganizationId || undefined,
    participants: {
      female: numberOrNothing(draft.participants.female),
      male: numberOrNothing(draft.participants.male),
      disability: numberOrNothing(draft.participants.disability),
      idPoor: numberOrNothing(draft.participants.idPoor),
      youth: numberOrNothing(draft.participants.youth),
    },
    criteria: draft.criteria.map((criterion) => ({
      name: criterion.name,
      citizenScore: numberOrNothing(criterion.citizenScore),
      providerScore: numberOrNothing(criterion.providerScore),
      suggestedAction: criterion.suggestedAction.trim() || undefined,
    })),
  });
  // The partnership is the address the round is posted to, not part of the body: checked here beside the rest.
  const partnershipIssues = draft.partnershipId ? [] : [{ path: ['partnershipId'], message: validationMessage('required') }];
  if (result.success && partnershipIssues.length === 0) {
    return { success: true, data: { partnershipId: draft.partnershipId, input: result.data } };
  }
  return { success: false, error: { issues: [...partnershipIssues, ...(result.success ? [] : result.error.issues)] } };
}

export function ScorecardForm({ servicePointId, partnerships, organizationId, submitting, error, onSubmit, cancelTo }: ScorecardFormProps) {
  const { t } = useTranslation();
  const { OrganizationPicker } = useLookups();
  const problemMessage = useProblemMessage();
  const { errorAt, accept } = usePathErrors(error);
  const [draft, setDraft] = useState<ScorecardDraftFields>({
    // One partnership to choose from is chosen already.
    partnershipId: partnerships.length === 1 ? (partnerships[0]?.id ?? '') : '',
    facilitatingOrganizationId: organizationId,
    date: '',
    participants: blankParticipants,
    criteria: [blankCriterion],
  });
  const set = (change: Partial<ScorecardDraftFields>) => setDraft({ ...draft, ...change });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submission = accept(checkDraft(servicePointId, draft), event.currentTarget);
    if (submission) onSubmit(submission);
  }

  return (
    <form className="form form-wide" noValidate onSubmit={submit}>
      {error && (
        <p role="alert" className="form-alert">
          {problemMessage(error)}
        </p>
      )}
      <section className="form-section" aria-labelledby="round-heading">
        <h2 id="round-heading">{t('scorecards.form.round')}</h2>
        <SelectField
          name="partnershipId"
          label={t('scorecards.fields.partnership')}
          hint={t('scorecards.form.partnershipHint')}
          emptyLabel={t('common.choose')}
          options={partnerships.map((partnership) => ({ value: partnership.id, label: partnership.title }))}
          value={draft.partnershipId}
          error={errorAt('partnershipId')}
          onValueChange={(partnershipId) => set({ partnershipId })}
        />
        <OrganizationPicker
          name="facilitatingOrganizationId"
          label={t('scorecards.fields.facilitator')}
          value={draft.facilitatingOrganizationId}
          error={errorAt('facilitatingOrganizationId')}
          onChange={(facilitatingOrganizationId) => set({ facilitatingOrganizationId })}
        />
        <TextField name="date" type="date" label={t('scorecards.fields.date')} value={draft.date} error={errorAt('date')} onChange={(event) => set({ date: event.target.value })} />
        <ParticipantFields participants={draft.participants} onChange={(participants) => set({ participants })} errorAt={errorAt} />
      </section>
      <fieldset className="form-section" name="criteria">
        <legend className="form-section-legend">{t('scorecards.form.criteria')}</legend>
        <p className="field-hint">{t('scorecards.form.criteriaHint', { min: SCORE_MIN, max: SCORE_MAX })}</p>
        {errorAt('criteria') && <p className="field-error">{errorAt('criteria')}</p>}
        <CriteriaRows criteria={draft.criteria} onChange={(criteria) => set({ criteria })} errorAt={errorAt} />
      </fieldset>
      <FormActions submitLabel={t('scorecards.new.submit')} submitting={submitting} cancelTo={cancelTo} />
    </form>
  );
}
