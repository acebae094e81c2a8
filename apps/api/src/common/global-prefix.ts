import { RequestMethod, type INestApplication } from '@nestjs/common';

/** Everything under /api, except the verification page a printed MoU's QR code opens. */
export function applyGlobalPrefix(app: INestApplication): void {
  app.setGlobalPrefix('api', { exclude: [{ path: 'verify/:hash', method: RequestMethod.GET }] });
}
