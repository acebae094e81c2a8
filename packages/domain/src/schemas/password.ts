import { z } from 'zod';
import { COMMON_PASSWORDS } from '../common-passwords.js';
import { message, requiredOr } from './fields.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// NIST SP 800-63B: length counted in characters (code points), a blocklist, and no composition rules.
const characterCount = (password: string) => Array.from(password).length;

/** A new password: 12 to 256 characters, not one of the commonly used passwords. */
export const passwordPolicy = z
  .string(requiredOr('must_be_text'))
  .refine((password) => characterCount(password) >= PASSWORD_MIN_LENGTH, { ...message('password_too_short'), abort: true })
  .refine((password) => characterCount(password) <= PASSWORD_MAX_LENGTH, { ...message('password_too_long'), abort: true })
  .refine((password) => !COMMON_PASSWORDS.has(password.toLowerCase()), message('password_too_common'));
