import { z } from 'zod';
import { ROLES } from '../auth-user';

export const usersQuerySchema = z.object({
  role: z.enum(ROLES).optional(),
  department: z.string().min(1).max(100).optional(),
});

export type UsersQuery = z.infer<typeof usersQuerySchema>;
