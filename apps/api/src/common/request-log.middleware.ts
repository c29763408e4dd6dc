import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

const logger = new Logger('HTTP');

/** Gives every request an id (kept from X-Request-Id when sane), returns it, and logs one structured line. */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  (req as Request & { requestId: string }).requestId = requestId;
  res.setHeader('x-request-id', requestId);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    if (!req.originalUrl.startsWith('/api')) return;
    const entry = {
      requestId,
      method: req.method,
      path: req.originalUrl.split('?')[0],
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      user: (req as Request & { user?: { username?: string } }).user?.username ?? null,
    };
    if (res.statusCode >= 500) logger.error(entry);
    else logger.log(entry);
  });
  next();
}
