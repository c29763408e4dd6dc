import { input, Item, ofType, sh, workflow } from '../__tests__/harness';

function accepted() {
  const it = new Item(
    workflow('one-time-notice'),
    sh('2026-11-02 09:00'),
    input({ materials: ['F01', 'F02', 'F03', 'F04'] }),
  );
  it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
  return it;
}

describe('§45 special procedures pause the clock and tell the applicant how long', () => {
  test('a hearing with its expected days: the applicant is told the kind and the duration', () => {
    const it = accepted();
    const effects = it.send(
      { type: 'pause', reason: '举行听证', kind: 'hearing', expectedDays: 15, actor: 'fire1' },
      sh('2026-11-03 09:00'),
    );
    expect(ofType(effects, 'notify')).toEqual([
      {
        type: 'notify',
        to: 'applicant',
        template: 'clock-paused',
        payload: { applicationId: 'app-1', applicant: 'alice', kind: 'hearing', reason: '举行听证', expectedDays: 15 },
      },
    ]);
    const v = it.view(sh('2026-11-03 10:00'));
    expect(v.pauses).toEqual([
      { from: sh('2026-11-03 09:00'), to: null, reason: '举行听证', kind: 'hearing', expectedDays: 15 },
    ]);
    expect(v.history.at(-1)?.note).toBe('hearing：举行听证（预计15个工作日）');
  });

  test.each(['hearing', 'bidding', 'inspection', 'appraisal', 'expert-review'] as const)(
    '%s without expectedDays is refused (400 EXPECTED_DAYS_REQUIRED)',
    (kind) => {
      const err = accepted().refused(
        { type: 'pause', reason: '特别程序', kind, actor: 'fire1' },
        sh('2026-11-03 09:00'),
      );
      expect([err.code, err.status]).toEqual(['EXPECTED_DAYS_REQUIRED', 400]);
    },
  );

  test('expectedDays is a whole number ≥ 1; other kinds need none and notify nobody', () => {
    const it = accepted();
    const bad = it.refused(
      { type: 'pause', reason: 'x', kind: 'hearing', expectedDays: 0, actor: 'fire1' },
      sh('2026-11-03 09:00'),
    );
    expect(bad.code).toBe('INVALID_DAYS');
    const effects = it.send({ type: 'pause', reason: '其他', kind: 'other', actor: 'fire1' }, sh('2026-11-03 09:00'));
    expect(ofType(effects, 'notify')).toEqual([]);
  });
});
