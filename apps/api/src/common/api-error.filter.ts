import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable } from './database/database-unavailable';

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

const codeByStatus: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** What a framework error (one raised without our code, e.g. an unknown route) says, in Chinese. */
const messageByStatus: Record<number, string> = {
  400: '请求无效',
  401: '请先登录',
  403: '无权执行此操作',
  404: '请求的资源不存在',
  405: '不支持该请求方法',
  409: '与当前状态冲突',
  413: '请求体过大',
  415: '不支持的内容类型',
  422: '请求内容无法处理',
  429: '请求过于频繁，请稍后再试',
  503: '服务暂不可用，请稍后再试',
};

/** Every error leaves the API in the contract's shape: `{ error: { code, message, details } }`. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = toApiError(exception);
    if (status === 503) this.logger.warn(exception instanceof Error ? exception.message : String(exception));
    else if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(status).json(body);
  }
}

export function toApiError(exception: unknown): { status: number; body: ApiErrorBody } {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const raw = exception.getResponse();
    const given = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    if (typeof given.code !== 'string') {
      const message = messageByStatus[status] ?? '请求无法完成';
      return { status, body: { error: { code: codeByStatus[status] ?? 'ERROR', message } } };
    }
    const code = given.code;
    const message = typeof given.message === 'string' ? given.message : (messageByStatus[status] ?? '请求无法完成');
    return { status, body: { error: { code, message, details: given.details } } };
  }
  const bodyParserError = exception as { type?: string; status?: number } | null;
  if (bodyParserError?.type === 'entity.parse.failed') {
    return { status: 400, body: { error: { code: 'MALFORMED_JSON', message: '请求体不是合法的 JSON' } } };
  }
  if (bodyParserError?.type === 'entity.too.large') {
    return { status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE', message: '请求体超过 1 MB' } } };
  }
  if (bodyParserError?.status && bodyParserError.status >= 400 && bodyParserError.status < 500) {
    return {
      status: bodyParserError.status,
      body: { error: { code: codeByStatus[bodyParserError.status] ?? 'BAD_REQUEST', message: '请求无效' } },
    };
  }
  // PostgreSQL refuses U+0000 in text (22021) and jsonb (22P05): the client sent a character no row can hold.
  // TypeORM wraps the driver's error (driverError); a prepared statement on the hot path throws pg's own.
  const database = exception as { code?: unknown; driverError?: { code?: string } } | null;
  const sqlState = database?.driverError?.code ?? (typeof database?.code === 'string' ? database.code : '');
  if (['22021', '22P05'].includes(sqlState)) {
    return {
      status: 400,
      body: { error: { code: 'UNSTORABLE_CHARACTER', message: '请求中含有无法保存的字符（如 U+0000）' } },
    };
  }
  if (sqlState.startsWith('22') || sqlState === '54001') {
    // A data exception (a date PostgreSQL cannot hold, a malformed value) or a value too deep for it: the
    // client's input, which the edge should have refused already.
    return { status: 400, body: { error: { code: 'INVALID_VALUE', message: '请求中含有无法处理的值' } } };
  }
  if (isDatabaseUnavailable(exception)) {
    return { status: 503, body: { error: { code: 'DATABASE_UNAVAILABLE', message: '数据库暂时不可用，请稍后重试' } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: '服务器内部错误' } } };
}
