import { Item, input, ofType, review, sh, testFlow } from '../__tests__/harness';
import { holdsClaim } from './claims';

const T0 = sh('2026-11-02 09:00'); // Monday
const T1 = sh('2026-11-02 10:00');
const T2 = sh('2026-11-03 10:00');
// 5 working days after Mon 2026-11-02: end of Mon 2026-11-09, Shanghai.
const STEP_DUE = '2026-11-09T15:59:59.999Z';

function reviewing(over: object = {}) {
  const flow = testFlow(
    [review('check', { mode: 'any', timeLimit: { days: 5 }, onTimeout: 'tacit-approve', ...over })],
    [
      ['accept', 'check', 'accept'],
      ['check', 'ok', 'approve'],
      ['check', 'no', 'reject'],
    ],
  );
  const it = new Item(flow, T0, input({ materials: ['A1'] }));
  it.send({ type: 'accept', actor: 'window1' }, T1);
  return it;
}

describe('claiming a role task (认领)', () => {
  test('a claim records its officer on the task, in the effects and the timeline', () => {
    const it = reviewing();
    const taskId = it.task('check');
    const effects = it.send({ type: 'claim', taskId, actor: 'planning1' }, T2);
    expect(effects).toEqual([{ type: 'task.claim', taskId, nodeId: 'check', claimedBy: 'planning1' }]);
    const view = it.view(T2);
    expect(view.openTasks[0].claimedBy).toBe('planning1');
    expect(view.history.at(-1)).toMatchObject({ actor: 'planning1', action: 'claim', nodeId: 'check' });
  });

  test('while claimed, others may neither claim nor decide it; the claimer may', () => {
    const it = reviewing();
    const taskId = it.task('check');
    it.send({ type: 'claim', taskId, actor: 'planning1' }, T2);
    for (const event of [
      { type: 'claim', taskId, actor: 'planning1b' },
      { type: 'decide', taskId, decision: 'approve', comment: '同意', actor: 'planning1b' },
      { type: 'unclaim', taskId, actor: 'planning1b' },
    ]) {
      const err = it.refused(event, T2);
      expect([err.code, err.status]).toEqual(['TASK_CLAIMED', 409]);
    }
    it.send({ type: 'decide', taskId, decision: 'approve', comment: '同意', actor: 'planning1' }, T2);
    expect(it.view(T2).status).toBe('approved');
  });

  test('B acting for the claimer A may decide the claimed task', () => {
    const it = reviewing();
    const taskId = it.task('check');
    it.send({ type: 'claim', taskId, actor: 'planning1' }, T2);
    it.send(
      { type: 'decide', taskId, decision: 'approve', comment: '同意', actor: 'planning1b', onBehalfOf: 'planning1' },
      T2,
    );
    expect(it.view(T2).status).toBe('approved');
  });

  test('only the claimer gives a task back; an unclaimed task cannot be given back', () => {
    const it = reviewing();
    const taskId = it.task('check');
    expect(it.refused({ type: 'unclaim', taskId, actor: 'planning1' }, T2).code).toBe('TASK_NOT_CLAIMED');
    it.send({ type: 'claim', taskId, actor: 'planning1' }, T2);
    const effects = it.send({ type: 'unclaim', taskId, actor: 'planning1' }, T2);
    expect(effects).toEqual([{ type: 'task.claim', taskId, nodeId: 'check', claimedBy: null }]);
    expect(it.view(T2).openTasks[0].claimedBy).toBeUndefined();
    it.send({ type: 'claim', taskId, actor: 'planning1b' }, T2);
    expect(it.view(T2).openTasks[0].claimedBy).toBe('planning1b');
  });

  test('deciding an unclaimed task claims it in the same step', () => {
    const it = reviewing();
    const taskId = it.task('check');
    const effects = it.send({ type: 'decide', taskId, decision: 'approve', comment: '同意', actor: 'planning1' }, T2);
    const claimAndClose = effects.filter((e) => e.type === 'task.claim' || e.type === 'task.close');
    expect(claimAndClose.map((e) => e.type)).toEqual(['task.claim', 'task.close']);
    expect(ofType(effects, 'task.claim')[0]).toMatchObject({ taskId, claimedBy: 'planning1' });
  });

  test('a claim of a task that is not open is refused', () => {
    const it = reviewing();
    expect(it.refused({ type: 'claim', taskId: 'nope', actor: 'planning1' }, T2).code).toBe('TASK_NOT_OPEN');
    expect(it.refused({ type: 'claim', actor: 'planning1' }, T2).code).toBe('INVALID_ARGUMENT');
  });
});

