// A new workplan activity: its lead party, the other parties taking part, its dates and what each party brings.
import { activityCreateInput } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useCreateActivity } from '../api/create-activity';
import type { Partnership } from '../api/get-partnership';
import { ContributionRows } from './contribution-rows';
import { contributionInputOf, type ContributionDraft } from './partnership-draft';
import { usePartyOptions } from './party-options';

interface ActivityDraft {
  title: string;
  leadOrganizationId: string;
  contributingOrganizationIds: string[];
  startDate: string;
  endDate: string;
  contributions: ContributionDraft[];
}

const initial: ActivityDraft = { title: '', leadOrganizationId: '', contributingOrganizationIds: [], startDate: '', endDate: '', contributions: [] };

export function ActivityForm({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const partyOptions = usePartyOptions(partnership.parties);
  const create = useCreateActivity();
  const { errorAt, accept } = usePathErrors(create.error);
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<ActivityDraft>) => setDraft({ ...draft, ...change });
  const takingPart = [draft.leadOrganizationId, ...draft.contributingOrganizationIds].filter((id) => id !== '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = accept(
      activityCreateInput.safeParse({
        title: draft.title,
        leadOrganizationId: draft.leadOrganizationId || undefined,
        contributingOrganizationIds: draft.contributingOrganizationIds,
        startDate: draft.startDate || undefined,
        endDate: draft.endDate || undefined,
        contributions: draft.contributions.map(contributionInputOf),
      }),
      event.currentTarget,
    );
    if (input) create.mutate({ id: partnership.id, input }, { onSuccess: () => setDraft(initial) });
  }

  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="activity-form-heading">
      <h2 id="activity-form-heading">{t('partnerships.work.workplan.new')}</h2>
      {create.error && (
        <p role="alert" className="form-alert">
          {problemMessage(create.error)}
        </p>
      )}
      <TextField name="title" label={t('partnerships.work.workplan.title')} value={draft.title} error={errorAt('title')} onChange={(event) => set({ title: event.target.value })} />
      <SelectField
        name="leadOrganizationId"
        label={t('partnerships.work.workplan.lead')}
        emptyLabel={t('common.choose')}
        options={partyOptions}
        value={draft.leadOrganizationId}
        error={errorAt('leadOrganizationId')}
        onValueChange={(leadOrganizationId) =>
          set({ leadOrganizationId, contributingOrganizationIds: draft.contributingOrganizationIds.filter((id) => id !== leadOrganizationId) })
        }
      />
      <CheckboxGroup
        name="contributingOrganizationIds"
        legend={t('partnerships.work.workplan.contributors')}
        options={partyOptions.filter((option) => option.value !== draft.leadOrganizationId)}
        values={draft.contributingOrganizationIds}
        error={errorAt('contributingOrganizationIds')}
        onValuesChange={(contributingOrganizationIds) => set({ contributingOrganizationIds })}
      />
      <div className="amount-fields">
        <TextField name="startDate" type="date" label={t('partnerships.work.workplan.startDate')} value={draft.startDate} error={errorAt('startDate')} onChange={(event) => set({ startDate: event.target.value })} />
        <TextField name="endDate" type="date" label={t('partnerships.work.workplan.endDate')} value={draft.endDate} error={errorAt('endDate')} onChange={(event) => set({ endDate: event.target.value })} />
      </div>
      <ContributionRows contributions={draft.contributions} parties={takingPart} onChange={(contributions) => set({ contributions })} errorAt={errorAt} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('partnerships.work.workplan.submit')}
        </button>
      </div>
    </form>
  );
}
