export type {
  AbPair as StaffPair,
  AdminAuditEntry as AuditEntry,
  AdminUser,
  Center,
  CenterLevelName as CenterLevel,
} from '@tongban/api-contract';

/** `GET /api/departments?center=`. */
export interface AdminDepartment {
  code: string;
  name: string;
}
