import { loginAs, PARALLEL_REVIEW_ITEM, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const INSTANT = ['C01', 'C02', 'C03', 'C04', 'C05'].map((code) => ({ code }));
type Row = { id: string };
const ids = (rows: Row[]) => rows.map((row) => row.id);

describe('list routes: page, pageSize, sort, order and search ({ items, total }); unpaged answers unchanged', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let window1: Session;
  let planning1: Session;
  let countyAdmin: Session;
  const receipts: string[] = [];
  const applications: string[] = [];

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [admin, alice, bob, window1, planning1, countyAdmin] = await Promise.all(
      ['admin', 'alice', 'bob', 'window1', 'planning1', 'county-admin'].map((name) => loginAs(server, name)),
    );
    // Alice: two items on Mon 9/28, two on Tue 9/29, one on Wed 9/30; Bob one on Wed. All accepted by window1.
    for (const [index, [day, who]] of (
      [
        ['2026-09-28', alice],
        ['2026-09-28', alice],
        ['2026-09-29', alice],
        ['2026-09-29', alice],
        ['2026-09-30', alice],
        ['2026-09-30', bob],
      ] as const
    ).entries()) {
      await setClock(admin, shanghai(day, `23:3${index}`));
      const submitted = await who.post('/api/applications', PARALLEL_REVIEW_ITEM).expect(201);
      receipts.push(submitted.body.receiptNo);
      applications.push(submitted.body.id);
    }
    await setClock(admin, shanghai('2026-10-09', '10:00'));
    for (const id of applications.slice(0, 5)) await window1.post(`/api/applications/${id}/accept`).expect(200);
  });
  afterAll(() => server.close());

  async function pages(session: Session, path: string, pageSize: number) {
    const first = await session.get(`${path}${path.includes('?') ? '&' : '?'}page=1&pageSize=${pageSize}`).expect(200);
    const all: Row[] = [...first.body.items];
    for (let page = 2; page <= Math.ceil(first.body.total / pageSize); page++) {
      const next = await session.get(`${path}${path.includes('?') ? '&' : '?'}page=${page}&pageSize=${pageSize}`);
      expect(next.status).toBe(200);
      expect(next.body.total).toBe(first.body.total);
      expect(next.body.items.length).toBeLessThanOrEqual(pageSize);
      all.push(...next.body.items);
    }
    return { total: first.body.total as number, all };
  }

  describe('GET /api/applications', () => {
    it('answers a plain array, newest first, without page and pageSize (as before)', async () => {
      const unpaged = await window1.get('/api/applications').expect(200);
      expect(Array.isArray(unpaged.body)).toBe(true);
      expect(ids(unpaged.body)).toEqual([...applications].reverse());
      expect((await alice.get('/api/applications?limit=2').expect(200)).body).toHaveLength(2);
    });

    it('pages in the same order with the total; past the end an empty page', async () => {
      const { total, all } = await pages(window1, '/api/applications', 4);
      expect(total).toBe(6);
      expect(ids(all)).toEqual([...applications].reverse());
      const beyond = await window1.get('/api/applications?page=3&pageSize=4').expect(200);
      expect(beyond.body).toEqual({ items: [], total: 6 });
      const last = await window1.get('/api/applications?page=2&pageSize=4').expect(200);
      expect(last.body.items).toHaveLength(2);
    });

    it('stays within the caller: the applicant its own, another center none', async () => {
      expect((await alice.get('/api/applications?page=1&pageSize=50').expect(200)).body.total).toBe(5);
      expect((await bob.get('/api/applications?page=1&pageSize=50').expect(200)).body.total).toBe(1);
      expect((await countyAdmin.get('/api/applications?page=1&pageSize=50').expect(200)).body).toEqual({
        items: [],
        total: 0,
      });
    });

    it('sorts by a whitelisted field in either order', async () => {
      const asc = await window1.get('/api/applications?page=1&pageSize=10&sort=receiptNo&order=asc').expect(200);
      expect(asc.body.items.map((a: { receiptNo: string }) => a.receiptNo)).toEqual([...receipts].sort());
      const desc = await window1.get('/api/applications?page=1&pageSize=10&sort=submittedAt&order=desc').expect(200);
      expect(ids(desc.body.items)).toEqual([...applications].reverse());
      const statusSorted = await window1.get('/api/applications?page=1&pageSize=10&sort=status').expect(200);
      expect(statusSorted.body.items[0].status).toBe('in-review');
      expect(statusSorted.body.items[5].status).toBe('submitted');
    });

    it('searches by receipt number (contained, any case), applicant (as stored or by name) and status', async () => {
      const tail = receipts[2].slice(-6).toLowerCase();
      const byReceipt = await window1.get(`/api/applications?page=1&pageSize=10&receiptNo=${tail}`).expect(200);
      expect(ids(byReceipt.body.items)).toEqual([applications[2]]);
      expect((await window1.get(`/api/applications?receiptNo=${tail}`).expect(200)).body).toHaveLength(1);
      const byUsername = await window1.get('/api/applications?page=1&pageSize=10&applicant=bob').expect(200);
      expect(ids(byUsername.body.items)).toEqual([applications[5]]);
      const byName = await window1.get(`/api/applications?page=1&pageSize=10&applicant=${encodeURIComponent('李博')}`);
      expect(ids(byName.body.items)).toEqual([applications[5]]);
      const submitted = await window1.get('/api/applications?page=1&pageSize=10&status=submitted').expect(200);
      expect(submitted.body.total).toBe(1);
      const pattern = await window1.get(`/api/applications?page=1&pageSize=10&receiptNo=${encodeURIComponent('%')}`);
      expect(pattern.body.total).toBe(0);
    });

    it('filters by submission day in Asia/Shanghai, both ends inclusive (23:30 is still that day)', async () => {
      const tuesday = await window1.get('/api/applications?page=1&pageSize=10&from=2026-09-29&to=2026-09-29');
      expect(ids(tuesday.body.items).sort()).toEqual(applications.slice(2, 4).sort());
      const fromTue = await window1.get('/api/applications?page=1&pageSize=10&from=2026-09-29').expect(200);
      expect(fromTue.body.total).toBe(4);
      const toMon = await window1.get('/api/applications?page=1&pageSize=10&to=2026-09-28').expect(200);
      expect(toMon.body.total).toBe(2);
    });

    it('refuses bad values with 400 in the contract shape', async () => {
      for (const query of [
        'page=0&pageSize=10',
        'page=1&pageSize=201',
        'page=1&pageSize=x',
        'from=2026-13-01',
        'status=lost',
        'sort=receipt_no',
      ]) {
        const refused = await window1.get(`/api/applications?${query}`).expect(400);
        expect(refused.body).toEqual({
          error: { code: 'VALIDATION_FAILED', message: expect.any(String), details: expect.any(Array) },
        });
      }
      const unknownSort = await window1.get('/api/applications?page=1&pageSize=5&sort=centerId').expect(400);
      expect(unknownSort.body.error.code).toBe('INVALID_SORT');
      expect((await window1.get('/api/applications?page=1').expect(400)).body.error.code).toBe('INVALID_PAGE');
      expect((await window1.get('/api/applications?order=desc').expect(400)).body.error.code).toBe('INVALID_SORT');
    });
  });

  describe('GET /api/tasks', () => {
    it('pages exactly the unpaged inbox, open and all, with the total', async () => {
      const unpaged = await planning1.get('/api/tasks').expect(200);
      expect(unpaged.body.length).toBe(5);
      const { total, all } = await pages(planning1, '/api/tasks', 2);
      expect(total).toBe(5);
      expect(all).toEqual(unpaged.body);
      await planning1.post(`/api/tasks/${unpaged.body[0].id}/complete`, { decision: 'approve' }).expect(200);
      const everything = await pages(planning1, '/api/tasks?status=all', 3);
      expect(everything.all).toEqual((await planning1.get('/api/tasks?status=all').expect(200)).body);
      expect(everything.total).toBe(5);
      const closed = await planning1.get('/api/tasks?page=1&pageSize=10&status=closed').expect(200);
      expect(closed.body).toEqual({
        items: (await planning1.get('/api/tasks?status=closed').expect(200)).body,
        total: 1,
      });
    });

    it('sorts, searches and filters like applications', async () => {
      const sorted = await planning1.get('/api/tasks?page=1&pageSize=10&sort=receiptNo&order=desc').expect(200);
      const open = (await planning1.get('/api/tasks').expect(200)).body.map((t: { receiptNo: string }) => t.receiptNo);
      expect(sorted.body.items.map((t: { receiptNo: string }) => t.receiptNo)).toEqual(open.sort().reverse());
      const tail = receipts[1].slice(-5);
      const byReceipt = await planning1.get(`/api/tasks?page=1&pageSize=10&status=all&receiptNo=${tail}`).expect(200);
      expect(byReceipt.body.items.map((t: { applicationId: string }) => t.applicationId)).toEqual([applications[1]]);
      expect((await planning1.get(`/api/tasks?status=all&receiptNo=${tail}`).expect(200)).body).toHaveLength(1);
      const byDay = await planning1
        .get('/api/tasks?page=1&pageSize=10&status=all&from=2026-09-30&to=2026-09-30')
        .expect(200);
      expect(byDay.body.total).toBe(1);
      expect(
        (await planning1.get('/api/tasks?page=1&pageSize=10&status=all&applicant=alice').expect(200)).body.total,
      ).toBe(5);
      expect((await planning1.get('/api/tasks?page=1&pageSize=10&applicant=bob').expect(200)).body.total).toBe(0);
    });

    it('refuses bad values with 400', async () => {
      expect((await planning1.get('/api/tasks?page=1&pageSize=10&sort=nope').expect(400)).body.error.code).toBe(
        'INVALID_SORT',
      );
      expect((await planning1.get('/api/tasks?page=-1&pageSize=10').expect(400)).body.error.code).toBe(
        'VALIDATION_FAILED',
      );
      expect((await planning1.get('/api/tasks?to=yesterday').expect(400)).body.error.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('GET /api/complaints', () => {
    beforeAll(async () => {
      for (const score of [1, 2, 1]) {
        const item = await alice.post('/api/applications', {
          itemCode: 'instant',
          channel: 'online',
          materials: INSTANT,
        });
        await window1.post(`/api/applications/${item.body.id}/accept`).expect(200);
        await alice.post('/api/ratings', { applicationId: item.body.id, score }).expect(201);
      }
      const [first] = (await window1.get('/api/complaints').expect(200)).body;
      await window1.post(`/api/complaints/${first.id}/answer`, { note: '已整改' }).expect(200);
    });

    it('pages the unpaged list (open first), filters by answered and receipt number, sorts', async () => {
      const unpaged = (await window1.get('/api/complaints').expect(200)).body;
      expect(unpaged).toHaveLength(3);
      const { total, all } = await pages(window1, '/api/complaints', 2);
      expect(total).toBe(3);
      expect(all).toEqual(unpaged);
      expect((await window1.get('/api/complaints?page=1&pageSize=5&answered=true').expect(200)).body.total).toBe(1);
      expect((await window1.get('/api/complaints?answered=false').expect(200)).body).toHaveLength(2);
      const byScore = await window1.get('/api/complaints?page=1&pageSize=5&sort=score&order=desc').expect(200);
      expect(byScore.body.items.map((r: { score: number }) => r.score)).toEqual([2, 1, 1]);
      const receipt = unpaged[1].receiptNo as string;
      const one = await window1.get(`/api/complaints?page=1&pageSize=5&receiptNo=${receipt}`).expect(200);
      expect(one.body).toEqual({ items: [unpaged[1]], total: 1 });
      expect((await alice.get('/api/complaints?page=1&pageSize=5').expect(200)).body.total).toBe(3);
      expect((await bob.get('/api/complaints?page=1&pageSize=5').expect(200)).body.total).toBe(0);
      expect((await window1.get('/api/complaints?answered=maybe').expect(400)).body.error.code).toBe(
        'VALIDATION_FAILED',
      );
      expect((await window1.get('/api/complaints?page=1&pageSize=5&sort=id').expect(400)).body.error.code).toBe(
        'INVALID_SORT',
      );
    });
  });

  describe('GET /api/appointments', () => {
    beforeAll(async () => {
      await setClock(admin, shanghai('2026-10-12', '08:00'));
      const slots = (await server.http.get('/api/appointments/slots?itemCode=construction-permit').expect(200)).body;
      const [day1, day2] = slots.days;
      await alice
        .post('/api/appointments', { itemCode: 'construction-permit', date: day1.date, slot: '09:00' })
        .expect(201);
      const third = await bob
        .post('/api/appointments', { itemCode: 'construction-permit', date: day1.date, slot: '09:30' })
        .expect(201);
      await bob.post(`/api/appointments/${third.body.id}/cancel`).expect(200);
      await bob
        .post('/api/appointments', { itemCode: 'construction-permit', date: day2.date, slot: '10:00' })
        .expect(201);
    });

    it('pages the unpaged list, filters by date, status and item, sorts, refuses bad values', async () => {
      const unpaged = (await window1.get('/api/appointments').expect(200)).body;
      expect(unpaged).toHaveLength(3);
      const { total, all } = await pages(window1, '/api/appointments', 2);
      expect(total).toBe(3);
      expect(all).toEqual(unpaged);
      const booked = await window1.get('/api/appointments?page=1&pageSize=5&status=booked').expect(200);
      expect(booked.body.total).toBe(2);
      const date = unpaged[0].date as string;
      expect((await window1.get(`/api/appointments?page=1&pageSize=5&date=${date}`).expect(200)).body.total).toBe(2);
      expect((await window1.get('/api/appointments?page=1&pageSize=5&itemCode=instant').expect(200)).body.total).toBe(
        0,
      );
      const desc = await window1.get('/api/appointments?page=1&pageSize=5&sort=startsAt&order=desc').expect(200);
      expect(ids(desc.body.items)).toEqual(ids(unpaged).reverse());
      expect((await alice.get('/api/appointments?page=1&pageSize=5').expect(200)).body.total).toBe(1);
      expect((await window1.get('/api/appointments?status=gone').expect(400)).body.error.code).toBe(
        'VALIDATION_FAILED',
      );
      expect((await window1.get('/api/appointments?page=1&pageSize=5&sort=x').expect(400)).body.error.code).toBe(
        'INVALID_SORT',
      );
    });
  });

  describe('GET /api/users', () => {
    it('pages the center staff (LIMIT/OFFSET), filters by role and department, sorts by name', async () => {
      const unpaged = (await admin.get('/api/users').expect(200)).body as { username: string; name: string }[];
      expect(unpaged.length).toBeGreaterThan(5);
      const first = await admin.get('/api/users?page=1&pageSize=4').expect(200);
      expect(first.body).toEqual({ items: unpaged.slice(0, 4), total: unpaged.length });
      const second = await admin.get('/api/users?page=2&pageSize=4').expect(200);
      expect(second.body.items).toEqual(unpaged.slice(4, 8));
      const reviewers = await admin.get('/api/users?page=1&pageSize=50&role=reviewer').expect(200);
      expect(reviewers.body.total).toBe(
        unpaged.filter((u) => (u as unknown as { roles: string[] }).roles.includes('reviewer')).length,
      );
      const fire = await admin.get('/api/users?page=1&pageSize=50&department=fire').expect(200);
      expect(fire.body.items.every((u: { department: string }) => u.department === 'fire')).toBe(true);
      const byName = await admin.get('/api/users?page=1&pageSize=50&sort=name&order=desc').expect(200);
      expect(byName.body.items).toHaveLength(unpaged.length);
      expect(
        (await countyAdmin.get('/api/users?page=1&pageSize=50').expect(200)).body.items.map(
          (u: { username: string }) => u.username,
        ),
      ).not.toContain('admin');
      expect((await admin.get('/api/users?page=1&pageSize=5&sort=password').expect(400)).body.error.code).toBe(
        'INVALID_SORT',
      );
      expect((await admin.get('/api/users?pageSize=5').expect(400)).body.error.code).toBe('INVALID_PAGE');
    });
  });
});
