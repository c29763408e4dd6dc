import { hostileJson, hostileParam, hostileText, MAX_JSON_DEPTH } from './hostile-input';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('hostile input', () => {
  it('accepts ordinary JSON up to the depth bound and refuses one level more', () => {
    expect(hostileJson({ a: [1, 'x', { b: null }], c: '中文 😀' })).toBeNull();
    expect(hostileJson(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(hostileJson(nested(MAX_JSON_DEPTH + 1))).toBe('too-deep');
    expect(hostileJson(nested(100_000))).toBe('too-deep');
  });

  it('finds U+0000 and lone surrogates in values and keys, at any depth', () => {
    expect(hostileJson({ a: ['x\u0000'] })).toBe('nul');
    expect(hostileJson({ 'k\u0000': 1 })).toBe('nul');
    expect(hostileJson({ a: { b: '\ud800' } })).toBe('lone-surrogate');
    expect(hostileJson({ '\udc00': 1 })).toBe('lone-surrogate');
    expect(hostileText('\ud83d\ude00')).toBeNull();
    expect(hostileText('a\ud83d')).toBe('lone-surrogate');
  });

  it('refuses long, control-character and malformed path parameters', () => {
    expect(hostileParam('3f2c1c1e-0000-4000-8000-000000000000')).toBeNull();
    expect(hostileParam('county-1')).toBeNull();
    expect(hostileParam('a'.repeat(201))).toBe('too-long');
    expect(hostileParam('a\u0000')).toBe('nul');
    expect(hostileParam('a\nb')).toBe('control');
    expect(hostileParam('\udfff')).toBe('lone-surrogate');
  });
});
