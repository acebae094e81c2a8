// The criteria of a scorecard round, one row each: what was scored, the citizens' and the providers' score (1–5,
// group averages allowed) and the action the groups suggested.
import { SCORE_MAX, SCORE_MIN } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';

export interface CriterionDraft {
  name: string;
  citizenScore: string;
  providerScore: string;
  suggestedAction: string;
}

export const blankCriterion: CriterionDraft = { name: '', citizenScore: '', providerScore: '', suggestedAction: '' };

interface CriteriaRowsProps {
  criteria: readonly CriterionDraft[];
  onChange: (criteria: CriterionDraft[]) => void;
  errorAt: (path: string) => string | undefined;
}

export function CriteriaRows({ criteria, onChange, errorAt }: CriteriaRowsProps) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<CriterionDraft>) =>
    onChange(criteria.map((criterion, i) => (i === index ? { ...criterion, ...patch } : criterion)));
  return (
    <>
      {criteria.map((criterion, index) => {
        const path = `criteria.${index}`;
        return (
          <fieldset key={index} className="entry-card">
            <legend>{t('scorecards.form.criterionNumber', { number: index + 1 })}</legend>
            <TextField name={`${path}.name`} label={t('scorecards.fields.criterion')} value={criterion.name} error={errorAt(`${path}.name`)} onChange={(event) => change(index, { name: event.target.value })} />
            <div className="amount-fields">
              <TextField
                name={`${path}.citizenScore`}
                type="number"
                inputMode="decimal"
                min={SCORE_MIN}
                max={SCORE_MAX}
                step="any"
                label={t('scorecards.fields.citizenScore')}
                value={criterion.citizenScore}
                error={errorAt(`${path}.citizenScore`)}
                onChange={(event) => change(index, { citizenScore: event.target.value })}
              />
              <TextField
                name={`${path}.providerScore`}
                type="number"
                inputMode="decimal"
                min={SCORE_MIN}
                max={SCORE_MAX}
                step="any"
                label={t('scorecards.fields.providerScore')}
                value={criterion.providerScore}
                error={errorAt(`${path}.providerScore`)}
                onChange={(event) => change(index, { providerScore: event.target.value })}
              />
            </div>
            <TextareaField
              name={`${path}.suggestedAction`}
              label={t('scorecards.fields.suggestedAction')}
              rows={2}
              value={criterion.suggestedAction}
              error={errorAt(`${path}.suggestedAction`)}
              onChange={(event) => change(index, { suggestedAction: event.target.value })}
            />
            {criteria.length > 1 && (
              <button type="button" className="button button-quiet button-small" onClick={() => onChange(criteria.filter((_, i) => i !== index))}>
                {t('scorecards.form.removeCriterion')}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="button button-quiet" onClick={() => onChange([...criteria, blankCriterion])}>
        {t('scorecards.form.addCriterion')}
      </button>
    </>
  );
}
