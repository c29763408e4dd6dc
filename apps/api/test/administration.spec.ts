import {
  abPairCreatedSchema,
  adminUserSchema,
  centerSchema,
  departmentSchema,
  pageOf,
  userSummarySchema,
} from '@tongban/api-contract';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { expectContract } from './utils/contract';
import { loginAs, openTask, PARALLEL_REVIEW_ITEM, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

interface AuditRow {
  actor: string;
  action: string;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('administration: users, centers, departments, A/B pairs (admin, own center and those below)', () => {
  let server: TestApp;
  let db: DataSource;
  let admin: Session;
  let countyAdmin: Session;
  let window1: Session;
  let alice: Session;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    db = server.app.get(DataSource);
    [admin, countyAdmin, window1, alice] = await Promise.all(
      ['admin', 'county-admin', 'window1', 'alice'].map((name) => loginAs(server, name)),
    );
    await setClock(admin, shanghai('2026-09-28', '10:00'));
  });
  afterAll(() => server.close());

  const login = (username: string, password: string) =>
    server.http.post('/api/auth/login').send({ username, password });
  const audits = async (target: string): Promise<AuditRow[]> =>
    db.query(`SELECT actor, action, target, before, after FROM admin_audit WHERE target = $1 ORDER BY id`, [target]);
  const errorOf = (response: { status: number; body: { error?: { code: string } } }) => [
    response.status,
    response.body.error?.code,
  ];
  const newUser = (over: object = {}) => ({
    username: 'window3',
    password: 'Window3-pass',
    name: '窗口人员丙',
    roles: ['officer'],
    department: 'center',
    centerId: 'demo-city',
    email: 'window3@example.cn',
    phone: '0755-23610103',
    ...over,
  });

  describe('users', () => {
    it('an admin creates a user of its center: 201 the full record, audited without the password; it logs in', async () => {
      const created = await admin.post('/api/users', newUser()).expect(201);
      expect(expectContract(adminUserSchema, created.body)).toEqual({
        username: 'window3',
        name: '窗口人员丙',
        roles: ['officer'],
        department: 'center',
        centerId: 'demo-city',
        email: 'window3@example.cn',
        phone: '0755-23610103',
        chiefRepresentative: false,
        disabled: false,
        createdAt: '2026-09-28T02:00:00.000Z',
      });
      const [row] = await audits('window3');
      expect(row).toEqual({
        actor: 'admin',
        action: 'user.create',
        target: 'window3',
        before: null,
        after: created.body,
      });
      expect(JSON.stringify(await audits('window3'))).not.toMatch(/argon|Window3-pass/);
      expect((await login('window3', 'Window3-pass')).status).toBe(200);
    });

    it('refuses bad input with 400, a taken username with 409, an unknown department with 404; nothing is created', async () => {
      const cases: [object, number, string][] = [
        [{ username: 'Bad Name' }, 400, 'VALIDATION_FAILED'],
        [{ username: 'ab' }, 400, 'VALIDATION_FAILED'],
        [{ username: 'short-pass', password: 'abc1234' }, 400, 'VALIDATION_FAILED'],
        [{ username: 'no-role', roles: [] }, 400, 'VALIDATION_FAILED'],
        [{ username: 'bad-role', roles: ['king'] }, 400, 'VALIDATION_FAILED'],
        [{ username: 'bad-mail', email: 'not-a-mail' }, 400, 'VALIDATION_FAILED'],
        [{ username: 'extra', isRoot: true }, 400, 'VALIDATION_FAILED'],
        [{ username: 'no-dept', department: 'tax' }, 404, 'DEPARTMENT_NOT_FOUND'],
        [{ username: 'window1' }, 409, 'USERNAME_TAKEN'],
      ];
      for (const [over, status, code] of cases)
        expect([over, ...errorOf(await admin.post('/api/users', newUser(over)))]).toEqual([over, status, code]);
      const [{ count }] = await db.query(
        `SELECT count(*)::int AS count FROM app_user WHERE username IN ('no-dept', 'short-pass', 'extra')`,
      );
      expect(count).toBe(0);
    });

    it('scope: a county admin cannot create users in the city (403); a city admin can in its county', async () => {
      const refused = await countyAdmin.post('/api/users', newUser({ username: 'intruder' }));
      expect(errorOf(refused)).toEqual([403, 'CENTER_OUT_OF_SCOPE']);
      const created = await admin
        .post('/api/users', newUser({ username: 'county-window', centerId: 'demo-county' }))
        .expect(201);
      expect(created.body).toMatchObject({ centerId: 'demo-county', department: 'center' });
      expect(errorOf(await countyAdmin.post('/api/users', newUser({ username: 'xone', centerId: 'nowhere' })))).toEqual(
        [403, 'CENTER_OUT_OF_SCOPE'],
      );
      expect(errorOf(await window1.post('/api/users', newUser({ username: 'x2' })))).toEqual([403, 'FORBIDDEN']);
    });

    it('PATCH changes the fields sent: 200 the record, audited before and after', async () => {
      const patched = await server.http
        .patch('/api/users/window3')
        .set('authorization', `Bearer ${admin.token}`)
        .send({ name: '窗口人员丙二', roles: ['officer', 'head'], chiefRepresentative: true, email: null });
      expect(patched.status).toBe(200);
      expect(expectContract(adminUserSchema, patched.body)).toMatchObject({
        name: '窗口人员丙二',
        roles: ['officer', 'head'],
        chiefRepresentative: true,
        email: null,
        phone: '0755-23610103',
      });
      const row = (await audits('window3')).find((entry) => entry.action === 'user.update')!;
      expect(row.before).toMatchObject({ name: '窗口人员丙', roles: ['officer'], email: 'window3@example.cn' });
      expect(row.after).toMatchObject({ name: '窗口人员丙二', roles: ['officer', 'head'], email: null });
    });

    it('PATCH refuses a user outside the scope (404), an unknown department (404), bad fields (400)', async () => {
      const patch = (session: Session, username: string, body: object) =>
        server.http.patch(`/api/users/${username}`).set('authorization', `Bearer ${session.token}`).send(body);
      expect(errorOf(await patch(countyAdmin, 'window1', { name: '改名' }))).toEqual([404, 'USER_NOT_FOUND']);
      expect(errorOf(await patch(admin, 'nobody', { name: '改名' }))).toEqual([404, 'USER_NOT_FOUND']);
      expect(errorOf(await patch(admin, 'window3', { department: 'tax' }))).toEqual([404, 'DEPARTMENT_NOT_FOUND']);
      expect(errorOf(await patch(admin, 'window3', { roles: ['king'] }))).toEqual([400, 'VALIDATION_FAILED']);
      expect(errorOf(await patch(admin, 'window3', { password: 'x' }))).toEqual([400, 'VALIDATION_FAILED']);
      expect(errorOf(await patch(admin, 'admin', { disabled: true }))).toEqual([409, 'CANNOT_DISABLE_SELF']);
      expect(errorOf(await patch(window1, 'window3', { name: '改名' }))).toEqual([403, 'FORBIDDEN']);
    });

    it('a password reset answers 204: the old password and token no longer work, the new one does; audited without it', async () => {
      const before = await login('window3', 'Window3-pass').expect(200);
      await admin.post('/api/users/window3/password', { password: 'New-pass-2026' }).expect(204);
      await server.http.get('/api/auth/me').set('authorization', `Bearer ${before.body.token}`).expect(401);
      expect((await login('window3', 'Window3-pass')).status).toBe(401);
      expect((await login('window3', 'New-pass-2026')).status).toBe(200);
      const row = (await audits('window3')).find((entry) => entry.action === 'user.password-reset')!;
      expect(row).toMatchObject({ actor: 'admin', before: null, after: { username: 'window3' } });
      expect(JSON.stringify(row)).not.toMatch(/New-pass|argon/);
      expect(errorOf(await admin.post('/api/users/window3/password', { password: 'short' }))).toEqual([
        400,
        'VALIDATION_FAILED',
      ]);
      expect(errorOf(await countyAdmin.post('/api/users/window3/password', { password: 'Long-enough-1' }))).toEqual([
        404,
        'USER_NOT_FOUND',
      ]);
    });

    it('GET /api/users: staff get names and roles of enabled accounts, admins full records with filters', async () => {
      const staffList = (await window1.get('/api/users').expect(200)).body;
      expectContract(z.array(userSummarySchema), staffList);
      const adminList = expectContract(z.array(adminUserSchema), (await admin.get('/api/users').expect(200)).body);
      expect(adminList.map((user) => user.username)).toContain('window3');
      const found = (await admin.get('/api/users?q=丙二&page=1&pageSize=10').expect(200)).body;
      expect(expectContract(pageOf(adminUserSchema), found)).toMatchObject({
        total: 1,
        items: [{ username: 'window3' }],
      });
      const county = (await admin.get('/api/users?center=demo-county').expect(200)).body;
      expect(county.map((user: { username: string }) => user.username).sort()).toEqual([
        'county-admin',
        'county-window',
      ]);
      expect(errorOf(await window1.get('/api/users?center=demo-county'))).toEqual([404, 'CENTER_NOT_FOUND']);
      expect(errorOf(await countyAdmin.get('/api/users?center=demo-city'))).toEqual([404, 'CENTER_NOT_FOUND']);
      expect(errorOf(await admin.get('/api/users?disabled=maybe'))).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('a disabled user cannot log in, its token is refused at once, it is listed as disabled to admins', async () => {
      const before = await login('county-window', 'Window3-pass').expect(200);
      const patched = await server.http
        .patch('/api/users/county-window')
        .set('authorization', `Bearer ${admin.token}`)
        .send({ disabled: true })
        .expect(200);
      expect(patched.body.disabled).toBe(true);
      expect((await login('county-window', 'Window3-pass')).status).toBe(401);
      await server.http.get('/api/auth/me').set('authorization', `Bearer ${before.body.token}`).expect(401);
      const disabled = (await admin.get('/api/users?center=demo-county&disabled=true').expect(200)).body;
      expect(disabled.map((user: { username: string }) => user.username)).toEqual(['county-window']);
      const [{ version }] = await db.query(
        `SELECT token_version AS version FROM app_user WHERE username = 'county-window'`,
      );
      expect(version).toBe(1);
    });
  });

  describe('a disabled officer’s open tasks', () => {
    const patch = (username: string, body: object) =>
      server.http.patch(`/api/users/${username}`).set('authorization', `Bearer ${admin.token}`).send(body);
    const events = (id: string) =>
      db.query(
        `SELECT command, actor, payload, instance_version AS version FROM instance_event
         WHERE application_id = $1 ORDER BY instance_version`,
        [id],
      );

    async function claimedInReview(officer: Session, nodeId: string) {
      const { body } = await alice.post('/api/applications', PARALLEL_REVIEW_ITEM).expect(201);
      await window1.post(`/api/applications/${body.id}/accept`).expect(200);
      const task = await openTask(officer, body.id, nodeId);
      await officer.post(`/api/tasks/${task.id}/claim`).expect(200);
      return { id: body.id as string, taskId: task.id };
    }

    it('go to its B post, with one reassign event per item; B decides them', async () => {
      const planning1 = await loginAs(server, 'planning1');
      const first = await claimedInReview(planning1, 'plan');
      const second = await claimedInReview(planning1, 'plan');
      await patch('planning1', { disabled: true }).expect(200);
      for (const { id, taskId } of [first, second]) {
        const [task] = await db.query(`SELECT claimed_by AS "claimedBy" FROM task WHERE id = $1`, [taskId]);
        expect(task.claimedBy).toBe('planning1b');
        const log = await events(id);
        expect(log.map((e: { command: string }) => e.command)).toEqual(['submit', 'accept', 'claim', 'reassign']);
        expect(log.at(-1)).toMatchObject({
          actor: 'admin',
          version: log.at(-2).version + 1,
          payload: { from: 'planning1', to: 'planning1b', taskIds: [taskId] },
        });
      }
      const planning1b = await loginAs(server, 'planning1b');
      await planning1b
        .post(`/api/tasks/${first.taskId}/complete`, { decision: 'approve', comment: '同意' })
        .expect(200);
      await patch('planning1', { disabled: false }).expect(200);
    });

    it('without a B post go back to the department queue, recorded, where another officer may claim them', async () => {
      const fire1 = await loginAs(server, 'fire1');
      const { id, taskId } = await claimedInReview(fire1, 'fire');
      await admin
        .post(
          '/api/users',
          newUser({ username: 'fire2', roles: ['reviewer'], department: 'fire', centerId: 'demo-city' }),
        )
        .expect(201);
      await patch('fire1', { disabled: true }).expect(200);
      const [task] = await db.query(`SELECT claimed_by AS "claimedBy", status FROM task WHERE id = $1`, [taskId]);
      expect(task).toEqual({ claimedBy: null, status: 'open' });
      expect((await events(id)).at(-1)).toMatchObject({ command: 'reassign', payload: { from: 'fire1', to: null } });
      const fire2 = await login('fire2', 'Window3-pass');
      await server.http
        .post(`/api/tasks/${taskId}/claim`)
        .set('authorization', `Bearer ${fire2.body.token}`)
        .expect(200);
    });

    it('an officer holding nothing is disabled without events', async () => {
      const [{ before }] = await db.query(`SELECT count(*)::int AS before FROM instance_event`);
      await patch('env1', { disabled: true }).expect(200);
      const [{ after }] = await db.query(`SELECT count(*)::int AS after FROM instance_event`);
      expect(after).toBe(before);
      const picker = (await window1.get('/api/users?role=reviewer').expect(200)).body;
      expect(picker.map((user: { username: string }) => user.username)).not.toContain('env1');
      const listed = (await admin.get('/api/users?q=env1').expect(200)).body;
      expect(listed).toMatchObject([{ username: 'env1', disabled: true }]);
    });
  });

  describe('centers and departments', () => {
    it('GET /api/centers lists the caller’s center and those below, root first', async () => {
      const cities = expectContract(z.array(centerSchema), (await window1.get('/api/centers').expect(200)).body);
      expect(cities).toEqual([
        { id: 'demo-city', name: '示范市政务服务中心', level: 'city', parentId: null },
        { id: 'demo-county', name: '示范县政务服务中心', level: 'county', parentId: 'demo-city' },
      ]);
      expect((await countyAdmin.get('/api/centers').expect(200)).body.map((c: { id: string }) => c.id)).toEqual([
        'demo-county',
      ]);
      expect(errorOf(await alice.get('/api/centers'))).toEqual([403, 'FORBIDDEN']);
    });

    it('POST /api/centers creates a center one level below a parent in scope; refusals change nothing', async () => {
      const body = { id: 'demo-town', name: '示范区政务服务中心', level: 'county', parentId: 'demo-city' };
      const created = await admin.post('/api/centers', body).expect(201);
      expect(expectContract(centerSchema, created.body)).toEqual(body);
      expect((await audits('demo-town'))[0]).toMatchObject({ action: 'center.create', before: null, after: body });
      expect(errorOf(await admin.post('/api/centers', body))).toEqual([409, 'CENTER_EXISTS']);
      expect(errorOf(await admin.post('/api/centers', { ...body, id: 'x-city', level: 'city' }))).toEqual([
        400,
        'INVALID_CENTER_LEVEL',
      ]);
      expect(
        errorOf(await admin.post('/api/centers', { ...body, id: 'x-below', level: 'county', parentId: 'demo-county' })),
      ).toEqual([400, 'INVALID_CENTER_LEVEL']);
      expect(errorOf(await countyAdmin.post('/api/centers', { ...body, id: 'x-sibling' }))).toEqual([
        404,
        'CENTER_NOT_FOUND',
      ]);
      expect(errorOf(await admin.post('/api/centers', { ...body, id: 'Bad Id' }))).toEqual([400, 'VALIDATION_FAILED']);
      expect(errorOf(await window1.post('/api/centers', { ...body, id: 'x-officer' }))).toEqual([403, 'FORBIDDEN']);
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM center WHERE id LIKE 'x-%'`);
      expect(count).toBe(0);
    });

    it('PATCH /api/centers/{id} renames a center in scope, audited', async () => {
      const rename = (session: Session, id: string, name: string) =>
        server.http.patch(`/api/centers/${id}`).set('authorization', `Bearer ${session.token}`).send({ name });
      const renamed = await rename(admin, 'demo-town', '示范新区政务服务中心').expect(200);
      expect(renamed.body).toMatchObject({ id: 'demo-town', name: '示范新区政务服务中心' });
      const row = (await audits('demo-town')).find((entry) => entry.action === 'center.update')!;
      expect([row.before?.name, row.after?.name]).toEqual(['示范区政务服务中心', '示范新区政务服务中心']);
      expect(errorOf(await rename(countyAdmin, 'demo-city', '改名'))).toEqual([404, 'CENTER_NOT_FOUND']);
      expect(errorOf(await rename(admin, 'demo-town', ''))).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('departments: created in a center in scope, listed with ?center=, renamed; duplicates 409', async () => {
      const created = await admin
        .post('/api/departments', { centerId: 'demo-county', code: 'tax', name: '税务局' })
        .expect(201);
      expect(expectContract(departmentSchema, created.body)).toEqual({ code: 'tax', name: '税务局' });
      const listed = (await admin.get('/api/departments?center=demo-county').expect(200)).body;
      expect(listed.map((d: { code: string }) => d.code)).toEqual(['center', 'planning', 'tax']);
      expect(
        errorOf(await admin.post('/api/departments', { centerId: 'demo-county', code: 'tax', name: '税务' })),
      ).toEqual([409, 'DEPARTMENT_EXISTS']);
      expect(
        errorOf(await countyAdmin.post('/api/departments', { centerId: 'demo-city', code: 'tax', name: '税务局' })),
      ).toEqual([404, 'CENTER_NOT_FOUND']);
      expect(errorOf(await countyAdmin.get('/api/departments?center=demo-city'))).toEqual([404, 'CENTER_NOT_FOUND']);
      const renamed = await server.http
        .patch('/api/departments/tax?center=demo-county')
        .set('authorization', `Bearer ${countyAdmin.token}`)
        .send({ name: '县税务局' })
        .expect(200);
      expect(renamed.body).toEqual({ code: 'tax', name: '县税务局' });
      const rows = await audits('tax');
      expect(rows.map((row) => [row.action, row.before?.name ?? null, row.after?.name])).toEqual([
        ['department.create', null, '税务局'],
        ['department.update', '税务局', '县税务局'],
      ]);
      const missing = await server.http
        .patch('/api/departments/none')
        .set('authorization', `Bearer ${admin.token}`)
        .send({ name: 'x' });
      expect(errorOf(missing)).toEqual([404, 'DEPARTMENT_NOT_FOUND']);
    });
  });

  describe('A/B pairs', () => {
    it('POST /api/staff/pairs pairs two officers of one department; DELETE unpairs; both audited', async () => {
      await admin
        .post('/api/users', newUser({ username: 'env2', roles: ['reviewer'], department: 'environment' }))
        .expect(201);
      await patch('env1', { disabled: false });
      const created = await admin.post('/api/staff/pairs', { a: 'env1', b: 'env2' }).expect(201);
      expect(expectContract(abPairCreatedSchema, created.body)).toEqual({ a: 'env1', b: 'env2' });
      const pairs = (await admin.get('/api/staff/pairs').expect(200)).body;
      expect(pairs.map((pair: { a: string }) => pair.a)).toEqual(['env1', 'planning1']);
      await admin.delete('/api/staff/pairs/env1').expect(204);
      expect(errorOf(await admin.delete('/api/staff/pairs/env1'))).toEqual([404, 'PAIR_NOT_FOUND']);
      expect((await audits('env1')).filter((row) => row.action.startsWith('pair.'))).toEqual([
        { actor: 'admin', action: 'pair.create', target: 'env1', before: null, after: { a: 'env1', b: 'env2' } },
        { actor: 'admin', action: 'pair.delete', target: 'env1', before: { a: 'env1', b: 'env2' }, after: null },
      ]);
    });

    it('refuses the same person, two departments, a taken post and strangers', async () => {
      await admin
        .post('/api/users', newUser({ username: 'planning2', roles: ['reviewer'], department: 'planning' }))
        .expect(201);
      const cases: [object, number, string][] = [
        [{ a: 'env1', b: 'env1' }, 400, 'INVALID_PAIR'],
        [{ a: 'env1', b: 'fire2' }, 400, 'INVALID_PAIR'],
        [{ a: 'planning1', b: 'planning2' }, 409, 'ALREADY_PAIRED'],
        [{ a: 'planning2', b: 'planning1b' }, 409, 'ALREADY_PAIRED'],
        [{ a: 'env1', b: 'nobody' }, 404, 'USER_NOT_FOUND'],
        [{ a: 'env1' }, 400, 'VALIDATION_FAILED'],
      ];
      for (const [body, status, code] of cases)
        expect([body, ...errorOf(await admin.post('/api/staff/pairs', body))]).toEqual([body, status, code]);
      expect(errorOf(await countyAdmin.post('/api/staff/pairs', { a: 'env1', b: 'env2' }))).toEqual([
        404,
        'USER_NOT_FOUND',
      ]);
      expect(errorOf(await countyAdmin.delete('/api/staff/pairs/planning1'))).toEqual([404, 'PAIR_NOT_FOUND']);
    });

    it('a city admin pairs two county officers and lists them with ?center=; a county admin may not list the city’s', async () => {
      for (const username of ['county-a', 'county-b'])
        await admin
          .post(
            '/api/users',
            newUser({ username, roles: ['reviewer'], department: 'planning', centerId: 'demo-county' }),
          )
          .expect(201);
      await admin.post('/api/staff/pairs', { a: 'county-a', b: 'county-b' }).expect(201);
      const county = (await admin.get('/api/staff/pairs?center=demo-county').expect(200)).body;
      expect(county).toEqual([
        { a: 'county-a', aName: '窗口人员丙', b: 'county-b', bName: '窗口人员丙', department: 'planning' },
      ]);
      expect((await countyAdmin.get('/api/staff/pairs').expect(200)).body).toEqual(county);
      expect(errorOf(await countyAdmin.get('/api/staff/pairs?center=demo-city'))).toEqual([404, 'CENTER_NOT_FOUND']);
      expect((await admin.get('/api/staff/pairs').expect(200)).body.map((pair: { a: string }) => pair.a)).not.toContain(
        'county-a',
      );
    });

    const patch = (username: string, body: object) =>
      server.http.patch(`/api/users/${username}`).set('authorization', `Bearer ${admin.token}`).send(body);
  });
});
