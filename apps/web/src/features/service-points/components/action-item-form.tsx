// A party's officer adds an item to a round's action plan: what is to be done, which party owns it, and by when.
import { actionItemCreateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, type SelectOption } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useCheckedForm } from '../../../lib/use-checked-form';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useCreateActionItem } from '../api/create-action-item';
import type { ScorecardRound } from '../api/get-scorecard';

const initial = { description: '', ownerOrganizationId: '', dueDate: '' };

export function ActionItemForm({ round, ownerOptions }: { round: ScorecardRound; ownerOptions: readonly SelectOption[] }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const create = useCreateActionItem();
  const { draft, set, errorFor, submit } = useCheckedForm({
    initial,
    fields: ['description', 'ownerOrganizationId', 'dueDate'],
    error: create.error,
    check: (given) =>
      actionItemCreateInput.safeParse({
        description: given.description,
        ownerOrganizationId: given.ownerOrganizationId || undefined,
        dueDate: given.dueDate || undefined,
      }),
    onSubmit: (input) =>
      create.mutate({ scorecardId: round.id, servicePointId: round.servicePointId, input }, { onSuccess: () => set(initial) }),
  });
  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="action-item-form-heading">
      <h2 id="action-item-form-heading">{t('actionPlan.new.heading')}</h2>
      {create.error && (
        <p role="alert" className="form-alert">
          {problemMessage(create.error)}
        </p>
      )}
      <TextareaField
        name="description"
        label={t('actionPlan.fields.description')}
        hint={t('actionPlan.new.descriptionHint')}
        rows={2}
        value={draft.description}
        error={errorFor('description')}
        onChange={(event) => set({ description: event.target.value })}
      />
      <SelectField
        name="ownerOrganizationId"
        label={t('actionPlan.fields.owner')}
        emptyLabel={t('common.choose')}
        options={ownerOptions}
        value={draft.ownerOrganizationId}
        error={errorFor('ownerOrganizationId')}
        onValueChange={(ownerOrganizationId) => set({ ownerOrganizationId })}
      />
      <TextField name="dueDate" type="date" label={t('actionPlan.fields.dueDate')} value={draft.dueDate} error={errorFor('dueDate')} onChange={(event) => set({ dueDate: event.target.value })} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('actionPlan.new.submit')}
        </button>
      </div>
    </form>
  );
}
