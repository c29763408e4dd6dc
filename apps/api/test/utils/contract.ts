import type { z } from 'zod';

/**
 * Parses an answer with the contract's (strict) schema and fails with the paths that differ: a field the server
 * sends and the contract does not name, a missing one or a wrong type.
 */
export function expectContract<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) =>
        `${issue.path.join('.') || '(root)'}: ${issue.message}${'keys' in issue ? ` ${JSON.stringify(issue.keys)}` : ''}`,
    );
    throw new Error(
      `answer does not match the contract:\n${issues.join('\n')}\n${JSON.stringify(body).slice(0, 2000)}`,
    );
  }
  return parsed.data;
}
