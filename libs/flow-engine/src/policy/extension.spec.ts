import { input, Item, sh, workflow } from '../__tests__/harness';
import { approverRefusal, extensionCap, extensionDepartments, type DirectoryEntry } from './extension';

const head: DirectoryEntry = {
  username: 'firehead',
  centerId: 'c1',
  roles: ['head'],
  department: 'fire',
  active: true,
};

describe('§42 extension rules', () => {
  test('the cap: the center setting (default 10), 15 for a joint item (§42 ¶2)', () => {
    expect(extensionCap({})).toBe(10);
    expect(
      extensionCap({
        policy: { supplementDays: 20, deemedAcceptanceDays: 5, extensionMaxDays: 4, warnAtRemainingDays: 2 },
      }),
    ).toBe(4);
    expect(extensionCap({ joint: true })).toBe(15);
  });

  test('the engine refuses more days than the cap, and takes the cap itself', () => {
    const start = (joint: boolean) => {
      const it = new Item(
        workflow('one-time-notice'),
        sh('2026-11-02 09:00'),
        input({ materials: ['F01', 'F02', 'F03', 'F04'], joint }),
      );
      it.send({ type: 'accept', actor: 'window1' }, sh('2026-11-02 10:00'));
      return it;
    };
    const extend = { type: 'extend' as const, reason: '情况复杂', approver: 'firehead', actor: 'fire1' };
    const it = start(false);
    const err = it.refused({ ...extend, days: 11 }, sh('2026-11-03 09:00'));
    expect([err.code, err.status, err.message]).toEqual(['INVALID_DAYS', 400, '延期不得超过10个工作日']);
    it.send({ ...extend, days: 10 }, sh('2026-11-03 09:00'));
    const joint = start(true);
    expect(joint.refused({ ...extend, days: 16 }, sh('2026-11-03 09:00')).code).toBe('INVALID_DAYS');
    joint.send({ ...extend, days: 15 }, sh('2026-11-03 09:00'));
    expect(joint.view(sh('2026-11-03 09:00')).extension?.days).toBe(15);
  });

  test('the departments: those of the steps where the item stands', () => {
    const it = new Item(
      workflow('parallel-review'),
      sh('2026-09-28 09:00'),
      input({ materials: ['M01', 'M02', 'M03'] }),
    );
    expect(extensionDepartments(it.def, it.snapshot)).toEqual(['center']);
    it.send({ type: 'accept', actor: 'window1' }, sh('2026-09-28 10:00'));
    expect(extensionDepartments(it.def, it.snapshot)).toEqual(['planning', 'fire', 'environment']);
    it.decide('fire', 'approve', sh('2026-09-29 10:00'));
    expect(extensionDepartments(it.def, it.snapshot)).toEqual(['planning', 'environment']);
  });

  test("the approver: an active head of one of those departments in the item's center", () => {
    const check = (approver: DirectoryEntry | null, departments = ['fire']) =>
      approverRefusal({ approver, centerId: 'c1', departments })?.code ?? null;
    expect(check(head)).toBeNull();
    expect(check(head, ['planning', 'fire'])).toBeNull();
    expect(check(null)).toBe('UNKNOWN_APPROVER');
    expect(check({ ...head, active: false })).toBe('UNKNOWN_APPROVER');
    expect(check({ ...head, centerId: 'c2' })).toBe('UNKNOWN_APPROVER');
    expect(check({ ...head, roles: ['reviewer'] })).toBe('APPROVER_NOT_HEAD');
    expect(check(head, ['planning'])).toBe('APPROVER_NOT_HEAD');
    expect(check({ ...head, department: null })).toBe('APPROVER_NOT_HEAD');
    expect(check(head, [])).toBe('APPROVER_NOT_HEAD');
  });
});
