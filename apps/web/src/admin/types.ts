import type { Role } from '@tongban/api-contract';

export type CenterLevel = 'province' | 'city' | 'county';

/** `GET /api/centers`: a service center of the admin's tree (province → city → county). */
export interface Center {
  id: string;
  name: string;
  level: CenterLevel;
  parentId: string | null;
}

/** `GET /api/departments?center=`. */
export interface AdminDepartment {
  centerId?: string;
  code: string;
  name: string;
}

/** `GET /api/users` as an admin reads it: the full record. */
export interface AdminUser {
  username: string;
  name: string;
  roles: Role[];
  department: string | null;
  centerId: string;
  email: string | null;
  phone: string | null;
  chiefRepresentative: boolean;
  disabled: boolean;
  createdAt: string;
}

/** `GET /api/staff/pairs`: an A post and its B post (AB岗). */
export interface StaffPair {
  a: string;
  aName: string;
  b: string;
  bName: string;
  department: string | null;
}

/** `GET /api/admin/audit`: one administrative change (操作日志). */
export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  centerId: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}
