import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowError } from '../flow-error';
import {
  FlowErrorCode,
  conditionFlow,
  edge,
  errorsOnly,
  flow,
  linearFlow,
  nestedFlow,
  node,
  parallelFlow,
  patchEdge,
  patchNode,
  withEdges,
  withNode,
  withoutEdges,
  withoutNodes,
} from '../__tests__/fixtures';
import type { FlowDirectory } from '../directory';
import { validateFlow } from './validate-flow';

type Marks = Pick<FlowError, 'nodeId' | 'edgeId'>;
type Case = { def: () => unknown; marks: Marks[]; message?: RegExp; directory?: FlowDirectory };

/** The publishing center as the directory cases see it. */
const center: FlowDirectory = {
  departments: ['planning', 'fire'],
  roles: ['reviewer', 'committee'],
  users: [
    { username: 'p1', roles: ['reviewer'], department: 'planning' },
    { username: 'p2', roles: ['reviewer'], department: 'planning' },
    { username: 'f1', roles: ['reviewer'], department: 'fire' },
  ],
};

/** One minimal broken flow per code; typed so that a new code without a case does not compile. */
const cases: Record<FlowErrorCode, Case> = {
  DEFINITION_UNREADABLE: {
    def: () =>
      Object.defineProperty({ ...linearFlow() }, 'nodes', {
        enumerable: true,
        get() {
          throw new Error('hostile getter');
        },
      }),
    marks: [{}],
  },
  SCHEMA_INVALID: {
    def: () => withNode(linearFlow(), { id: 'x', type: 'meeting' } as never),
    marks: [{ nodeId: 'x' }],
    message: /^nodes\[5\]\.type：type 应为以下值之一：start、acceptance/,
  },
  DUPLICATE_NODE_ID: { def: () => withNode(linearFlow(), node.review('rev')), marks: [{ nodeId: 'rev' }] },
  RESERVED_NODE_ID: {
    def: () => {
      const def = linearFlow();
      return JSON.parse(JSON.stringify(def).replaceAll('"rev"', '"__proto__"'));
    },
    marks: [{ nodeId: '__proto__' }],
  },
  DUPLICATE_EDGE_ID: { def: () => patchEdge(linearFlow(), 'e4', { id: 'e3' }), marks: [{ edgeId: 'e3' }] },
  EDGE_SOURCE_MISSING: { def: () => withEdges(linearFlow(), edge('x', 'ghost', 'ok')), marks: [{ edgeId: 'x' }] },
  EDGE_TARGET_MISSING: {
    def: () => withEdges(linearFlow(), edge('x', 'acc', 'ghost', { on: 'reject' })),
    marks: [{ edgeId: 'x' }],
  },
  EDGE_SELF_LOOP: {
    def: () => withEdges(linearFlow(), edge('x', 'rev', 'rev', { on: 'return' })),
    marks: [{ edgeId: 'x' }],
  },
  NO_START: { def: () => withoutEdges(withoutNodes(linearFlow(), 's'), 'e1'), marks: [{}] },
  MULTIPLE_START: {
    def: () => withEdges(withNode(linearFlow(), node.start('s2')), edge('x', 's2', 'acc')),
    marks: [{ nodeId: 's2' }],
  },
  START_HAS_INCOMING: {
    def: () => withEdges(linearFlow(), edge('x', 'rev', 's', { on: 'return' })),
    marks: [{ edgeId: 'x' }],
  },
  END_HAS_OUTGOING: { def: () => withEdges(linearFlow(), edge('x', 'ok', 'iss')), marks: [{ edgeId: 'x' }] },
  NO_REACHABLE_END: {
    def: () => withEdges(withoutEdges(withoutNodes(linearFlow(), 'ok'), 'e4'), edge('x', 'iss', 'acc')),
    marks: [{}],
  },
  NODE_UNREACHABLE: {
    def: () => withEdges(withNode(linearFlow(), node.review('orphan')), edge('x', 'orphan', 'iss')),
    marks: [{ nodeId: 'orphan' }],
  },
  NODE_CANNOT_REACH_END: {
    // The certificate leads nowhere; the item can still end through a rejection.
    def: () => withEdges(withoutEdges(linearFlow(), 'e4'), edge('x', 'rev', 'ok', { on: 'reject' })),
    marks: [{ nodeId: 'iss' }],
  },
  CYCLE_WITHOUT_EXIT: {
    def: () =>
      withEdges(
        withNode(withNode(linearFlow(), node.notification('n1')), node.notification('n2')),
        edge('x', 'rev', 'n1', { on: 'reject' }),
        edge('y', 'n1', 'n2'),
        edge('z', 'n2', 'n1'),
      ),
    marks: [{ nodeId: 'n1' }],
  },
  AUTOMATIC_CYCLE: {
    def: () =>
      withEdges(
        withoutEdges(withNode(conditionFlow(), node.condition('again')), 'other'),
        edge('x', 'cond', 'again', { default: true }),
        edge('y', 'again', 'cond', { when: 'data.retry = true' }),
        edge('z', 'again', 'iss', { default: true }),
      ),
    marks: [{ nodeId: 'cond' }, { nodeId: 'again' }],
    message: /^节点 「cond」→「again」 构成不经任何人工办理或计时等待的循环/,
  },
  EDGE_OUTCOME_INVALID: { def: () => patchEdge(linearFlow(), 'e4', { on: 'approve' }), marks: [{ edgeId: 'e4' }] },
  EDGE_CONDITION_MISPLACED: {
    def: () => patchEdge(linearFlow(), 'e3', { when: 'data.area > 1' }),
    marks: [{ edgeId: 'e3' }],
  },
  OUTGOING_COUNT_INVALID: {
    def: () => withEdges(withNode(linearFlow(), node.end('ok2')), edge('x', 'iss', 'ok2')),
    marks: [{ nodeId: 'iss' }],
  },
  OUTCOME_MISSING: { def: () => patchEdge(linearFlow(), 'e3', { on: 'reject' }), marks: [{ nodeId: 'rev' }] },
  OUTCOME_DUPLICATE: {
    def: () => withEdges(linearFlow(), edge('x', 'rev', 'iss', { on: 'approve' })),
    marks: [{ nodeId: 'rev', edgeId: 'x' }],
  },
  ACCEPTANCE_MISSING: {
    def: () => withEdges(withoutEdges(withoutNodes(linearFlow(), 'acc'), 'e1', 'e2'), edge('x', 's', 'rev')),
    marks: [{}],
  },
  ACCEPTANCE_MULTIPLE: {
    def: () =>
      withEdges(
        withoutEdges(withNode(linearFlow(), node.acceptance('acc2')), 'e2'),
        edge('x', 'acc', 'acc2'),
        edge('y', 'acc2', 'rev'),
      ),
    marks: [{ nodeId: 'acc2' }],
  },
  ACCEPTANCE_NOT_FIRST: {
    def: () =>
      flow(
        [node.start(), node.review('rev'), node.acceptance(), node.certificate(), node.end()],
        [edge('e1', 's', 'rev'), edge('e2', 'rev', 'acc'), edge('e3', 'acc', 'iss'), edge('e4', 'iss', 'ok')],
      ),
    marks: [{ edgeId: 'e1' }],
  },
  DUPLICATE_MATERIAL_CODE: {
    def: () =>
      patchNode(linearFlow(), 'acc', {
        materials: [
          { code: 'M1', name: '申请表', required: true },
          { code: 'M1', name: '身份证明', required: true },
        ],
      }),
    marks: [{ nodeId: 'acc' }],
  },
  REVIEW_NO_ASSIGNEES: {
    def: () => patchNode(linearFlow(), 'rev', { assignees: { roles: [], users: [] } }),
    marks: [{ nodeId: 'rev' }],
  },
  CONDITION_EDGE_UNGUARDED: {
    def: () => patchEdge(conditionFlow(), 'big', { when: undefined }),
    marks: [{ edgeId: 'big' }],
  },
  CONDITION_EDGE_AMBIGUOUS: {
    def: () =>
      patchEdge(patchEdge(conditionFlow(), 'other', { default: undefined, when: 'data.area <= 5000' }), 'big', {
        default: true,
      }),
    marks: [{ edgeId: 'big' }],
  },
  CONDITION_DEFAULT_MISSING: {
    def: () => patchEdge(conditionFlow(), 'other', { default: undefined, when: 'data.area <= 5000' }),
    marks: [{ nodeId: 'cond' }],
  },
  CONDITION_DEFAULT_MULTIPLE: {
    def: () => withEdges(conditionFlow(), edge('x', 'cond', 'ok', { default: true })),
    marks: [{ nodeId: 'cond', edgeId: 'x' }],
  },
  CONDITION_SYNTAX_ERROR: {
    def: () => patchEdge(conditionFlow(), 'big', { when: 'data.area >' }),
    marks: [{ edgeId: 'big' }],
  },
  CONDITION_FOREIGN_VARIABLE: {
    def: () => patchEdge(conditionFlow(), 'big', { when: 'area > 5000' }),
    marks: [{ edgeId: 'big' }],
    message: /「area」/,
  },
  CONDITION_UNKNOWN_FUNCTION: {
    def: () => patchEdge(conditionFlow(), 'big', { when: 'sqrtx(data.area) > 5' }),
    marks: [{ edgeId: 'big' }],
    message: /「sqrtx」/,
  },
  CONDITION_READS_CLOCK: {
    def: () => patchEdge(conditionFlow(), 'big', { when: 'date(data.applyDate) < today()' }),
    marks: [{ edgeId: 'big' }],
    message: /today\(\)/,
  },
  CONDITION_TOO_COSTLY: {
    def: () => patchEdge(conditionFlow(), 'big', { when: 'some x in 1..data.n satisfies x = data.area' }),
    marks: [{ edgeId: 'big' }],
  },
  PARALLEL_TOO_FEW_BRANCHES: {
    def: () => withoutEdges(withoutNodes(parallelFlow(), 'b'), 'fb', 'bj'),
    marks: [{ nodeId: 'fork' }],
  },
  PARALLEL_BRANCHES_NOT_JOINED: {
    def: () =>
      withEdges(
        withoutEdges(withoutNodes(parallelFlow(), 'join'), 'aj', 'bj', 'ji'),
        edge('x', 'a', 'iss'),
        edge('y', 'b', 'iss'),
      ),
    marks: [{ nodeId: 'fork' }],
  },
  PARALLEL_BRANCHES_OVERLAP: {
    def: () => withEdges(withoutEdges(parallelFlow(), 'aj'), edge('x', 'a', 'b')),
    marks: [{ nodeId: 'b' }],
  },
  PARALLEL_BRANCH_REENTERS: {
    def: () => withEdges(parallelFlow(), edge('x', 'b', 'acc', { on: 'reject' })),
    marks: [{ nodeId: 'fork' }],
  },
  PARALLEL_BRANCH_ENTERED_FROM_OUTSIDE: {
    def: () => withEdges(parallelFlow(), edge('x', 'acc', 'b', { on: 'reject' })),
    marks: [{ edgeId: 'x' }],
  },
  PARALLEL_MULTIPLE_LEADS: { def: () => patchNode(parallelFlow(), 'b', { lead: true }), marks: [{ nodeId: 'fork' }] },
  JOIN_WITHOUT_PARALLEL: {
    def: () =>
      withEdges(
        withoutEdges(withNode(linearFlow(), node.join('j')), 'e3'),
        edge('x', 'rev', 'j'),
        edge('y', 'j', 'iss'),
      ),
    marks: [{ nodeId: 'j' }],
  },
  JOIN_SHARED: {
    def: () =>
      flow(
        [
          node.start(),
          node.acceptance(),
          node.condition(),
          node.parallel('f1'),
          node.parallel('f2'),
          ...['a1', 'b1', 'a2', 'b2'].map((id) => node.review(id)),
          node.join(),
          node.certificate(),
          node.end(),
        ],
        [
          edge('e1', 's', 'acc'),
          edge('e2', 'acc', 'cond'),
          edge('c1', 'cond', 'f1', { when: 'data.area > 5000' }),
          edge('c2', 'cond', 'f2', { default: true }),
          ...['a1', 'b1'].map((id) => edge(`f1-${id}`, 'f1', id)),
          ...['a2', 'b2'].map((id) => edge(`f2-${id}`, 'f2', id)),
          ...['a1', 'b1', 'a2', 'b2'].map((id) => edge(`${id}-j`, id, 'join')),
          edge('ji', 'join', 'iss'),
          edge('io', 'iss', 'ok'),
        ],
      ),
    marks: [{ nodeId: 'join' }],
  },
  JOIN_INCOMING_OUTSIDE_BLOCK: {
    def: () => withEdges(parallelFlow(), edge('x', 'acc', 'join', { on: 'reject' })),
    marks: [{ edgeId: 'x' }],
  },
  JOIN_AT_LEAST_TOO_LARGE: {
    def: () => patchNode(parallelFlow(), 'join', { policy: { atLeast: 3 } }),
    marks: [{ nodeId: 'join' }],
  },
  RETURN_TARGET_NOT_EARLIER: {
    def: () => withEdges(linearFlow(), edge('x', 'rev', 'iss', { on: 'return' })),
    marks: [{ edgeId: 'x' }],
  },
  RETURN_TARGET_INVALID: {
    def: () =>
      withEdges(
        withoutEdges(withNode(parallelFlow(), node.review('rev2')), 'ji'),
        edge('x', 'join', 'rev2'),
        edge('y', 'rev2', 'iss'),
        edge('z', 'rev2', 'join', { on: 'return' }),
      ),
    marks: [{ edgeId: 'z' }],
  },
  RETURN_INTO_PARALLEL_BRANCH: {
    def: () =>
      withEdges(
        withoutEdges(withNode(parallelFlow(), node.review('rev2')), 'ji'),
        edge('x', 'join', 'rev2'),
        edge('y', 'rev2', 'iss'),
        edge('z', 'rev2', 'a', { on: 'return' }),
      ),
    marks: [{ edgeId: 'z' }],
  },
  PROMISED_EXCEEDS_STATUTORY: {
    def: () => ({ ...linearFlow(), timeLimit: { statutoryDays: 5, promisedDays: 10 } }),
    marks: [{}],
  },
  STEP_LIMIT_EXCEEDS_ITEM: {
    def: () => ({
      ...patchNode(linearFlow(), 'rev', { timeLimit: { days: 12 } }),
      timeLimit: { statutoryDays: 20, promisedDays: 10 },
    }),
    marks: [{ nodeId: 'rev' }],
  },
  TIMEOUT_WITHOUT_LIMIT: {
    def: () => patchNode(linearFlow(), 'rev', { onTimeout: 'tacit-approve' }),
    marks: [{ nodeId: 'rev' }],
  },
  VOTE_WITHOUT_COUNTERSIGN: {
    def: () => patchNode(linearFlow(), 'rev', { mode: 'any', vote: { percent: 60 } }),
    marks: [{ nodeId: 'rev' }],
  },
  VOTE_AT_LEAST_TOO_LARGE: {
    def: () =>
      patchNode(linearFlow(), 'rev', {
        mode: 'all',
        vote: { atLeast: 3 },
        assignees: { roles: [], users: ['a', 'b'] },
      }),
    marks: [{ nodeId: 'rev' }],
    message: /至少 3 人同意，但只有 2 名/,
  },
  JOIN_CONSOLIDATE_WITHOUT_LEAD: {
    def: () => patchNode(patchNode(parallelFlow(), 'a', { lead: false }), 'join', { consolidate: true }),
    marks: [{ nodeId: 'join' }],
  },
  UNKNOWN_DEPARTMENT: {
    def: () => patchNode(linearFlow(), 'rev', { department: 'customs' }),
    directory: center,
    marks: [{ nodeId: 'rev' }],
    message: /部门「customs」/,
  },
  UNKNOWN_ROLE: {
    def: () => patchNode(linearFlow(), 'rev', { department: 'fire', assignees: { roles: ['chief'], users: [] } }),
    directory: center,
    marks: [{ nodeId: 'rev' }],
  },
  UNKNOWN_USER: {
    def: () => patchNode(linearFlow(), 'rev', { department: 'fire', assignees: { roles: [], users: ['f1', 'ghost'] } }),
    directory: center,
    marks: [{ nodeId: 'rev' }],
    message: /「ghost」/,
  },
};

