import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { badRequest } from './api-exception';
import { type HostileInput, hostileJson, hostileParam, MAX_JSON_DEPTH } from './hostile-input';

const messages: Record<HostileInput | 'too-long' | 'control', string> = {
  'too-deep': `请求体嵌套过深（最多 ${MAX_JSON_DEPTH} 层）`,
  nul: '请求中含有无法保存的字符（如 U+0000）',
  'lone-surrogate': '请求中含有不成对的 UTF-16 代理字符',
  'too-long': '路径参数过长',
  control: '路径参数含有控制字符',
};

const codes: Record<keyof typeof messages, string> = {
  'too-deep': 'JSON_TOO_DEEP',
  // The code the database's own refusal of U+0000 has always had.
  nul: 'UNSTORABLE_CHARACTER',
  'lone-surrogate': 'INVALID_CHARACTER',
  'too-long': 'INVALID_PARAMETER',
  control: 'INVALID_CHARACTER',
};

const refusal = (problem: keyof typeof messages) => badRequest(codes[problem], messages[problem]);

/**
 * Runs right after the JSON body parser, before any route: one check of the whole parsed body and of every query
 * value, so no service, engine step or batch write ever sees input that only breaks things.
 */
export function hostileInputGuard(req: Request, _res: Response, next: NextFunction): void {
  const problem = hostileJson(req.body) ?? hostileJson(req.query);
  if (!problem) return next();
  next(refusal(problem));
}

/** Global pipe: every path parameter of every route is short and well-formed (ids, codes, keys, dates). */
@Injectable()
export class PathParamsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' || typeof value !== 'string') return value;
    const problem = hostileParam(value);
    if (problem) throw refusal(problem);
    return value;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `@Param('id', UuidParam)` on every path parameter that is a UUID: anything else is malformed input, refused
 * with 400 INVALID_PARAMETER before any query runs (not a database cast error, not a 404 that hides a typo).
 */
@Injectable()
export class UuidParam implements PipeTransform {
  transform(value: unknown, metadata?: ArgumentMetadata): unknown {
    if (typeof value === 'string' && UUID.test(value)) return value;
    throw badRequest('INVALID_PARAMETER', `路径参数 ${metadata?.data ?? 'id'} 应为 UUID 格式的编号`);
  }
}
