import { HttpException } from '@nestjs/common';

/** An error in the contract's shape: `{ error: { code, message, details } }` with the given status. */
export class ApiException extends HttpException {
  constructor(status: number, code: string, message: string, details?: unknown) {
    super({ code, message, details }, status);
  }
}

export const badRequest = (code: string, message: string, details?: unknown) =>
  new ApiException(400, code, message, details);
export const notFound = (code: string, message: string) => new ApiException(404, code, message);
export const conflict = (code: string, message: string, details?: unknown) =>
  new ApiException(409, code, message, details);
export const forbidden = (message = '无权执行此操作') => new ApiException(403, 'FORBIDDEN', message);
