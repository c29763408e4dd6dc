/**
 * `committee`: members of a department's review committee (会审), a second role beside reviewer. `head`: a
 * department's head (负责人), who approves a §42 extension of the items standing in the department.
 */
export const ROLES = ['admin', 'officer', 'reviewer', 'committee', 'supervisor', 'applicant', 'head'] as const;

export type Role = (typeof ROLES)[number];

/** The caller of a request, as the auth guard loaded it from the database (not just from the token). */
export interface AuthUser {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  department: string | null;
  centerId: string;
  /** 首席代表: decides in the department's name at the window. */
  chiefRepresentative: boolean;
}
