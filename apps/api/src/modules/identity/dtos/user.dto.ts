import type { AuthUser, Role } from '../auth-user';
import type { UserEntity } from '../entities/user.entity';

/** The caller as the web app sees it (login and /auth/me). `department` is left out when there is none. */
export interface UserDto {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  department?: string;
  centerId: string;
  chiefRepresentative: boolean;
}

/** An entry of the designer's assignee picker (staff only: the list route is for staff roles). */
export interface UserSummaryDto {
  username: string;
  name: string;
  roles: Role[];
  department: string | null;
  /** Office phone (办公电话); null when none is recorded. */
  phone: string | null;
}

/** A person as the workbench and the portal name it: the display name and, for staff, the office phone. */
export interface PersonNameDto {
  username: string;
  name: string;
  phone: string | null;
}

export const toAuthUser = (user: UserEntity): AuthUser => ({
  id: user.id,
  username: user.username,
  name: user.name,
  roles: user.roles,
  department: user.department,
  centerId: user.centerId,
  chiefRepresentative: user.chiefRepresentative,
});

export const toUserDto = ({ department, ...user }: AuthUser): UserDto => ({
  ...user,
  ...(department ? { department } : {}),
});

export const toUserSummaryDto = (user: UserEntity): UserSummaryDto => ({
  username: user.username,
  name: user.name,
  roles: user.roles,
  department: user.department,
  phone: user.phone,
});
