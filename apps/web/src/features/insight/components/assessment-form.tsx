// The caller's organisation's self-assessment of one quarter: each attribute of a good partnership explained in
// plain words and scored 1–5, with an optional comment each and overall. Checked with the shared schema before it
// is sent; the other side's scores stay hidden until it is.
import { QUALITY_ATTRIBUTES, assessmentInput, localizeValidationMessage, type QualityAttribute } from '@daikou/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/select-field';
import { TextareaField } from '../../../components/textarea-field';
import { ApiError } from '../../../lib/api-error';
import { currentLanguage } from '../../../lib/i18n';
import { focusField } from '../../../lib/use-field-errors';
import { useProblemMessage } from '../../../lib/use-problem-message';
import { useSubmitAssessment } from '../api/submit-assessment';
import { usePeriodLabel } from './use-period-label';

const SCORES = ['1', '2', '3', '4', '5'] as const;

type Draft = {
  period: string;
  scores: Partial<Record<QualityAttribute, string>>;
  comments: Partial<Record<QualityAttribute, string>>;
  comment: string;
};

interface AssessmentFormProps {
  partnershipId: string;
  /** The quarters still to assess, newest first. */
  periods: readonly string[];
  /** Other parties' assessment of a period exists (their scores hidden until this one is sent). */
  othersSubmitted: (period: string) => boolean;
  onSubmitted: (period: string) => void;
}

/** The draft as the schema reads it: empty scores and comments left out. */
function inputOf(draft: Draft) {
  const filled = (values: Partial<Record<QualityAttribute, string>>) =>
    Object.fromEntries(Object.entries(values).filter(([, value]) => value?.trim()));
  const comments = filled(draft.comments);
  return {
    period: draft.period || undefined,
    scores: Object.fromEntries(Object.entries(filled(draft.scores)).map(([name, value]) => [name, Number(value)])),
    comments: Object.keys(comments).length > 0 ? comments : undefined,
    comment: draft.comment.trim() || undefined,
  };
}

export function AssessmentForm({ partnershipId, periods, othersSubmitted, onSubmitted }: AssessmentFormProps) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const problemMessage = useProblemMessage();
  const submit = useSubmitAssessment();
  const empty: Draft = { period: periods[0] ?? '', scores: {}, comments: {}, comment: '' };
  const [draft, setDraft] = useState<Draft>(empty);
  // Messages by place in the input: "period", "scores.trust", "comments.trust", "comment".
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const errorAt = (path: string) => {
    const message = invalid[path] ?? (submit.error instanceof ApiError ? submit.error.messageAt(path) : undefined);
    return message && localizeValidationMessage(message, currentLanguage());
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = assessmentInput.safeParse(inputOf(draft));
    if (!checked.success) {
      const messages: Record<string, string> = {};
      for (const issue of checked.error.issues) messages[issue.path.join('.')] ??= issue.message;
      // A score left out says what to do rather than "required".
      for (const attribute of QUALITY_ATTRIBUTES) {
        if (!draft.scores[attribute]) messages[`scores.${attribute}`] = t('quality.form.chooseScore');
      }
      setInvalid(messages);
      const first = ['period', ...QUALITY_ATTRIBUTES.map((attribute) => `scores.${attribute}`)].find((path) => messages[path]);
      if (first) focusField(event.currentTarget, first);
      return;
    }
    setInvalid({});
    submit.mutate(
      { id: partnershipId, input: checked.data },
      {
        onSuccess: () => {
          onSubmitted(checked.data.period);
          setDraft({ ...empty, period: periods.find((period) => period !== checked.data.period) ?? '' });
        },
      },
    );
  }

  const setScore = (attribute: QualityAttribute, score: string) => setDraft({ ...draft, scores: { ...draft.scores, [attribute]: score } });
  const setComment = (attribute: QualityAttribute, comment: string) =>
    setDraft({ ...draft, comments: { ...draft.comments, [attribute]: comment } });

  return (
    <form className="panel form insight-assessment-form" noValidate onSubmit={onSubmit} aria-labelledby="assessment-form-heading">
      <h2 id="assessment-form-heading">{t('quality.form.title')}</h2>
      <p className="notice-text">
        {draft.period && othersSubmitted(draft.period) ? t('quality.form.othersWaiting') : t('quality.form.hiddenUntilYours')}{' '}
        {t('quality.form.final')}
      </p>
      {submit.error && (
        <p role="alert" className="form-alert">
          {problemMessage(submit.error)}
        </p>
      )}
      <SelectField
        name="period"
        label={t('quality.period')}
        hint={t('quality.form.periodHint')}
        options={periods.map((period) => ({ value: period, label: periodLabel(period) }))}
        value={draft.period}
        error={errorAt('period')}
        onValueChange={(period) => setDraft({ ...draft, period })}
      />
      <p className="field-hint">{t('quality.form.scale')}</p>
      {QUALITY_ATTRIBUTES.map((attribute) => {
        const error = errorAt(`scores.${attribute}`);
        return (
          <fieldset key={attribute} name={`scores.${attribute}`} className="field insight-attribute" aria-describedby={`${attribute}-explained${error ? ` ${attribute}-error` : ''}`}>
            <legend>{t(`quality.attributes.${attribute}.name`)}</legend>
            <p id={`${attribute}-explained`} className="field-hint">
              {t(`quality.attributes.${attribute}.explained`)}
            </p>
            <div className="insight-score-choices">
              {SCORES.map((score) => (
                <label key={score} className="insight-score-choice">
                  <input
                    type="radio"
                    name={`score-${attribute}`}
                    value={score}
                    checked={draft.scores[attribute] === score}
                    onChange={() => setScore(attribute, score)}
                  />
                  <span className="insight-score-number">{score}</span>
                  <span className="insight-score-word">{t(`quality.scores.${score}`)}</span>
                </label>
              ))}
            </div>
            {error && (
              <p id={`${attribute}-error`} className="field-error">
                {error}
              </p>
            )}
            <details className="insight-attribute-comment" open={Boolean(draft.comments[attribute]) || Boolean(errorAt(`comments.${attribute}`))}>
              <summary>{t('quality.form.addComment')}</summary>
              <TextareaField
                name={`comments.${attribute}`}
                label={t('quality.form.commentOn', { attribute: t(`quality.attributes.${attribute}.name`) })}
                rows={2}
                value={draft.comments[attribute] ?? ''}
                error={errorAt(`comments.${attribute}`)}
                onChange={(event) => setComment(attribute, event.target.value)}
              />
            </details>
          </fieldset>
        );
      })}
      <TextareaField
        name="comment"
        label={t('quality.form.overallComment')}
        rows={3}
        value={draft.comment}
        error={errorAt('comment')}
        onChange={(event) => setDraft({ ...draft, comment: event.target.value })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submit.isPending}>
          {submit.isPending ? t('common.saving') : t('quality.form.submit')}
        </button>
      </div>
    </form>
  );
}
