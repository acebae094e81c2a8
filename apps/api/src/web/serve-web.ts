// All-in-one mode: the built web app is served by the API process on the same port (SPA fallback to index.html).
import fs from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { PUBLIC_PAGES_ROOT } from '../public/public-page-routes';

export function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return;
  // Files in assets/ carry their content hash in the name: cached for a year. Everything else (index.html,
  // the favicon) keeps its name across releases, so the browser asks again each time.
  app.use('/assets', express.static(path.join(webDist, 'assets'), { index: false, maxAge: '1y', immutable: true, fallthrough: false }));
  app.use(express.static(webDist, { index: false, cacheControl: false, setHeaders: noCache }));
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api') || request.path.startsWith('/verify/') || isPublicPage(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}

/** The server-rendered public pages (src/public). */
const isPublicPage = (path: string) => path === PUBLIC_PAGES_ROOT || path.startsWith(`${PUBLIC_PAGES_ROOT}/`);

function noCache(response: express.Response) {
  response.setHeader('Cache-Control', 'no-cache');
}
