// Lookups over the official hierarchy: by code, down to children, up to ancestors.
import type { AdminLevel, AdminUnit } from './admin-unit.js';
import { loadGazetteerRecords } from './gazetteer-records.js';

interface HierarchyIndex {
  units: readonly AdminUnit[];
  byCode: ReadonlyMap<string, AdminUnit>;
  childrenByCode: ReadonlyMap<string, readonly AdminUnit[]>;
}

let index: HierarchyIndex | undefined;

function hierarchy(): HierarchyIndex {
  if (index) return index;
  const units = Object.freeze(loadGazetteerRecords().map((record) => record.unit));
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const childrenByCode = new Map<string, AdminUnit[]>();
  for (const unit of units) {
    if (unit.parentCode === null) continue;
    const siblings = childrenByCode.get(unit.parentCode);
    if (siblings) siblings.push(unit);
    else childrenByCode.set(unit.parentCode, [unit]);
  }
  index = { units, byCode, childrenByCode };
  return index;
}

/** Every unit, provinces first, each level in code order. Loaded once and frozen. */
export function loadAdminUnits(): readonly AdminUnit[] {
  return hierarchy().units;
}

export function getAdminUnit(code: string): AdminUnit | undefined {
  return hierarchy().byCode.get(code);
}

/** Units directly below `code`, in code order; empty for villages and unknown codes. */
export function childrenOf(code: string): readonly AdminUnit[] {
  return hierarchy().childrenByCode.get(code) ?? [];
}

/** Units above `code`, province first, not including the unit itself; empty for unknown codes. */
export function ancestorsOf(code: string): readonly AdminUnit[] {
  const ancestors: AdminUnit[] = [];
  let parentCode = getAdminUnit(code)?.parentCode ?? null;
  while (parentCode !== null) {
    const parent = getAdminUnit(parentCode);
    if (!parent) break;
    ancestors.unshift(parent);
    parentCode = parent.parentCode;
  }
  return ancestors;
}

/** The province containing `code` (the unit itself for a province); undefined for unknown codes. */
export function provinceOf(code: string): AdminUnit | undefined {
  const unit = getAdminUnit(code);
  if (!unit) return undefined;
  return unit.level === 'province' ? unit : ancestorsOf(code)[0];
}

/** Number of units per level. */
export function counts(): Record<AdminLevel, number> {
  const perLevel: Record<AdminLevel, number> = { province: 0, district: 0, commune: 0, village: 0 };
  for (const unit of hierarchy().units) perLevel[unit.level] += 1;
  return perLevel;
}
