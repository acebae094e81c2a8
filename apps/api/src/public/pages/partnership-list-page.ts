// /public: the published partnerships, filtered by province and status with a plain GET form, a page at a time.
import { PUBLIC_STATUSES, STATUS_LABELS, type Locale } from '@daikou/domain';
import { getAdminUnit } from '@daikou/gazetteer';
import type { Page } from '../../common/pagination';
import { partnershipPagePath, PUBLIC_PAGES_ROOT } from '../public-page-routes';
import type { PublicPartnershipQuery } from '../public-query';
import type { PublicPartnership } from '../public-view';
import { html } from './html';
import { inLanguage, renderPage, textIn } from './page-layout';
import { partyName, readableDate } from './page-parts';

export interface PartnershipListPage {
  lang: Locale;
  query: PublicPartnershipQuery;
  page: Page<PublicPartnership>;
  provinces: string[];
}

/** The list's address with these filters (empty ones left out). */
function listHref(filters: Partial<Record<'province' | 'status' | 'q' | 'cursor', string | undefined>>, lang: Locale): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  params.set('lang', lang);
  return `${PUBLIC_PAGES_ROOT}?${params.toString()}`;
}

const areaNames = (p: PublicPartnership, lang: Locale) => p.area.map((unit) => (lang === 'km' ? unit.nameKm : unit.nameLatin || unit.nameKm)).join(', ');

export function partnershipListPage({ lang, query, page, provinces }: PartnershipListPage): string {
  const t = textIn(lang);
  const filters = { province: query.province, status: query.status, q: query.q };
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
  const items = page.items.map(
    (p) => html`<li class="card"><h2><a href="${inLanguage(partnershipPagePath(p.id), lang)}">${p.title}</a></h2>
<p><span class="tag ${p.status}">${STATUS_LABELS[p.status][lang]}</span></p>
<dl><dt>${t('parties')}</dt><dd>${p.parties.map((party) => partyName(party, lang)).join(' · ')}</dd>
<dt>${t('area')}</dt><dd>${areaNames(p, lang)}</dd>
<dt>${t('dates')}</dt><dd>${readableDate(p.startDate, lang)} – ${readableDate(p.endDate, lang)}</dd></dl></li>`,
  );
  return renderPage({
    lang,
    title: t('listTitle'),
    languageHref: (other) => listHref({ ...filters, cursor: query.cursor }, other),
    body: html`<h1>${t('listTitle')}</h1><p class="muted">${t('listIntro')}</p>
<form method="get" action="${PUBLIC_PAGES_ROOT}" class="card filters" aria-label="${t('filters')}"><input type="hidden" name="lang" value="${lang}">
<div><label for="province">${t('province')}</label><select id="province" name="province">${option('', t('allProvinces'), !query.province)}${provinces.map((code) =>
      option(code, (lang === 'km' ? getAdminUnit(code)?.nameKm : getAdminUnit(code)?.nameLatin) ?? code, code === query.province),
    )}</select></div>
<div><label for="status">${t('status')}</label><select id="status" name="status">${option('', t('allStatuses'), !query.status)}${PUBLIC_STATUSES.map((status) =>
      option(status, STATUS_LABELS[status][lang], status === query.status),
    )}</select></div>
<div><label for="q">${t('search')}</label><input type="search" id="q" name="q" value="${query.q ?? ''}" maxlength="200"></div>
<div><button type="submit">${t('show')}</button></div></form>
${items.length === 0 ? html`<p>${t('noPartnerships')}</p>` : html`<ul class="plain">${items}</ul>`}
${query.cursor || page.nextCursor ? html`<nav aria-label="${t('pages')}"><p>${query.cursor ? html`<a href="${listHref(filters, lang)}">${t('firstPage')}</a> ` : ''}${
      page.nextCursor ? html`<a href="${listHref({ ...filters, cursor: page.nextCursor }, lang)}">${t('nextPage')} →</a>` : ''
    }</p></nav>` : ''}`,
  });
}
