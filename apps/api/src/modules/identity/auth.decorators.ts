import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthUser, Role } from './auth-user';

export const IS_PUBLIC = 'tongban:isPublic';
export const REQUIRED_ROLES = 'tongban:roles';

/** The route needs no login (the guard still attaches the caller when a valid token comes along). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these roles; otherwise 403 FORBIDDEN. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export interface RequestWithUser {
  user?: AuthUser;
}

/** The logged-in caller; undefined only on a @Public() route called without a token. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | undefined =>
    context.switchToHttp().getRequest<RequestWithUser>().user,
);
