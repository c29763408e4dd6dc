import type { Role } from '@tongban/api-contract';
import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';

/** The roles an administrator gives to staff (applicants register themselves). */
export const STAFF_ROLES: Role[] = ['officer', 'reviewer', 'committee', 'head', 'supervisor', 'admin'];

export const roleLabel = (role: Role): string => t(`admin.role.${role}` as MessageKey);

export const roleOptions = STAFF_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));
