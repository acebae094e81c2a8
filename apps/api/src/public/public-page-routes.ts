// Where the public pages live: outside /api, like /verify, so that their addresses read well and print short.
import { RequestMethod } from '@nestjs/common';

export const PUBLIC_PAGES_ROOT = '/public';

export const partnershipPagePath = (id: string) => `${PUBLIC_PAGES_ROOT}/partnerships/${id}`;
export const servicePointPagePath = (id: string) => `${PUBLIC_PAGES_ROOT}/service-points/${id}`;
export const feedbackThanksPath = (id: string) => `${servicePointPagePath(id)}/thanks`;

/**
 * The page routes the global /api prefix leaves out, written as the page controller defines them. Nest matches
 * exclusions against route definitions, not request paths, and `\\:` is a literal colon: each entry names the page's
 * own parameter, so a JSON route of the same shape (`public/partnerships/:id` → /api/public/partnerships/:id) keeps
 * its prefix.
 */
export const PUBLIC_PAGE_ROUTES: { path: string; method: RequestMethod }[] = [
  { path: 'public', method: RequestMethod.GET },
  { path: 'public/partnerships/\\:partnershipId', method: RequestMethod.GET },
  { path: 'public/service-points/\\:servicePointId', method: RequestMethod.GET },
  { path: 'public/service-points/\\:servicePointId/feedback', method: RequestMethod.POST },
  { path: 'public/service-points/\\:servicePointId/thanks', method: RequestMethod.GET },
  { path: 'public/fonts/\\:file', method: RequestMethod.GET },
];
