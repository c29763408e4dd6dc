import fc from 'fast-check';
import { flowChecksum } from '../checksum';
import { FlowErrorCode, type FlowValidationResult } from '../flow-error';
import { validateFlow } from '../validation/validate-flow';
import { linearFlow, parallelFlow } from './fixtures';

/*
 * Hostile input for validateFlow (the designer and POST /api/definitions/validate hand it whatever a client
 * sent): prototype-pollution keys, hostile ids, unicode, huge strings, deep nesting, wrong types, and
 * objects no JSON parser makes (throwing getters, proxies, cycles). It must never throw, must keep its
 * answer well-formed, must never touch Object.prototype, and must answer plain JSON with real rule codes.
 */

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then'];
const HOSTILE_STRINGS = [
  ...HOSTILE_KEYS,
  '',
  ' ',
  '审查\u0000',
  '\u202e\u200b',
  '𠮷𠮷',
  'a.b',
  'x#y',
  '$rejected',
  '%2E',
  '../../etc/passwd',
  "'; DROP TABLE flow_definition; --",
  '{{7*7}}',
  'data.area > 5000',
];
const codes = new Set<string>(Object.values(FlowErrorCode));

const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.nat(4).map((n) => '长'.repeat(10 ** n)) },
);
const hostileKey = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }));

/** Arbitrary JSON-like values whose keys are often prototype-pollution keys. */
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Flow-shaped values: right field names, hostile contents, so the rules past the schema run too. */
const hostileNode = fc.record(
  {
    id: hostileString,
    type: fc.constantFrom(
      'start',
      'acceptance',
      'review',
      'parallel',
      'join',
      'condition',
      'notification',
      'certificate',
      'end',
      '__proto__',
    ),
    name: hostileString,
    to: hostileString,
    assignees: fc.oneof(
      fc.record({ roles: fc.array(hostileString, { maxLength: 3 }), users: fc.array(hostileString, { maxLength: 3 }) }),
      hostileJson,
    ),
    materials: fc.oneof(
      fc.array(fc.record({ code: hostileString, name: hostileString, required: fc.boolean() }), { maxLength: 3 }),
      hostileJson,
    ),
    policy: fc.oneof(
      fc.constantFrom('all', 'any'),
      fc.record({ atLeast: fc.integer({ min: -2, max: 5 }) }),
      hostileJson,
    ),
    timeLimit: fc.oneof(fc.record({ days: fc.integer({ min: -2, max: 40 }) }), hostileJson),
    mode: fc.constantFrom('any', 'all', 'sequential', 'constructor'),
    onTimeout: fc.constantFrom('tacit-approve', 'escalate', 'remind', '__proto__'),
  },
  { requiredKeys: ['id', 'type'] },
);

function flowShaped(ids: string[]) {
  const ref = fc.oneof(fc.constantFrom(...ids), hostileString);
  const hostileEdge = fc.record(
    {
      id: hostileString,
      source: ref,
      target: ref,
      on: fc.constantFrom('accept', 'reject', 'approve', 'return', '__proto__', 'constructor'),
      when: fc.oneof(
        fc.constantFrom('data.area > 5000', 'data.__proto__.x = 1', 'constructor.name = "x"', 'now() > 1'),
        hostileString,
      ),
      default: fc.boolean(),
      label: hostileString,
    },
    { requiredKeys: ['id', 'source', 'target'] },
  );
  return fc.record(
    {
      key: fc.oneof(fc.constant('hostile-flow'), hostileString),
      name: hostileString,
      timeLimit: fc.oneof(
        fc.record({ statutoryDays: fc.integer({ min: -1, max: 30 }), promisedDays: fc.integer({ min: -1, max: 30 }) }),
        hostileJson,
      ),
      nodes: fc.oneof({ weight: 4, arbitrary: fc.array(hostileNode, { maxLength: 12 }) }, hostileJson),
      edges: fc.oneof({ weight: 4, arbitrary: fc.array(hostileEdge, { maxLength: 16 }) }, hostileJson),
      layout: hostileJson,
      [HOSTILE_KEYS[0]]: hostileJson,
    },
    { requiredKeys: ['nodes', 'edges'] },
  );
}

function expectWellFormed(result: FlowValidationResult, plainJson: boolean): void {
  expect(typeof result.valid).toBe('boolean');
  expect(result.valid).toBe(result.errors.length === 0);
  for (const e of result.errors) {
    expect(codes.has(e.code)).toBe(true);
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    if (plainJson) expect(e.code).not.toBe(FlowErrorCode.DEFINITION_UNREADABLE);
  }
}

function expectPrototypeClean(): void {
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'x', 'isAdmin', 'id', 'type', 'nodes', 'valid']) expect(probe[key]).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.keys(Array.prototype)).toEqual([]);
}

/** JSON text to value, as the API's body parser does (`__proto__` becomes an own key). */
const viaJson = (value: unknown) => JSON.parse(JSON.stringify(value) ?? 'null');

