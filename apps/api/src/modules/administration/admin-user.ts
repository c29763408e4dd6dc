import type { AdminUser } from '@tongban/api-contract';
import type { UserEntity } from '../identity/entities/user.entity';

/** The columns of a full user record, for raw queries. */
export const ADMIN_USER_COLUMNS = `username, name, roles, department, center_id AS "centerId", email, phone,
  chief_representative AS "chiefRepresentative", disabled_at AS "disabledAt", created_at AS "createdAt"`;

export type AdminUserRow = Pick<
  UserEntity,
  'username' | 'name' | 'roles' | 'department' | 'centerId' | 'email' | 'phone' | 'chiefRepresentative' | 'disabledAt'
> & { createdAt: Date };

/** A user as an admin sees it (never its password hash or token version). */
export const toAdminUser = (user: AdminUserRow): AdminUser => ({
  username: user.username,
  name: user.name,
  roles: user.roles,
  department: user.department,
  centerId: user.centerId,
  email: user.email,
  phone: user.phone,
  chiefRepresentative: user.chiefRepresentative,
  disabled: user.disabledAt !== null,
  createdAt: new Date(user.createdAt).toISOString(),
});
