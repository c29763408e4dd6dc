import type { z } from 'zod';
import { badRequest } from './api-exception';

/** Parses client input with a zod schema; a mismatch is a 400 listing every problem, and nothing runs. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw badRequest(
    'VALIDATION_FAILED',
    `请求参数无效：${details.map((d) => `${d.path || '(body)'} ${d.message}`).join('；')}`,
    details,
  );
}
