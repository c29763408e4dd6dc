import type { FlowDirectory } from '@tongban/flow-model';
import { Item, input, ofType, review, sh, testFlow } from '../__tests__/harness';
import { inspect } from '../engine/inspect';
import { step } from '../engine/step';
import { calendar } from '../__tests__/harness';

const T0 = sh('2026-11-02 09:00'); // Monday
const T1 = sh('2026-11-02 10:00');
const T2 = sh('2026-11-03 10:00');

/** The planning department has five reviewers; fire has none with the `committee` role. */
const directory: FlowDirectory = {
  departments: ['planning', 'fire'],
  roles: ['reviewer', 'committee'],
  users: ['p1', 'p2', 'p3', 'p4', 'p5'].map((username) => ({ username, roles: ['reviewer'], department: 'planning' })),
};

/** accept → check (a 会签 of the planning reviewers under `vote`) → ok; reject → no. */
function countersign(over: object, dir: FlowDirectory | null = directory) {
  const def = testFlow(
    [review('check', { department: 'planning', mode: 'all', timeLimit: { days: 5 }, ...over })],
    [
      ['accept', 'check', 'accept'],
      ['check', 'ok', 'approve'],
      ['check', 'no', 'reject'],
      ['check', 'accept', 'return'],
    ],
  );
  const it = new Item(def, T0, input({ materials: ['A1'] }), dir ?? undefined);
  it.send({ type: 'accept', actor: 'window1' }, T1);
  return it;
}

function vote(it: Item, member: string, decision: 'approve' | 'reject' | 'return', comment = '意见') {
  return it.send({ type: 'decide', taskId: it.task('check', member), decision, comment, actor: member }, T2);
}

describe('会签 over a role (mode all, with the directory)', () => {
  test("opens one task per member of the role in the step's department, and records the members", () => {
    const it = countersign({});
    const opened = ofType(it.effects, 'task.open');
    expect(opened.map((t) => [t.participant, t.candidateUsers, t.candidateRoles, t.department])).toEqual(
      ['p1', 'p2', 'p3', 'p4', 'p5'].map((m) => [m, [m], [], 'planning']),
    );
    expect(it.snapshot.context.ballots).toEqual({
      check: { members: ['p1', 'p2', 'p3', 'p4', 'p5'], of: 5, approve: 0, reject: 0 },
    });
  });

  test('later steps need no directory: the members are in the snapshot', () => {
    const it = countersign({ vote: 'any' });
    it.directory = undefined;
    vote(it, 'p4', 'approve');
    expect(it.view(T2).status).toBe('approved');
  });

  test('vote all (default): every member approves; the first reject rejects', () => {
    const approved = countersign({});
    for (const m of ['p1', 'p2', 'p3', 'p4']) vote(approved, m, 'approve');
    expect(approved.view(T2).status).toBe('in-review');
    vote(approved, 'p5', 'approve');
    expect(approved.view(T2).status).toBe('approved');

    const rejected = countersign({});
    vote(rejected, 'p1', 'approve');
    const effects = vote(rejected, 'p2', 'reject', '不符合规划');
    expect(rejected.view(T2).status).toBe('rejected');
    expect(ofType(effects, 'task.close').filter((t) => t.reason === 'cancelled')).toHaveLength(3);
  });

  test('vote any: the first approve decides; rejected only once every member rejected', () => {
    const it = countersign({ vote: 'any' });
    for (const m of ['p1', 'p2', 'p3', 'p4']) vote(it, m, 'reject', '不同意');
    expect(it.view(T2).status).toBe('in-review');
    vote(it, 'p5', 'approve');
    expect(it.view(T2).status).toBe('approved');
  });

  test('vote percent 60 of 5: the third approve approves, cancelling the other tasks', () => {
    const it = countersign({ vote: { percent: 60 } });
    vote(it, 'p1', 'approve');
    vote(it, 'p2', 'reject', '不同意');
    vote(it, 'p3', 'approve');
    expect(it.view(T2).status).toBe('in-review');
    expect(it.snapshot.context.ballots?.check).toMatchObject({ approve: 2, reject: 1 });
    const effects = vote(it, 'p5', 'approve');
    expect(it.view(T2).status).toBe('approved');
    expect(ofType(effects, 'task.close').map((t) => [t.taskId === undefined, t.reason])).toEqual([
      [false, 'completed'],
      [false, 'cancelled'],
    ]);
  });

  test('vote percent 60 of 5: rejected at the third reject, when three approvals can no longer come', () => {
    const it = countersign({ vote: { percent: 60 } });
    vote(it, 'p1', 'reject', '不同意');
    vote(it, 'p2', 'approve');
    vote(it, 'p3', 'reject', '不同意');
    expect(it.view(T2).status).toBe('in-review');
    vote(it, 'p4', 'reject', '不同意');
    expect(it.view(T2).status).toBe('rejected');
  });

  test('vote atLeast 2: two approvals approve', () => {
    const it = countersign({ vote: { atLeast: 2 } });
    vote(it, 'p5', 'approve');
    vote(it, 'p1', 'approve');
    expect(it.view(T2).status).toBe('approved');
  });

  test('a return decides at once, whatever the rule', () => {
    const it = countersign({ vote: { percent: 60 } });
    vote(it, 'p3', 'return', '补充材料');
    expect(it.view(T2).activeNodes).toEqual(['accept']);
    expect(it.snapshot.context.ballots).toEqual({});
  });

  test('users named on the step come first and are not asked twice', () => {
    const it = countersign({ assignees: { roles: ['reviewer'], users: ['p3', 'zhang'] } });
    expect(ofType(it.effects, 'task.open').map((t) => t.participant)).toEqual(['p3', 'zhang', 'p1', 'p2', 'p4', 'p5']);
  });

  test('a role with no member in the department keeps one task for the role (no one is asked, nothing stops)', () => {
    const it = countersign({ assignees: { roles: ['committee'], users: [] } });
    expect(ofType(it.effects, 'task.open').map((t) => [t.participant, t.candidateRoles, t.candidateUsers])).toEqual([
      ['committee', ['committee'], []],
    ]);
    it.send({ type: 'decide', taskId: it.task('check'), decision: 'approve', comment: '同意', actor: 'c1' }, T2);
    expect(it.view(T2).status).toBe('approved');
  });

  test("without a directory (the designer's simulation) a role is one task, as before", () => {
    const it = countersign({}, null);
    expect(ofType(it.effects, 'task.open').map((t) => t.participant)).toEqual(['reviewer']);
  });
});

