import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  user: string | null;
}

/** Where each request's line goes. */
export type RequestLogSink = (entry: RequestLogEntry) => void;

/** Through Nest's logger (pretty output, and tests, whose logger keeps only errors). */
export function loggerSink(): RequestLogSink {
  const logger = new Logger('HTTP');
  return (entry) => (entry.status >= 500 ? logger.error(entry) : logger.log(entry));
}

/**
 * One JSON object per line, in the shape ConsoleLogger's json mode writes. ConsoleLogger serialises through a
 * replacer that guards against cycles and oversized values, a cost paid on every request that an entry of six
 * flat fields does not need.
 */
export function jsonLineSink(): RequestLogSink {
  return (entry) => {
    const error = entry.status >= 500;
    const line = JSON.stringify({
      level: error ? 'error' : 'log',
      pid: process.pid,
      timestamp: Date.now(),
      message: entry,
      context: 'HTTP',
    });
    (error ? process.stderr : process.stdout).write(`${line}\n`);
  };
}

/** Gives every request an id (kept from X-Request-Id when sane), returns it, and logs one structured line. */
export function requestLog(sink: RequestLogSink) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.header('x-request-id');
    const requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    (req as Request & { requestId: string }).requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (!req.originalUrl.startsWith('/api')) return;
      sink({
        requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        user: (req as Request & { user?: { username?: string } }).user?.username ?? null,
      });
    });
    next();
  };
}
