import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';

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

/** The center's departments and staff for the pickers; ids are never typed by hand. */
export function useDirectory(): Directory {
  const [departments, setDepartments] = useState<Department[]>([]);
  const [staff, setStaff] = useState<StaffMember[]>([]);
  useEffect(() => {
    let alive = true;
    api<Department[]>('/departments')
      .then((list) => alive && setDepartments(list))
      .catch(() => undefined);
    api<StaffMember[]>('/users')
      .then((list) => alive && setStaff(list.filter((user) => user.roles.some((role) => STEP_ROLES.includes(role)))))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return useMemo(() => {
    const departmentNames = new Map(departments.map((d) => [d.code, d.name]));
    const userNames = new Map(staff.map((u) => [u.username, u.name]));
    return {
      departments,
      staff,
      departmentName: (code: string) => departmentNames.get(code) ?? code,
      userName: (username: string) => userNames.get(username) ?? username,
    };
  }, [departments, staff]);
}
