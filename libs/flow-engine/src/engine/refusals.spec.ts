import { Item, input, sh, workflow } from '../__tests__/harness';
import { EngineError } from '../errors';

const T = sh('2026-11-02 11:00');
const submitted = () =>
  new Item(workflow('parallel-review'), sh('2026-11-02 09:00'), input({ materials: ['M01', 'M02', 'M03'] }));
const inReview = () => {
  const it = submitted();
  it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
  return it;
};
const finished = () => {
  const it = submitted();
  it.send({ type: 'reject', reason: '不属于受理范围', actor: 'window1' }, sh('2026-11-02 10:00'));
  return it;
};

type Case = [label: string, make: () => Item, event: Record<string, unknown>, code: string, status: 400 | 409];
const cases: Case[] = [
  ['unknown event type', inReview, { type: 'approve', actor: 'x' }, 'UNKNOWN_EVENT', 400],
  ['no actor', inReview, { type: 'withdraw' }, 'ACTOR_REQUIRED', 400],
  ['timer without id', inReview, { type: 'timer' }, 'INVALID_ARGUMENT', 400],
  [
    'decision not in the list',
    inReview,
    { type: 'decide', taskId: 'id-4', decision: 'maybe', actor: 'x' },
    'INVALID_DECISION',
    400,
  ],
  ['decide without task', inReview, { type: 'decide', decision: 'approve', actor: 'x' }, 'INVALID_ARGUMENT', 400],
  [
    'supplement of nothing',
    submitted,
    { type: 'supplement', materials: [], actor: 'alice' },
    'MATERIALS_REQUIRED',
    400,
  ],
  [
    'decide at acceptance',
    submitted,
    { type: 'decide', taskId: 'id-1', decision: 'approve', actor: 'x' },
    'TASK_NOT_OPEN',
    409,
  ],
  ['pause before acceptance', submitted, { type: 'pause', reason: '勘查', actor: 'x' }, 'CLOCK_NOT_STARTED', 409],
  [
    'extend before acceptance',
    submitted,
    { type: 'extend', days: 2, reason: 'r', approver: 'a', actor: 'x' },
    'CLOCK_NOT_STARTED',
    409,
  ],
  ['accept in review', inReview, { type: 'accept', actor: 'window1' }, 'COMMAND_NOT_ALLOWED', 409],
  [
    'notice in review',
    inReview,
    { type: 'notify-missing', missing: ['M01'], actor: 'window1' },
    'COMMAND_NOT_ALLOWED',
    409,
  ],
  [
    'supplement in review',
    inReview,
    { type: 'supplement', materials: ['M01'], actor: 'alice' },
    'COMMAND_NOT_ALLOWED',
    409,
  ],
  [
    'refuse acceptance in review',
    inReview,
    { type: 'reject', reason: 'r', actor: 'window1' },
    'COMMAND_NOT_ALLOWED',
    409,
  ],
  ['resume a running clock', inReview, { type: 'resume', actor: 'x' }, 'NOT_PAUSED', 409],
  ['accept a finished item', finished, { type: 'accept', actor: 'window1' }, 'COMMAND_NOT_ALLOWED', 409],
  ['withdraw a finished item', finished, { type: 'withdraw', actor: 'alice' }, 'COMMAND_NOT_ALLOWED', 409],
  ['pause a finished item', finished, { type: 'pause', reason: 'r', actor: 'x' }, 'COMMAND_NOT_ALLOWED', 409],
  [
    'extend a finished item',
    finished,
    { type: 'extend', days: 1, reason: 'r', approver: 'a', actor: 'x' },
    'COMMAND_NOT_ALLOWED',
    409,
  ],
];

describe('a refused command throws a typed error and leaves the snapshot as it was', () => {
  test.each(cases)('%s', (_label, make, event, code, status) => {
    const it = make();
    const err = it.refused(event, T);
    expect(err).toBeInstanceOf(EngineError);
    expect(err).toBeInstanceOf(Error);
    expect([err.code, err.status]).toEqual([code, status]);
    // Refusals reach clerks and applicants as they are: in Chinese (the code stays English).
    expect(err.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('the same snapshot still takes an allowed command afterwards', () => {
    const it = inReview();
    it.refused({ type: 'accept', actor: 'window1' }, T);
    it.decide('plan', 'approve', T);
    expect(it.view(T).activeNodes.sort()).toEqual(['env', 'fire', 'join']);
  });

  test('timers for a finished item are ignored, not refused', () => {
    const it = finished();
    const before = it.snapshot;
    expect(it.send({ type: 'timer', timerId: 'id-1' }, sh('2026-11-09 00:00'))).toEqual([]);
    expect(it.snapshot).toBe(before);
  });
});
