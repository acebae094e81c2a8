// Pieces of the built API (apps/api/dist, CommonJS without type declarations) that the bench drives directly,
// loaded from there so that they run with the API's own copies of TypeORM, Nest and BullMQ.
import { createRequire } from 'node:module';
import { apiScript, API_DIR } from './repo.js';
import path from 'node:path';

/** `require` as seen from apps/api: the API's own dependencies. */
export const apiRequire = createRequire(path.join(API_DIR, 'package.json'));

export function loadApiModule<T>(relative: string): T {
  return apiRequire(apiScript(relative)) as T;
}
