// Pieces several public pages show: dates, parties, score bars drawn with plain HTML/CSS, and the action plan.
import {
  ACTION_ITEM_STATUS_LABELS,
  OCCURRENCE_STANDING_LABELS,
  ORGANIZATION_KIND_LABELS,
  RATING_LABELS,
  SCORE_MAX,
  SERVICE_POINT_KIND_LABELS,
  type Locale,
} from '@daikou/domain';
import type { z } from 'zod';
import type { publicActionItemSchema, PublicCommitments, publicPartySchema, PublicServiceResults } from '../public-view';
import { html, type Html } from './html';
import { textIn } from './page-layout';

type Party = z.infer<typeof publicPartySchema>;
type ActionItem = z.infer<typeof publicActionItemSchema>;

const DATE_LOCALES: Record<Locale, string> = { km: 'km', en: 'en-GB' };

/** A calendar date (YYYY-MM-DD) as people read it: "15 មករា 2026", "15 January 2026". */
export function readableDate(date: string, lang: Locale): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

const oneDecimal = (value: number, lang: Locale) => new Intl.NumberFormat(DATE_LOCALES[lang], { maximumFractionDigits: 1 }).format(value);

export const partyName = (party: Party, lang: Locale) => (lang === 'km' && party.nameKm ? party.nameKm : party.name);

export const servicePointName = (point: Pick<PublicServiceResults, 'name' | 'nameKm'>, lang: Locale) => (lang === 'km' && point.nameKm ? point.nameKm : point.name);

export function servicePointLine(point: Pick<PublicServiceResults, 'kind' | 'area'>, lang: Locale): string {
  return `${SERVICE_POINT_KIND_LABELS[point.kind][lang]} · ${point.area[lang] || point.area.km}`;
}

export function partiesList(parties: Party[], lang: Locale): Html {
  return html`<ul class="plain">${parties.map((p) => html`<li>${partyName(p, lang)} <span class="muted small">(${ORGANIZATION_KIND_LABELS[p.kind][lang]})</span></li>`)}</ul>`;
}

/** One labelled bar of a score out of 5, with the number beside it. */
function scoreBar(label: string, score: number | null, colour: 'citizen' | 'provider', lang: Locale): Html {
  const width = score === null ? 0 : (score / SCORE_MAX) * 100;
  return html`<span>${label}</span><span class="bar" aria-hidden="true"><i class="${colour}" style="width:${width.toFixed(1)}%"></i></span><span>${score === null ? '–' : oneDecimal(score, lang)}</span>`;
}

/** Citizens' score above the providers' score, as two bars. */
export function scorePair(citizen: number | null, provider: number | null, lang: Locale): Html {
  const t = textIn(lang);
  return html`<div class="pair">${scoreBar(t('citizens'), citizen, 'citizen', lang)}${scoreBar(t('providers'), provider, 'provider', lang)}</div>`;
}

const COUNT_PARTS = [
  { key: 'kept', colour: 'kept', label: RATING_LABELS.kept },
  { key: 'partlyKept', colour: 'partly', label: RATING_LABELS.partly_kept },
  { key: 'notKept', colour: 'not', label: RATING_LABELS.not_kept },
  { key: 'overdue', colour: 'overdue', label: OCCURRENCE_STANDING_LABELS.overdue },
  { key: 'disputed', colour: 'disputed', label: OCCURRENCE_STANDING_LABELS.disputed },
] as const;

type Counts = PublicCommitments['sides'][number];

/** The commitments of one side as one stacked bar, with each count there is written out beside its colour. */
export function commitmentsBar(counts: Counts, lang: Locale): Html {
  const total = COUNT_PARTS.reduce((sum, part) => sum + counts[part.key], 0);
  const t = textIn(lang);
  if (total === 0) return html`<p class="muted">${t('noCommitmentDue')}</p>`;
  return html`<div class="bar" aria-hidden="true">${COUNT_PARTS.map((part) =>
    counts[part.key] === 0 ? '' : html`<i class="${part.colour}" style="width:${((counts[part.key] / total) * 100).toFixed(1)}%"></i>`,
  )}</div><ul class="legend">${COUNT_PARTS.filter((part) => counts[part.key] > 0).map((part) => html`<li><b class="${part.colour}"></b>${part.label[lang]}: ${counts[part.key]}</li>`)}</ul>`;
}

export function roundLine(round: PublicServiceResults['rounds'][number], lang: Locale): Html {
  const t = textIn(lang);
  return html`<p class="small"><strong>${readableDate(round.date, lang)}</strong> · ${round.participants.total} ${t('participants')} (${round.participants.female} ${t('women')})</p>`;
}

/** "You said, we did": each agreed action, who answers for it, by when, and where it stands. */
export function actionPlan(items: ActionItem[], pointNames: Map<string, string>, lang: Locale): Html {
  const t = textIn(lang);
  if (items.length === 0) return html`<p class="muted">${t('noActions')}</p>`;
  return html`<ul class="plain">${items.map(
    (item) => html`<li class="card"><p>${item.description}</p>
<p class="small"><span class="tag ${item.status === 'done' ? 'done' : ''}">${ACTION_ITEM_STATUS_LABELS[item.status][lang]}</span>${item.overdue ? html` <span class="tag late">${t('late')}</span>` : ''}</p>
<p class="small muted">${t('responsible')}: ${partyName(item.owner, lang)} · ${t('due')}: ${readableDate(item.dueDate, lang)}<br>${t('afterRound')} ${readableDate(item.roundDate, lang)} · ${pointNames.get(item.servicePointId) ?? ''}</p></li>`,
  )}</ul>`;
}
