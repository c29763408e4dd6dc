import { Item, calendar, input, ofType, review, sh, testFlow, workflow } from '../__tests__/harness';
import { start } from '../engine/start';

const notice = workflow('one-time-notice');
const MON = sh('2026-11-02 09:00');
const submitted = (materials: string[], over: object = {}) => new Item(notice, MON, input({ materials, ...over }));

// Working days of November 2026 (no holidays): from Mon 11-02, the 5th is Mon 11-09, the 20th Mon 11-30.
const FIFTH = '2026-11-09T15:59:59.999Z';
const TWENTIETH = '2026-11-30T15:59:59.999Z';

describe('one-time notice lists everything owed', () => {
  test('a notice that leaves out a required material is refused with 422 naming it', () => {
    const it = submitted(['F01']);
    const err = it.refused({ type: 'notify-missing', missing: ['F02'], actor: 'window1' }, sh('2026-11-02 10:00'));
    expect([err.code, err.status, err.details]).toEqual(['NOTICE_INCOMPLETE', 422, { missing: ['F03', 'F04'] }]);
    it.send({ type: 'notify-missing', missing: ['F02', 'F03', 'F04'], actor: 'window1' }, sh('2026-11-02 10:00'));
    expect(it.view(sh('2026-11-02 10:00')).missingMaterials).toEqual(['F02', 'F03', 'F04']);
  });

  test('the catalog item’s required materials count too, and are known codes', () => {
    const it = submitted(['F01', 'F02', 'F03', 'F04'], { requiredMaterials: ['F05', 'K9'] });
    const err = it.refused({ type: 'notify-missing', missing: ['F05'], actor: 'window1' }, sh('2026-11-02 10:00'));
    expect(err.details).toEqual({ missing: ['K9'] });
    expect(it.refused({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00')).code).toBe('MATERIALS_INCOMPLETE');
    it.send({ type: 'notify-missing', missing: ['F05', 'K9'], actor: 'window1' }, sh('2026-11-02 10:00'));
    it.send({ type: 'supplement', materials: ['F05', 'K9'], actor: 'alice' }, sh('2026-11-03 10:00'));
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-03 11:00'));
    expect(it.view(sh('2026-11-03 11:00')).status).toBe('in-review');
  });

  test('a forced second notice adds to the open list; accept waits for all of it', () => {
    const it = submitted(['F01', 'F02']);
    it.send({ type: 'notify-missing', missing: ['F03', 'F04'], actor: 'window1' }, sh('2026-11-02 10:00'));
    const effects = it.send(
      { type: 'notify-missing', missing: ['F05'], force: true, actor: 'window1' },
      sh('2026-11-02 11:00'),
    );
    expect(it.view(sh('2026-11-02 11:00')).missingMaterials).toEqual(['F03', 'F04', 'F05']);
    expect(ofType(effects, 'notify')[0].payload.missing).toEqual([
      expect.objectContaining({ code: 'F03' }),
      expect.objectContaining({ code: 'F04' }),
      expect.objectContaining({ code: 'F05' }),
    ]);
    it.send({ type: 'supplement', materials: ['F03', 'F04'], actor: 'alice' }, sh('2026-11-03 10:00'));
    expect(it.refused({ type: 'accept', actor: 'window1' }, sh('2026-11-03 11:00')).code).toBe('MATERIALS_INCOMPLETE');
    it.send({ type: 'supplement', materials: ['F05'], actor: 'alice' }, sh('2026-11-03 12:00'));
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-03 13:00'));
    expect(it.view(sh('2026-11-03 13:00')).status).toBe('in-review');
  });
});

describe('clocks around a notice', () => {
  test('before acceptance the item clock stays unstarted; it starts the day after the (late) acceptance', () => {
    const it = submitted(['F01']);
    it.send({ type: 'notify-missing', missing: ['F02', 'F03', 'F04'], actor: 'window1' }, sh('2026-11-02 10:00'));
    expect(it.view(sh('2026-11-05 10:00'))).toMatchObject({ acceptedAt: null, deadline: null });
    it.send({ type: 'supplement', materials: ['F02', 'F03', 'F04'], actor: 'alice' }, sh('2026-11-05 10:00'));
    expect(it.view(sh('2026-11-05 10:00'))).toMatchObject({
      acceptedAt: null,
      deemedAcceptanceAt: '2026-11-12T15:59:59.999Z',
    });
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-06 10:00'));
    // 7 promised working days after Fri 11-06: 9, 10, 11, 12, 13, 16, 17.
    expect(it.view(sh('2026-11-06 10:00')).deadline).toBe('2026-11-17T15:59:59.999Z');
  });

  /** accept → check (5 days) with a return to acceptance; accepted Mon 11-02 10:00, limit 10 working days. */
  function returned() {
    const flow = testFlow(
      [review('check', { timeLimit: { days: 5 } })],
      [
        ['accept', 'check', 'accept'],
        ['check', 'ok', 'approve'],
        ['check', 'no', 'reject'],
        ['check', 'accept', 'return'],
      ],
    );
    const it = new Item(flow, MON, input({ materials: ['A1'] }));
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
    it.decide('check', 'return', sh('2026-11-03 10:00'), '委托书缺失');
    return it;
  }

  test('after acceptance a notice pauses the item clock; the complete supplement resumes it where it stopped', () => {
    const it = returned();
    // Accepted Mon 11-02, 10 working days → Mon 11-16.
    expect(it.view(sh('2026-11-03 10:00')).deadline).toBe('2026-11-16T15:59:59.999Z');
    const effects = it.send({ type: 'notify-missing', missing: ['B1'], actor: 'window1' }, sh('2026-11-03 11:00'));
    expect(ofType(effects, 'timer.cancel')).toContainEqual(expect.objectContaining({ nodeId: null }));
    const waiting = it.view(sh('2026-11-10 10:00'));
    expect(waiting).toMatchObject({ status: 'awaiting-supplement', clockPaused: true });
    expect(waiting.pauses).toEqual([expect.objectContaining({ kind: 'supplement', to: null })]);
    // Paused Tue 11-03 … Tue 11-10 (working days 3, 4, 5, 6, 9, 10 stand still): the deadline moves by 6.
    it.send({ type: 'supplement', materials: ['B1'], actor: 'alice' }, sh('2026-11-10 10:00'));
    const resumed = it.view(sh('2026-11-10 10:00'));
    expect(resumed).toMatchObject({ status: 'submitted', clockPaused: false, supplementDeadline: null });
    expect(resumed.deadline).toBe('2026-11-24T15:59:59.999Z');
    expect(resumed.pauses).toEqual([expect.objectContaining({ kind: 'supplement', to: sh('2026-11-10 10:00') })]);
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-10 11:00'));
    expect(it.view(sh('2026-11-10 11:00'))).toMatchObject({ status: 'in-review', acceptedAt: sh('2026-11-02 10:00') });
  });

  test('a forced notice during the supplement pause adds to the list and keeps the one pause', () => {
    const it = returned();
    it.send({ type: 'notify-missing', missing: ['B1'], actor: 'window1' }, sh('2026-11-03 11:00'));
    it.send({ type: 'notify-missing', missing: ['A1'], force: true, actor: 'window1' }, sh('2026-11-04 10:00'));
    const v = it.view(sh('2026-11-04 10:00'));
    expect(v).toMatchObject({ missingMaterials: ['B1', 'A1'], clockPaused: true });
    expect(v.pauses).toHaveLength(1);
    it.send({ type: 'supplement', materials: ['B1'], actor: 'alice' }, sh('2026-11-05 10:00'));
    expect(it.view(sh('2026-11-05 10:00')).clockPaused).toBe(true);
    it.send({ type: 'supplement', materials: ['A1'], actor: 'alice' }, sh('2026-11-05 11:00'));
    expect(it.view(sh('2026-11-05 11:00')).clockPaused).toBe(false);
  });

  test('a manual pause of kind supplement takes the applicant’s supplement, which ends the pause', () => {
    const it = returned();
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-03 11:00'));
    it.send({ type: 'pause', kind: 'supplement', reason: '补正现场照片', actor: 'window1' }, sh('2026-11-04 10:00'));
    it.send({ type: 'supplement', materials: ['B1'], actor: 'alice' }, sh('2026-11-05 10:00'));
    const v = it.view(sh('2026-11-05 10:00'));
    expect(v).toMatchObject({ status: 'in-review', clockPaused: false, activeNodes: ['check'] });
    expect(v.history.map((h) => h.action).slice(-2)).toEqual(['supplement', 'resume']);
    // Another kind of pause still holds every command but resume, withdraw and extend.
    it.send(
      { type: 'pause', kind: 'hearing', reason: '听证', expectedDays: 5, actor: 'window1' },
      sh('2026-11-05 11:00'),
    );
    const err = it.refused({ type: 'supplement', materials: ['B1'], actor: 'alice' }, sh('2026-11-05 12:00'));
    expect(err.code).toBe('ITEM_PAUSED');
  });

  test('a supplement past acceptance with nothing owed is refused; one naming an unknown material too', () => {
    const it = returned();
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-03 11:00'));
    it.send({ type: 'pause', kind: 'supplement', reason: '补正', actor: 'window1' }, sh('2026-11-04 09:00'));
    expect(it.refused({ type: 'supplement', materials: ['Z9'], actor: 'alice' }, sh('2026-11-04 10:00')).code).toBe(
      'UNKNOWN_MATERIAL',
    );
    it.send({ type: 'resume', actor: 'window1' }, sh('2026-11-04 10:00'));
    expect(it.refused({ type: 'supplement', materials: ['B1'], actor: 'alice' }, sh('2026-11-04 11:00')).code).toBe(
      'COMMAND_NOT_ALLOWED',
    );
  });
});

describe('supplement deadline (补正期限)', () => {
  test('every notice carries one; past it the item ends withdrawn and the applicant is told', () => {
    const it = submitted(['F01', 'F02', 'F03']);
    const effects = it.send({ type: 'notify-missing', missing: ['F04'], actor: 'window1' }, MON);
    expect(ofType(effects, 'timer.schedule')).toEqual([
      expect.objectContaining({ purpose: 'supplement-deadline', nodeId: null, dueAt: TWENTIETH }),
    ]);
    expect(ofType(effects, 'notify')[0].payload).toMatchObject({ supplementDeadline: TWENTIETH });
    expect(it.view(MON).supplementDeadline).toBe(TWENTIETH);

    const lapsed = it.fire(null, TWENTIETH);
    const v = it.view(TWENTIETH);
    expect(v).toMatchObject({ status: 'withdrawn', outcome: 'withdrawn', supplementDeadline: null });
    expect(v.history.at(-1)).toMatchObject({
      actor: 'system',
      action: 'withdraw',
      note: expect.stringContaining('视为撤回'),
    });
    expect(ofType(lapsed, 'notify')).toEqual([
      expect.objectContaining({
        to: 'applicant',
        template: 'supplement-lapsed',
        payload: expect.objectContaining({ missing: ['F04'] }),
      }),
    ]);
    // The lapsed timer is spent, not cancelled; nothing else was pending.
    expect(ofType(lapsed, 'timer.cancel')).toEqual([]);
  });

  test('the center sets the days; a second notice starts a new deadline; a complete supplement ends it', () => {
    const it = submitted(['F01', 'F02', 'F03'], { policy: { supplementDays: 5 } });
    it.send({ type: 'notify-missing', missing: ['F04'], actor: 'window1' }, MON);
    expect(it.view(MON).supplementDeadline).toBe(FIFTH);
    const first = it.snapshot.context.supplementDue!.timer;
    const effects = it.send(
      { type: 'notify-missing', missing: ['F05'], force: true, actor: 'window1' },
      sh('2026-11-03 10:00'),
    );
    expect(ofType(effects, 'timer.cancel')).toEqual([{ type: 'timer.cancel', timerId: first, nodeId: null }]);
    expect(it.view(MON).supplementDeadline).toBe('2026-11-10T15:59:59.999Z');
    it.send({ type: 'supplement', materials: ['F04', 'F05'], actor: 'alice' }, sh('2026-11-04 10:00'));
    expect(it.view(sh('2026-11-04 10:00')).supplementDeadline).toBeNull();
    expect([...it.timers.values()].map((t) => t.purpose).sort()).toEqual(['deemed-acceptance', 'step-deadline']);
  });
});

describe('§32 deemed acceptance', () => {
  test('neither accepted nor noticed in 5 working days: accepted as of receipt, owed materials stay listed', () => {
    const it = submitted(['F01', 'F02']);
    expect(ofType(it.effects, 'timer.schedule')).toContainEqual(
      expect.objectContaining({ purpose: 'deemed-acceptance', nodeId: null, dueAt: FIFTH }),
    );
    expect(it.view(MON).deemedAcceptanceAt).toBe(FIFTH);
    const effects = it.fire(null, FIFTH);
    const v = it.view(FIFTH);
    expect(v).toMatchObject({
      status: 'in-review',
      activeNodes: ['review'],
      acceptedAt: MON,
      missingMaterials: ['F03', 'F04'],
      deemedAcceptanceAt: null,
      firstInquiryOfficer: null,
    });
    // Limits count from the day after receipt: 7 promised working days from Mon 11-02 → Wed 11-11.
    expect(v.deadline).toBe('2026-11-11T15:59:59.999Z');
    expect(ofType(effects, 'accountability')).toEqual([
      expect.objectContaining({ kind: 'deemed-accepted', department: 'center', officer: null, nodeId: 'accept' }),
    ]);
    expect(v.history.at(-1)).toMatchObject({ actor: 'system', action: 'deemed-accept', nodeId: 'accept' });
    expect(ofType(effects, 'notify')).toEqual([
      expect.objectContaining({ to: 'applicant', template: 'deemed-accepted' }),
    ]);
    // What is owed may still be supplied after acceptance.
    it.send({ type: 'supplement', materials: ['F03', 'F04'], actor: 'alice' }, sh('2026-11-10 10:00'));
    expect(it.view(sh('2026-11-10 10:00')).missingMaterials).toEqual([]);
  });

  test('after a notice, the complete supplement is the receipt: the §32 clock and the item clock count from it', () => {
    const it = submitted(['F01']);
    it.send({ type: 'notify-missing', missing: ['F02', 'F03', 'F04'], actor: 'window1' }, sh('2026-11-02 10:00'));
    it.send({ type: 'supplement', materials: ['F02', 'F03', 'F04'], actor: 'alice' }, sh('2026-11-04 15:00'));
    // Wed 11-04 + 5 working days: 5, 6, 9, 10, 11.
    const effects = it.fire(null, '2026-11-11T15:59:59.999Z');
    expect(ofType(effects, 'accountability')[0]).toMatchObject({ kind: 'deemed-accepted', officer: 'window1' });
    const v = it.view('2026-11-11T15:59:59.999Z');
    expect(v).toMatchObject({ status: 'in-review', acceptedAt: sh('2026-11-04 15:00'), missingMaterials: [] });
    // 7 promised working days from the day after the supplement: 5, 6, 9, 10, 11, 12, 13.
    expect(v.deadline).toBe('2026-11-13T15:59:59.999Z');
  });

  test('the officer who handled it is named; the ledger goes to the acceptance node’s department', () => {
    const it = submitted(['F01', 'F02', 'F03', 'F04'], { intakeOfficer: 'window2' });
    const effects = it.fire(null, FIFTH);
    expect(ofType(effects, 'accountability')[0]).toMatchObject({ officer: 'window2', department: 'center' });
  });

  test('accepting in time cancels it (a notice or a refusal too: acceptance.spec); off when the center sets null', () => {
    const accepted = submitted(['F01', 'F02', 'F03', 'F04']);
    const deemed = accepted.snapshot.context.deemed!.timer;
    const effects = accepted.send({ type: 'accept', actor: 'window1' }, sh('2026-11-06 10:00'));
    expect(ofType(effects, 'timer.cancel')).toContainEqual({ type: 'timer.cancel', timerId: deemed, nodeId: null });
    expect(accepted.view(sh('2026-11-06 10:00')).acceptedAt).toBe(sh('2026-11-06 10:00'));

    const off = submitted(['F01'], { policy: { deemedAcceptanceDays: null } });
    expect(ofType(off.effects, 'timer.schedule').map((t) => t.purpose)).toEqual(['step-deadline']);
  });

  test('the acceptance node’s own tacit-approve, when shorter, accepts first and cancels the §32 timer', () => {
    const flow = testFlow(
      [],
      [
        ['accept', 'ok', 'accept'],
        ['accept', 'no', 'reject'],
      ],
    );
    const acceptance = (flow.nodes as { id: string }[]).find((n) => n.id === 'accept')!;
    Object.assign(acceptance, { timeLimit: { days: 2 }, onTimeout: 'tacit-approve' });
    const it = new Item(flow, MON, input({ materials: ['A1'] }));
    const deemed = it.snapshot.context.deemed!.timer;
    const effects = it.fire('accept');
    expect(ofType(effects, 'timer.cancel')).toContainEqual({ type: 'timer.cancel', timerId: deemed, nodeId: null });
    expect(it.view(sh('2026-11-05 00:00'))).toMatchObject({ status: 'approved', acceptedAt: MON });
  });
});

describe('window intake', () => {
  test('the intake officer is the first-inquiry owner and the actor of the submit; a walk-in is kept', () => {
    const walkIn = { name: '张三', idNumber: '110101199003077777', phone: '13800000000' };
    const it = submitted(['F01'], { applicant: 'walk-in:110101199003077777', intakeOfficer: 'window1', walkIn });
    const v = it.view(MON);
    expect(v).toMatchObject({ firstInquiryOfficer: 'window1', walkIn });
    expect(v.history[0]).toMatchObject({ actor: 'window1', action: 'submit' });
  });

  test('an empty intake officer is refused', () => {
    expect(() => start(notice, input({ intakeOfficer: '' }), { now: MON, newId: () => 'x', calendar })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
