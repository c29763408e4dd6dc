import { cardsByDaySchema, ledgerPageSchema, onTimeSchema, workloadSchema } from '@tongban/api-contract';
import { loginAs, openTask, type Session, setClock, shanghai, submitAs } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const MATERIALS = ['F01', 'F02', 'F03', 'F04'];

/**
 * The dashboard's statistics on one manual clock (it never goes back, so the tests run in date order).
 * one-time-notice: promised 7 and statutory 10 working days, its fire review 5. Item A is accepted on Mon 11-02;
 * item B waits at the window until §32 deems it accepted. Both stay in the fire review, which nobody does.
 */
describe('电子监察 statistics: /api/supervision/statistics/*, the paginated ledger', () => {
  let server: TestApp;
  let admin: Session;
  let super1: Session;
  let itemA: string;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-11-02', '08:00') });
    let alice: Session;
    let window1: Session;
    [admin, alice, window1, super1] = await Promise.all(
      ['admin', 'alice', 'window1', 'super1'].map((name) => loginAs(server, name)),
    );
    await submitAs(alice, 'one-time-notice', MATERIALS);
    await setClock(admin, shanghai('2026-11-02', '09:00'));
    itemA = await submitAs(alice, 'one-time-notice', MATERIALS);
    await window1.post(`/api/applications/${itemA}/accept`).expect(200);
  });
  afterAll(() => server.close());

  const get = async (path: string) => (await super1.get(path).expect(200)).body;
  const carded = (days: { date: string; yellow: number; red: number }[]) => days.filter((day) => day.yellow || day.red);

  it('counts no card before its instant: on 11-10 only the review that lapsed at the end of 11-09 is red', async () => {
    await setClock(admin, shanghai('2026-11-10'));
    const answer = cardsByDaySchema.parse(await get('/api/supervision/statistics/cards-by-day?days=10'));
    expect(answer.at).toBe('2026-11-10T01:00:00.000Z');
    expect(answer.days.map((day) => day.date)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
      '2026-11-09',
      '2026-11-10',
    ]);
    expect(carded(answer.days)).toEqual([{ date: '2026-11-09', yellow: 0, red: 1 }]);
  });

  it('gives 30 Asia/Shanghai days ending today (07:00 on 11-17 is still 11-16 in UTC), each card on the day it turned', async () => {
    await setClock(admin, shanghai('2026-11-17', '07:00'));
    const answer = cardsByDaySchema.parse(await get('/api/supervision/statistics/cards-by-day'));
    expect(answer.days).toHaveLength(30);
    expect(answer.days[0].date).toBe('2026-10-19');
    expect(answer.days.at(-1)!.date).toBe('2026-11-17');
    // 11-09: A's review lapses; 11-11: both items pass the promised deadline (黄牌); 11-16: both pass the
    // statutory one (红牌) and B's review, deemed accepted later, lapses.
    expect(carded(answer.days)).toEqual([
      { date: '2026-11-09', yellow: 0, red: 1 },
      { date: '2026-11-11', yellow: 2, red: 0 },
      { date: '2026-11-16', yellow: 0, red: 3 },
    ]);
    // The same cards the overview counts by the one rule.
    const overview = await get('/api/supervision/overview');
    expect(overview.cardCounts).toEqual({ normal: 0, warning: 0, yellow: 0, red: 2 });
    expect(overview.overdue.map((row: { card: string }) => row.card)).toEqual(['red', 'red']);
    expect(overview.runningItems.map((row: { card: string; steps: string[] }) => [row.card, row.steps])).toEqual([
      ['red', ['消防部门审查']],
      ['red', ['消防部门审查']],
    ]);
  });

  it('shows where open tasks wait: per step and department, overdue ones and hours waited at the clock', async () => {
    const answer = workloadSchema.parse(await get('/api/supervision/statistics/workload'));
    // A's review opened 11-02 09:00 (358 h before 11-17 07:00); B's when §32 deemed it accepted (end of 11-09).
    expect(answer.rows).toEqual([
      {
        department: 'fire',
        centerId: 'demo-city',
        departmentName: '消防救援支队',
        nodeName: '消防部门审查',
        open: 2,
        overdue: 2,
        avgWaitHours: 266.5,
        maxWaitHours: 358,
      },
    ]);
  });

  it('gives the on-time figures by department and by item', async () => {
    const byDepartment = onTimeSchema.parse(await get('/api/supervision/statistics/on-time?by=department'));
    expect(byDepartment.rows).toEqual([
      expect.objectContaining({ key: 'fire', name: '消防救援支队', total: 2, open: 2, overdue: 2, onTimeRate: null }),
    ]);
    const byItem = onTimeSchema.parse(await get('/api/supervision/statistics/on-time?by=item'));
    expect(byItem.by).toBe('item');
    expect(byItem.rows.map((row) => [row.key, row.total, row.overdue])).toEqual([['one-time-notice', 2, 2]]);
  });

  it('pages, sorts and filters the ledger; without page and pageSize it answers the whole array as before', async () => {
    const all = await get('/api/supervision/ledger');
    expect(Array.isArray(all)).toBe(true);
    expect(all).toHaveLength(8);
    const first = ledgerPageSchema.parse(await get('/api/supervision/ledger?page=1&pageSize=3'));
    expect(first.total).toBe(8);
    expect(first.items.map((row) => row.id)).toEqual(all.slice(0, 3).map((row: { id: string }) => row.id));
    const third = ledgerPageSchema.parse(await get('/api/supervision/ledger?page=3&pageSize=3'));
    expect(third.items).toHaveLength(2);

    const oldest = ledgerPageSchema.parse(await get('/api/supervision/ledger?page=1&pageSize=1&sort=at&order=asc'));
    expect(oldest.items[0]).toMatchObject({ kind: 'overdue-step', nodeId: 'accept', overdue: true });

    const steps = ledgerPageSchema.parse(await get('/api/supervision/ledger?page=1&pageSize=10&kind=overdue-step'));
    expect([steps.total, new Set(steps.items.map((row) => row.kind))]).toEqual([3, new Set(['overdue-step'])]);
    const center = ledgerPageSchema.parse(await get('/api/supervision/ledger?page=1&pageSize=10&department=center'));
    expect(center.items.map((row) => row.kind).sort()).toEqual(['deemed-accepted', 'overdue-step']);
    // Asia/Shanghai days: the entries at 23:59:59.999 on 11-11 and 11-16 (15:59:59.999Z).
    const range = ledgerPageSchema.parse(
      await get('/api/supervision/ledger?page=1&pageSize=10&from=2026-11-11&to=2026-11-11'),
    );
    expect(range.items.map((row) => row.kind)).toEqual(['overdue-item', 'overdue-item']);
    const receiptNo = all.find((row: { applicationId: string }) => row.applicationId === itemA).receiptNo;
    const byReceipt = await get(`/api/supervision/ledger?receiptNo=${receiptNo.slice(-6)}`);
    expect(byReceipt.map((row: { kind: string }) => row.kind)).toEqual([
      'statutory-overdue',
      'overdue-item',
      'overdue-step',
    ]);
    expect(new Set(byReceipt.map((row: { applicationId: string }) => row.applicationId))).toEqual(new Set([itemA]));
  });

  it('refuses bad queries with the contract error shape', async () => {
    for (const path of [
      '/api/supervision/statistics/cards-by-day?days=0',
      '/api/supervision/statistics/cards-by-day?days=abc',
      '/api/supervision/statistics/on-time?by=officer',
      '/api/supervision/ledger?page=1&pageSize=500',
      '/api/supervision/ledger?page=1&pageSize=5&sort=note',
      '/api/supervision/ledger?from=2026-13-01',
    ]) {
      const response = await super1.get(path);
      expect([path, response.status, response.body.error?.code]).toEqual([path, 400, 'VALIDATION_FAILED']);
    }
    const alice = await loginAs(server, 'alice');
    await alice.get('/api/supervision/statistics/workload').expect(403);
  });

  it('keeps the cards of an item after it is finished: each stays on the day it was issued', async () => {
    const fire1 = await loginAs(server, 'fire1');
    await fire1
      .post(`/api/tasks/${(await openTask(fire1, itemA, 'review')).id}/complete`, {
        decision: 'approve',
        comment: '同意',
      })
      .expect(200);
    expect((await admin.get(`/api/applications/${itemA}`).expect(200)).body.status).toBe('approved');
    const answer = cardsByDaySchema.parse(await get('/api/supervision/statistics/cards-by-day'));
    expect(carded(answer.days)).toEqual([
      { date: '2026-11-09', yellow: 0, red: 1 },
      { date: '2026-11-11', yellow: 2, red: 0 },
      { date: '2026-11-16', yellow: 0, red: 3 },
    ]);
    // The overview counts the cards held now: the finished item holds none.
    expect((await get('/api/supervision/overview')).cardCounts).toEqual({ normal: 0, warning: 0, yellow: 0, red: 1 });
  });
});
