import { ApiException } from '../../common/api-exception';

export enum IdentityExceptionCode {
  UNAUTHORIZED = 'UNAUTHORIZED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  FORBIDDEN = 'FORBIDDEN',
}

export class IdentityException extends ApiException {
  constructor(status: number, code: IdentityExceptionCode, message: string, details?: unknown) {
    super(status, code, message, details);
  }
}

export const unauthorized = (message = '请先登录（令牌缺失、无效或已过期）') =>
  new IdentityException(401, IdentityExceptionCode.UNAUTHORIZED, message);

/** The same answer for an unknown user, a wrong password and a disabled account: no user enumeration. */
export const invalidCredentials = () =>
  new IdentityException(401, IdentityExceptionCode.UNAUTHORIZED, '用户名或密码错误');

export const tooManyLoginAttempts = (retryAfterSeconds: number) =>
  new IdentityException(429, IdentityExceptionCode.TOO_MANY_REQUESTS, '登录失败次数过多，请稍后再试', {
    retryAfterSeconds,
  });

export const missingRole = (roles: readonly string[]) =>
  new IdentityException(403, IdentityExceptionCode.FORBIDDEN, `需要以下角色之一：${roles.join('、')}`, { roles });
