// The MoU as a printable HTML page (A4): title block, parties, area, clauses (km, en or side by side), approval,
// signature page with the text hash and a QR code of the verification URL. Every value from the database is escaped.
import { ORGANIZATION_KIND_LABELS, ORGANIZATION_TYPE_LABELS, type Bilingual } from '@daikou/domain';
import { DOCUMENT_FONT_FAMILY, documentFontFaces } from './document-fonts';
import type { DocumentLang, MouDocumentContent } from './mou-document-content';

const TEXT: Record<string, Bilingual> = {
  kingdom: { km: 'ព្រះរាជាណាចក្រកម្ពុជា', en: 'Kingdom of Cambodia' },
  motto: { km: 'ជាតិ សាសនា ព្រះមហាក្សត្រ', en: 'Nation Religion King' },
  mou: { km: 'អនុស្សរណៈនៃការយោគយល់គ្នា', en: 'Memorandum of Understanding' },
  version: { km: 'កំណែទី', en: 'Version' },
  parties: { km: 'ភាគី', en: 'Parties' },
  area: { km: 'តំបន់រដ្ឋបាល', en: 'Administrative area' },
  period: { km: 'រយៈពេល', en: 'Period' },
  clauses: { km: 'ប្រការនានា', en: 'Clauses' },
  approval: { km: 'ការអនុម័ត', en: 'Approval' },
  approvedBy: { km: 'បានអនុម័តសម្រាប់ចុះហត្ថលេខាដោយ', en: 'Approved for signature by' },
  on: { km: 'នៅថ្ងៃ', en: 'on' },
  notApproved: { km: 'កំណែនេះមិនទាន់ត្រូវបានអនុម័តសម្រាប់ចុះហត្ថលេខាទេ', en: 'This version has not been approved for signature' },
  signatures: { km: 'ហត្ថលេខា', en: 'Signatures' },
  signatory: { km: 'អ្នកចុះហត្ថលេខា', en: 'Signatory' },
  dateSigned: { km: 'កាលបរិច្ឆេទចុះហត្ថលេខា', en: 'Date signed' },
  signature: { km: 'ហត្ថលេខា និងត្រា', en: 'Signature and seal' },
  textHash: { km: 'ស្នាមម្រាមដៃនៃអត្ថបទ (SHA-256)', en: 'Text fingerprint (SHA-256)' },
  verify: { km: 'ស្កេនដើម្បីផ្ទៀងផ្ទាត់ថាច្បាប់ចម្លងនេះត្រូវនឹងកំណែដែលបានចុះហត្ថលេខា', en: 'Scan to check that this copy matches the signed version' },
  untranslated: { km: 'មិនមានអត្ថបទជាភាសាខ្មែរ', en: 'No English text' },
};

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function khmerDigits(value: string): string {
  return value.replace(/\d/g, (d) => KHMER_DIGITS[Number(d)]!);
}

