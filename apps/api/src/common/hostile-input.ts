/**
 * What no request may carry, whatever its route: JSON nested deeper than any real form or flow definition
 * (deep nesting overflows recursive code, ours and PostgreSQL's), U+0000 (PostgreSQL stores it in neither text
 * nor jsonb), other C0 controls in path segments, and lone UTF-16 surrogates (not Unicode: jsonb refuses them).
 * Pure: the edge calls it on every parsed body, path parameter and query value.
 */
export const MAX_JSON_DEPTH = 64;
export const MAX_PARAM_LENGTH = 200;

export type HostileInput = 'too-deep' | 'nul' | 'lone-surrogate';

const LONE_SURROGATE = /\p{Cs}/u;

/** The first reason `text` cannot be stored, or null. */
export function hostileText(text: string): Exclude<HostileInput, 'too-deep'> | null {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate';
  return null;
}

/** The first reason a parsed JSON value cannot be accepted, or null. Iterative: depth itself cannot overflow it. */
export function hostileJson(value: unknown, maxDepth = MAX_JSON_DEPTH): HostileInput | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = hostileText(current);
      if (problem) return problem;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return 'too-deep';
    const entries = Array.isArray(current) ? current.map((item) => ['', item] as const) : Object.entries(current);
    for (const [key, item] of entries) {
      const problem = key && hostileText(key);
      if (problem) return problem;
      stack.push({ value: item, depth: depth + 1 });
    }
  }
  return null;
}

/** A path parameter: short, printable, well-formed. */
export function hostileParam(value: string): HostileInput | 'too-long' | 'control' | null {
  if (value.length > MAX_PARAM_LENGTH) return 'too-long';
  const text = hostileText(value);
  if (text) return text;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  return /[\u0001-\u001f\u007f]/.test(value) ? 'control' : null;
}
