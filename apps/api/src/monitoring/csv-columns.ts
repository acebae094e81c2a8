// The columns of the monitoring lists downloaded as CSV, headed in English or Khmer. Values stay as the API
// gives them (codes, ISO dates, plain numbers), so a spreadsheet can sort and filter them.
import { getAdminUnit } from '@daikou/gazetteer';
import { DISAGGREGATION_CATEGORIES, DISAGGREGATIONS, type Locale, type OwedReport } from '@daikou/domain';
import type { CsvColumn } from '../common/csv-export';
import type { PartyRow } from '../partnerships/partnership-store';
import type { ActionItemBoardItem } from './action-items.service';
import type { FeedbackView } from './feedback.service';
import type { IndicatorView } from './indicators.service';
import type { LibraryIndicator, ReportValue, ServicePoint } from './monitoring.entities';
import type { ReportView } from './reports.service';
import type { CriterionLine } from './scorecards.service';

const list = (values: readonly string[]) => values.join('; ');

/** An organisation's name in the language of the download (Khmer falls back to the registered name). */
export function nameIn(lang: Locale, name: string, nameKm: string | null): string {
  return lang === 'km' ? (nameKm ?? name) : name;
}

/** The parties' names by id, in the language of the download. */
export function partyNames(parties: readonly PartyRow[], lang: Locale): (organizationId: string) => string {
  const names = new Map(parties.map((party) => [party.organizationId, nameIn(lang, party.name, party.nameKm)]));
  return (organizationId) => names.get(organizationId) ?? organizationId;
}

export const LIBRARY_COLUMNS: readonly CsvColumn<LibraryIndicator>[] = [
  { header: { en: 'Library indicator ID', km: 'លេខសម្គាល់សូចនាករក្នុងបណ្ណាល័យ' }, value: (i) => i.id },
  { header: { en: 'Name', km: 'ឈ្មោះ' }, value: (i) => i.name },
  { header: { en: 'Name in Khmer', km: 'ឈ្មោះជាភាសាខ្មែរ' }, value: (i) => i.nameKm },
  { header: { en: 'Unit', km: 'ឯកតា' }, value: (i) => i.unit },
  { header: { en: 'Frequency', km: 'ភាពញឹកញាប់' }, value: (i) => i.frequency },
  { header: { en: 'Disaggregations', km: 'ការបែងចែកទិន្នន័យ' }, value: (i) => list(i.disaggregations) },
  { header: { en: 'Sector', km: 'វិស័យ' }, value: (i) => i.sector },
  { header: { en: 'Description', km: 'ការពិពណ៌នា' }, value: (i) => i.description },
  { header: { en: 'Archived', km: 'បានដាក់ក្នុងបណ្ណសារ' }, value: (i) => i.archivedAt !== null },
];

export function indicatorColumns(organization: (id: string) => string): CsvColumn<IndicatorView>[] {
  return [
    { header: { en: 'Indicator ID', km: 'លេខសម្គាល់សូចនាករ' }, value: (i) => i.id },
    { header: { en: 'Name', km: 'ឈ្មោះ' }, value: (i) => i.name },
    { header: { en: 'Name in Khmer', km: 'ឈ្មោះជាភាសាខ្មែរ' }, value: (i) => i.nameKm },
    { header: { en: 'Unit', km: 'ឯកតា' }, value: (i) => i.unit },
    { header: { en: 'Baseline', km: 'តម្លៃមូលដ្ឋាន' }, value: (i) => i.baseline },
    { header: { en: 'Target', km: 'គោលដៅ' }, value: (i) => i.target },
    { header: { en: 'Frequency', km: 'ភាពញឹកញាប់' }, value: (i) => i.frequency },
    { header: { en: 'Responsible organisation', km: 'អង្គភាពទទួលខុសត្រូវ' }, value: (i) => organization(i.responsibleOrganizationId) },
    { header: { en: 'Disaggregations', km: 'ការបែងចែកទិន្នន័យ' }, value: (i) => list(i.disaggregations) },
    { header: { en: 'Latest validated value', km: 'តម្លៃចុងក្រោយដែលបានផ្ទៀងផ្ទាត់' }, value: (i) => i.latestValue?.value },
    { header: { en: 'Latest value: period end', km: 'តម្លៃចុងក្រោយ៖ ចុងរយៈពេល' }, value: (i) => i.latestValue?.periodEnd },
    { header: { en: 'Progress toward target', km: 'វឌ្ឍនភាពធៀបនឹងគោលដៅ' }, value: (i) => i.progress },
    { header: { en: 'Late periods', km: 'រយៈពេលដែលរបាយការណ៍យឺត' }, value: (i) => i.periods.filter((period) => period.late).length },
    { header: { en: 'Library indicator ID', km: 'លេខសម្គាល់សូចនាករក្នុងបណ្ណាល័យ' }, value: (i) => i.libraryIndicatorId },
  ];
}

/** One value of one report (a report without values is one line without an indicator). */
export interface ReportLine {
  report: ReportView;
  value: ReportValue | null;
}

