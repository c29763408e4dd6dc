import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiException, badRequest } from './api-exception';
import { type HostileInput, hostileJson, hostileParam, MAX_JSON_DEPTH } from './hostile-input';

const messages: Record<HostileInput | 'too-long' | 'control', string> = {
  'too-deep': `请求体嵌套过深（最多 ${MAX_JSON_DEPTH} 层）`,
  nul: '请求中含有无法保存的字符（如 U+0000）',
  'lone-surrogate': '请求中含有不成对的 UTF-16 代理字符',
  'too-long': '路径参数过长',
  control: '路径参数含有控制字符',
};

const refusal = (problem: keyof typeof messages, where: string) =>
  badRequest(problem === 'too-deep' ? 'JSON_TOO_DEEP' : 'INVALID_CHARACTER', messages[problem], { where });

/**
 * Runs right after the JSON body parser, before any route: one check of the whole parsed body and of every query
 * value, so no service, engine step or batch write ever sees input that only breaks things.
 */
export function hostileInputGuard(req: Request, _res: Response, next: NextFunction): void {
  const inBody = hostileJson(req.body);
  const problem = inBody ?? hostileJson(req.query);
  if (!problem) return next();
  next(refusal(problem, inBody ? 'body' : 'query'));
}

/** Global pipe: every path parameter of every route is short and well-formed (ids, codes, keys, dates). */
@Injectable()
export class PathParamsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' || typeof value !== 'string') return value;
    const problem = hostileParam(value);
    if (problem) throw refusal(problem, `path:${metadata.data ?? ''}`);
    return value;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `@Param('id', UuidParam)`: an id that is not a UUID names nothing, so it is a 404 before any query runs. */
@Injectable()
export class UuidParam implements PipeTransform {
  transform(value: unknown): unknown {
    if (typeof value === 'string' && UUID.test(value)) return value;
    throw new ApiException(404, 'NOT_FOUND', '请求的资源不存在');
  }
}
