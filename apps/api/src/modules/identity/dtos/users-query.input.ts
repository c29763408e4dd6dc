import { z } from 'zod';

export { type UsersQuery, usersQuerySchema } from '@tongban/api-contract';

/** `?usernames=alice,window1`: the people to name (at most 200, duplicates ignored). */
export const namesQuerySchema = z.object({
  usernames: z
    .string()
    .max(20_000)
    .transform((text) => [
      ...new Set(
        text
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(100)).max(200, { message: '一次最多查询 200 个用户名' })),
});
