import { loginAs, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

describe('预约: /api/appointments', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let window1: Session;

  beforeAll(async () => {
    delete process.env.APPOINTMENT_CAPACITY;
    // Mon 2026-09-28, just before National Day: the next 5 working days are 9/29, 9/30, 10/8, 10/9 and Sat 10/10.
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [admin, alice, bob, window1] = await Promise.all(
      ['admin', 'alice', 'bob', 'window1'].map((name) => loginAs(server, name)),
    );
  });
  afterAll(async () => {
    delete process.env.APPOINTMENT_CAPACITY;
    await server.close();
  });

  const book = (session: Session, date: string, slot: string, itemCode = 'construction-permit') =>
    session.post('/api/appointments', { itemCode, date, slot });

  const remaining = async (date: string, slot: string) => {
    const slots = await server.http.get('/api/appointments/slots?itemCode=construction-permit').expect(200);
    return slots.body.days
      .find((d: { date: string }) => d.date === date)
      .slots.find((s: { slot: string }) => s.slot === slot).remaining;
  };

  it('offers 30-minute slots on the next 5 working days only, without login', async () => {
    const slots = await server.http.get('/api/appointments/slots?itemCode=construction-permit').expect(200);
    expect(slots.body.window).toBe('市政务服务中心自然资源和规划局窗口（首席代表）');
    expect(slots.body.days.map((d: { date: string }) => d.date)).toEqual([
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
    ]);
    const times = slots.body.days[0].slots.map((s: { slot: string }) => s.slot);
    expect(times).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
    ]);
    expect(slots.body.days[0].slots[0]).toEqual({ slot: '09:00', end: '09:30', capacity: 2, remaining: 2 });
    expect((await server.http.get('/api/appointments/slots?itemCode=nope').expect(400)).body.error.code).toBe(
      'UNKNOWN_ITEM',
    );
  });

  it('books a slot with a booking number; the slot has one place less', async () => {
    const booked = await book(alice, '2026-09-29', '09:30').expect(201);
    expect(booked.body).toMatchObject({
      bookingNo: 'Y20260929-0001',
      username: 'alice',
      itemCode: 'construction-permit',
      itemName: '建设工程规划许可证核发',
      date: '2026-09-29',
      slot: '09:30',
      startsAt: '2026-09-29T01:30:00.000Z',
      cancelUntil: '2026-09-28T23:30:00.000Z',
      status: 'booked',
    });
    expect(await remaining('2026-09-29', '09:30')).toBe(1);
  });

  it('refuses double booking: the same item twice, or two items in one slot (409 DOUBLE_BOOKING)', async () => {
    const sameItem = await book(alice, '2026-09-30', '10:00').expect(409);
    expect(sameItem.body).toEqual({
      error: { code: 'DOUBLE_BOOKING', message: expect.stringContaining('已预约该事项') },
    });
    const sameSlot = await book(alice, '2026-09-29', '09:30', 'instant').expect(409);
    expect(sameSlot.body.error.code).toBe('DOUBLE_BOOKING');
  });

  it('refuses a full slot with 409 SLOT_FULL', async () => {
    process.env.APPOINTMENT_CAPACITY = '1';
    try {
      const full = await book(bob, '2026-09-29', '09:30').expect(409);
      expect(full.body.error.code).toBe('SLOT_FULL');
    } finally {
      delete process.env.APPOINTMENT_CAPACITY;
    }
    await book(bob, '2026-09-29', '09:30').expect(201);
    expect((await book(window1, '2026-09-29', '10:00').expect(403)).body.error.code).toBe('FORBIDDEN');
  });

  it('refuses slots that do not exist: holidays, weekends, today, too far ahead, outside opening hours (400 INVALID_SLOT)', async () => {
    for (const [date, slot] of [
      ['2026-10-01', '09:00'],
      ['2026-10-11', '09:00'],
      ['2026-09-28', '16:30'],
      ['2026-10-12', '09:00'],
      ['2026-09-30', '12:00'],
      ['2026-09-30', '08:30'],
      ['2026-02-30', '09:00'],
    ]) {
      const response = await book(bob, date, slot, 'instant').expect(400);
      expect(response.body).toEqual({
        error: expect.objectContaining({ code: 'INVALID_SLOT', message: expect.any(String) }),
      });
    }
    expect((await book(bob, '30/09/2026', '09:00', 'instant').expect(400)).body.error.code).toBe('VALIDATION_FAILED');
    await book(bob, '2026-10-10', '09:00', 'instant').expect(201);
  });

  it('lists one’s own bookings to an applicant and the center’s to staff', async () => {
    const mine = (await alice.get('/api/appointments').expect(200)).body;
    expect(mine.map((a: { username: string }) => a.username)).toEqual(['alice']);
    const center = (await window1.get('/api/appointments?date=2026-09-29').expect(200)).body;
    expect(center.map((a: { username: string }) => a.username).sort()).toEqual(['alice', 'bob']);
    await server.http.get('/api/appointments').expect(401);
  });

  it("cancels one's own booking up to 2 hours before; others' bookings look absent", async () => {
    const mine = (await alice.get('/api/appointments').expect(200)).body[0];
    expect((await bob.post(`/api/appointments/${mine.id}/cancel`).expect(404)).body.error.code).toBe(
      'APPOINTMENT_NOT_FOUND',
    );
    const cancelled = await alice.post(`/api/appointments/${mine.id}/cancel`).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String) });
    expect((await alice.post(`/api/appointments/${mine.id}/cancel`).expect(409)).body.error.code).toBe(
      'APPOINTMENT_CANCELLED',
    );
    expect(await remaining('2026-09-29', '09:30')).toBe(1);

    const late = await book(alice, '2026-09-29', '09:00').expect(201);
    await setClock(admin, shanghai('2026-09-29', '07:30'));
    const refused = await alice.post(`/api/appointments/${late.body.id}/cancel`).expect(409);
    expect(refused.body.error.code).toBe('CANCEL_TOO_LATE');
  });
});
