// Public entry of @daikou/gazetteer: Cambodia's official administrative units and lookups over them.
export { ADMIN_LEVELS, type AdminLevel, type AdminUnit } from './admin-unit.js';
export { isWithin, levelOfCode } from './admin-code.js';
export {
  ancestorsOf,
  childrenOf,
  counts,
  getAdminUnit,
  loadAdminUnits,
  provinceOf,
} from './admin-units.js';
export { ATTRIBUTION } from './attribution.js';
export { normalizeForSearch } from './normalize-for-search.js';
export {
  DEFAULT_SEARCH_LIMIT,
  searchAdminUnits,
  type AdminUnitSearch,
} from './search-admin-units.js';
