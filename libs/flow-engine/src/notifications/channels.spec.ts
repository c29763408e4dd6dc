import { planDeliveries, normalizeChoice, type CenterChannels } from './channels';
import { afterFailure, MAX_DELIVERY_ATTEMPTS } from './retry';
import { taskReminderDue } from './reminder';

const ALL: CenterChannels = { email: true, sms: true, dingtalk: true, wecom: true };
const alice = { username: 'alice', chosen: ['email'], email: 'alice@example.cn', phone: '13800000000' };

describe('channels', () => {
  it('in-app is always on and first; unknown channels are dropped', () => {
    expect(normalizeChoice([])).toEqual(['in-app']);
    expect(normalizeChoice(['sms', 'fax', 'email'])).toEqual(['in-app', 'email', 'sms']);
  });

  it('an applicant gets in-app plus the chosen channels the center has and they have an address for', () => {
    const plan = planDeliveries({ people: [alice], bare: { email: null, phone: null }, center: ALL, toStaff: false });
    expect(plan).toEqual([
      { channel: 'in-app', recipient: 'alice', address: null },
      { channel: 'email', recipient: 'alice', address: 'alice@example.cn' },
    ]);
    const noSmtp = planDeliveries({
      people: [{ ...alice, chosen: ['email', 'sms'], email: null }],
      bare: { email: null, phone: null },
      center: { ...ALL, sms: false },
      toStaff: false,
    });
    expect(noSmtp).toEqual([{ channel: 'in-app', recipient: 'alice', address: null }]);
  });

  it('without a stored choice: in-app and e-mail; staff messages also reach the group robots once', () => {
    const staff = [
      { username: 'tax1', chosen: null, email: 'tax1@gov.cn', phone: '1' },
      { username: 'tax2', chosen: null, email: null, phone: null },
    ];
    expect(planDeliveries({ people: staff, bare: { email: null, phone: null }, center: ALL, toStaff: true })).toEqual([
      { channel: 'in-app', recipient: 'tax1', address: null },
      { channel: 'email', recipient: 'tax1', address: 'tax1@gov.cn' },
      { channel: 'in-app', recipient: 'tax2', address: null },
      { channel: 'dingtalk', recipient: 'robot:dingtalk', address: null },
      { channel: 'wecom', recipient: 'robot:wecom', address: null },
    ]);
  });

  it('a bare address (no user) gets that channel only, never twice', () => {
    expect(
      planDeliveries({ people: [], bare: { email: 'new@example.cn', phone: '139' }, center: ALL, toStaff: false }),
    ).toEqual([
      { channel: 'email', recipient: 'email:new@example.cn', address: 'new@example.cn' },
      { channel: 'sms', recipient: 'phone:139', address: '139' },
    ]);
    expect(
      planDeliveries({
        people: [alice],
        bare: { email: 'alice@example.cn', phone: null },
        center: ALL,
        toStaff: false,
      }),
    ).toHaveLength(2);
  });
});

describe('retry backoff', () => {
  it('waits 1, 2, 4, 8, 16 minutes, then dead-letters at the sixth failure', () => {
    const at = '2026-03-02T01:00:00.000Z';
    const waits = [1, 2, 3, 4, 5].map((n) => {
      const next = afterFailure(n, at);
      if (next.dead) throw new Error('dead too early');
      return (Date.parse(next.nextAttemptAt) - Date.parse(at)) / 60_000;
    });
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    expect(afterFailure(MAX_DELIVERY_ATTEMPTS, at)).toEqual({ dead: true });
  });
});

describe('临期提醒', () => {
  it('is due within the last two working days before the deadline, not after it', () => {
    const deadline = '2026-03-10T09:00:00.000Z';
    expect(taskReminderDue({ deadline, at: '2026-03-05T01:00:00.000Z', remainingWorkingDays: 3 })).toBe(false);
    expect(taskReminderDue({ deadline, at: '2026-03-06T01:00:00.000Z', remainingWorkingDays: 2 })).toBe(true);
    expect(taskReminderDue({ deadline, at: '2026-03-10T10:00:00.000Z', remainingWorkingDays: 0 })).toBe(false);
  });
});
