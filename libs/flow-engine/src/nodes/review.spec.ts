import { Item, input, ofType, review, sh, testFlow } from '../__tests__/harness';

const T0 = sh('2026-11-02 09:00'); // Monday
const T1 = sh('2026-11-02 10:00');
const T2 = sh('2026-11-03 10:00');
const T3 = sh('2026-11-04 10:00');

/** accept → check (a review in `mode`) → ok, with reject → no and an optional return → accept. */
function reviewItem(over: object, withReturn = true) {
  const edges: [string, string, string?][] = [
    ['accept', 'check', 'accept'],
    ['check', 'ok', 'approve'],
    ['check', 'no', 'reject'],
  ];
  if (withReturn) edges.push(['check', 'accept', 'return']);
  const it = new Item(
    testFlow([review('check', { timeLimit: { days: 5 }, ...over })], edges),
    T0,
    input({ materials: ['A1'] }),
  );
  it.send({ type: 'accept', actor: 'window1' }, T1);
  return it;
}

describe('review mode any (或签)', () => {
  const any = { mode: 'any', assignees: { roles: ['reviewer', 'chief'], users: ['zhang'] } };

  test('one task for every candidate role and user; the first decision wins', () => {
    const it = reviewItem(any);
    const opened = ofType(it.effects, 'task.open');
    expect(opened).toEqual([
      expect.objectContaining({
        nodeId: 'check',
        department: 'check',
        candidateRoles: ['reviewer', 'chief'],
        candidateUsers: ['zhang'],
      }),
    ]);
    expect(opened[0].deadline).toBe('2026-11-09T15:59:59.999Z');
    const taskId = it.task('check');
    const effects = it.send({ type: 'decide', taskId, decision: 'approve', comment: '同意', actor: 'zhang' }, T2);
    expect(it.view(T2).status).toBe('approved');
    expect(ofType(effects, 'task.close')).toEqual([
      { type: 'task.close', taskId, nodeId: 'check', reason: 'completed', decision: 'approve', actor: 'zhang' },
    ]);
    expect(it.view(T2).history.at(-2)).toMatchObject({
      actor: 'zhang',
      action: 'approve',
      nodeId: 'check',
      note: '同意',
    });
  });

  test('a second decision on the decided task is refused', () => {
    const it = reviewItem(any, false);
    const taskId = it.task('check');
    it.send({ type: 'decide', taskId, decision: 'reject', comment: '不符合规划', actor: 'zhang' }, T2);
    expect(it.view(T2).status).toBe('rejected');
    const err = it.refused({ type: 'decide', taskId, decision: 'approve', actor: 'li' }, T2);
    expect([err.code, err.status]).toEqual(['COMMAND_NOT_ALLOWED', 409]);
  });

  test('reject takes the reject edge; return goes back to the earlier node', () => {
    const rejected = reviewItem(any);
    rejected.decide('check', 'reject', T2, '不符合规划');
    expect(rejected.snapshot.value).toBe('no');

    const returned = reviewItem(any);
    const effects = returned.decide('check', 'return', T2, '请修改方案');
    expect(returned.view(T2)).toMatchObject({ status: 'submitted', activeNodes: ['accept'] });
    expect(ofType(effects, 'task.close')[0]).toMatchObject({ decision: 'return', reason: 'completed' });
    expect(ofType(effects, 'timer.cancel')).toEqual([expect.objectContaining({ nodeId: 'check' })]);
    // Accepting again re-enters the review with a new task; the item clock keeps its first start.
    returned.send({ type: 'accept', actor: 'window1' }, T3);
    expect(returned.view(T3)).toMatchObject({ status: 'in-review', acceptedAt: T1, activeNodes: ['check'] });
    expect(returned.view(T3).openTasks).toHaveLength(1);
  });

  test('return with no return edge is refused', () => {
    const it = reviewItem(any, false);
    const err = it.refused({ type: 'decide', taskId: it.task('check'), decision: 'return', actor: 'zhang' }, T2);
    expect([err.code, err.status]).toEqual(['RETURN_NOT_ALLOWED', 409]);
  });

  test('a reject without a reason is refused (§38: reasons in writing); with one it ends the item', () => {
    const it = reviewItem(any);
    for (const comment of [undefined, '', ' ']) {
      const err = it.refused(
        { type: 'decide', taskId: it.task('check'), decision: 'reject', comment, actor: 'zhang' },
        T2,
      );
      expect([err.code, err.status]).toEqual(['REASON_REQUIRED', 400]);
    }
    const effects = it.decide('check', 'reject', T2, '占用基本农田');
    expect(ofType(effects, 'accountability')).toEqual([]);
    expect(it.view(T2).status).toBe('rejected');
    expect(it.view(T2).history.at(-2)).toMatchObject({ action: 'reject', note: '占用基本农田' });
  });
});

