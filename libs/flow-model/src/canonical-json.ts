/**
 * JSON with object keys sorted at every level, so equal data gives equal text whatever the key order.
 * Follows JSON.stringify otherwise (undefined properties dropped, undefined in arrays → null).
 * @throws TypeError on a cycle.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, path: Set<object>): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  const toJson = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === 'function') return write(toJson.call(value), path);
  if (path.has(value)) throw new TypeError('canonicalJson: cyclic structure');
  path.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : write(v, path))).join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined && typeof record[k] !== 'function' && typeof record[k] !== 'symbol')
      .sort();
    text = `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], path)}`).join(',')}}`;
  }
  path.delete(value);
  return text;
}
