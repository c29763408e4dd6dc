import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { flowChecksum } from '../checksum';
import { FlowErrorCode, type FlowValidationResult } from '../flow-error';
import { validateFlow } from '../validation/validate-flow';
import { conditionFlow, linearFlow, nestedFlow, parallelFlow } from './fixtures';

const workflowDir = join(__dirname, '../../../../workflows');
const validFlows: unknown[] = [
  linearFlow(),
  parallelFlow(),
  conditionFlow(),
  nestedFlow(),
  ...readdirSync(workflowDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(workflowDir, f), 'utf8'))),
];

const codes = new Set<string>(Object.values(FlowErrorCode));

/** Plain JSON never reaches the catch-all, so a crashing rule cannot hide behind it. */
function expectWellFormed(result: FlowValidationResult): void {
  expect(result.valid).toBe(result.errors.length === 0);
  for (const e of result.errors) {
    expect(codes.has(e.code)).toBe(true);
    expect(e.code).not.toBe(FlowErrorCode.DEFINITION_UNREADABLE);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

/** Ids the errors point at must exist, or the designer has nothing to mark. */
function expectMarksExist(def: unknown, result: FlowValidationResult): void {
  const d = def as { nodes?: { id?: unknown }[]; edges?: { id?: unknown }[] };
  const nodeIds = new Set((Array.isArray(d.nodes) ? d.nodes : []).map((n) => n?.id));
  const edgeIds = new Set((Array.isArray(d.edges) ? d.edges : []).map((e) => e?.id));
  for (const e of result.errors) {
    if (e.nodeId !== undefined) expect(nodeIds.has(e.nodeId)).toBe(true);
    if (e.edgeId !== undefined) expect(edgeIds.has(e.edgeId)).toBe(true);
  }
}

const ids = ['s', 'acc', 'rev', 'a', 'b', 'fork', 'join', 'cond', 'iss', 'ok', 'no', 'ghost'];
const types = ['start', 'acceptance', 'parallel', 'review', 'join', 'condition', 'notification', 'certificate', 'end'];
const outcomes = [undefined, 'accept', 'reject', 'approve', 'return', 'bogus'];
const whens = [undefined, 'data.area > 5000', 'area > 1', 'data.area >', '', 'count(data.x) = 1', 'f(data.x)'];

const nodeArb = fc.record(
  {
    id: fc.constantFrom(...ids),
    type: fc.constantFrom(...types),
    to: fc.constant('applicant'),
    assignees: fc.record({ roles: fc.array(fc.constantFrom('reviewer', 'officer'), { maxLength: 2 }) }),
    policy: fc.oneof(fc.constantFrom('all', 'any'), fc.record({ atLeast: fc.integer({ min: 1, max: 4 }) })),
    lead: fc.boolean(),
    timeLimit: fc.record({ days: fc.integer({ min: 0, max: 30 }) }),
    onTimeout: fc.constantFrom('tacit-approve', 'escalate', 'remind'),
  },
  { requiredKeys: ['id', 'type'] },
);

const edgeArb = fc.record(
  {
    id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9'),
    source: fc.constantFrom(...ids),
    target: fc.constantFrom(...ids),
    on: fc.constantFrom(...outcomes),
    when: fc.constantFrom(...whens),
    default: fc.boolean(),
  },
  { requiredKeys: ['id', 'source', 'target'] },
);

/** Flow-shaped data that passes the schema often, so the graph rules get exercised too. */
const randomFlowArb = fc.record({
  key: fc.constant('random'),
  name: fc.constant('随机流程'),
  timeLimit: fc.record({ statutoryDays: fc.nat(30), promisedDays: fc.nat(30) }),
  nodes: fc.array(nodeArb, { maxLength: 14 }),
  edges: fc.array(edgeArb, { maxLength: 20 }),
});

type Mutation = (def: Record<string, unknown[]>) => void;

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (d) =>
        void d.nodes.splice(i % Math.max(d.nodes.length, 1), 1),
  ),
  fc.nat().map(
    (i): Mutation =>
      (d) =>
        void d.edges.splice(i % Math.max(d.edges.length, 1), 1),
  ),
  fc
    .tuple(fc.nat(), fc.constantFrom('source', 'target'), fc.constantFrom(...ids))
    .map(([i, end, id]): Mutation => (d) => {
      const e = d.edges[i % Math.max(d.edges.length, 1)] as Record<string, unknown> | undefined;
      if (e) e[end] = id;
    }),
  fc
    .tuple(fc.nat(), fc.constantFrom('on', 'when', 'default', 'id'), fc.jsonValue())
    .map(([i, key, value]): Mutation => (d) => {
      const e = d.edges[i % Math.max(d.edges.length, 1)] as Record<string, unknown> | undefined;
      if (e) e[key] = value;
    }),
  fc.tuple(fc.nat(), fc.constantFrom(...types)).map(([i, type]): Mutation => (d) => {
    const n = d.nodes[i % Math.max(d.nodes.length, 1)] as Record<string, unknown> | undefined;
    if (n) n.type = type;
  }),
  fc.tuple(fc.nat(), fc.string(), fc.jsonValue()).map(([i, key, value]): Mutation => (d) => {
    const n = d.nodes[i % Math.max(d.nodes.length, 1)] as Record<string, unknown> | undefined;
    if (n) n[key] = value;
  }),
  fc.nat().map((i): Mutation => (d) => {
    const n = d.nodes[i % Math.max(d.nodes.length, 1)];
    if (n) d.nodes.push(structuredClone(n));
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (d) => {
    const e = d.edges[i % Math.max(d.edges.length, 1)];
    if (e) d.edges.splice(j % (d.edges.length + 1), 0, { ...(e as object), id: `copy-${i}` });
  }),
);

describe('validateFlow properties', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(validateFlow(value));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on flow-shaped random graphs, and marks only existing nodes and edges', () => {
    fc.assert(
      fc.property(randomFlowArb, (def) => {
        const result = validateFlow(def);
        expectWellFormed(result);
        expectMarksExist(def, result);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on randomly mutated valid flows, and marks only existing nodes and edges', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...validFlows),
        fc.array(mutationArb, { minLength: 1, maxLength: 5 }),
        (flow, mutations) => {
          const def = structuredClone(flow) as Record<string, unknown[]>;
          for (const mutate of mutations) mutate(def);
          const result = validateFlow(def);
          expectWellFormed(result);
          expectMarksExist(def, result);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(randomFlowArb, (def) => {
        expect(validateFlow(structuredClone(def))).toEqual(validateFlow(def));
      }),
      { numRuns: 200 },
    );
  });
});

describe('flowChecksum properties', () => {
  const shuffleKeys = (value: unknown, seed: number): unknown => {
    if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, seed + 1));
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    const rotated = entries
      .slice(seed % Math.max(entries.length, 1))
      .concat(entries.slice(0, seed % Math.max(entries.length, 1)));
    return Object.fromEntries(rotated.reverse().map(([k, v]) => [k, shuffleKeys(v, seed + 1)]));
  };

  it('does not depend on key order, valid or not', () => {
    fc.assert(
      fc.property(randomFlowArb, fc.nat(), (def, seed) => {
        expect(flowChecksum(shuffleKeys(def, seed) as never)).toBe(flowChecksum(def as never));
      }),
      { numRuns: 300 },
    );
  });
});