describe("首席代表: deciding in the department's name", () => {
  test("decides the whole 会签 at once and is recorded in the department's name", () => {
    const it = countersign({ vote: { percent: 60 } });
    const taskId = it.task('check', 'p2');
    const effects = it.send(
      { type: 'decide', taskId, decision: 'approve', comment: '以部门名义同意', actor: 'chief', inNameOf: 'planning' },
      T2,
    );
    expect(it.view(T2).status).toBe('approved');
    expect(ofType(effects, 'task.close').filter((t) => t.reason === 'cancelled')).toHaveLength(4);
    expect(it.view(T2).history.find((h) => h.action === 'approve')).toMatchObject({
      actor: 'chief',
      inNameOf: 'planning',
      nodeId: 'check',
    });
  });

  test("in the name of another department than the step's is refused, changing nothing", () => {
    const it = countersign({});
    const err = it.refused(
      { type: 'decide', taskId: it.task('check', 'p1'), decision: 'approve', actor: 'f1', inNameOf: 'fire' },
      T2,
    );
    expect([err.code, err.status]).toEqual(['INVALID_ARGUMENT', 400]);
  });
});

test('a stored 会签 snapshot without a ballot (before vote rules) still needs every task', () => {
  const it = countersign({ assignees: { roles: [], users: ['a', 'b'] } }, null);
  const { ballots: _dropped, ...legacy } = it.snapshot.context;
  let snapshot = { ...it.snapshot, context: legacy };
  const ctx = { now: T2, newId: () => 'x', calendar };
  const approve = (n: number) => {
    const taskId = inspect(it.def, snapshot, T2, calendar).openTasks[n].taskId;
    snapshot = step(it.def, snapshot, { type: 'decide', taskId, decision: 'approve', actor: 'r' }, ctx).snapshot;
  };
  approve(0);
  expect(snapshot.context.outcome).toBeNull();
  approve(0);
  expect(snapshot.context.outcome).toBe('approved');
});

describe('a 会签 member disabled (转办)', () => {
  test('its vote, still due, is carried by its B post and counts as the member’s', () => {
    const it = countersign({ vote: 'all' });
    const taskId = it.task('check', 'p3');
    const effects = it.send({ type: 'reassign', from: 'p3', to: 'p3b', actor: 'admin' }, T2);
    expect(effects).toEqual([
      {
        type: 'task.address',
        taskId,
        nodeId: 'check',
        department: 'planning',
        candidateRoles: [],
        candidateUsers: ['p3b'],
      },
    ]);
    const task = it.view(T2).openTasks.find((t) => t.taskId === taskId)!;
    expect([task.participant, task.candidateUsers]).toEqual(['p3', ['p3b']]);
    for (const member of ['p1', 'p2', 'p4', 'p5']) vote(it, member, 'approve');
    it.send({ type: 'decide', taskId, decision: 'approve', comment: '同意', actor: 'p3b' }, T2);
    expect(it.view(T2).status).toBe('approved');
  });

  test('without a B post the member’s task is the department’s queue', () => {
    const it = countersign({});
    it.send({ type: 'reassign', from: 'p3', to: null, actor: 'admin' }, T2);
    const task = it.view(T2).openTasks.find((t) => t.participant === 'p3')!;
    expect([task.department, task.candidateUsers, task.candidateRoles]).toEqual(['planning', [], []]);
  });
});
