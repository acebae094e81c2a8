import { RequestMethod, type INestApplication } from '@nestjs/common';
import { PUBLIC_PAGE_ROUTES } from '../public/public-page-routes';

/** Everything under /api, except pages people open in a browser: the verification page a printed MoU's QR code opens, and the public transparency pages. */
export function applyGlobalPrefix(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: [{ path: 'verify/:hash', method: RequestMethod.GET }, ...PUBLIC_PAGE_ROUTES] });
}
