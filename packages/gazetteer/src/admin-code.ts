// Rules that follow from the code alone: each level adds two digits to its parent's code.
import { ADMIN_LEVELS, type AdminLevel } from './admin-unit.js';

const CODE_PATTERN = /^(?:\d{2}){1,4}$/;

/** The level a code denotes by its length, or null when it is not a 2/4/6/8-digit code. */
export function levelOfCode(code: string): AdminLevel | null {
  if (!CODE_PATTERN.test(code)) return null;
  return ADMIN_LEVELS[code.length / 2 - 1] ?? null;
}

/** Whether `code` is `areaCode` itself or lies inside it; false when either is not a valid code. */
export function isWithin(code: string, areaCode: string): boolean {
  if (levelOfCode(code) === null || levelOfCode(areaCode) === null) return false;
  return code.startsWith(areaCode);
}