/** A date in Phnom Penh time: "5 មីនា 2026" with Khmer digits, or "5 March 2026". */
export function formatDate(date: Date | string, lang: 'km' | 'en'): string {
  const value = typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : new Date(date);
  const text = new Intl.DateTimeFormat(lang === 'km' ? 'km-KH' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Phnom_Penh' }).format(value);
  return lang === 'km' ? khmerDigits(text) : text;
}

function paragraphs(text: string): string {
  return text.split(/\n+/).filter((line) => line.trim()).map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

export const DOCUMENT_STYLES = `
  @page { size: A4; }
  html { -webkit-print-color-adjust: exact; }
  body { margin: 0; font-family: '${DOCUMENT_FONT_FAMILY}', sans-serif; font-size: 10.5pt; line-height: 1.6; color: #111; }
  [lang='km'] { line-height: 1.9; }
  p { margin: 0 0 0.45em; }
  h1, h2, h3 { font-weight: 700; margin: 0; }
  .motto { text-align: center; font-size: 14pt; font-weight: 700; line-height: 1.8; }
  .motto .sub { font-size: 11pt; }
  .title { text-align: center; margin: 8mm 0 6mm; }
  .title h1 { font-size: 17pt; line-height: 1.8; }
  .title h2 { font-size: 13pt; line-height: 1.8; }
  .title .version { font-size: 10pt; color: #333; }
  .en-sub { color: #444; font-weight: 400; }
  section { margin: 0 0 6mm; }
  section > h2 { break-after: avoid; font-size: 12pt; border-bottom: 0.4pt solid #888; margin-bottom: 2mm; line-height: 1.9; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  td, th { vertical-align: top; text-align: left; padding: 1.5mm 2mm; overflow-wrap: anywhere; }
  .parties td { border-bottom: 0.3pt solid #ccc; }
  .clause { break-inside: avoid-page; margin-bottom: 3mm; }
  .clause h3 { font-size: 11pt; line-height: 1.9; }
  .columns td { width: 50%; border-bottom: 0.3pt solid #ccc; }
  .columns td:first-child { border-right: 0.3pt solid #ccc; }
  .columns thead th { font-size: 9pt; color: #555; border-bottom: 0.6pt solid #888; }
  .missing { color: #777; font-style: italic; }
  .signature-page { break-before: page; }
  .signatory { break-inside: avoid; border: 0.4pt solid #888; padding: 3mm 4mm; margin-bottom: 4mm; }
  .signatory h3 { font-size: 11pt; line-height: 1.9; }
  .blank { display: inline-block; min-width: 55mm; border-bottom: 0.4pt solid #111; }
  .sign-line { margin-top: 12mm; border-top: 0.4pt solid #111; width: 70mm; font-size: 9pt; color: #444; }
  .verification { display: flex; gap: 6mm; align-items: center; break-inside: avoid; margin-top: 6mm; }
  .verification svg { width: 32mm; height: 32mm; flex: none; }
  .hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
`;

export interface MouDocumentPage {
  content: MouDocumentContent;
  lang: DocumentLang;
  verificationUrl: string;
  qrSvg: string;
}

/** The whole document as one HTML page. */
export function mouDocumentHtml({ content, lang, verificationUrl, qrSvg }: MouDocumentPage): string {
  const km = lang !== 'en';
  const en = lang !== 'km';
  /** A label in the document's language(s); both: Khmer first, English after. */
  const label = (text: Bilingual) =>
    lang === 'both' ? `<span lang="km">${escapeHtml(text.km)}</span> <span class="en-sub" lang="en">/ ${escapeHtml(text.en)}</span>`
      : lang === 'km' ? `<span lang="km">${escapeHtml(text.km)}</span>` : `<span lang="en">${escapeHtml(text.en)}</span>`;
  const date = (value: Date | string) =>
    lang === 'both' ? `${escapeHtml(formatDate(value, 'km'))} / ${escapeHtml(formatDate(value, 'en'))}` : escapeHtml(formatDate(value, lang));
  const versionKm = `<span lang="km">${TEXT.version!.km} ${khmerDigits(String(content.versionNumber))}</span>`;
  const versionEn = `<span lang="en">${TEXT.version!.en} ${content.versionNumber}</span>`;
  const versionLabel = lang === 'km' ? versionKm : lang === 'en' ? versionEn : `${versionKm} <span class="en-sub">/ ${versionEn}</span>`;

  const motto = lang === 'en'
    ? `<div class="motto" lang="en">${TEXT.kingdom!.en}<div class="sub">${TEXT.motto!.en}</div></div>`
    : `<div class="motto" lang="km">${TEXT.kingdom!.km}<div class="sub">${TEXT.motto!.km}</div></div>`;

  const title = `<div class="title">
      ${km ? `<h1 lang="km">${TEXT.mou!.km}</h1>` : ''}${en ? `<${km ? 'h2' : 'h1'} lang="en">${TEXT.mou!.en}</${km ? 'h2' : 'h1'}>` : ''}
      <h2>${escapeHtml(content.title)}</h2>
      <div class="version">${versionLabel}</div>
    </div>`;

  const parties = `<section><h2>${label(TEXT.parties!)}</h2><table class="parties">${content.parties
    .map((party) => {
      const name = lang === 'en' || !party.nameKm ? escapeHtml(party.name)
        : lang === 'km' ? `<span lang="km">${escapeHtml(party.nameKm)}</span>` : `<span lang="km">${escapeHtml(party.nameKm)}</span><br>${escapeHtml(party.name)}`;
      return `<tr><td style="width:55%"><strong>${name}</strong></td><td>${label(ORGANIZATION_TYPE_LABELS[party.type])}<br><span class="en-sub">${label(ORGANIZATION_KIND_LABELS[party.kind])}</span></td></tr>`;
    })
    .join('')}</table></section>`;

  const areaName = (area: MouDocumentContent['areas'][number]) =>
    lang === 'en' ? escapeHtml(`${area.nameLatin} (${area.typeEn})`)
      : lang === 'km' ? `<span lang="km">${escapeHtml(`${area.typeKm}${area.nameKm}`)}</span>`
        : `<span lang="km">${escapeHtml(`${area.typeKm}${area.nameKm}`)}</span> / ${escapeHtml(`${area.nameLatin} (${area.typeEn})`)}`;
  const area = `<section><h2>${label(TEXT.area!)}</h2><p>${content.areas.map(areaName).join('; ')}</p>
      <p>${label(TEXT.period!)}: ${date(content.startDate)} – ${date(content.endDate)}</p></section>`;

  const clauseIn = (clause: MouDocumentContent['clauses'][number], which: 'km' | 'en') => {
    if (which === 'en') return `<div class="clause" lang="en"><h3>${escapeHtml(clause.titleEn)}</h3>${paragraphs(clause.textEn)}</div>`;
    if (!clause.textKm) return `<div class="clause"><h3 lang="en">${escapeHtml(clause.titleEn)}</h3><p class="missing" lang="km">${TEXT.untranslated!.km}</p></div>`;
    return `<div class="clause" lang="km"><h3>${escapeHtml(clause.titleKm ?? clause.titleEn)}</h3>${paragraphs(clause.textKm)}</div>`;
  };
  const clauses = lang === 'both'
    ? `<section><h2>${label(TEXT.clauses!)}</h2><table class="columns"><thead><tr><th lang="km">ភាសាខ្មែរ</th><th>English</th></tr></thead><tbody>${content.clauses
        .map((clause) => `<tr><td>${clauseIn(clause, 'km')}</td><td>${clauseIn(clause, 'en')}</td></tr>`)
        .join('')}</tbody></table></section>`
    : `<section><h2>${label(TEXT.clauses!)}</h2>${content.clauses.map((clause) => clauseIn(clause, lang)).join('')}</section>`;

  const approval = `<section><h2>${label(TEXT.approval!)}</h2><p>${
    content.approval
      ? `${label(TEXT.approvedBy!)} <strong>${escapeHtml(content.approval.by ?? '—')}</strong> ${label(TEXT.on!)} ${date(content.approval.at)}`
      : label(TEXT.notApproved!)
  }</p></section>`;

  const signatories = content.parties
    .map((party) => {
      const signature = content.signatures.find((s) => s.organizationId === party.organizationId);
      const name = lang !== 'en' && party.nameKm ? `<span lang="km">${escapeHtml(party.nameKm)}</span>${lang === 'both' ? ` / ${escapeHtml(party.name)}` : ''}` : escapeHtml(party.name);
      return `<div class="signatory"><h3>${name}</h3>
        <p>${label(TEXT.signatory!)}: ${signature ? `<strong>${escapeHtml(signature.signatoryName)}</strong>` : '<span class="blank">&nbsp;</span>'}</p>
        <p>${label(TEXT.dateSigned!)}: ${signature ? date(signature.signedAt) : '<span class="blank">&nbsp;</span>'}</p>
        <div class="sign-line">${label(TEXT.signature!)}</div></div>`;
    })
    .join('');
  const signaturePage = `<section class="signature-page"><h2>${label(TEXT.signatures!)} — ${versionLabel}</h2>${signatories}
      <div class="verification">${qrSvg}<div><p>${label(TEXT.textHash!)}</p><p class="hash">${escapeHtml(content.textHash)}</p>
      <p>${label(TEXT.verify!)}</p><p class="hash">${escapeHtml(verificationUrl)}</p></div></div></section>`;

  return `<!doctype html><html lang="${lang === 'en' ? 'en' : 'km'}"><head><meta charset="utf-8">
    <title>${escapeHtml(content.title)}</title><style>${documentFontFaces()}${DOCUMENT_STYLES}</style></head>
    <body>${motto}${title}${parties}${area}${clauses}${approval}${signaturePage}</body></html>`;
}
