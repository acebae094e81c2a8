// A meeting of the parties: when and where, the agenda, who attended (for counts by sex, disability and
// ID-poor status), the minutes, the decisions and the action items with their owner party and due date.
import { SEX_LABELS, SEXES, meetingCreateInput } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/checkbox-field';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useBilingual } from '../../../lib/use-bilingual';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useCreateMeeting } from '../api/create-meeting';
import type { Partnership } from '../api/get-partnership';
import { usePartyOptions } from './party-options';

interface AttendeeDraft {
  name: string;
  /** A party's organisation id, or '' for someone from outside the parties. */
  organizationId: string;
  sex: string;
  disability: boolean;
  idPoor: boolean;
}

interface ActionItemDraft {
  description: string;
  ownerOrganizationId: string;
  dueDate: string;
}

interface MeetingDraft {
  date: string;
  place: string;
  agenda: string;
  attendees: AttendeeDraft[];
  minutes: string;
  decisions: string[];
  actionItems: ActionItemDraft[];
}

const blankAttendee: AttendeeDraft = { name: '', organizationId: '', sex: '', disability: false, idPoor: false };
const blankActionItem: ActionItemDraft = { description: '', ownerOrganizationId: '', dueDate: '' };
const initial: MeetingDraft = { date: '', place: '', agenda: '', attendees: [blankAttendee], minutes: '', decisions: [], actionItems: [] };

const replaced = <T,>(list: readonly T[], index: number, patch: Partial<T>) => list.map((entry, i) => (i === index ? { ...entry, ...patch } : entry));
const without = <T,>(list: readonly T[], index: number) => list.filter((_, i) => i !== index);

