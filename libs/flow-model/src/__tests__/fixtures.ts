import type { FlowDirectory } from '../directory';
import type { FlowDefinitionInput } from '../flow-definition.schema';
import { FlowErrorCode, type FlowError } from '../flow-error';
import { validateFlow } from '../validation/validate-flow';

type Input = FlowDefinitionInput;
type NodeInput = Input['nodes'][number];
type EdgeInput = Input['edges'][number];

export const reviewer = { roles: ['reviewer'], users: [] };

export const node = {
  start: (id = 's'): NodeInput => ({ id, type: 'start' }),
  acceptance: (id = 'acc', extra: object = {}): NodeInput => ({ id, type: 'acceptance', ...extra }),
  review: (id: string, extra: object = {}): NodeInput => ({ id, type: 'review', assignees: reviewer, ...extra }),
  parallel: (id = 'fork'): NodeInput => ({ id, type: 'parallel' }),
  join: (id = 'join', extra: object = {}): NodeInput => ({ id, type: 'join', ...extra }),
  condition: (id = 'cond'): NodeInput => ({ id, type: 'condition' }),
  notification: (id: string): NodeInput => ({ id, type: 'notification', to: 'applicant' }),
  certificate: (id = 'iss'): NodeInput => ({ id, type: 'certificate' }),
  end: (id = 'ok', outcome: 'approved' | 'rejected' = 'approved'): NodeInput => ({ id, type: 'end', outcome }),
};

export function edge(id: string, source: string, target: string, extra: Partial<EdgeInput> = {}): EdgeInput {
  return { id, source, target, ...extra };
}

export function flow(nodes: NodeInput[], edges: EdgeInput[], extra: Partial<Input> = {}): Input {
  return { key: 'test', name: '测试流程', nodes, edges, ...extra };
}

/** start → acceptance → review → certificate → end */
export function linearFlow(): Input {
  return flow(
    [node.start(), node.acceptance(), node.review('rev'), node.certificate(), node.end()],
    [
      edge('e1', 's', 'acc'),
      edge('e2', 'acc', 'rev', { on: 'accept' }),
      edge('e3', 'rev', 'iss'),
      edge('e4', 'iss', 'ok'),
    ],
  );
}

/** start → acceptance → fork → (a | b) → join → certificate → end */
export function parallelFlow(): Input {
  return flow(
    [
      node.start(),
      node.acceptance(),
      node.parallel(),
      node.review('a', { department: 'planning', lead: true }),
      node.review('b', { department: 'fire' }),
      node.join(),
      node.certificate(),
      node.end(),
    ],
    [
      edge('e1', 's', 'acc'),
      edge('e2', 'acc', 'fork'),
      edge('fa', 'fork', 'a'),
      edge('fb', 'fork', 'b'),
      edge('aj', 'a', 'join'),
      edge('bj', 'b', 'join'),
      edge('ji', 'join', 'iss'),
      edge('io', 'iss', 'ok'),
    ],
  );
}

/** start → acceptance → condition → (data.area > 5000: review) | default → certificate → end */
export function conditionFlow(): Input {
  return flow(
    [node.start(), node.acceptance(), node.condition(), node.review('rev'), node.certificate(), node.end()],
    [
      edge('e1', 's', 'acc'),
      edge('e2', 'acc', 'cond'),
      edge('big', 'cond', 'rev', { when: 'data.area > 5000' }),
      edge('other', 'cond', 'iss', { default: true }),
      edge('ri', 'rev', 'iss'),
      edge('io', 'iss', 'ok'),
    ],
  );
}

/** start → acc → outer ⟨ x ; inner ⟨ p ; q ⟩ innerJoin ⟩ outerJoin → iss → ok */
export function nestedFlow(): Input {
  return flow(
    [
      node.start(),
      node.acceptance(),
      node.parallel('outer'),
      node.review('x'),
      node.parallel('inner'),
      node.review('p'),
      node.review('q'),
      node.join('innerJoin'),
      node.join('outerJoin'),
      node.certificate(),
      node.end(),
    ],
    [
      edge('e1', 's', 'acc'),
      edge('e2', 'acc', 'outer'),
      edge('ox', 'outer', 'x'),
      edge('oi', 'outer', 'inner'),
      edge('ip', 'inner', 'p'),
      edge('iq', 'inner', 'q'),
      edge('pj', 'p', 'innerJoin'),
      edge('qj', 'q', 'innerJoin'),
      edge('ij', 'innerJoin', 'outerJoin'),
      edge('xj', 'x', 'outerJoin'),
      edge('oj', 'outerJoin', 'iss'),
      edge('io', 'iss', 'ok'),
    ],
  );
}

export function withNode(def: Input, n: NodeInput): Input {
  return { ...def, nodes: [...def.nodes, n] };
}

export function withEdges(def: Input, ...edges: EdgeInput[]): Input {
  return { ...def, edges: [...def.edges, ...edges] };
}

export function patchNode(def: Input, id: string, patch: object): Input {
  return { ...def, nodes: def.nodes.map((n) => (n.id === id ? ({ ...n, ...patch } as NodeInput) : n)) };
}

export function patchEdge(def: Input, id: string, patch: Partial<EdgeInput>): Input {
  return { ...def, edges: def.edges.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}

export function withoutEdges(def: Input, ...ids: string[]): Input {
  return { ...def, edges: def.edges.filter((e) => !ids.includes(e.id)) };
}

export function withoutNodes(def: Input, ...ids: string[]): Input {
  return { ...def, nodes: def.nodes.filter((n) => !ids.includes(n.id)) };
}

/** Validates and asserts that every error carries `code` (at least one does). */
export function errorsOnly(def: unknown, code: FlowErrorCode, directory?: FlowDirectory): FlowError[] {
  const { valid, errors } = validateFlow(def, { directory });
  expect(errors.map((e) => e.code)).toEqual(errors.map(() => code));
  expect(errors.length).toBeGreaterThan(0);
  expect(valid).toBe(false);
  for (const e of errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  return errors;
}

export { FlowErrorCode };
