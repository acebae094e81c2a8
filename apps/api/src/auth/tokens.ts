import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'daikou_session';
/** Cookie-authenticated writes must carry this header: a cross-site form or image cannot set it. */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'daikou';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