describe('validateFlow', () => {
  it.each([
    ['linear', linearFlow],
    ['parallel', parallelFlow],
    ['condition', conditionFlow],
  ])('accepts the %s fixture every broken case starts from', (_name, make) => {
    expect(validateFlow(make())).toEqual({ valid: true, errors: [] });
  });

  it.each(Object.entries(cases))(
    '%s: a minimal broken flow yields exactly that code',
    (code, { def, marks, message, directory }) => {
      const errors = errorsOnly(def(), code as FlowErrorCode, directory);
      expect(errors.map(({ nodeId, edgeId }) => ({ nodeId, edgeId }))).toEqual(
        marks.map(({ nodeId, edgeId }) => ({ nodeId, edgeId })),
      );
      if (message) expect(errors[0].message).toMatch(message);
    },
  );

  it('documents every code in the README', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    for (const code of Object.values(FlowErrorCode)) expect(readme).toContain(`\`${code}\``);
  });
});

describe("validateFlow with the publishing center's directory", () => {
  it('accepts a flow whose departments, roles and users all exist there', () => {
    const def = patchNode(linearFlow(), 'rev', {
      department: 'planning',
      assignees: { roles: ['reviewer'], users: ['p1'] },
    });
    expect(validateFlow(def, { directory: center }).errors).toEqual([]);
  });

  it("counts a role's members in the step's department for a 会签 that needs at least n", () => {
    const countersign = { department: 'planning', mode: 'all', assignees: { roles: ['reviewer'], users: [] } };
    const two = patchNode(linearFlow(), 'rev', { ...countersign, vote: { atLeast: 2 } });
    const three = patchNode(linearFlow(), 'rev', { ...countersign, vote: { atLeast: 3 } });
    expect(validateFlow(two, { directory: center }).errors).toEqual([]);
    expect(validateFlow(three, { directory: center }).errors.map((e) => e.code)).toEqual(['VOTE_AT_LEAST_TOO_LARGE']);
    // Without the directory the members of a role are unknown: nothing to say.
    expect(validateFlow(three).errors).toEqual([]);
  });

  it('accepts percent rules on reviews and joins, and refuses a percent outside 1–100', () => {
    const vote = patchNode(linearFlow(), 'rev', { mode: 'all', vote: { percent: 60 } });
    expect(validateFlow(vote).errors).toEqual([]);
    expect(validateFlow(patchNode(parallelFlow(), 'join', { policy: { percent: 50 } })).errors).toEqual([]);
    expect(validateFlow(patchNode(parallelFlow(), 'join', { policy: { percent: 120 } })).errors[0].code).toBe(
      'SCHEMA_INVALID',
    );
  });

  it('accepts a consolidating join in a block with a lead', () => {
    expect(validateFlow(patchNode(parallelFlow(), 'join', { consolidate: true })).errors).toEqual([]);
  });
});