/** The lines of the reports CSV: one per value of each report's current version. */
export function* reportLines(reports: readonly ReportView[]): Generator<ReportLine> {
  for (const report of reports) {
    if (report.values.length === 0) yield { report, value: null };
    for (const value of report.values) yield { report, value };
  }
}

/** `sex: female=25, male=15; id_poor: yes=3`, in the domain's order of disaggregations and categories. */
function breakdown(value: ReportValue | null): string {
  const given = value?.disaggregation ?? {};
  return DISAGGREGATIONS.flatMap((by) => {
    const counts = given[by];
    if (!counts) return [];
    const categories: readonly string[] = DISAGGREGATION_CATEGORIES[by];
    return [`${by}: ${categories.filter((category) => counts[category] !== undefined).map((category) => `${category}=${counts[category]}`).join(', ')}`];
  }).join('; ');
}

export function reportColumns(organization: (id: string) => string, indicator: (id: string) => string): CsvColumn<ReportLine>[] {
  return [
    { header: { en: 'Report ID', km: 'លេខសម្គាល់របាយការណ៍' }, value: (l) => l.report.id },
    { header: { en: 'Period start', km: 'ចាប់ផ្តើមរយៈពេល' }, value: (l) => l.report.periodStart },
    { header: { en: 'Period end', km: 'ចុងរយៈពេល' }, value: (l) => l.report.periodEnd },
    { header: { en: 'Reporting organisation', km: 'អង្គភាពរាយការណ៍' }, value: (l) => organization(l.report.responsibleOrganizationId) },
    { header: { en: 'Status', km: 'ស្ថានភាព' }, value: (l) => l.report.status },
    { header: { en: 'Version', km: 'កំណែ' }, value: (l) => l.report.version },
    { header: { en: 'Indicator', km: 'សូចនាករ' }, value: (l) => (l.value ? indicator(l.value.indicatorId) : null) },
    { header: { en: 'Value', km: 'តម្លៃ' }, value: (l) => l.value?.value },
    { header: { en: 'Breakdown', km: 'ការបែងចែក' }, value: (l) => breakdown(l.value) },
    { header: { en: 'Note', km: 'កំណត់ចំណាំ' }, value: (l) => l.value?.note },
    { header: { en: 'Narrative', km: 'ការរៀបរាប់' }, value: (l) => l.report.narrative },
    { header: { en: 'Evidence', km: 'ភស្តុតាង' }, value: (l) => l.report.evidence },
  ];
}

export function scorecardColumns(lang: Locale): CsvColumn<CriterionLine>[] {
  return [
    { header: { en: 'Scorecard ID', km: 'លេខសម្គាល់ប័ណ្ណដាក់ពិន្ទុ' }, value: (l) => l.id },
    { header: { en: 'Date', km: 'កាលបរិច្ឆេទ' }, value: (l) => l.date },
    { header: { en: 'Partnership', km: 'ភាពជាដៃគូ' }, value: (l) => l.partnershipTitle },
    { header: { en: 'Service point', km: 'កន្លែងផ្តល់សេវា' }, value: (l) => nameIn(lang, l.servicePointName, l.servicePointNameKm) },
    { header: { en: 'Facilitating organisation', km: 'អង្គភាពសម្របសម្រួល' }, value: (l) => nameIn(lang, l.facilitatorName, l.facilitatorNameKm) },
    { header: { en: 'Female participants', km: 'អ្នកចូលរួមស្រី' }, value: (l) => l.participants.female },
    { header: { en: 'Male participants', km: 'អ្នកចូលរួមប្រុស' }, value: (l) => l.participants.male },
    { header: { en: 'With a disability', km: 'ជនមានពិការភាព' }, value: (l) => l.participants.disability },
    { header: { en: 'From ID-poor households', km: 'មកពីគ្រួសារក្រីក្រ' }, value: (l) => l.participants.idPoor },
    { header: { en: 'Youth', km: 'យុវជន' }, value: (l) => l.participants.youth },
    { header: { en: 'Participants', km: 'អ្នកចូលរួមសរុប' }, value: (l) => l.participants.total },
    { header: { en: 'Criterion', km: 'លក្ខណៈវិនិច្ឆ័យ' }, value: (l) => l.criterion.name },
    { header: { en: 'Citizen score', km: 'ពិន្ទុរបស់ប្រជាពលរដ្ឋ' }, value: (l) => l.criterion.citizenScore },
    { header: { en: 'Provider score', km: 'ពិន្ទុរបស់អ្នកផ្តល់សេវា' }, value: (l) => l.criterion.providerScore },
    { header: { en: 'Gap', km: 'គម្លាត' }, value: (l) => l.criterion.gap },
    { header: { en: 'Suggested action', km: 'សកម្មភាពដែលបានស្នើ' }, value: (l) => l.criterion.suggestedAction },
  ];
}

