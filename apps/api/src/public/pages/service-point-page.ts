// /public/service-points/:id: each criterion's citizen and provider scores over the rounds, the action plan, and a
// plain form for feedback (it works without script; a refused message comes back with the reason beside the field).
import { FEEDBACK_TEXT_MAX, type Locale } from '@daikou/domain';
import { partnershipPagePath, servicePointPagePath } from '../public-page-routes';
import type { PublicServicePoint } from '../public-view';
import { html } from './html';
import { inLanguage, renderPage, textIn } from './page-layout';
import { actionPlan, readableDate, roundLine, scorePair, servicePointLine, servicePointName } from './page-parts';
import { RATING_ANSWERS } from './page-texts';

/** What the visitor wrote, and why it was refused (messages already in the page's language). */
export interface FeedbackForm {
  text: string;
  rating: string;
  errors: { text?: string; rating?: string; form?: string };
}

export const EMPTY_FEEDBACK_FORM: FeedbackForm = { text: '', rating: '', errors: {} };

export function servicePointPage(point: PublicServicePoint, lang: Locale, form: FeedbackForm = EMPTY_FEEDBACK_FORM): string {
  const t = textIn(lang);
  const name = servicePointName(point, lang);
  const criteria = point.criteria.map(
    (criterion) => html`<section class="card"><h3>${criterion.name}</h3>${criterion.points.map(
      (p) => html`<p class="small"><strong>${readableDate(p.date, lang)}</strong>${p.citizenScore === null ? html` · <span class="muted">${t('notScored')}</span>` : ''}</p>${
        p.citizenScore === null ? '' : scorePair(p.citizenScore, p.providerScore, lang)
      }`,
    )}</section>`,
  );
  const rounds = point.rounds.map((round) => html`${roundLine(round, lang)}${scorePair(round.citizenAverage, round.providerAverage, lang)}`);
  const error = (message: string | undefined, id: string) => (message ? html`<p class="error" id="${id}">${message}</p>` : '');
  const ratingChoice = (value: string, label: string) =>
    html`<label><input type="radio" name="rating" value="${value}"${form.rating === value ? html` checked` : ''}> ${label}</label>`;
  return renderPage({
    lang,
    title: name,
    languageHref: (other) => inLanguage(servicePointPagePath(point.id), other),
    body: html`<p class="small">${t('monitoredBy')}: ${point.partnerships.map((p, index) => html`${index > 0 ? ' · ' : ''}<a href="${inLanguage(partnershipPagePath(p.id), lang)}">${p.title}</a>`)}</p>
<h1>${name}</h1><p class="muted">${servicePointLine(point, lang)}</p>
<h2>${t('servicesTitle')}</h2><p class="muted small">${t('servicesIntro')}</p>
<section class="card"><h3>${t('averageOfRound')}</h3>${rounds}</section>${criteria}
<h2>${t('actionPlanTitle')}</h2><p class="muted small">${t('actionPlanIntro')}</p>
${actionPlan(point.actionPlan, new Map([[point.id, name]]), lang)}
<h2 id="feedback">${t('feedbackTitle')}</h2>
<form method="post" action="${servicePointPagePath(point.id)}/feedback" class="card"><p class="small">${t('feedbackIntro')}</p>
<input type="hidden" name="lang" value="${lang}">${error(form.errors.form, 'form-error')}
<label for="text">${t('feedbackText')}</label>${error(form.errors.text, 'text-error')}
<textarea id="text" name="text" rows="5" maxlength="${FEEDBACK_TEXT_MAX}" required${form.errors.text ? html` aria-invalid="true" aria-describedby="text-error"` : ''}>${form.text}</textarea>
<fieldset${form.errors.rating ? html` aria-describedby="rating-error"` : ''}><legend class="field">${t('feedbackRating')} <span class="muted">(${t('optional')})</span></legend>${error(form.errors.rating, 'rating-error')}
${ratingChoice('', t('noRating'))}${RATING_ANSWERS.map((answer, index) => ratingChoice(String(index + 1), `${index + 1} · ${answer[lang]}`))}</fieldset>
<button type="submit">${t('send')}</button></form>`,
  });
}
