// Writes an MoU version: each clause a row with its Khmer and English title and text side by side; clauses can
// be added, removed and moved. Saving checks the clauses with the shared schema and sends them as a new version.
import { mouVersionInput, type MouVersionInput } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '../../../components/textarea-field';
import { TextField } from '../../../components/text-field';
import { usePathErrors } from '../../../lib/use-path-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import type { MouClause } from '../api/get-mou-versions';

interface ClauseDraft {
  key: string;
  titleKm: string;
  textKm: string;
  titleEn: string;
  textEn: string;
}

interface MouEditorProps {
  initial: readonly MouClause[];
  /** Where the clauses came from, e.g. "the template" or "version 2". */
  startingPoint: string;
  saving: boolean;
  error: Error | null;
  onSave: (input: MouVersionInput) => void;
}

const draftOf = (clause: MouClause): ClauseDraft => ({
  key: clause.key,
  titleKm: clause.titleKm ?? '',
  textKm: clause.textKm ?? '',
  titleEn: clause.titleEn,
  textEn: clause.textEn,
});

const inputOf = (clauses: readonly ClauseDraft[]) => ({
  clauses: clauses.map((clause) => ({
    key: clause.key,
    titleEn: clause.titleEn,
    textEn: clause.textEn,
    // A clause may lack its Khmer text while it is drafted; the schema refuses an empty one.
    titleKm: clause.titleKm.trim() || undefined,
    textKm: clause.textKm.trim() || undefined,
  })),
});

/** A key no clause has yet: keys pair clauses up across versions in the diff. */
function newKey(clauses: readonly ClauseDraft[]): string {
  let number = clauses.length + 1;
  while (clauses.some((clause) => clause.key === `clause_${number}`)) number += 1;
  return `clause_${number}`;
}

export function MouEditor({ initial, startingPoint, saving, error, onSave }: MouEditorProps) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const [clauses, setClauses] = useState(() => initial.map(draftOf));
  const { errorAt, accept } = usePathErrors(error);
  const change = (index: number, patch: Partial<ClauseDraft>) =>
    setClauses(clauses.map((clause, i) => (i === index ? { ...clause, ...patch } : clause)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...clauses];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    setClauses(next);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = accept(mouVersionInput.safeParse(inputOf(clauses)), event.currentTarget);
    if (input !== undefined) onSave(input);
  }

  return (
    <form className="form mou-editor" noValidate onSubmit={submit} aria-labelledby="mou-editor-heading">
      <h2 id="mou-editor-heading">{t('partnerships.mou.editorTitle')}</h2>
      <p className="muted">{t('partnerships.mou.editorIntro', { startingPoint })}</p>
      {error && (
        <p role="alert" className="form-alert">
          {problemMessage(error)}
        </p>
      )}
      {errorAt('clauses') && <p className="field-error">{errorAt('clauses')}</p>}
      {clauses.map((clause, index) => {
        const path = `clauses.${index}`;
        return (
          <fieldset key={clause.key} className="clause-editor">
            <legend>{t('partnerships.mou.clauseNumber', { number: index + 1 })}</legend>
            <div className="bilingual">
              <div lang="km" className="bilingual-column">
                <TextField
                  name={`${path}.titleKm`}
                  label={t('partnerships.mou.titleKm')}
                  value={clause.titleKm}
                  error={errorAt(`${path}.titleKm`)}
                  onChange={(event) => change(index, { titleKm: event.target.value })}
                />
                <TextareaField
                  name={`${path}.textKm`}
                  label={t('partnerships.mou.textKm')}
                  rows={5}
                  value={clause.textKm}
                  error={errorAt(`${path}.textKm`)}
                  onChange={(event) => change(index, { textKm: event.target.value })}
                />
              </div>
              <div lang="en" className="bilingual-column">
                <TextField
                  name={`${path}.titleEn`}
                  label={t('partnerships.mou.titleEn')}
                  required
                  value={clause.titleEn}
                  error={errorAt(`${path}.titleEn`)}
                  onChange={(event) => change(index, { titleEn: event.target.value })}
                />
                <TextareaField
                  name={`${path}.textEn`}
                  label={t('partnerships.mou.textEn')}
                  rows={5}
                  required
                  value={clause.textEn}
                  error={errorAt(`${path}.textEn`)}
                  onChange={(event) => change(index, { textEn: event.target.value })}
                />
              </div>
            </div>
            <div className="clause-tools">
              <button type="button" className="button button-quiet button-small" disabled={index === 0} onClick={() => move(index, -1)}>
                {t('partnerships.mou.moveUp')}
              </button>
              <button
                type="button"
                className="button button-quiet button-small"
                disabled={index === clauses.length - 1}
                onClick={() => move(index, 1)}
              >
                {t('partnerships.mou.moveDown')}
              </button>
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => setClauses(clauses.filter((_, i) => i !== index))}
              >
                {t('partnerships.mou.removeClause')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="form-actions">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setClauses([...clauses, { key: newKey(clauses), titleKm: '', textKm: '', titleEn: '', textEn: '' }])}
        >
          {t('partnerships.mou.addClause')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('common.saving') : t('partnerships.mou.saveVersion')}
        </button>
      </div>
    </form>
  );
}
