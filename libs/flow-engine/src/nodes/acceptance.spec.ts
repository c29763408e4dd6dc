import { Item, input, ofType, sh, workflow } from '../__tests__/harness';

const notice = workflow('one-time-notice');
const complete = ['F01', 'F02', 'F03', 'F04'];
const submitted = (materials: string[]) => new Item(notice, sh('2026-09-21 09:00'), input({ materials }));

describe('acceptance', () => {
  test('accept starts the item clock the day after acceptance and records the first-inquiry owner', () => {
    const it = submitted(complete);
    expect(it.view(sh('2026-09-21 09:00')).status).toBe('submitted');
    const effects = it.send({ type: 'accept', actor: 'window1' }, sh('2026-09-21 10:00'));
    const v = it.view(sh('2026-09-21 10:00'));
    expect(v.status).toBe('in-review');
    expect(v.activeNodes).toEqual(['review']);
    expect(v.acceptedAt).toBe(sh('2026-09-21 10:00'));
    expect(v.firstInquiryOfficer).toBe('window1');
    // 7 promised working days after Mon 09-21: 22,23,24, (25–27 Mid-Autumn), 28,29,30, (10-01…07), 10-08.
    expect(v.deadline).toBe('2026-10-08T15:59:59.999Z');
    expect(ofType(effects, 'timer.schedule')).toContainEqual(
      expect.objectContaining({ nodeId: null, purpose: 'item-deadline', dueAt: '2026-10-08T15:59:59.999Z' }),
    );
    expect(ofType(effects, 'task.open')).toEqual([expect.objectContaining({ nodeId: 'review', department: 'fire' })]);
  });

  test('accept with required materials missing is refused', () => {
    const it = submitted(['F01']);
    const err = it.refused({ type: 'accept', actor: 'window1' }, sh('2026-09-21 10:00'));
    expect([err.code, err.status]).toEqual(['MATERIALS_INCOMPLETE', 409]);
  });

  test('one-time notice: awaiting supplement, the applicant is told every missing material at once', () => {
    const it = submitted(['F01', 'F02']);
    const effects = it.send(
      { type: 'notify-missing', missing: ['F03', 'F04'], note: '请补齐', actor: 'window2' },
      sh('2026-09-21 10:00'),
    );
    const v = it.view(sh('2026-09-21 10:00'));
    expect(v.status).toBe('awaiting-supplement');
    expect(v.missingMaterials).toEqual(['F03', 'F04']);
    expect(v.notified).toBe(true);
    expect(v.firstInquiryOfficer).toBe('window2');
    expect(ofType(effects, 'notify')).toEqual([
      expect.objectContaining({
        to: 'applicant',
        template: 'missing-materials',
        payload: expect.objectContaining({ note: '请补齐' }),
      }),
    ]);
    // The notice answers the acceptance limit and the §32 limit: both timers are cancelled.
    expect(ofType(effects, 'timer.cancel')).toEqual([
      { type: 'timer.cancel', timerId: 'id-1', nodeId: 'accept' },
      { type: 'timer.cancel', timerId: 'id-2', nodeId: null },
    ]);
  });

  test('a second notice is refused; a forced one is allowed and recorded as a fault', () => {
    const it = submitted(['F01', 'F02']);
    it.send({ type: 'notify-missing', missing: ['F03', 'F04'], actor: 'window1' }, sh('2026-09-21 10:00'));
    const err = it.refused({ type: 'notify-missing', missing: ['F05'], actor: 'window1' }, sh('2026-09-21 11:00'));
    expect([err.code, err.status]).toEqual(['MISSING_MATERIALS_ALREADY_NOTIFIED', 409]);

    const effects = it.send(
      { type: 'notify-missing', missing: ['F05'], force: true, actor: 'window2' },
      sh('2026-09-21 11:00'),
    );
    expect(ofType(effects, 'accountability')).toEqual([
      expect.objectContaining({ kind: 'second-notice', department: 'center', officer: 'window2', nodeId: 'accept' }),
    ]);
    expect(it.view(sh('2026-09-21 11:00')).missingMaterials).toEqual(['F03', 'F04', 'F05']);
    expect(it.view(sh('2026-09-21 11:00')).firstInquiryOfficer).toBe('window1');
  });

  test('a partial supplement keeps the item awaiting; the complete one returns it to acceptance with a new clock', () => {
    const it = submitted(['F01']);
    it.send({ type: 'notify-missing', missing: ['F02', 'F03', 'F04'], actor: 'window1' }, sh('2026-09-21 10:00'));
    expect(
      it.send({ type: 'supplement', materials: [{ code: 'F02' }], actor: 'alice' }, sh('2026-09-22 10:00')),
    ).toEqual([]);
    expect(it.view(sh('2026-09-22 10:00'))).toMatchObject({
      status: 'awaiting-supplement',
      missingMaterials: ['F03', 'F04'],
    });
    expect(it.refused({ type: 'accept', actor: 'window1' }, sh('2026-09-22 11:00')).code).toBe('MATERIALS_INCOMPLETE');

    const effects = it.send({ type: 'supplement', materials: ['F03', 'F04'], actor: 'alice' }, sh('2026-09-23 10:00'));
    expect(it.view(sh('2026-09-23 10:00'))).toMatchObject({ status: 'submitted', missingMaterials: [] });
    // The acceptance limit (1 working day) counts again from the complete supplement: Thu 09-24; and §32's
    // 5 working days: 24, (25–27 Mid-Autumn), 28, 29, 30, (10-01…07 National Day), Thu 10-08.
    expect(ofType(effects, 'timer.schedule')).toEqual([
      expect.objectContaining({ nodeId: 'accept', dueAt: '2026-09-24T15:59:59.999Z' }),
      expect.objectContaining({ nodeId: null, purpose: 'deemed-acceptance', dueAt: '2026-10-08T15:59:59.999Z' }),
    ]);
    it.send({ type: 'accept', actor: 'window2' }, sh('2026-09-23 11:00'));
    expect(it.view(sh('2026-09-23 11:00')).status).toBe('in-review');
  });

  test('notice and supplement name known materials only', () => {
    const it = submitted(['F01']);
    const err = it.refused(
      { type: 'notify-missing', missing: ['F02', 'X9'], actor: 'window1' },
      sh('2026-09-21 10:00'),
    );
    expect([err.code, err.status]).toEqual(['UNKNOWN_MATERIAL', 400]);
    expect(it.refused({ type: 'notify-missing', missing: [], actor: 'window1' }, sh('2026-09-21 10:00')).code).toBe(
      'MATERIALS_REQUIRED',
    );
    expect(it.refused({ type: 'supplement', materials: ['ZZ'], actor: 'alice' }, sh('2026-09-21 10:00')).code).toBe(
      'UNKNOWN_MATERIAL',
    );
  });

  test('refusing acceptance needs a reason; with one the item ends rejected and the applicant is told why', () => {
    const it = submitted(complete);
    const err = it.refused({ type: 'reject', reason: '  ', actor: 'window1' }, sh('2026-09-21 10:00'));
    expect([err.code, err.status]).toEqual(['REASON_REQUIRED', 400]);
    const effects = it.send(
      { type: 'reject', reason: '不属于本机关职权范围', actor: 'window1' },
      sh('2026-09-21 10:00'),
    );
    const v = it.view(sh('2026-09-21 10:00'));
    expect(v).toMatchObject({
      status: 'rejected',
      outcome: 'rejected',
      firstInquiryOfficer: 'window1',
      activeNodes: [],
    });
    expect(it.snapshot.status).toBe('done');
    expect(ofType(effects, 'notify')[0]).toMatchObject({
      template: 'acceptance-refused',
      payload: { reason: '不属于本机关职权范围' },
    });
    expect(ofType(effects, 'timer.cancel')).toEqual([
      { type: 'timer.cancel', timerId: 'id-1', nodeId: 'accept' },
      { type: 'timer.cancel', timerId: 'id-2', nodeId: null },
    ]);
  });

  test('parallel-review refused at acceptance takes its reject edge to the rejected end', () => {
    const it = new Item(workflow('parallel-review'), sh('2026-09-28 09:00'), input({ materials: ['M01'] }));
    it.send({ type: 'reject', reason: '材料不全且拒绝补正', actor: 'window1' }, sh('2026-09-28 10:00'));
    expect(it.snapshot.value).toBe('no');
    expect(it.view(sh('2026-09-28 10:00')).status).toBe('rejected');
  });
});

describe('instant items (即办件)', () => {
  test('complete materials and a zero-day acceptance: accepted, certified and finished in the same step', () => {
    const it = new Item(
      workflow('instant'),
      sh('2026-09-24 09:00'),
      input({ materials: ['C01', 'C02', 'C03', 'C04', 'C05'] }),
    );
    const effects = it.send({ type: 'accept', actor: 'window1' }, sh('2026-09-24 09:05'));
    const v = it.view(sh('2026-09-24 09:05'));
    expect(v).toMatchObject({
      status: 'approved',
      outcome: 'approved',
      finishedAt: sh('2026-09-24 09:05'),
      activeNodes: [],
    });
    expect(ofType(effects, 'certificate.issue')).toEqual([
      { type: 'certificate.issue', applicationId: 'app-1', applicant: 'alice', nodeId: 'issue' },
    ]);
    // The item deadline scheduled and cancelled within the step nets out; the acceptance and §32 timers are cancelled.
    expect(effects.filter((e) => e.type.startsWith('timer.'))).toEqual([
      { type: 'timer.cancel', timerId: 'id-1', nodeId: 'accept' },
      { type: 'timer.cancel', timerId: 'id-2', nodeId: null },
    ]);
    expect(it.timers.size).toBe(0);
  });
});