describe('fuzz: validateFlow on hostile input', () => {
  afterEach(expectPrototypeClean);

  it('never throws on arbitrary values with prototype-pollution keys, and answers plain JSON with rule codes', () => {
    fc.assert(
      fc.property(hostileJson, (value) => {
        const parsed = viaJson(value);
        let result!: FlowValidationResult;
        expect(() => (result = validateFlow(parsed))).not.toThrow();
        expectWellFormed(result, true);
        expect(result.valid).toBe(false);
        // Deterministic: the same input gives the same answer.
        expect(validateFlow(viaJson(value))).toEqual(result);
      }),
      { numRuns: 2_000, seed: 4_242 },
    );
  });

  it('never throws on flow-shaped input with hostile ids, keys and strings', () => {
    let valid = 0;
    fc.assert(
      fc.property(flowShaped(['start', 'accept', 'r1', 'end', '__proto__', 'constructor']), (flow) => {
        const parsed = viaJson(flow);
        let result!: FlowValidationResult;
        expect(() => (result = validateFlow(parsed))).not.toThrow();
        expectWellFormed(result, true);
        if (result.valid) valid++;
        // Marks point at ids that exist, so the designer can show them.
        const nodeIds = new Set((Array.isArray(parsed.nodes) ? parsed.nodes : []).map((n: { id?: unknown }) => n?.id));
        const edgeIds = new Set((Array.isArray(parsed.edges) ? parsed.edges : []).map((e: { id?: unknown }) => e?.id));
        for (const e of result.errors) {
          if (e.nodeId !== undefined) expect(nodeIds.has(e.nodeId)).toBe(true);
          if (e.edgeId !== undefined) expect(edgeIds.has(e.edgeId)).toBe(true);
        }
        expect(() => flowChecksum(parsed)).not.toThrow();
      }),
      { numRuns: 1_000, seed: 777 },
    );
    expect(valid).toBeLessThan(1_000);
  });

  it('accepts flows whose node ids are object-method names, refuses only the reserved ones, and marks faults by id', () => {
    const reserved = new Set(['__proto__', 'constructor', 'prototype']);
    const rename = (def: ReturnType<typeof linearFlow>, names: Record<string, string>) => {
      const map = (id: string) => names[id] ?? id;
      return viaJson({
        ...def,
        nodes: def.nodes.map((n) => ({ ...n, id: map(n.id) })),
        edges: def.edges.map((e) => ({ ...e, source: map(e.source), target: map(e.target) })),
      });
    };
    for (const key of HOSTILE_KEYS) {
      const others = HOSTILE_KEYS.filter((other) => other !== key);
      const def = rename(parallelFlow(), { a: key, acc: others[0], join: others[1], iss: others[2] });
      const result = validateFlow(def);
      const used = [key, ...others.slice(0, 3)].filter((id) => reserved.has(id)).sort();
      expect({ key, errors: result.errors }).toEqual({
        key,
        errors: expect.arrayContaining(
          used.map((id) => expect.objectContaining({ code: 'RESERVED_NODE_ID', nodeId: id })),
        ),
      });
      expect(result.errors.every((e) => e.code === 'RESERVED_NODE_ID')).toBe(true);
      expect(result.errors).toHaveLength(used.length);
      // Break it: the review named `key` loses its approve edge.
      const broken = { ...def, edges: def.edges.filter((e: { source: string }) => e.source !== key) };
      const faults = validateFlow(broken).errors;
      expect(faults.length).toBeGreaterThan(0);
      expect(faults.some((e) => e.nodeId === key)).toBe(true);
    }
    expect(validateFlow(rename(linearFlow(), { rev: 'toString' })).valid).toBe(true);
    expect(validateFlow(rename(linearFlow(), { rev: '__proto__' })).errors.map((e) => e.code)).toEqual([
      'RESERVED_NODE_ID',
    ]);
  });

  it('survives huge and deeply nested input', () => {
    // Built as JSON text: JSON.parse nests deeper than a recursive stringify could.
    const deep = (depth: number) => `${'{"nodes":[{"__proto__":'.repeat(depth)}"leaf"${'}]}'.repeat(depth)}`;
    const huge = { ...linearFlow(), name: '名'.repeat(1_000_000), description: 'x'.repeat(1_000_000) };
    expect(validateFlow(huge).valid).toBe(true);
    const manyNodes = {
      ...linearFlow(),
      nodes: [...linearFlow().nodes, ...Array.from({ length: 5_000 }, (_, i) => ({ id: `n${i}`, type: 'end' }))],
    };
    const result = validateFlow(manyNodes);
    expectWellFormed(result, true);
    expect(result.errors.some((e) => e.code === FlowErrorCode.NODE_UNREACHABLE)).toBe(true);
    for (const depth of [100, 10_000]) {
      const flow = JSON.stringify(linearFlow()).slice(0, -1);
      const nested = JSON.parse(`${flow},"layout":${deep(depth)},"description":${deep(depth)},"nodes":${deep(depth)}}`);
      let answer!: FlowValidationResult;
      expect(() => (answer = validateFlow(nested))).not.toThrow();
      expectWellFormed(answer, true);
      expect(answer.valid).toBe(false);
    }
  });

  it('answers objects no JSON parser makes (throwing getters, proxies, cycles) without throwing', () => {
    const getter = { ...linearFlow() };
    Object.defineProperty(getter, 'nodes', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(linearFlow(), {
      get() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
    });
    const cyclic: Record<string, unknown> = { ...linearFlow() };
    cyclic.layout = cyclic;
    const cyclicNodes = linearFlow() as unknown as { nodes: Record<string, unknown>[] };
    cyclicNodes.nodes[1].self = cyclicNodes.nodes[1];
    const nullProto = Object.assign(Object.create(null), linearFlow());
    for (const value of [
      getter,
      proxy,
      cyclic,
      cyclicNodes,
      nullProto,
      Symbol('x'),
      () => 1,
      10n,
      new Date(0),
      new Map(),
    ]) {
      let result!: FlowValidationResult;
      expect(() => (result = validateFlow(value))).not.toThrow();
      expectWellFormed(result, false);
    }
    expect(validateFlow(nullProto).valid).toBe(true);
  });
});
