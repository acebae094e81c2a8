// All-in-one mode: the built web app is served by the API process on the same port (SPA fallback to index.html).
import fs from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { PUBLIC_PAGES_ROOT } from '../public/public-page-routes';

export function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return;
  app.use(express.static(webDist, { index: false, maxAge: '1y', immutable: true, setHeaders: noCacheForHtml }));
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api') || request.path.startsWith('/verify/') || isPublicPage(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}

/** The server-rendered public pages (src/public). */
const isPublicPage = (path: string) => path === PUBLIC_PAGES_ROOT || path.startsWith(`${PUBLIC_PAGES_ROOT}/`);

function noCacheForHtml(response: express.Response, filePath: string) {
  if (filePath.endsWith('.html')) response.setHeader('Cache-Control', 'no-cache');
}
