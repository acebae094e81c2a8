// Reads the bundled NCDD CSV files once; the only place in the package that touches the file system.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { levelOfCode } from './admin-code.js';
import { ADMIN_LEVELS, type AdminLevel, type AdminUnit } from './admin-unit.js';
import { parseCsv } from './csv.js';

/** A unit plus the source fields only search needs. */
export interface GazetteerRecord {
  unit: AdminUnit;
  nameUngegn: string;
}

// Resolved from src/ under jest and from dist/ once built: both sit beside data/.
const DATA_DIR = path.join(__dirname, '..', 'data');

const FILE_OF_LEVEL: Record<AdminLevel, string> = {
  province: 'provinces.csv',
  district: 'districts.csv',
  commune: 'communes.csv',
  village: 'villages.csv',
};

const COLUMNS = [
  'code',
  'parent_code',
  'level',
  'type_km',
  'type_latin',
  'type_en',
  'name_km',
  'name_latin',
  'name_ungegn',
  'lat',
  'long',
] as const;
type Column = (typeof COLUMNS)[number];

let records: readonly GazetteerRecord[] | undefined;

/** All units (frozen), provinces first, each level in code order; read from disk on first call only. */
export function loadGazetteerRecords(): readonly GazetteerRecord[] {
  records ??= Object.freeze(readGazetteerRecords(DATA_DIR));
  return records;
}

/** Reads and checks the four level files in `dataDir`; throws naming the file and line at fault. */
export function readGazetteerRecords(dataDir: string): GazetteerRecord[] {
  return ADMIN_LEVELS.flatMap((level) => readLevel(dataDir, level));
}

function readLevel(dataDir: string, level: AdminLevel): GazetteerRecord[] {
  const file = FILE_OF_LEVEL[level];
  const [header, ...rows] = parseCsv(readFileSync(path.join(dataDir, file), 'utf8'));
  if (!header) throw new Error(`${file}: empty file`);
  const indexOf = columnIndexes(header, file);
  return rows
    .map((fields, i) => {
      const where = `${file} line ${i + 2}`;
      if (fields.length !== header.length) {
        throw new Error(`${where}: ${fields.length} fields, header has ${header.length}`);
      }
      const get = (column: Column): string => fields[indexOf[column]] ?? '';
      return { unit: Object.freeze(toUnit(get, level, where)), nameUngegn: tidyName(get('name_ungegn')) };
    })
    .sort((a, b) => compareCodes(a.unit.code, b.unit.code));
}

function columnIndexes(header: string[], file: string): Record<Column, number> {
  const entries = COLUMNS.map((column) => {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`${file}: missing column "${column}"`);
    return [column, index] as const;
  });
  return Object.fromEntries(entries) as Record<Column, number>;
}

function toUnit(get: (column: Column) => string, level: AdminLevel, where: string): AdminUnit {
  const code = get('code');
  if (levelOfCode(code) !== level || get('level') !== level) {
    throw new Error(`${where}: code "${code}" / level "${get('level')}" is not a ${level}`);
  }
  const parentCode = level === 'province' ? null : code.slice(0, -2);
  if (get('parent_code') !== (parentCode ?? '')) {
    throw new Error(`${where}: parent_code "${get('parent_code')}" does not prefix code "${code}"`);
  }
  return {
    code,
    level,
    parentCode,
    nameKm: tidyName(get('name_km')),
    nameLatin: tidyName(get('name_latin')),
    typeKm: get('type_km'),
    typeLatin: get('type_latin'),
    typeEn: get('type_en'),
    lat: coordinate(get('lat'), where),
    lng: coordinate(get('long'), where),
  };
}

// The source has stray leading and doubled spaces in some names; zero-width spaces stay as published.
function tidyName(name: string): string {
  return name.replace(/ {2,}/g, ' ').trim();
}

function coordinate(value: string, where: string): number | null {
  if (value === '') return null;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`${where}: "${value}" is not a coordinate`);
  return parsed;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
