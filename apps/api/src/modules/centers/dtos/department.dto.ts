import type { Department } from '@tongban/api-contract';
import type { DepartmentEntity } from '../entities/department.entity';

export type DepartmentDto = Department;

export const toDepartmentDto = ({ code, name }: DepartmentEntity): Department => ({ code, name });