describe('review mode all (会签)', () => {
  const all = { mode: 'all', assignees: { roles: ['chief'], users: ['zhang', 'li'] } };

  test('one task per participant: each user and each role', () => {
    const it = reviewItem(all);
    expect(ofType(it.effects, 'task.open').map((t) => [t.participant, t.candidateUsers, t.candidateRoles])).toEqual([
      ['zhang', ['zhang'], []],
      ['li', ['li'], []],
      ['chief', [], ['chief']],
    ]);
  });

  test('every participant must approve', () => {
    const it = reviewItem(all);
    it.decide('check', 'approve', T2, '同意', 'li');
    it.decide('check', 'approve', T2, '同意', 'chief');
    expect(it.view(T2)).toMatchObject({ status: 'in-review', activeNodes: ['check'] });
    expect(it.view(T2).openTasks.map((t) => t.participant)).toEqual(['zhang']);
    it.decide('check', 'approve', T3, '同意', 'zhang');
    expect(it.view(T3).status).toBe('approved');
  });

  test('a task already decided, or unknown, is not open', () => {
    const it = reviewItem(all);
    const zhang = it.task('check', 'zhang');
    it.send({ type: 'decide', taskId: zhang, decision: 'approve', comment: '同意', actor: 'zhang' }, T2);
    const twice = it.refused(
      { type: 'decide', taskId: zhang, decision: 'reject', comment: '改主意', actor: 'zhang' },
      T2,
    );
    expect([twice.code, twice.status]).toEqual(['TASK_NOT_OPEN', 409]);
    expect(it.refused({ type: 'decide', taskId: 'nope', decision: 'approve', actor: 'zhang' }, T2).code).toBe(
      'TASK_NOT_OPEN',
    );
  });

  test('one reject rejects and cancels the other open tasks', () => {
    const it = reviewItem(all);
    it.decide('check', 'approve', T2, '同意', 'zhang');
    const effects = it.decide('check', 'reject', T2, '不同意', 'chief');
    expect(it.view(T2).status).toBe('rejected');
    expect(ofType(effects, 'task.close').map((t) => [t.reason, t.decision])).toEqual([
      ['completed', 'reject'],
      ['cancelled', undefined],
    ]);
  });

  test('return sends the item back, cancelling the other tasks', () => {
    const it = reviewItem(all);
    const effects = it.decide('check', 'return', T2, '补充论证', 'li');
    expect(it.view(T2).activeNodes).toEqual(['accept']);
    expect(ofType(effects, 'task.close').filter((t) => t.reason === 'cancelled')).toHaveLength(2);
  });
});

describe('review mode sequential (依次)', () => {
  const seq = { mode: 'sequential', assignees: { roles: ['chief'], users: ['zhang', 'li'] } };

  test('participants decide one after another: users first, then roles', () => {
    const it = reviewItem(seq);
    expect(ofType(it.effects, 'task.open').map((t) => t.participant)).toEqual(['zhang']);
    expect(ofType(it.decide('check', 'approve', T2, '同意'), 'task.open').map((t) => t.participant)).toEqual(['li']);
    expect(ofType(it.decide('check', 'approve', T2, '同意'), 'task.open').map((t) => t.participant)).toEqual(['chief']);
    expect(it.view(T2).status).toBe('in-review');
    it.decide('check', 'approve', T3, '同意');
    expect(it.view(T3).status).toBe('approved');
  });

  test('a reject in the middle rejects the item', () => {
    const it = reviewItem(seq);
    it.decide('check', 'approve', T2, '同意');
    it.decide('check', 'reject', T2, '不同意');
    expect(it.view(T2).status).toBe('rejected');
    expect(it.view(T2).openTasks).toEqual([]);
  });

  test('return goes back to acceptance; on re-entry the sequence starts again with the first participant', () => {
    const it = reviewItem(seq);
    it.decide('check', 'approve', T2, '同意');
    it.decide('check', 'return', T2, '退回');
    expect(it.view(T2).activeNodes).toEqual(['accept']);
    const effects = it.send({ type: 'accept', actor: 'window1' }, T3);
    expect(ofType(effects, 'task.open').map((t) => t.participant)).toEqual(['zhang']);
  });
});
