import { z } from 'zod';
import { ROLES } from '../auth-user';

export const usersQuerySchema = z.object({
  role: z.enum(ROLES).optional(),
  department: z.string().min(1).max(100).optional(),
});

export type UsersQuery = z.infer<typeof usersQuerySchema>;

/** `?usernames=alice,window1`: the people to name (at most 200, duplicates ignored). */
export const namesQuerySchema = z.object({
  usernames: z
    .string()
    .max(20_000)
    .transform((text) => [...new Set(text.split(',').map((name) => name.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(100)).max(200, { message: '一次最多查询 200 个用户名' })),
});
