import { StaffService } from '../src/modules/staff';
import { startTestApp, type TestApp } from './utils/test-app';

describe('staff: A/B posts and absences', () => {
  let server: TestApp;
  let admin: string;
  beforeAll(async () => {
    server = await startTestApp();
    admin = await tokenOf('admin');
  });
  afterAll(async () => {
    await server?.close();
  });

  async function tokenOf(username: string): Promise<string> {
    const response = await server.http.post('/api/auth/login').send({ username, password: username });
    expect(response.status).toBe(200);
    return response.body.token;
  }
  const recordAbsence = (username: string, body: object, token = admin) =>
    server.http.post(`/api/staff/${username}/absence`).set('authorization', `Bearer ${token}`).send(body);

  const week = { from: '2026-10-12T00:00:00.000Z', to: '2026-10-17T00:00:00.000Z' };

  it('records an absence of an A post and names its B post as backup', async () => {
    const response = await recordAbsence('planning1', week).expect(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      username: 'planning1',
      from: week.from,
      to: week.to,
      backup: 'planning1b',
    });
    const listed = await server.http
      .get('/api/staff/planning1/absence')
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    expect(listed.body).toEqual([response.body]);
  });

  it('refuses an absence of the B post overlapping the A post’s with 409', async () => {
    const response = await recordAbsence('planning1b', {
      from: '2026-10-16T08:00:00+08:00',
      to: '2026-10-20T00:00:00+08:00',
    }).expect(409);
    expect(response.body.error).toMatchObject({ code: 'ABSENCE_OVERLAPS_PARTNER', details: { partner: 'planning1' } });
    const listed = await server.http
      .get('/api/staff/planning1b/absence')
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    expect(listed.body).toEqual([]);
  });

  it('accepts the B post’s absence right after the A post is back', async () => {
    const response = await recordAbsence('planning1b', { from: week.to, to: '2026-10-19T00:00:00Z' }).expect(201);
    expect(response.body).toMatchObject({ username: 'planning1b', backup: null });
  });

  it('refuses bad dates with 400', async () => {
    for (const body of [
      { from: week.to, to: week.from },
      { from: week.from, to: week.from },
      { from: '2026-10-12', to: '2026-10-13' },
      { from: 'yesterday', to: week.to },
      { from: week.from },
    ]) {
      const response = await recordAbsence('fire1', body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers 404 for an unknown user or one of another center', async () => {
    const unknown = await recordAbsence('nobody', week).expect(404);
    expect(unknown.body.error.code).toBe('USER_NOT_FOUND');
    await recordAbsence('county-admin', week).expect(404);
  });

  it('lets only admins manage absences', async () => {
    const refused = await recordAbsence('planning1', week, await tokenOf('planning1b')).expect(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    await server.http.post('/api/staff/planning1/absence').send(week).expect(401);
    await server.http
      .get('/api/staff/pairs')
      .set('authorization', `Bearer ${await tokenOf('window1')}`)
      .expect(403);
  });

  it('tells who covers whom, inside the absence only', async () => {
    const staff = server.app.get(StaffService);
    const inside = new Date('2026-10-14T10:00:00Z');
    await expect(staff.coveredBy('planning1b', inside)).resolves.toEqual(['planning1']);
    await expect(staff.coveredBy('planning1b', new Date(week.from))).resolves.toEqual(['planning1']);
    await expect(staff.coveredBy('planning1b', new Date('2026-10-11T23:59:59Z'))).resolves.toEqual([]);
    await expect(staff.coveredBy('planning1b', new Date(week.to))).resolves.toEqual([]);
    await expect(staff.coveredBy('fire1', inside)).resolves.toEqual([]);
    await expect(staff.actingFor('planning1b', 'planning1', inside)).resolves.toBe(true);
    await expect(staff.actingFor('planning1b', 'planning1', new Date('2026-10-18T00:00:00Z'))).resolves.toBe(false);
    await expect(staff.actingFor('fire1', 'planning1', inside)).resolves.toBe(false);
    await expect(staff.backupOf('planning1', inside)).resolves.toBe('planning1b');
    await expect(staff.backupOf('planning1', new Date('2026-10-18T00:00:00Z'))).resolves.toBeNull();
  });

  it('lists the A/B pairs', async () => {
    const response = await server.http.get('/api/staff/pairs').set('authorization', `Bearer ${admin}`).expect(200);
    expect(response.body).toEqual([
      { a: 'planning1', aName: '规划审查员', b: 'planning1b', bName: expect.any(String), department: 'planning' },
    ]);
  });

  it('deletes an absence, after which the partner may be absent then', async () => {
    const [absence] = (await server.http.get('/api/staff/planning1/absence').set('authorization', `Bearer ${admin}`))
      .body;
    await server.http.delete(`/api/staff/absence/${absence.id}`).set('authorization', `Bearer ${admin}`).expect(204);
    await server.http.delete(`/api/staff/absence/${absence.id}`).set('authorization', `Bearer ${admin}`).expect(404);
    await server.http.delete('/api/staff/absence/not-a-uuid').set('authorization', `Bearer ${admin}`).expect(400);
    await expect(
      server.app.get(StaffService).coveredBy('planning1b', new Date('2026-10-14T10:00:00Z')),
    ).resolves.toEqual([]);
    await recordAbsence('planning1b', { from: '2026-10-13T00:00:00Z', to: '2026-10-14T00:00:00Z' }).expect(201);
  });
});
