// The partnerships list as a CSV download (`GET /api/partnerships?format=csv`): the same filters and visibility as
// the list, every row, fetched a page at a time.
import { FORM_LABELS, FUNCTION_LABELS, STATUS_LABELS, type Locale, type PartnershipQuery } from '@daikou/domain';
import type { StreamableFile } from '@nestjs/common';
import { csvExport, type CsvColumn } from '../common/csv-export';
import type { Page } from '../common/pagination';
import type { PartnershipListItem } from '../partnerships/partnership-view';

const BATCH = 500;

function columns(lang: Locale): CsvColumn<PartnershipListItem>[] {
  return [
    { header: { en: 'Id', km: 'លេខសម្គាល់' }, value: (row) => row.id },
    { header: { en: 'Title', km: 'ចំណងជើង' }, value: (row) => row.title },
    { header: { en: 'Status', km: 'ស្ថានភាព' }, value: (row) => STATUS_LABELS[row.status][lang] },
    { header: { en: 'In the status since', km: 'នៅក្នុងស្ថានភាពនេះតាំងពី' }, value: (row) => row.statusSince },
    { header: { en: 'Function', km: 'មុខងារ' }, value: (row) => FUNCTION_LABELS[row.function][lang] },
    { header: { en: 'Form', km: 'ទម្រង់' }, value: (row) => FORM_LABELS[row.form][lang] },
    { header: { en: 'Parties', km: 'ភាគី' }, value: (row) => row.parties.map((party) => (lang === 'km' && party.nameKm) || party.name).join('; ') },
    { header: { en: 'Area codes', km: 'លេខកូដតំបន់' }, value: (row) => row.adminUnitCodes.join(' ') },
    { header: { en: 'Sectors', km: 'វិស័យ' }, value: (row) => row.sectors.join(' ') },
    { header: { en: 'Start date', km: 'កាលបរិច្ឆេទចាប់ផ្តើម' }, value: (row) => row.startDate },
    { header: { en: 'End date', km: 'កាលបរិច្ឆេទបញ្ចប់' }, value: (row) => row.endDate },
  ];
}

/** Every partnership `list` gives for the query, page after page; the first page is read before the download starts. */
export async function partnershipsCsv(list: (query: PartnershipQuery) => Promise<Page<PartnershipListItem>>, query: PartnershipQuery): Promise<StreamableFile> {
  const first = await list({ ...query, cursor: undefined, limit: BATCH });
  const rows = (async function* () {
    let page = first;
    yield* page.items;
    while (page.nextCursor) {
      page = await list({ ...query, cursor: page.nextCursor, limit: BATCH });
      yield* page.items;
    }
  })();
  const lang = query.lang ?? 'en';
  return csvExport('partnerships.csv', columns(lang), rows, lang);
}
