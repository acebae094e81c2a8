import { z } from 'zod';
import { ADMIN_UNIT_CODE_PATTERN } from '../admin-units.js';
import { validationMessage, type ValidationMessageCode } from '../validation-messages.js';

// Field builders shared by the input schemas, so that one kind of field fails with one message everywhere.

/** zod's `error` option: "Required" when the field is absent, `otherwise` for any other failure. */
export function requiredOr(otherwise: ValidationMessageCode) {
  return {
    error: (issue: { input?: unknown }) => validationMessage(issue.input === undefined ? 'required' : otherwise),
  };
}

export const message = (code: ValidationMessageCode) => ({ error: validationMessage(code) });

export type TextLimit = 100 | 200 | 2000 | 5000 | 10000 | 20000;

/** Trimmed text of at most `max` characters, possibly empty. */
export function text(max: TextLimit) {
  return z.string(requiredOr('must_be_text')).trim().max(max, message(`too_long_${max}`));
}

/** Trimmed text that must not be blank. */
export function filledText(max: TextLimit) {
  return text(max).min(1, message('text_empty'));
}

// At least one character from the Khmer Unicode block.
const KHMER_SCRIPT = /[\u1780-\u17FF]/;

/** A name written in Khmer script. */
export const nameKm = filledText(200).regex(KHMER_SCRIPT, message('name_km_not_khmer'));

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, requiredOr('option_invalid'));
}

export const uuid = z.guid(requiredOr('uuid_invalid'));

export const adminUnitCode = z.string(requiredOr('admin_unit_code_invalid')).regex(ADMIN_UNIT_CODE_PATTERN, message('admin_unit_code_invalid'));

export const email = z
  .string(requiredOr('email_invalid'))
  .trim()
  .toLowerCase()
  .max(254, message('too_long_254'))
  .check(z.email(message('email_invalid')));

export const flag = z.boolean(requiredOr('must_be_boolean'));

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date written YYYY-MM-DD (no time, no zone). */
export const isoDate = z.string(requiredOr('date_invalid')).refine(isCalendarDate, message('date_invalid'));

export const MAX_LIST_ENTRIES = 50;

/** A refinement flagging every entry whose `key` an earlier entry already had. */
export function noDuplicates<V>(key: (value: V) => unknown) {
  return (values: V[], ctx: z.core.$RefinementCtx) => {
    const seen = new Set<unknown>();
    values.forEach((value, index) => {
      const identity = key(value);
      if (seen.has(identity)) ctx.addIssue({ code: 'custom', path: [index], message: validationMessage('duplicate_entry') });
      seen.add(identity);
    });
  };
}

/** A list of at most 50 entries in which no entry (or no entry's `key`) appears twice. */
export function uniqueList<T extends z.ZodType>(entry: T, key: (value: z.output<T>) => unknown = (value) => value) {
  return z
    .array(entry, requiredOr('must_be_list'))
    .max(MAX_LIST_ENTRIES, message('too_many_entries'))
    .superRefine(noDuplicates(key));
}

/** An API body: unknown fields are refused rather than silently dropped. */
export function inputObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return validationMessage('unknown_field');
      return validationMessage(issue.input === undefined ? 'required' : 'must_be_object');
    },
  });
}

/** Run a cross-field rule even when other fields failed, as long as the body is an object and the `fields` it reads are valid. */
export function whenValid(...fields: string[]) {
  return {
    when: (payload: z.core.ParsePayload) =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      !Array.isArray(payload.value) &&
      !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
  };
}

/** Free text to search for; empty means no search. */
export const searchText = text(200);

/** A refinement: `endDate` must not come before `startDate` when the body gives both. */
export function endNotBeforeStart(period: { startDate?: string; endDate?: string }, ctx: z.core.$RefinementCtx) {
  const { startDate, endDate } = period;
  // Dates are YYYY-MM-DD, so text order is date order.
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: validationMessage('end_date_before_start') });
  }
}