export function servicePointColumns(lang: Locale): CsvColumn<ServicePoint>[] {
  return [
    { header: { en: 'Service point ID', km: 'លេខសម្គាល់កន្លែងផ្តល់សេវា' }, value: (p) => p.id },
    { header: { en: 'Name', km: 'ឈ្មោះ' }, value: (p) => p.name },
    { header: { en: 'Name in Khmer', km: 'ឈ្មោះជាភាសាខ្មែរ' }, value: (p) => p.nameKm },
    { header: { en: 'Kind', km: 'ប្រភេទ' }, value: (p) => p.kind },
    { header: { en: 'Gazetteer code', km: 'លេខកូដរដ្ឋបាល' }, value: (p) => p.adminUnitCode },
    {
      header: { en: 'Commune or village', km: 'ឃុំ ឬភូមិ' },
      value: (p) => {
        const unit = getAdminUnit(p.adminUnitCode);
        return unit ? nameIn(lang, unit.nameLatin || unit.nameKm, unit.nameKm) : null;
      },
    },
  ];
}

export function feedbackColumns(lang: Locale): CsvColumn<FeedbackView>[] {
  return [
    { header: { en: 'Feedback ID', km: 'លេខសម្គាល់មតិ' }, value: (f) => f.id },
    { header: { en: 'Received', km: 'ទទួលនៅ' }, value: (f) => f.createdAt },
    { header: { en: 'Service point', km: 'កន្លែងផ្តល់សេវា' }, value: (f) => nameIn(lang, f.servicePointName, f.servicePointNameKm) },
    { header: { en: 'Channel', km: 'មធ្យោបាយ' }, value: (f) => f.channel },
    { header: { en: 'Rating', km: 'ការវាយតម្លៃ' }, value: (f) => f.rating },
    { header: { en: 'Status', km: 'ស្ថានភាព' }, value: (f) => f.status },
    { header: { en: 'Text', km: 'ខ្លឹមសារ' }, value: (f) => f.text },
    { header: { en: 'Linked action item ID', km: 'លេខសម្គាល់សកម្មភាពដែលភ្ជាប់' }, value: (f) => f.actionItemId },
    { header: { en: 'Triaged', km: 'បានពិនិត្យនៅ' }, value: (f) => f.triagedAt },
  ];
}

export function reportingPeriodColumns(organization: (id: string) => string, indicator: (id: string) => string): CsvColumn<OwedReport>[] {
  return [
    { header: { en: 'Period start', km: 'ចាប់ផ្តើមរយៈពេល' }, value: (o) => o.periodStart },
    { header: { en: 'Period end', km: 'ចុងរយៈពេល' }, value: (o) => o.periodEnd },
    { header: { en: 'Due date', km: 'ថ្ងៃផុតកំណត់' }, value: (o) => o.dueDate },
    { header: { en: 'Reporting organisation', km: 'អង្គភាពរាយការណ៍' }, value: (o) => organization(o.responsibleOrganizationId) },
    { header: { en: 'Indicators', km: 'សូចនាករ' }, value: (o) => list(o.indicatorIds.map(indicator)) },
    { header: { en: 'Status', km: 'ស្ថានភាព' }, value: (o) => o.status },
    { header: { en: 'Late', km: 'យឺត' }, value: (o) => o.late },
    { header: { en: 'Report ID', km: 'លេខសម្គាល់របាយការណ៍' }, value: (o) => o.reportId },
  ];
}

export function actionItemColumns(lang: Locale): CsvColumn<ActionItemBoardItem>[] {
  return [
    { header: { en: 'Action item ID', km: 'លេខសម្គាល់សកម្មភាព' }, value: (a) => a.id },
    { header: { en: 'Scorecard date', km: 'កាលបរិច្ឆេទប័ណ្ណដាក់ពិន្ទុ' }, value: (a) => a.scorecardDate },
    { header: { en: 'Service point', km: 'កន្លែងផ្តល់សេវា' }, value: (a) => nameIn(lang, a.servicePointName, a.servicePointNameKm) },
    { header: { en: 'Action', km: 'សកម្មភាព' }, value: (a) => a.description },
    { header: { en: 'Owner', km: 'អ្នកទទួលខុសត្រូវ' }, value: (a) => nameIn(lang, a.ownerName, a.ownerNameKm) },
    { header: { en: 'Due date', km: 'ថ្ងៃផុតកំណត់' }, value: (a) => a.dueDate },
    { header: { en: 'Status', km: 'ស្ថានភាព' }, value: (a) => a.status },
    { header: { en: 'Overdue', km: 'ហួសកាលកំណត់' }, value: (a) => a.overdue },
    { header: { en: 'Linked feedback', km: 'មតិដែលភ្ជាប់' }, value: (a) => a.linkedFeedbackCount },
    { header: { en: 'Evidence', km: 'ភស្តុតាង' }, value: (a) => a.evidence },
    { header: { en: 'Follow-up', km: 'ការតាមដាន' }, value: (a) => [a.followUp, ...a.followUpNotes.map((note) => `${note.date}: ${note.text}`)].filter(Boolean).join('\n') },
    { header: { en: 'Commitment ID', km: 'លេខសម្គាល់ការប្តេជ្ញា' }, value: (a) => a.commitmentId },
  ];
}
