import { Item, input, ofType, review, sh, testFlow } from '../__tests__/harness';

const T0 = sh('2026-11-02 09:00'); // Monday
const T1 = sh('2026-11-02 10:00');
const T2 = sh('2026-11-03 10:00');
const T3 = sh('2026-11-04 10:00');

/**
 * accept → fork → plan (lead), fire (limit 1 day, tacit approval), env → join (consolidate) → issue → ok.
 * A branch's approve and reject both lead to the join: they are opinions the lead department weighs.
 */
function jointItem(join: object = { consolidate: true }) {
  const nodes = [
    { id: 'fork', type: 'parallel' },
    review('plan', { department: 'planning', lead: true, assignees: { roles: ['reviewer'], users: ['chen'] } }),
    review('fire', { department: 'fire', timeLimit: { days: 1 }, onTimeout: 'tacit-approve' }),
    review('env', { department: 'environment' }),
    { id: 'join', type: 'join', name: '汇总意见', policy: 'all', ...join },
    { id: 'issue', type: 'certificate' },
  ];
  const edges: [string, string, string?][] = [
    ['accept', 'fork', 'accept'],
    ['accept', 'no', 'reject'],
    ['fork', 'plan'],
    ['fork', 'fire'],
    ['fork', 'env'],
    ...['plan', 'fire', 'env'].flatMap((r): [string, string, string][] => [
      [r, 'join', 'approve'],
      [r, 'join', 'reject'],
    ]),
    ['join', 'issue'],
    ['issue', 'ok'],
  ];
  const it = new Item(testFlow(nodes, edges), T0, input({ materials: ['A1'] }));
  it.send({ type: 'accept', actor: 'window1' }, T1);
  return it;
}

/** Every branch has decided: planning approved, environment rejected with reasons, fire let its limit pass. */
function atConsolidation() {
  const it = jointItem();
  it.send({ type: 'decide', taskId: it.task('plan'), decision: 'approve', comment: '符合规划', actor: 'chen' }, T2);
  it.send({ type: 'decide', taskId: it.task('env'), decision: 'reject', comment: '排污不达标', actor: 'wu' }, T2);
  it.fire('fire');
  return it;
}

describe('牵头部门汇总 (join consolidate)', () => {
  test("once every branch is in, one task for the lead department shows each branch's decision and comment", () => {
    const it = atConsolidation();
    const view = it.view(T3);
    expect(view).toMatchObject({ status: 'in-review', activeNodes: ['join'] });
    expect(view.openTasks).toHaveLength(1);
    expect(view.openTasks[0]).toMatchObject({
      nodeId: 'join',
      department: 'planning',
      candidateRoles: ['reviewer'],
      candidateUsers: ['chen'],
    });
    expect(view.openTasks[0].opinions).toEqual([
      { nodeId: 'plan', department: 'planning', decision: 'approve', comment: '符合规划', actor: 'chen', at: T2 },
      { nodeId: 'env', department: 'environment', decision: 'reject', comment: '排污不达标', actor: 'wu', at: T2 },
      {
        nodeId: 'fire',
        department: 'fire',
        decision: 'approve',
        comment: null,
        actor: 'system',
        at: expect.any(String),
        tacit: true,
      },
    ]);
    expect(ofType(it.effects, 'task.open')).toEqual([
      expect.objectContaining({ nodeId: 'join', department: 'planning', candidateUsers: ['chen'] }),
    ]);
  });

  test("the lead's approve is the block's result: the item moves on past the join", () => {
    const it = atConsolidation();
    const effects = it.send(
      {
        type: 'decide',
        taskId: it.task('join'),
        decision: 'approve',
        comment: '综合各部门意见，准予许可',
        actor: 'chen',
      },
      T3,
    );
    expect(it.view(T3).status).toBe('approved');
    expect(ofType(effects, 'certificate.issue')).toHaveLength(1);
    expect(it.snapshot.context.opinions).toEqual({});
    expect(it.view(T3).history.find((h) => h.nodeId === 'join')).toMatchObject({ action: 'approve', actor: 'chen' });
  });

  test("the lead's reject ends the item rejected, whatever the branches said", () => {
    const it = jointItem();
    for (const r of ['plan', 'env']) it.decide(r, 'approve', T2);
    it.decide('fire', 'approve', T2);
    it.send({ type: 'decide', taskId: it.task('join'), decision: 'reject', comment: '选址冲突', actor: 'chen' }, T3);
    expect(it.view(T3)).toMatchObject({ status: 'rejected', outcome: 'rejected' });
  });

  test("the lead's reject needs a reason (§38)", () => {
    const it = atConsolidation();
    const err = it.refused(
      { type: 'decide', taskId: it.task('join'), decision: 'reject', comment: ' ', actor: 'chen' },
      T3,
    );
    expect([err.code, err.status]).toEqual(['REASON_REQUIRED', 400]);
  });

  test('a consolidation cannot be returned', () => {
    const it = atConsolidation();
    const err = it.refused({ type: 'decide', taskId: it.task('join'), decision: 'return', actor: 'chen' }, T3);
    expect([err.code, err.status]).toEqual(['RETURN_NOT_ALLOWED', 409]);
  });

  test('without consolidate the join moves straight on (as before)', () => {
    const it = jointItem({});
    for (const r of ['plan', 'env', 'fire']) it.decide(r, 'approve', T2);
    expect(it.view(T2).status).toBe('approved');
    expect(it.snapshot.context.opinions).toBeUndefined();
  });
});
