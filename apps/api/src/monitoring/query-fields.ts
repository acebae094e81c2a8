// Query-string fields shared by the monitoring lists.
import { z } from 'zod';
import { validationMessage, type ValidationMessageCode } from '@daikou/domain';

export const invalid = (key: ValidationMessageCode) => ({ error: () => validationMessage(key) });

/** `true` or `false` in a query string. */
export const queryFlag = z.enum(['true', 'false'], invalid('must_be_boolean')).transform((value) => value === 'true');

/** Words to look for in names. */
export const searchWords = z.string(invalid('must_be_text')).trim().max(100, invalid('too_long_100'));

/** `LIKE` pattern text with its wildcards taken literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