export function MeetingForm({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const problemMessage = useProblemMessage();
  const partyOptions = usePartyOptions(partnership.parties);
  const sexOptions = SEXES.map((sex) => ({ value: sex, label: inLanguage(SEX_LABELS[sex]) }));
  const create = useCreateMeeting();
  const { errorAt, accept } = usePathErrors(create.error);
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<MeetingDraft>) => setDraft({ ...draft, ...change });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = accept(
      meetingCreateInput.safeParse({
        date: draft.date || undefined,
        place: draft.place || undefined,
        agenda: draft.agenda,
        attendees: draft.attendees.map((attendee) => ({
          name: attendee.name,
          organizationId: attendee.organizationId || undefined,
          sex: attendee.sex || undefined,
          disability: attendee.disability,
          idPoor: attendee.idPoor,
        })),
        minutes: draft.minutes || undefined,
        decisions: draft.decisions,
        actionItems: draft.actionItems.map((item) => ({
          description: item.description,
          ownerOrganizationId: item.ownerOrganizationId || undefined,
          dueDate: item.dueDate || undefined,
        })),
      }),
      event.currentTarget,
    );
    if (input) create.mutate({ id: partnership.id, input }, { onSuccess: () => setDraft(initial) });
  }

  return (
    <form className="form panel" noValidate onSubmit={submit} aria-labelledby="meeting-form-heading">
      <h2 id="meeting-form-heading">{t('partnerships.work.meetings.new')}</h2>
      {create.error && (
        <p role="alert" className="form-alert">
          {problemMessage(create.error)}
        </p>
      )}
      <div className="amount-fields">
        <TextField name="date" type="date" label={t('partnerships.work.meetings.date')} value={draft.date} error={errorAt('date')} onChange={(event) => set({ date: event.target.value })} />
        <TextField name="place" label={t('partnerships.work.meetings.place')} value={draft.place} error={errorAt('place')} onChange={(event) => set({ place: event.target.value })} />
      </div>
      <TextareaField name="agenda" label={t('partnerships.work.meetings.agenda')} rows={3} value={draft.agenda} error={errorAt('agenda')} onChange={(event) => set({ agenda: event.target.value })} />
      <fieldset className="form-group" name="attendees">
        <legend>{t('partnerships.work.meetings.attendees')}</legend>
        {errorAt('attendees') && <p className="field-error">{errorAt('attendees')}</p>}
        {draft.attendees.map((attendee, index) => {
          const path = `attendees.${index}`;
          const change = (patch: Partial<AttendeeDraft>) => set({ attendees: replaced(draft.attendees, index, patch) });
          return (
            <fieldset key={index} className="entry-card attendee-row">
              <legend>{t('partnerships.work.meetings.attendeeNumber', { number: index + 1 })}</legend>
              <TextField name={`${path}.name`} label={t('partnerships.work.meetings.name')} value={attendee.name} error={errorAt(`${path}.name`)} onChange={(event) => change({ name: event.target.value })} />
              <SelectField
                name={`${path}.organizationId`}
                label={t('partnerships.work.meetings.organization')}
                emptyLabel={t('partnerships.work.meetings.noParty')}
                options={partyOptions}
                value={attendee.organizationId}
                error={errorAt(`${path}.organizationId`)}
                onValueChange={(organizationId) => change({ organizationId })}
              />
              <SelectField
                name={`${path}.sex`}
                label={t('partnerships.work.meetings.sex')}
                emptyLabel={t('common.choose')}
                options={sexOptions}
                value={attendee.sex}
                error={errorAt(`${path}.sex`)}
                onValueChange={(sex) => change({ sex })}
              />
              <CheckboxField name={`${path}.disability`} label={t('partnerships.work.meetings.disability')} checked={attendee.disability} onCheckedChange={(disability) => change({ disability })} />
              <CheckboxField name={`${path}.idPoor`} label={t('partnerships.work.meetings.idPoor')} checked={attendee.idPoor} onCheckedChange={(idPoor) => change({ idPoor })} />
              {draft.attendees.length > 1 && (
                <button type="button" className="button button-quiet button-small" onClick={() => set({ attendees: without(draft.attendees, index) })}>
                  {t('partnerships.work.meetings.removeAttendee')}
                </button>
              )}
            </fieldset>
          );
        })}
        <button type="button" className="button button-quiet" onClick={() => set({ attendees: [...draft.attendees, blankAttendee] })}>
          {t('partnerships.work.meetings.addAttendee')}
        </button>
      </fieldset>
      <TextareaField name="minutes" label={t('partnerships.work.meetings.minutes')} rows={5} value={draft.minutes} error={errorAt('minutes')} onChange={(event) => set({ minutes: event.target.value })} />
      <fieldset className="form-group">
        <legend>{t('partnerships.work.meetings.decisions')}</legend>
        {draft.decisions.map((decision, index) => (
          <div key={index} className="entry-inline">
            <TextField
              name={`decisions.${index}`}
              label={t('partnerships.work.meetings.decisionNumber', { number: index + 1 })}
              value={decision}
              error={errorAt(`decisions.${index}`)}
              onChange={(event) => set({ decisions: draft.decisions.map((given, i) => (i === index ? event.target.value : given)) })}
            />
            <button type="button" className="button button-quiet button-small" onClick={() => set({ decisions: without(draft.decisions, index) })}>
              {t('partnerships.work.meetings.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="button button-quiet" onClick={() => set({ decisions: [...draft.decisions, ''] })}>
          {t('partnerships.work.meetings.addDecision')}
        </button>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('partnerships.work.meetings.actionItems')}</legend>
        {draft.actionItems.map((item, index) => {
          const path = `actionItems.${index}`;
          const change = (patch: Partial<ActionItemDraft>) => set({ actionItems: replaced(draft.actionItems, index, patch) });
          return (
            <fieldset key={index} className="entry-card">
              <legend>{t('partnerships.work.meetings.actionItemNumber', { number: index + 1 })}</legend>
              <TextField name={`${path}.description`} label={t('partnerships.work.meetings.actionItem')} value={item.description} error={errorAt(`${path}.description`)} onChange={(event) => change({ description: event.target.value })} />
              <SelectField
                name={`${path}.ownerOrganizationId`}
                label={t('partnerships.work.meetings.owner')}
                emptyLabel={t('common.choose')}
                options={partyOptions}
                value={item.ownerOrganizationId}
                error={errorAt(`${path}.ownerOrganizationId`)}
                onValueChange={(ownerOrganizationId) => change({ ownerOrganizationId })}
              />
              <TextField name={`${path}.dueDate`} type="date" label={t('partnerships.work.meetings.dueDate')} value={item.dueDate} error={errorAt(`${path}.dueDate`)} onChange={(event) => change({ dueDate: event.target.value })} />
              <button type="button" className="button button-quiet button-small" onClick={() => set({ actionItems: without(draft.actionItems, index) })}>
                {t('partnerships.work.meetings.remove')}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button button-quiet" onClick={() => set({ actionItems: [...draft.actionItems, blankActionItem] })}>
          {t('partnerships.work.meetings.addActionItem')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('partnerships.work.meetings.submit')}
        </button>
      </div>
    </form>
  );
}
