import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';

/** Vite names every file under assets/ by its content hash: a new build is a new name, so it never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets: always revalidated (its ETag makes that a 304 when nothing changed). */
export const REVALIDATE = 'no-cache';
/** Other files at the root (favicon, robots.txt) keep their names across builds. */
const SHORT = 'public, max-age=3600';

const isApi = (req: Request) => req.path === '/api' || req.path.startsWith('/api/');

/**
 * Serves the built web app with gzip or brotli (whichever the browser prefers; brotli at quality 4, fast enough
 * to compress on the fly) and long cache headers for hashed assets; any non-API page falls back to index.html so
 * client routes survive a reload. API answers pass untouched: neither compressed nor cached differently.
 */
export function mountWebApp(app: NestExpressApplication, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) {
    new Logger('Web').warn(`web app not built (${index} missing): run npm run build`);
    return;
  }
  const assets = path.join(webDist, 'assets') + path.sep;
  const compress = compression();
  const files = express.static(webDist, {
    index: false,
    cacheControl: false,
    setHeaders: (res, file) =>
      res.setHeader('Cache-Control', file.startsWith(assets) ? IMMUTABLE : file === index ? REVALIDATE : SHORT),
  });
  // Neither middleware sees an API request: no compression, and no file-system lookup of its path.
  app.use((req: Request, res: Response, next: NextFunction) => (isApi(req) ? next() : compress(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => (isApi(req) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req)) return next();
    // A missing hashed asset is a 404, not the app's page (a stale page asking for an old chunk must fail loudly).
    if (req.path.startsWith('/assets/')) return next();
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(index, { cacheControl: false });
  });
}
