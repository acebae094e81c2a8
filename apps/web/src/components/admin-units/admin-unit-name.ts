// A unit's name in the reader's language; the gazetteer lacks a Latin spelling for a few units.
import type { Language } from '../../lib/i18n';
import type { AdminUnit } from './api/get-admin-units';

export function adminUnitName(unit: AdminUnit, language: Language): string {
  return language === 'km' ? unit.nameKm : unit.nameLatin || unit.nameKm;
}

/** The codes of a unit and the units above it, province first: codes grow by two digits per level. */
export function adminUnitLineage(code: string): string[] {
  const codes: string[] = [];
  for (let digits = 2; digits <= code.length; digits += 2) codes.push(code.slice(0, digits));
  return codes;
}
