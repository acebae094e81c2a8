// A new commitment of one party: what, whose, when it first falls due, how often, and the MoU clause it comes from.
import { RECURRENCE_LABELS, RECURRENCES, commitmentCreateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { useCheckedForm } from '../../../lib/use-checked-form';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useCreateCommitment } from '../api/create-commitment';
import type { Partnership } from '../api/get-partnership';
import { usePartyOptions } from './party-options';

const initial = { title: '', ownerOrganizationId: '', dueDate: '', recurrence: 'none', clauseKey: '', description: '' };

export function CommitmentForm({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  const partyOptions = usePartyOptions(partnership.parties);
  const create = useCreateCommitment();
  const { draft, set, errorFor, submit } = useCheckedForm({
    initial,
    fields: ['title', 'ownerOrganizationId', 'dueDate', 'recurrence', 'clauseKey', 'description'],
    error: create.error,
    check: (given) =>
      commitmentCreateInput.safeParse({
        title: given.title,
        ownerOrganizationId: given.ownerOrganizationId || undefined,
        dueDate: given.dueDate || undefined,
        recurrence: given.recurrence,
        clauseKey: given.clauseKey.trim() || undefined,
        description: given.description || undefined,
      }),
    onSubmit: (input) => create.mutate({ id: partnership.id, input }, { onSuccess: () => set(initial) }),
  });
  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="commitment-form-heading">
      <h2 id="commitment-form-heading">{t('partnerships.work.commitments.new')}</h2>
      {create.error && (
        <p role="alert" className="form-alert">
          {problemMessage(create.error)}
        </p>
      )}
      <TextField name="title" label={t('partnerships.work.commitments.title')} value={draft.title} error={errorFor('title')} onChange={(event) => set({ title: event.target.value })} />
      <SelectField
        name="ownerOrganizationId"
        label={t('partnerships.work.commitments.owner')}
        emptyLabel={t('common.choose')}
        options={partyOptions}
        value={draft.ownerOrganizationId}
        error={errorFor('ownerOrganizationId')}
        onValueChange={(ownerOrganizationId) => set({ ownerOrganizationId })}
      />
      <TextField name="dueDate" type="date" label={t('partnerships.work.commitments.dueDate')} value={draft.dueDate} error={errorFor('dueDate')} onChange={(event) => set({ dueDate: event.target.value })} />
      <SelectField
        name="recurrence"
        label={t('partnerships.work.commitments.recurrence')}
        options={RECURRENCES.map((recurrence) => ({ value: recurrence, label: inLanguage(RECURRENCE_LABELS[recurrence]) }))}
        value={draft.recurrence}
        error={errorFor('recurrence')}
        onValueChange={(recurrence) => set({ recurrence })}
      />
      <TextField
        name="clauseKey"
        label={t('partnerships.work.commitments.clauseKey')}
        hint={t('partnerships.work.commitments.clauseKeyHint')}
        value={draft.clauseKey}
        error={errorFor('clauseKey')}
        onChange={(event) => set({ clauseKey: event.target.value })}
      />
      <TextareaField name="description" label={t('partnerships.work.commitments.description')} rows={2} value={draft.description} error={errorFor('description')} onChange={(event) => set({ description: event.target.value })} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('partnerships.work.commitments.submit')}
        </button>
      </div>
    </form>
  );
}
