import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readGazetteerRecords } from './gazetteer-records.js';

const HEADER = 'code,parent_code,level,type_km,type_latin,type_en,name_km,name_latin,name_ungegn,lat,long';

function writeLevels(dir: string, rows: Record<string, string[]>): void {
  for (const file of ['provinces.csv', 'districts.csv', 'communes.csv', 'villages.csv']) {
    writeFileSync(path.join(dir, file), [HEADER, ...(rows[file] ?? [])].join('\r\n') + '\r\n');
  }
}

describe('readGazetteerRecords', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gazetteer-'));
  });
  afterEach(() => rmSync(dir, { recursive: true }));

  it('reads every level with UNGEGN names kept for search', () => {
    writeLevels(dir, {
      'provinces.csv': ['21,,province,ខេត្ត,Khaet,Province,តាកែវ,Takéo,Takêv,10.9,104.7'],
      'districts.csv': ['2101,21,district,ស្រុក,Srok,District,អង្គរបុរី,Angkor Borei,,,'],
    });
    const records = readGazetteerRecords(dir);
    expect(records.map((record) => record.unit.code)).toEqual(['21', '2101']);
    expect(records[0]?.nameUngegn).toBe('Takêv');
    expect(records[1]?.unit).toMatchObject({ parentCode: '21', lat: null, lng: null });
  });

  it('names the file and line of a parent code that does not prefix the code', () => {
    writeLevels(dir, { 'districts.csv': ['2101,22,district,ស្រុក,Srok,District,អង្គរបុរី,Angkor Borei,,,'] });
    expect(() => readGazetteerRecords(dir)).toThrow('districts.csv line 2: parent_code "22"');
  });

  it('refuses a row whose code is not of the file level', () => {
    writeLevels(dir, { 'communes.csv': ['2101,21,commune,ឃុំ,Khum,Commune,x,x,,,'] });
    expect(() => readGazetteerRecords(dir)).toThrow('communes.csv line 2');
  });

  it('refuses rows with a wrong number of fields and unreadable coordinates', () => {
    writeLevels(dir, { 'provinces.csv': ['21,,province,ខេត្ត,Khaet,Province,តាកែវ,Takéo'] });
    expect(() => readGazetteerRecords(dir)).toThrow('8 fields, header has 11');
    writeLevels(dir, { 'provinces.csv': ['21,,province,ខេត្ត,Khaet,Province,តាកែវ,Takéo,,north,104.7'] });
    expect(() => readGazetteerRecords(dir)).toThrow('"north" is not a coordinate');
  });
});
