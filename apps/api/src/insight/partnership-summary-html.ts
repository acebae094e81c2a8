// A partnership's one-page summary as HTML for Chromium to print: bilingual headings, every stored value escaped.
import { FORM_LABELS, FUNCTION_LABELS, QUALITY_ATTRIBUTE_LABELS, STATUS_LABELS, type Bilingual, type PartnershipForm, type PartnershipFunction, type PartnershipStatus, type QualityComparison } from '@daikou/domain';
import { DOCUMENT_FONT_FAMILY, documentFontFaces } from '../documents/document-fonts';
import { escapeHtml } from '../documents/mou-document-html';

export interface PartnershipSummary {
  title: string;
  goals: string;
  status: PartnershipStatus;
  function: PartnershipFunction;
  form: PartnershipForm;
  startDate: string;
  endDate: string;
  areas: string[];
  parties: { name: string; nameKm: string | null; kind: 'state' | 'non_state' }[];
  accountability: { name: string; kind: 'state' | 'non_state'; kept: number; partlyKept: number; notKept: number; disputed: number; overdue: number; score: number | null }[];
  indicators: { name: string; unit: string; baseline: number; target: number; latest: number | null; progress: number | null }[];
  quality: QualityComparison;
  generatedOn: string;
}

const both = (label: Bilingual) => `<span lang="km">${escapeHtml(label.km)}</span> <span class="en">${escapeHtml(label.en)}</span>`;
const SIDE: Record<'state' | 'non_state', Bilingual> = { state: { km: 'រដ្ឋ', en: 'State' }, non_state: { km: 'មិនមែនរដ្ឋ', en: 'Non-state' } };
const number = (value: number | null, suffix = '') => (value === null ? '—' : `${value}${suffix}`);

export function partnershipSummaryHtml(summary: PartnershipSummary): string {
  const row = (cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  const head = (cells: string[]) => `<tr>${cells.map((cell) => `<th>${cell}</th>`).join('')}</tr>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${documentFontFaces()}
body { font-family: '${DOCUMENT_FONT_FAMILY}', sans-serif; font-size: 9pt; line-height: 1.45; color: #111; }
h1 { font-size: 14pt; margin: 0 0 2mm; } h2 { font-size: 10.5pt; margin: 4mm 0 1.5mm; border-bottom: 0.3mm solid #999; }
.en { color: #444; } table { width: 100%; border-collapse: collapse; } th, td { text-align: left; padding: 0.6mm 1.5mm; border-bottom: 0.2mm solid #ddd; vertical-align: top; }
th { font-weight: 700; } .facts td:first-child { width: 32%; } p { margin: 0 0 1mm; }
</style></head><body>
<h1>${escapeHtml(summary.title)}</h1>
<table class="facts">
${row([both({ km: 'ស្ថានភាព', en: 'Status' }), both(STATUS_LABELS[summary.status])])}
${row([both({ km: 'មុខងារ', en: 'Function' }), both(FUNCTION_LABELS[summary.function])])}
${row([both({ km: 'ទម្រង់', en: 'Form' }), both(FORM_LABELS[summary.form])])}
${row([both({ km: 'រយៈពេល', en: 'Dates' }), `${escapeHtml(summary.startDate)} – ${escapeHtml(summary.endDate)}`])}
${row([both({ km: 'តំបន់', en: 'Area' }), summary.areas.map(escapeHtml).join(', ')])}
${row([both({ km: 'ភាគី', en: 'Parties' }), summary.parties.map((party) => `${escapeHtml(party.nameKm ?? party.name)}${party.nameKm ? ` (${escapeHtml(party.name)})` : ''} — ${both(SIDE[party.kind])}`).join('<br>')])}
</table>
<h2>${both({ km: 'គោលបំណង', en: 'Purpose' })}</h2>
${summary.goals.split(/\n+/).filter((line) => line.trim()).map((line) => `<p>${escapeHtml(line)}</p>`).join('')}
<h2>${both({ km: 'កំណត់ត្រាកិច្ចសន្យា', en: 'Commitments record' })}</h2>
<table>${head([both({ km: 'ភាគី', en: 'Party' }), both({ km: 'បានគោរព', en: 'Kept' }), both({ km: 'បានគោរពខ្លះ', en: 'Partly kept' }), both({ km: 'មិនបានគោរព', en: 'Not kept' }), both({ km: 'មិនយល់ស្រប', en: 'Disputed' }), both({ km: 'ហួសកាលកំណត់', en: 'Overdue' }), both({ km: 'ពិន្ទុ', en: 'Score' })])}
${summary.accountability.map((party) => row([`${escapeHtml(party.name)} (${both(SIDE[party.kind])})`, String(party.kept), String(party.partlyKept), String(party.notKept), String(party.disputed), String(party.overdue), number(party.score)])).join('')}
</table>
<h2>${both({ km: 'វឌ្ឍនភាពសូចនាករ', en: 'Indicators progress' })}</h2>
${summary.indicators.length === 0 ? `<p>—</p>` : `<table>${head([both({ km: 'សូចនាករ', en: 'Indicator' }), both({ km: 'មូលដ្ឋាន', en: 'Baseline' }), both({ km: 'គោលដៅ', en: 'Target' }), both({ km: 'ចុងក្រោយ', en: 'Latest' }), both({ km: 'វឌ្ឍនភាព', en: 'Progress' })])}
${summary.indicators.map((indicator) => row([`${escapeHtml(indicator.name)} (${escapeHtml(indicator.unit)})`, String(indicator.baseline), String(indicator.target), number(indicator.latest), indicator.progress === null ? '—' : `${Math.round(indicator.progress * 100)}%`])).join('')}
</table>`}
<h2>${both({ km: 'គុណភាព និងគម្លាតសមធម៌', en: 'Quality and equity gap' })}</h2>
<p>${both({ km: 'គម្លាត = មធ្យមភាគរដ្ឋ − មធ្យមភាគមិនមែនរដ្ឋ', en: 'Gap = state average − non-state average' })}: <b>${number(summary.quality.averageGap)}</b></p>
<table>${head([both({ km: 'លក្ខណៈ', en: 'Attribute' }), both(SIDE.state), both(SIDE.non_state), both({ km: 'គម្លាត', en: 'Gap' })])}
${summary.quality.attributes.map((attribute) => row([both(QUALITY_ATTRIBUTE_LABELS[attribute.attribute]), number(attribute.stateAverage), number(attribute.nonStateAverage), number(attribute.gap)])).join('')}
</table>
<p class="en" style="margin-top:3mm">${escapeHtml(summary.generatedOn)}</p>
</body></html>`;
}