describe('validateFlow on flows that look odd but are fine', () => {
  it('accepts nested parallel blocks', () => {
    expect(validateFlow(nestedFlow()).errors).toEqual([]);
  });

  it('accepts a branch that escapes to a rejected end', () => {
    const def = withEdges(withNode(parallelFlow(), node.end('no', 'rejected')), edge('x', 'a', 'no', { on: 'reject' }));
    expect(validateFlow(def).errors).toEqual([]);
  });

  it('accepts a return inside a branch and a return from after the join to acceptance', () => {
    const def = withEdges(
      withoutEdges(withNode(withNode(parallelFlow(), node.review('a2')), node.review('rev2')), 'aj', 'ji'),
      edge('x', 'a', 'a2'),
      edge('y', 'a2', 'join'),
      edge('z', 'a2', 'a', { on: 'return' }),
      edge('u', 'join', 'rev2'),
      edge('v', 'rev2', 'iss'),
      edge('w', 'rev2', 'acc', { on: 'return' }),
    );
    expect(validateFlow(def).errors).toEqual([]);
  });

  it('accepts acceptance and review edges with no `on` (accept / approve)', () => {
    expect(validateFlow(patchEdge(linearFlow(), 'e2', { on: undefined })).errors).toEqual([]);
  });

  it('accepts a forward loop that can exit', () => {
    const def = withEdges(
      withoutEdges(withNode(linearFlow(), node.condition('again')), 'e3'),
      edge('x', 'rev', 'again'),
      edge('y', 'again', 'rev', { when: 'data.round < 3' }),
      edge('z', 'again', 'iss', { default: true }),
    );
    expect(validateFlow(def).errors).toEqual([]);
  });

  it('accepts a loop back through a parallel block whose join waits for a review', () => {
    const def = withEdges(
      withoutEdges(withNode(parallelFlow(), node.condition('again')), 'ji', 'fb', 'bj'),
      edge('fj', 'fork', 'join'),
      edge('x', 'join', 'again'),
      edge('y', 'again', 'fork', { when: 'data.round < 3' }),
      edge('z', 'again', 'iss', { default: true }),
    );
    expect(validateFlow(withoutNodes(def, 'b')).errors).toEqual([]);
  });

  it('refuses the same loop when the join needs only the empty branch', () => {
    const def = withEdges(
      withoutEdges(
        withNode(patchNode(parallelFlow(), 'join', { policy: 'any' }), node.condition('again')),
        'ji',
        'fb',
        'bj',
      ),
      edge('fj', 'fork', 'join'),
      edge('x', 'join', 'again'),
      edge('y', 'again', 'fork', { when: 'data.round < 3' }),
      edge('z', 'again', 'iss', { default: true }),
    );
    expect(validateFlow(withoutNodes(def, 'b')).errors.map((e) => [e.code, e.nodeId])).toEqual([
      ['AUTOMATIC_CYCLE', 'fork'],
      ['AUTOMATIC_CYCLE', 'join'],
      ['AUTOMATIC_CYCLE', 'again'],
    ]);
  });

  it('refuses a loop through a block whose branches are notifications only', () => {
    const def = withEdges(
      withoutEdges(
        withNode(
          withNode(withNode(parallelFlow(), node.condition('again')), node.notification('na')),
          node.notification('nb'),
        ),
        'ji',
        'fa',
        'fb',
        'aj',
        'bj',
      ),
      edge('f1', 'fork', 'na'),
      edge('f2', 'fork', 'nb'),
      edge('n1', 'na', 'join'),
      edge('n2', 'nb', 'join'),
      edge('x', 'join', 'again'),
      edge('y', 'again', 'fork', { when: 'data.round < 3' }),
      edge('z', 'again', 'iss', { default: true }),
    );
    expect(validateFlow(withoutNodes(def, 'a', 'b')).errors.map((e) => [e.code, e.nodeId])).toEqual([
      ['AUTOMATIC_CYCLE', 'fork'],
      ['AUTOMATIC_CYCLE', 'join'],
      ['AUTOMATIC_CYCLE', 'again'],
    ]);
  });

  it('does not count a step that stops the clock against the item limit', () => {
    const def = {
      ...patchNode(linearFlow(), 'rev', { timeLimit: { days: 30 }, countsTowardLimit: false }),
      timeLimit: { statutoryDays: 20, promisedDays: 10 },
    };
    expect(validateFlow(def).errors).toEqual([]);
  });
});

describe('validateFlow on anything', () => {
  it.each([null, undefined, 42, 'flow', [], {}, { nodes: 3 }])('turns %p into SCHEMA_INVALID errors', (input) => {
    const { valid, errors } = validateFlow(input);
    expect(valid).toBe(false);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.code === FlowErrorCode.SCHEMA_INVALID)).toBe(true);
  });

  it('gives the schema path in the message and marks the edge', () => {
    const { errors } = validateFlow(patchEdge(linearFlow(), 'e3', { target: 7 as never }));
    expect(errors).toEqual([
      { code: 'SCHEMA_INVALID', edgeId: 'e3', message: 'edges[2].target：应为文本，实际为数字' },
    ]);
  });

  it('reports every problem at once, each on its own node or edge', () => {
    const def = patchEdge(patchNode(linearFlow(), 'rev', { assignees: { roles: [], users: [] } }), 'e4', { on: 'x' });
    expect(validateFlow(def).errors.map((e) => [e.code, e.nodeId ?? e.edgeId])).toEqual([
      ['EDGE_OUTCOME_INVALID', 'e4'],
      ['REVIEW_NO_ASSIGNEES', 'rev'],
    ]);
  });
});
