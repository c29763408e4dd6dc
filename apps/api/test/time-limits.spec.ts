import { DataSource } from 'typeorm';
import { loginAs, type Session, setClock, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const ALL_MATERIALS = ['F01', 'F02', 'F03', 'F04'];

interface Effect {
  type: string;
  template?: string;
  payload?: Record<string, unknown>;
}

/**
 * The time limits of issue 14 on one manual clock (it never goes back, so the tests run in date order):
 * one-time-notice is promised 7 and statutory 10 working days; its fire review has 5 and reminds on lapse.
 */
describe('time limits: both deadlines, §42 extension, §45 pauses, cards everywhere', () => {
  let server: TestApp;
  let admin: Session;
  let window1: Session;
  let alice: Session;
  let fire1: Session;
  let super1: Session;
  let hearing: string;
  let lateItem: string;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-11-02', '08:00') });
    [admin, window1, alice, fire1, super1] = await Promise.all(
      ['admin', 'window1', 'alice', 'fire1', 'super1'].map((name) => loginAs(server, name)),
    );
  });
  afterAll(() => server.close());

  const view = async (id: string) => (await window1.get(`/api/applications/${id}`).expect(200)).body;
  const accepted = async (itemCode = 'one-time-notice') => {
    const id = await submitAs(alice, itemCode, ALL_MATERIALS);
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    return id;
  };
  const lastEffects = async (id: string): Promise<Effect[]> => {
    const events = (await window1.get(`/api/applications/${id}/events`).expect(200)).body;
    return events.at(-1).payload.effects;
  };

  /** The card of an item and of one of its steps as the item view, the workbench and the dashboard give them. */
  async function cardsEverywhere(id: string, nodeId: string) {
    const item = await view(id);
    const tasks = (await fire1.get('/api/tasks?status=open').expect(200)).body;
    const overview = (await super1.get('/api/supervision/overview').expect(200)).body;
    const listed = overview.cardedItems.find((row: { applicationId: string }) => row.applicationId === id);
    const step = overview.cardedSteps.find(
      (row: { applicationId: string; nodeId: string }) => row.applicationId === id && row.nodeId === nodeId,
    );
    return {
      item: [item.card, listed?.card ?? 'normal'],
      step: [
        item.stepClocks.find((clock: { nodeId: string }) => clock.nodeId === nodeId)?.card,
        tasks.find((task: { applicationId: string }) => task.applicationId === id)?.card ?? '(no task)',
        step?.card ?? 'normal',
      ],
      counts: overview.cardCounts,
    };
  }

  it('the item view, the workbench and the dashboard show the same cards at every instant; a late acceptance is visible', async () => {
    await setClock(admin, shanghai('2026-11-02', '09:00'));
    const id = (lateItem = await accepted());
    const waiting = await submitAs(alice, 'one-time-notice', ALL_MATERIALS);
    const first = await view(id);
    expect([first.deadline, first.statutoryDeadline, first.card]).toEqual([
      '2026-11-11T15:59:59.999Z',
      '2026-11-16T15:59:59.999Z',
      'normal',
    ]);

    // Acceptance has 1 working day: the item left waiting at the window is late on 11-04 though the item has no card.
    await setClock(admin, shanghai('2026-11-04'));
    expect(await cardsEverywhere(id, 'review')).toMatchObject({
      item: ['normal', 'normal'],
      step: ['normal', 'normal', 'normal'],
    });
    const late = await cardsEverywhere(waiting, 'accept');
    expect(late.item).toEqual(['normal', 'normal']);
    expect(late.step).toEqual(['red', '(no task)', 'red']);

    // The review's last 2 working days: Fri 11-06 and Mon 11-09.
    await setClock(admin, shanghai('2026-11-06'));
    expect((await cardsEverywhere(id, 'review')).step).toEqual(['warning', 'warning', 'warning']);

    // The review lapsed at the end of 11-09 (remind: it stays open); the item is in its last 2 days (11-10, 11-11).
    await setClock(admin, shanghai('2026-11-10'));
    expect(await cardsEverywhere(id, 'review')).toMatchObject({
      item: ['warning', 'warning'],
      step: ['red', 'red', 'red'],
    });

    await setClock(admin, shanghai('2026-11-12'));
    expect((await cardsEverywhere(id, 'review')).item).toEqual(['yellow', 'yellow']);

    await setClock(admin, shanghai('2026-11-17'));
    const red = await cardsEverywhere(id, 'review');
    expect(red.item).toEqual(['red', 'red']);
    expect(red.counts.red).toBeGreaterThanOrEqual(1);
  });

  it('passing the statutory deadline writes one statutory-overdue entry naming the department where the item stands', async () => {
    const ledger = (await super1.get('/api/supervision/ledger').expect(200)).body;
    const entries = ledger.filter(
      (entry: { kind: string; applicationId: string }) =>
        entry.kind === 'statutory-overdue' && entry.applicationId === lateItem,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      department: 'fire',
      nodeId: 'review',
      note: '办件超过法定时限（10个工作日）仍未办结',
    });
    expect(new Date(entries[0].at).toISOString()).toBe('2026-11-16T15:59:59.999Z');
  });

  it('§42: an extension is approved by the head of the department where the item stands, moves both deadlines and tells the applicant', async () => {
    await setClock(admin, shanghai('2026-11-18'));
    const id = await accepted();
    const extend = (body: object) =>
      window1.post(`/api/applications/${id}/extend`, { days: 3, reason: '情况复杂', ...body });
    const refused = async (body: object, code: string) => {
      const response = await extend(body).expect(400);
      expect(response.body.error.code).toBe(code);
    };
    await refused({ approver: 'nobody' }, 'UNKNOWN_APPROVER');
    await refused({}, 'APPROVER_NOT_HEAD');
    await refused({ approver: 'fire1' }, 'APPROVER_NOT_HEAD');
    await refused({ approver: 'planninghead' }, 'APPROVER_NOT_HEAD');
    await refused({ approver: 'firehead', days: 11 }, 'INVALID_DAYS');
    expect((await view(id)).extension).toBeNull();

    const done = await extend({ approver: 'firehead' }).expect(200);
    // Accepted Wed 11-18: promised 7 → 11-27, statutory 10 → 12-02; 3 more working days each.
    expect([done.body.deadline, done.body.statutoryDeadline]).toEqual([
      '2026-12-02T15:59:59.999Z',
      '2026-12-07T15:59:59.999Z',
    ]);
    expect(done.body.extension).toMatchObject({ days: 3, approver: 'firehead' });
    expect((await lastEffects(id)).find((effect) => effect.type === 'notify')).toEqual({
      type: 'notify',
      to: 'applicant',
      template: 'deadline-extended',
      payload: {
        applicationId: id,
        applicant: 'alice',
        days: 3,
        reason: '情况复杂',
        deadline: '2026-12-02T15:59:59.999Z',
        statutoryDeadline: '2026-12-07T15:59:59.999Z',
      },
    });
    expect((await extend({ approver: 'firehead' }).expect(409)).body.error.code).toBe('ALREADY_EXTENDED');
  });

  it("§42: the cap is the center's setting in force at submission; a joint catalog item may take 15 (§42 ¶2)", async () => {
    const center = (await admin.get('/api/auth/me').expect(200)).body.centerId;
    await admin.put(`/api/centers/${center}/settings`, { extensionMaxDays: 4 }).expect(200);
    const capped = await accepted();
    await admin.put(`/api/centers/${center}/settings`, { extensionMaxDays: null }).expect(200);
    const extend = (id: string, days: number) =>
      window1.post(`/api/applications/${id}/extend`, { days, reason: '情况复杂', approver: 'firehead' });
    expect((await extend(capped, 5).expect(400)).body.error.message).toBe('延期不得超过4个工作日');
    await extend(capped, 4).expect(200);

    const joint = await admin
      .post('/api/catalog', {
        code: 'joint-fire-check',
        name: '联合办理演示事项',
        department: '消防救援支队',
        legalBasis: '《中华人民共和国行政许可法》第四十二条第二款',
        flowKey: 'one-time-notice',
        statutoryDays: 45,
        promisedDays: 30,
        jointHandling: true,
      })
      .expect(201);
    expect(joint.body.jointHandling).toBe(true);
    const id = await accepted('joint-fire-check');
    await extend(id, 16).expect(400);
    await extend(id, 15).expect(200);
  });

  it('§45: a hearing pauses the clock and tells the applicant how long it will take; without the time it is refused', async () => {
    const id = (hearing = await accepted());
    const missing = await window1
      .post(`/api/applications/${id}/pause`, { reason: '举行听证', kind: 'hearing' })
      .expect(400);
    expect(missing.body.error.code).toBe('EXPECTED_DAYS_REQUIRED');
    const paused = await window1
      .post(`/api/applications/${id}/pause`, { reason: '举行听证', kind: 'hearing', expectedDays: 15 })
      .expect(200);
    expect(paused.body.pauses).toEqual([expect.objectContaining({ kind: 'hearing', expectedDays: 15, to: null })]);
    expect((await lastEffects(id)).find((effect) => effect.type === 'notify')).toEqual({
      type: 'notify',
      to: 'applicant',
      template: 'clock-paused',
      payload: { applicationId: id, applicant: 'alice', kind: 'hearing', reason: '举行听证', expectedDays: 15 },
    });
    await window1.post(`/api/applications/${id}/pause`, { reason: 'x', kind: 'hearing', expectedDays: 0 }).expect(400);
  });

  it('the heads are in the directory for the extension picker', async () => {
    const heads = (await window1.get('/api/users?role=head').expect(200)).body;
    expect(heads.map((user: { username: string; department: string }) => [user.username, user.department])).toEqual([
      ['envhead', 'environment'],
      ['firehead', 'fire'],
      ['planninghead', 'planning'],
    ]);
  });

  it('a deadline in a year without an official holiday notice says so (calendarOfficial: false)', async () => {
    await setClock(admin, shanghai('2026-12-24'));
    const id = await accepted();
    // Thu 12-24 + 7 working days: 12-25, 28, 29, 30, 31, then 2027-01-01 (guessed a workday) and 01-04.
    const item = await view(id);
    expect([item.deadline, item.calendarOfficial]).toEqual(['2027-01-04T15:59:59.999Z', false]);
    expect(item.stepClocks[0]).toMatchObject({ nodeId: 'review', calendarOfficial: true });
  });

  it('an item paused since 11-18 keeps its card on 12-24 in the view, the workbench and the dashboard alike', async () => {
    // Without the pause its promised deadline (11-27) would be long past: the stored card times must not run on.
    const cards = await cardsEverywhere(hearing, 'review');
    expect(cards.item).toEqual(['normal', 'normal']);
    expect(cards.step).toEqual(['normal', 'normal', 'normal']);
  });

  it('a row stored before cards existed (no card times) still gets its card on the dashboard, from its snapshot', async () => {
    await server.app.get(DataSource).query(`UPDATE application SET cards = NULL WHERE id = $1`, [lateItem]);
    expect((await cardsEverywhere(lateItem, 'review')).item).toEqual(['red', 'red']);
  });
});
