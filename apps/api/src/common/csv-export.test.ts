import { buffer } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import { csvExport, inBatches } from './csv-export';

const columns = [
  { header: { en: 'Name', km: 'ឈ្មោះ' }, value: (row: { name: string; count: number; done: boolean }) => row.name },
  { header: { en: 'Count', km: 'ចំនួន' }, value: (row: { name: string; count: number; done: boolean }) => row.count },
  { header: { en: 'Done', km: 'រួចរាល់' }, value: (row: { name: string; count: number; done: boolean }) => row.done },
];

// Buffer's decoding keeps the BOM (TextDecoder would drop it).
const read = async (file: ReturnType<typeof csvExport>) => (await buffer(file.getStream())).toString('utf8');

describe('csvExport', () => {
  it('writes a BOM, headers in the language asked for, and Khmer, quotes and newlines that read back unchanged', async () => {
    const rows = [
      { name: 'មណ្ឌលសុខភាព "ចំបក់", ឃុំ\nតាកែវ', count: -3, done: true },
      { name: 'Plain', count: 2.5, done: false },
    ];
    const csv = await read(csvExport('points.csv', columns, rows, 'km'));
    expect(csv.startsWith('\uFEFFឈ្មោះ,ចំនួន,រួចរាល់\r\n')).toBe(true);
    expect(parse(csv, { bom: true })).toEqual([['ឈ្មោះ', 'ចំនួន', 'រួចរាល់'], [rows[0]!.name, '-3', 'true'], ['Plain', '2.5', 'false']]);
  });

  it('keeps spreadsheet formulas from running and names the file as an attachment', async () => {
    const file = csvExport('feedback list.csv', columns, [{ name: '=HYPERLINK("http://x")', count: 1, done: false }]);
    expect(file.getHeaders()).toMatchObject({ type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="feedback_list.csv"' });
    expect((parse(await read(file), { bom: true }) as string[][])[1]![0]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('writes the header alone when there are no rows', async () => {
    expect(await read(csvExport('none.csv', columns, []))).toBe('\uFEFFName,Count,Done\r\n');
  });
});

describe('inBatches', () => {
  it('asks for the next batch after the last key until a batch comes back short', async () => {
    const asked: (number | null)[] = [];
    const all = Array.from({ length: 7 }, (_, index) => index);
    const fetch = async (after: number | null, limit: number) => {
      asked.push(after);
      return all.filter((n) => after === null || n > after).slice(0, limit);
    };
    const seen: number[] = [];
    for await (const n of inBatches(fetch, (n) => n, 3)) seen.push(n);
    expect(seen).toEqual(all);
    expect(asked).toEqual([null, 2, 5]);
  });
});