describe('who answers for a lapse', () => {
  test('a claimed task that lapses is its claimer’s', () => {
    const it = reviewing();
    it.send({ type: 'claim', taskId: it.task('check'), actor: 'planning1' }, T2);
    const [entry] = ofType(it.fire('check', STEP_DUE), 'accountability');
    expect(entry).toMatchObject({ kind: 'tacit-approval', department: 'check', officer: 'planning1' });
  });

  test('a role task nobody claimed lapses against its department alone', () => {
    const it = reviewing();
    const [entry] = ofType(it.fire('check', STEP_DUE), 'accountability');
    expect(entry).toMatchObject({ kind: 'tacit-approval', department: 'check', officer: null });
  });

  test('a task named to one user is that user’s', () => {
    const it = reviewing({ assignees: { roles: [], users: ['zhang'] } });
    const [entry] = ofType(it.fire('check', STEP_DUE), 'accountability');
    expect(entry).toMatchObject({ kind: 'tacit-approval', officer: 'zhang' });
  });

  test('an item past its deadline names the claimer of the step it waits at', () => {
    const it = reviewing({ timeLimit: undefined, onTimeout: undefined });
    it.send({ type: 'claim', taskId: it.task('check'), actor: 'planning1' }, T2);
    const [entry] = ofType(it.fire(null), 'accountability');
    expect(entry).toMatchObject({ kind: 'overdue-item', department: 'check', officer: 'planning1', nodeId: 'check' });
  });
});

describe('withdrawal (撤件)', () => {
  test('an officer withdraws only with a reason', () => {
    const it = reviewing();
    const err = it.refused({ type: 'withdraw', actor: 'window1' }, T2);
    expect([err.code, err.status]).toEqual(['REASON_REQUIRED', 400]);
    expect(it.refused({ type: 'withdraw', actor: 'window1', reason: '  ' }, T2).code).toBe('REASON_REQUIRED');
  });

  test('an officer’s withdrawal is an officer-withdrawal entry naming the officer', () => {
    const it = reviewing();
    const effects = it.send({ type: 'withdraw', actor: 'window1', reason: '申请人电话要求撤回' }, T2);
    expect(ofType(effects, 'accountability')).toEqual([
      {
        type: 'accountability',
        kind: 'officer-withdrawal',
        department: null,
        officer: 'window1',
        nodeId: null,
        note: '工作人员撤件：申请人电话要求撤回',
      },
    ]);
    expect(it.view(T2).status).toBe('withdrawn');
  });

  test('an officer’s withdrawal after the deadline says so', () => {
    const it = reviewing({ timeLimit: undefined, onTimeout: undefined });
    it.fire(null);
    const late = sh('2026-12-01 10:00');
    const [entry] = ofType(it.send({ type: 'withdraw', actor: 'window1', reason: '撤回' }, late), 'accountability');
    expect(entry.note).toBe('工作人员撤件（已超期）：撤回');
  });

  test('the applicant withdraws without a reason and without an entry', () => {
    const it = reviewing();
    const effects = it.send({ type: 'withdraw', actor: 'alice' }, T2);
    expect(ofType(effects, 'accountability')).toEqual([]);
    expect(it.view(T2).status).toBe('withdrawn');
  });
});

describe('holdsClaim', () => {
  test('the claimer, and B acting for the claimer A, hold it; nobody holds an unclaimed task', () => {
    expect(holdsClaim('planning1', { actor: 'planning1' })).toBe(true);
    expect(holdsClaim('planning1', { actor: 'planning1b', onBehalfOf: 'planning1' })).toBe(true);
    expect(holdsClaim('planning1', { actor: 'planning1b' })).toBe(false);
    expect(holdsClaim(null, { actor: 'planning1', onBehalfOf: null })).toBe(false);
    expect(holdsClaim(undefined, { actor: 'planning1' })).toBe(false);
  });
});

