// Name search over all units: Khmer, NCDD Latin and UNGEGN names, matched on their normalised forms.
import type { AdminLevel, AdminUnit } from './admin-unit.js';
import { loadGazetteerRecords } from './gazetteer-records.js';
import { normalizeForSearch } from './normalize-for-search.js';

export interface AdminUnitSearch {
  /** Text to find in any name; blank or absent lists every unit that passes the filters. */
  q?: string;
  level?: AdminLevel;
  /** Only direct children of this unit. */
  parentCode?: string;
  /** Positive integer; defaults to DEFAULT_SEARCH_LIMIT. */
  limit?: number;
}

/** Large enough to list every child of any unit (the most is 33 villages in one commune). */
export const DEFAULT_SEARCH_LIMIT = 50;

interface SearchEntry {
  unit: AdminUnit;
  names: readonly string[];
  /** Names joined by a newline (never in a normalised query): a non-matching unit costs one test. */
  haystack: string;
}

let entries: readonly SearchEntry[] | undefined;

// Normalised once, in record order (level, then code), so a scan already yields the ranked order.
function searchEntries(): readonly SearchEntry[] {
  if (entries) return entries;
  entries = loadGazetteerRecords().map(({ unit, nameUngegn }) => {
    const names = [unit.nameKm, unit.nameLatin, nameUngegn].map(normalizeForSearch).filter(Boolean);
    const distinctNames = [...new Set(names)];
    return { unit, names: distinctNames, haystack: distinctNames.join('\n') };
  });
  return entries;
}

/** Matching units: names starting with the query first, then by level (province first), then code. */
export function searchAdminUnits(search: AdminUnitSearch): readonly AdminUnit[] {
  const limit = search.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }
  const query = normalizeForSearch(search.q ?? '');
  const prefixMatches: AdminUnit[] = [];
  const innerMatches: AdminUnit[] = [];
  for (const { unit, names, haystack } of searchEntries()) {
    if (search.level !== undefined && unit.level !== search.level) continue;
    if (search.parentCode !== undefined && unit.parentCode !== search.parentCode) continue;
    if (!haystack.includes(query)) continue;
    if (names.some((name) => name.startsWith(query))) {
      prefixMatches.push(unit);
      if (prefixMatches.length === limit) break;
    } else if (innerMatches.length < limit) {
      innerMatches.push(unit);
    }
  }
  return [...prefixMatches, ...innerMatches].slice(0, limit);
}
