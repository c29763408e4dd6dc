import type { PersonName, SessionUser, UserSummary } from '@tongban/api-contract';
import type { AuthUser } from '../auth-user';
import type { UserEntity } from '../entities/user.entity';

/** The caller as the web app sees it (login and /auth/me). `department` is left out when there is none. */
export type UserDto = SessionUser;

export type UserSummaryDto = UserSummary;
export type PersonNameDto = PersonName;

export const toAuthUser = (
  user: Pick<UserEntity, 'id' | 'username' | 'name' | 'roles' | 'department' | 'centerId' | 'chiefRepresentative'>,
): AuthUser => ({
  id: user.id,
  username: user.username,
  name: user.name,
  roles: user.roles,
  department: user.department,
  centerId: user.centerId,
  chiefRepresentative: user.chiefRepresentative,
});

export const toUserDto = ({ department, ...user }: AuthUser): SessionUser => ({
  ...user,
  ...(department ? { department } : {}),
});

export const toUserSummaryDto = (user: UserEntity): UserSummary => ({
  username: user.username,
  name: user.name,
  roles: user.roles,
  department: user.department,
  phone: user.phone,
});
