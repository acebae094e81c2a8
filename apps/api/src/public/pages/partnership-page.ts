// /public/partnerships/:id: who the partners are and what for, the commitments record of both sides, the scorecard
// results of the services they monitor, and what was done about what citizens said.
import { FUNCTION_LABELS, SCORE_RULE, STATUS_LABELS, type Locale } from '@daikou/domain';
import { partnershipPagePath, PUBLIC_PAGES_ROOT } from '../public-page-routes';
import type { PublicPartnershipRecord } from '../public-view';
import { html } from './html';
import { inLanguage, renderPage, textIn } from './page-layout';
import { actionPlan, commitmentsBar, partiesList, partyName, readableDate, roundLine, scorePair, servicePointLine, servicePointName } from './page-parts';

export function partnershipPage(record: PublicPartnershipRecord, lang: Locale): string {
  const t = textIn(lang);
  const sideLabel = { state: t('stateSide'), non_state: t('nonStateSide') };
  const scores = record.commitments.parties.map(
    (party) => html`<li>${partyName(party, lang)}: <strong>${party.score === null ? t('noScore') : `${party.score} / 100`}</strong></li>`,
  );
  const services = record.servicePoints.map(
    (point) => html`<section class="card"><h3>${servicePointName(point, lang)}</h3><p class="small muted">${servicePointLine(point, lang)}</p>
${point.rounds.map((round) => html`${roundLine(round, lang)}<p class="small muted">${t('averageOfRound')}</p>${scorePair(round.citizenAverage, round.providerAverage, lang)}`)}
<p><a href="${inLanguage(point.feedbackPage, lang)}">${t('servicePointLink')} →</a></p></section>`,
  );
  const pointNames = new Map(record.servicePoints.map((point) => [point.id, servicePointName(point, lang)]));
  return renderPage({
    lang,
    title: record.title,
    languageHref: (other) => inLanguage(partnershipPagePath(record.id), other),
    body: html`<p class="small"><a href="${inLanguage(PUBLIC_PAGES_ROOT, lang)}">← ${t('allPartnerships')}</a></p>
<h1>${record.title}</h1><p><span class="tag ${record.status}">${STATUS_LABELS[record.status][lang]}</span></p>
<div class="card"><dl><dt>${t('parties')}</dt><dd>${partiesList(record.parties, lang)}</dd>
<dt>${t('purpose')}</dt><dd>${record.purpose}</dd>
<dt>${t('functionLabel')}</dt><dd>${FUNCTION_LABELS[record.function][lang]}</dd>
<dt>${t('area')}</dt><dd>${record.area.map((unit) => (lang === 'km' ? unit.nameKm : unit.nameLatin || unit.nameKm)).join(', ')}</dd>
<dt>${t('dates')}</dt><dd>${readableDate(record.startDate, lang)} – ${readableDate(record.endDate, lang)}</dd></dl></div>
<h2>${t('commitmentsTitle')}</h2><p class="muted small">${t('commitmentsIntro')}</p>
${record.commitments.sides.map((side) => html`<section class="card"><h3>${sideLabel[side.side]}</h3>${commitmentsBar(side, lang)}</section>`)}
<h3>${t('score')}</h3><ul class="small">${scores}</ul><details class="small"><summary>${t('howScored')}</summary><p>${SCORE_RULE[lang]}</p></details>
<h2>${t('servicesTitle')}</h2><p class="muted small">${t('servicesIntro')}</p>
${services.length === 0 ? html`<p class="muted">${t('noRounds')}</p>` : services}
<h2>${t('actionPlanTitle')}</h2><p class="muted small">${t('actionPlanIntro')}</p>
${actionPlan(record.actionPlan, pointNames, lang)}`,
  });
}
