import { createHash } from 'node:crypto';
import { linearFlow, patchNode } from './__tests__/fixtures';
import { canonicalJson } from './canonical-json';
import { flowChecksum } from './checksum';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('matches the FIPS 180-4 vector for %p', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });

  it.each(['建设工程规划许可证核发', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), '𠮷 emoji 😀', 'x'.repeat(1000)])(
    'agrees with node:crypto on %p',
    (input) => {
      expect(sha256Hex(input)).toBe(createHash('sha256').update(input, 'utf8').digest('hex'));
    },
  );
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"e":2,"f":1}]},"b":1}',
    );
  });

  it('refuses cycles instead of looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });
});

describe('flowChecksum', () => {
  const base = linearFlow();

  it('is a 64-digit hex digest and stable across calls', () => {
    expect(flowChecksum(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(flowChecksum(base)).toBe(flowChecksum(linearFlow()));
  });

  it('ignores the layout', () => {
    const moved = { ...base, layout: { s: { x: 0, y: 0 }, acc: { x: 220, y: 0 } } };
    expect(flowChecksum(moved)).toBe(flowChecksum(base));
  });

  it('ignores object key order', () => {
    const reordered = JSON.parse(
      JSON.stringify(base, (_k, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    );
    expect(Object.keys(reordered)).toEqual([...Object.keys(base)].reverse());
    expect(flowChecksum(reordered)).toBe(flowChecksum(base));
  });

  it('ignores spelling out a default', () => {
    expect(flowChecksum(patchNode(base, 'rev', { mode: 'any' }))).toBe(flowChecksum(base));
  });

  it('changes when a node changes', () => {
    expect(flowChecksum(patchNode(base, 'rev', { mode: 'all' }))).not.toBe(flowChecksum(base));
    expect(flowChecksum(patchNode(base, 'rev', { name: '规划审查' }))).not.toBe(flowChecksum(base));
    expect(flowChecksum(patchNode(base, 'iss', { id: 'issue' }))).not.toBe(flowChecksum(base));
  });

  it('changes when node order or an edge changes', () => {
    expect(flowChecksum({ ...base, nodes: [...base.nodes].reverse() })).not.toBe(flowChecksum(base));
    expect(flowChecksum({ ...base, edges: base.edges.slice(1) })).not.toBe(flowChecksum(base));
  });

  it('hashes a definition the schema refuses as given, still ignoring layout', () => {
    const broken = { ...base, nodes: [{ id: 'x', type: 'meeting' }] } as never;
    expect(flowChecksum(broken)).toMatch(/^[0-9a-f]{64}$/);
    expect(flowChecksum({ ...(broken as object), layout: { x: { x: 1, y: 1 } } } as never)).toBe(flowChecksum(broken));
  });
});