describe('reassigning a disabled officer’s tasks (转办)', () => {
  test('a claimed task goes to the B post: one claim effect and a timeline entry', () => {
    const it = reviewing();
    const taskId = it.task('check');
    it.send({ type: 'claim', taskId, actor: 'planning1' }, T2);
    const effects = it.send({ type: 'reassign', from: 'planning1', to: 'planning1b', actor: 'admin' }, T2);
    expect(effects).toEqual([{ type: 'task.claim', taskId, nodeId: 'check', claimedBy: 'planning1b' }]);
    const view = it.view(T2);
    expect(view.openTasks[0].claimedBy).toBe('planning1b');
    expect(view.history.at(-1)).toMatchObject({ actor: 'admin', action: 'reassign', note: 'planning1 → planning1b' });
    it.send({ type: 'decide', taskId, decision: 'approve', comment: '同意', actor: 'planning1b' }, T2);
    expect(it.view(T2).status).toBe('approved');
  });

  test('without a B post the task goes back to its role’s queue, where anyone may claim it', () => {
    const it = reviewing();
    const taskId = it.task('check');
    it.send({ type: 'claim', taskId, actor: 'planning1' }, T2);
    const effects = it.send({ type: 'reassign', from: 'planning1', to: null, actor: 'admin' }, T2);
    expect(effects).toEqual([{ type: 'task.claim', taskId, nodeId: 'check', claimedBy: null }]);
    expect(it.view(T2).openTasks[0].claimedBy).toBeUndefined();
    it.send({ type: 'claim', taskId, actor: 'planning2' }, T2);
  });

  test('a task naming the officer by username goes to the B post in its place, unclaimed', () => {
    const it = reviewing({ department: 'planning', assignees: { roles: [], users: ['planning1'] } });
    const taskId = it.task('check');
    const effects = it.send({ type: 'reassign', from: 'planning1', to: 'planning1b', actor: 'admin' }, T2);
    expect(effects).toEqual([
      {
        type: 'task.address',
        taskId,
        nodeId: 'check',
        department: 'planning',
        candidateRoles: [],
        candidateUsers: ['planning1b'],
      },
    ]);
    const [task] = it.view(T2).openTasks;
    expect([task.candidateUsers, task.claimedBy]).toEqual([['planning1b'], undefined]);
    it.send({ type: 'decide', taskId, decision: 'approve', comment: '同意', actor: 'planning1b' }, T2);
    expect(it.view(T2).status).toBe('approved');
  });

  test('without a B post a task naming only the officer is its department’s queue (the officer’s when the step names none)', () => {
    const it = reviewing({ department: undefined, assignees: { roles: [], users: ['planning1'] } });
    const effects = it.send(
      { type: 'reassign', from: 'planning1', to: null, department: 'planning', actor: 'admin' },
      T2,
    );
    expect(effects).toMatchObject([
      { type: 'task.address', department: 'planning', candidateRoles: [], candidateUsers: [] },
    ]);
    expect(it.view(T2).openTasks[0]).toMatchObject({ department: 'planning', candidateUsers: [], candidateRoles: [] });
  });

  test('a claimed task naming the officer moves both its claim and its address; a list keeps its other users', () => {
    const it = reviewing({ department: 'planning', assignees: { roles: [], users: ['planning1', 'planning2'] } });
    const taskId = it.task('check');
    it.send({ type: 'claim', taskId, actor: 'planning1' }, T2);
    const effects = it.send({ type: 'reassign', from: 'planning1', to: null, actor: 'admin' }, T2);
    expect(effects.map((e) => e.type)).toEqual(['task.claim', 'task.address']);
    expect(it.view(T2).openTasks[0]).toMatchObject({ candidateUsers: ['planning2'] });
    expect(it.view(T2).openTasks[0]).not.toHaveProperty('claimedBy');
    expect(it.view(T2).history.filter((h) => h.action === 'reassign')).toHaveLength(1);
  });

  test('is refused when the officer holds nothing on the item, and for a bad target', () => {
    const it = reviewing();
    expect(it.refused({ type: 'reassign', from: 'planning1', to: null, actor: 'admin' }, T2).code).toBe(
      'NOTHING_TO_REASSIGN',
    );
    expect(it.refused({ type: 'reassign', from: 'planning1', to: 'planning1', actor: 'admin' }, T2).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect(it.refused({ type: 'reassign', from: '', to: null, actor: 'admin' }, T2).code).toBe('INVALID_ARGUMENT');
  });
});
