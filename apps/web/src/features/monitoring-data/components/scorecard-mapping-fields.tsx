// Matching the file's columns to a scorecard round's fields: the service point, the date, the participants (female
// and male required; with a disability, ID-poor and youth if the form asked) and each criterion's two scores.
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { emptyCriterion, PARTICIPANT_FIELDS, type CriterionDraft, type MappingDraft, type ParticipantField } from './scorecard-mapping-draft';

interface ScorecardMappingFieldsProps {
  columns: readonly string[];
  draft: MappingDraft;
  errorAt: (path: string) => string | undefined;
  onChange: (draft: MappingDraft) => void;
}

const OPTIONAL: ReadonlySet<ParticipantField> = new Set(['disability', 'idPoor', 'youth']);

export function ScorecardMappingFields({ columns, draft, errorAt, onChange }: ScorecardMappingFieldsProps) {
  const { t } = useTranslation();
  const options = columns.map((column) => ({ value: column, label: column }));
  const columnField = (name: string, label: string, value: string, set: (column: string) => void, optional = false, hint?: string) => (
    <SelectField
      name={`mapping.${name}`}
      label={label}
      hint={hint}
      emptyLabel={optional ? t('imports.mapping.notInFile') : t('imports.mapping.chooseColumn')}
      options={options}
      value={value}
      error={errorAt(`mapping.${name}`)}
      onValueChange={set}
    />
  );
  const setCriterion = (index: number, change: Partial<CriterionDraft>) =>
    onChange({ ...draft, criteria: draft.criteria.map((criterion, i) => (i === index ? { ...criterion, ...change } : criterion)) });
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('imports.mapping.round')}</legend>
        <div className="amount-fields">
          {columnField('servicePointId', t('imports.mapping.servicePointId'), draft.servicePointId, (servicePointId) => onChange({ ...draft, servicePointId }), false, t('imports.mapping.servicePointIdHint'))}
          {columnField('date', t('imports.mapping.date'), draft.date, (date) => onChange({ ...draft, date }), false, t('imports.mapping.dateHint'))}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('imports.mapping.participants')}</legend>
        <div className="amount-fields">
          {PARTICIPANT_FIELDS.map((field) =>
            columnField(
              `participants.${field}`,
              t(`imports.mapping.participant.${field}`),
              draft.participants[field],
              (column) => onChange({ ...draft, participants: { ...draft.participants, [field]: column } }),
              OPTIONAL.has(field),
            ),
          )}
        </div>
      </fieldset>
      <fieldset className="form-section" name="mapping.criteria">
        <legend>{t('imports.mapping.criteria')}</legend>
        <p className="field-hint">{t('imports.mapping.criteriaHint')}</p>
        {draft.criteria.map((criterion, index) => (
          <fieldset key={index} className="entry-card criterion-mapping">
            <legend>{t('imports.mapping.criterionNumber', { number: index + 1 })}</legend>
            <TextField
              name={`mapping.criteria.${index}.name`}
              label={t('imports.mapping.criterionName')}
              value={criterion.name}
              error={errorAt(`mapping.criteria.${index}.name`)}
              onChange={(event) => setCriterion(index, { name: event.target.value })}
            />
            <div className="amount-fields">
              {columnField(`criteria.${index}.citizenScoreColumn`, t('imports.mapping.citizenScore'), criterion.citizenScoreColumn, (citizenScoreColumn) => setCriterion(index, { citizenScoreColumn }))}
              {columnField(`criteria.${index}.providerScoreColumn`, t('imports.mapping.providerScore'), criterion.providerScoreColumn, (providerScoreColumn) => setCriterion(index, { providerScoreColumn }))}
            </div>
            {draft.criteria.length > 1 && (
              <button type="button" className="button button-quiet button-small" onClick={() => onChange({ ...draft, criteria: draft.criteria.filter((_, i) => i !== index) })}>
                {t('imports.mapping.removeCriterion', { number: index + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <button type="button" className="button button-quiet" onClick={() => onChange({ ...draft, criteria: [...draft.criteria, emptyCriterion] })}>
          {t('imports.mapping.addCriterion')}
        </button>
      </fieldset>
    </>
  );
}
