// The participants of a scorecard round: women and men, and among them people with a disability, from ID-poor
// households and youth.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';

export const PARTICIPANT_GROUPS = ['female', 'male', 'disability', 'idPoor', 'youth'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export type ParticipantsDraft = Record<ParticipantGroup, string>;

export const blankParticipants: ParticipantsDraft = { female: '', male: '', disability: '', idPoor: '', youth: '' };

interface ParticipantFieldsProps {
  participants: ParticipantsDraft;
  onChange: (participants: ParticipantsDraft) => void;
  errorAt: (path: string) => string | undefined;
}

export function ParticipantFields({ participants, onChange, errorAt }: ParticipantFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-group" name="participants">
      <legend>{t('scorecards.fields.participants')}</legend>
      <p className="field-hint">{t('scorecards.form.participantsHint')}</p>
      {errorAt('participants') && <p className="field-error">{errorAt('participants')}</p>}
      <div className="participant-fields">
        {PARTICIPANT_GROUPS.map((group) => (
          <TextField
            key={group}
            name={`participants.${group}`}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            label={t(`scorecards.participants.${group}`)}
            value={participants[group]}
            error={errorAt(`participants.${group}`)}
            onChange={(event) => onChange({ ...participants, [group]: event.target.value })}
          />
        ))}
      </div>
    </fieldset>
  );
}
