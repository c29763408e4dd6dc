import { z } from 'zod';
import { obj } from './common';

/** `GET /api/departments`: a department of the caller's center. */
export const departmentSchema = obj({ code: z.string(), name: z.string() });
export type Department = z.infer<typeof departmentSchema>;
