import type { DepartmentEntity } from '../entities/department.entity';

export interface DepartmentDto {
  code: string;
  name: string;
}

export const toDepartmentDto = ({ code, name }: DepartmentEntity): DepartmentDto => ({ code, name });
