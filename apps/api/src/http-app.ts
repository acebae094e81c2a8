// Builds the HTTP application (used by main.ts and by the tests, so both run the very same stack).
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module';
import { applyGlobalPrefix } from './common/global-prefix';
import { setupOpenApi } from './openapi/openapi';
import { serveWebApp } from './web/serve-web';

export async function createHttpApp(options: Omit<AppModuleOptions, 'role'>, { quiet = false } = {}) {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...options, role: 'api' }), quiet ? { logger: false } : { bufferLogs: true });
  if (!quiet) app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.set('trust proxy', options.config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  // Text answers (pages, scripts, JSON, CSV) gzipped: the public pages and the app are used over slow phone connections.
  app.use(compression());
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '1mb' });
  applyGlobalPrefix(app);
  setupOpenApi(app);
  serveWebApp(app, options.config.webDist);
  return app;
}
