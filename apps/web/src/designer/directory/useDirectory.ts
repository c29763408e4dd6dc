import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiQuery } from '../../api/query';

/** Roles a step can be given to; admins and applicants never handle steps. */
export const STEP_ROLES = ['officer', 'reviewer', 'committee', 'supervisor'];

export interface Department {
  code: string;
  name: string;
}

export interface StaffMember {
  username: string;
  name: string;
  roles: string[];
  department: string | null;
}

export interface Directory {
  departments: Department[];
  staff: StaffMember[];
  departmentName: (code: string) => string;
  userName: (username: string) => string;
}

const NONE: never[] = [];

/** The center's departments and staff for the pickers; ids are never typed by hand. */
export function useDirectory(): Directory {
  const departments = useQuery(apiQuery<Department[]>('/departments')).data ?? NONE;
  const users = useQuery(apiQuery<StaffMember[]>('/users')).data ?? NONE;
  return useMemo(() => {
    const staff = users.filter((user) => user.roles.some((role) => STEP_ROLES.includes(role)));
    const departmentNames = new Map(departments.map((d) => [d.code, d.name]));
    const userNames = new Map(staff.map((u) => [u.username, u.name]));
    return {
      departments,
      staff,
      departmentName: (code: string) => departmentNames.get(code) ?? code,
      userName: (username: string) => userNames.get(username) ?? username,
    };
  }, [departments, users]);
}
