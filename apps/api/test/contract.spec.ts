import {
  adminUserSchema,
  applicationSummarySchema,
  applicationViewSchema,
  appointmentSchema,
  attachmentSchema,
  catalogItemSchema,
  certificateSchema,
  departmentSchema,
  figuresSchema,
  flowSummarySchema,
  ledgerEntrySchema,
  loginResultSchema,
  overviewSchema,
  personNameSchema,
  procedureSchema,
  ratingSchema,
  sessionUserSchema,
  slotsSchema,
  submittedSchema,
  taskSchema,
  userSummarySchema,
  versionDetailSchema,
  versionSummarySchema,
} from '@tongban/api-contract';
import { z } from 'zod';
import { expectContract } from './utils/contract';
import { loginAs, PARALLEL_REVIEW_ITEM, type Session, setClock, shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1);

describe('@tongban/api-contract is the server truth: real answers parse with the strict schemas', () => {
  let server: TestApp;
  let admin: Session;
  let alice: Session;
  let window1: Session;
  let planning1: Session;
  let super1: Session;
  let applicationId: string;

  beforeAll(async () => {
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') });
    [admin, alice, window1, planning1, super1] = await Promise.all(
      ['admin', 'alice', 'window1', 'planning1', 'super1'].map((name) => loginAs(server, name)),
    );
    const submitted = await alice.post('/api/applications', PARALLEL_REVIEW_ITEM).expect(201);
    expectContract(submittedSchema, submitted.body);
    applicationId = submitted.body.id;
  });
  afterAll(() => server.close());

  it('catalog, guide, public flow and departments', async () => {
    expectContract(list(catalogItemSchema), (await server.http.get('/api/catalog').expect(200)).body);
    expectContract(catalogItemSchema, (await server.http.get('/api/catalog/parallel-review').expect(200)).body);
    expectContract(procedureSchema, (await server.http.get('/api/catalog/parallel-review/flow').expect(200)).body);
    expectContract(procedureSchema, (await alice.get(`/api/applications/${applicationId}/flow`).expect(200)).body);
    expectContract(list(departmentSchema), (await window1.get('/api/departments').expect(200)).body);
  });

  it('login, the session user and the users list', async () => {
    const login = await server.http.post('/api/auth/login').send({ username: 'planning1', password: 'planning1' });
    expectContract(loginResultSchema, login.body);
    expectContract(sessionUserSchema, (await window1.get('/api/auth/me').expect(200)).body);
    expectContract(sessionUserSchema, (await admin.get('/api/auth/me').expect(200)).body);
    expectContract(list(userSummarySchema), (await window1.get('/api/users').expect(200)).body);
    expectContract(list(adminUserSchema), (await admin.get('/api/users').expect(200)).body);
    expectContract(
      list(personNameSchema),
      (await alice.get('/api/users/names?usernames=alice,window1').expect(200)).body,
    );
  });

  it('the application view after submit and after accept, the list and the tasks', async () => {
    expectContract(applicationViewSchema, (await alice.get(`/api/applications/${applicationId}`).expect(200)).body);
    const accepted = await window1.post(`/api/applications/${applicationId}/accept`).expect(200);
    const view = expectContract(applicationViewSchema, accepted.body);
    expect(view.openTasks.length).toBeGreaterThan(0);
    expect(view.stepClocks.length).toBeGreaterThan(0);
    expectContract(applicationViewSchema, (await window1.get(`/api/applications/${applicationId}`).expect(200)).body);
    expectContract(list(applicationSummarySchema), (await alice.get('/api/applications').expect(200)).body);
    expectContract(list(applicationSummarySchema), (await window1.get('/api/applications').expect(200)).body);
    expectContract(list(taskSchema), (await planning1.get('/api/tasks').expect(200)).body);
  });

  it('a paused and extended view (pauses, extension) and a walk-in', async () => {
    const walkIn = await window1
      .post('/api/applications', {
        ...PARALLEL_REVIEW_ITEM,
        channel: 'window',
        applicant: { name: '张三', idNumber: '110101199003071234', phone: '13800138000' },
      })
      .expect(201);
    const id = walkIn.body.id;
    await window1.post(`/api/applications/${id}/accept`).expect(200);
    await window1
      .post(`/api/applications/${id}/pause`, { reason: '听证', kind: 'hearing', expectedDays: 5 })
      .expect(200);
    const view = expectContract(applicationViewSchema, (await window1.get(`/api/applications/${id}`).expect(200)).body);
    expect(view.walkIn).toMatchObject({ name: '张三' });
    expect(view.pauses).toHaveLength(1);
  });

  it('supervision overview, figures and ledger', async () => {
    await setClock(admin, shanghai('2026-11-30'));
    const overview = expectContract(overviewSchema, (await super1.get('/api/supervision/overview').expect(200)).body);
    const filled = Object.entries(overview)
      .filter(([, v]) => Array.isArray(v) && v.length > 0)
      .map(([k]) => k);
    expect(filled).toEqual(expect.arrayContaining(['tacitApprovals', 'byDepartment']));
    expectContract(figuresSchema, (await super1.get('/api/exports/statistics').expect(200)).body);
    expectContract(list(ledgerEntrySchema.strict()), (await super1.get('/api/supervision/ledger').expect(200)).body);
  });

  it('a decided item: certificate, rating with a complaint, complaints list', async () => {
    const instant = await alice
      .post('/api/applications', {
        itemCode: 'instant',
        channel: 'online',
        materials: ['C01', 'C02', 'C03', 'C04', 'C05'].map((code) => ({ code })),
      })
      .expect(201);
    await window1.post(`/api/applications/${instant.body.id}/accept`).expect(200);
    expectContract(
      certificateSchema,
      (await alice.get(`/api/applications/${instant.body.id}/certificate`).expect(200)).body,
    );
    const rated = await alice
      .post('/api/ratings', { applicationId: instant.body.id, score: 1, comment: '慢' })
      .expect(201);
    expect(expectContract(ratingSchema, rated.body).complaint).not.toBeNull();
    expectContract(list(ratingSchema), (await window1.get('/api/complaints').expect(200)).body);
    expectContract(list(ratingSchema), (await alice.get('/api/complaints').expect(200)).body);
  });

  it('appointments: slots, booking and lists', async () => {
    const slots = expectContract(
      slotsSchema,
      (await server.http.get('/api/appointments/slots?itemCode=construction-permit').expect(200)).body,
    );
    const day = slots.days[0];
    const booked = await alice
      .post('/api/appointments', { itemCode: 'construction-permit', date: day.date, slot: day.slots[0].slot })
      .expect(201);
    expectContract(appointmentSchema, booked.body);
    expectContract(list(appointmentSchema), (await alice.get('/api/appointments').expect(200)).body);
    expectContract(list(appointmentSchema), (await window1.get('/api/appointments').expect(200)).body);
  });

  it('attachments and flow definitions', async () => {
    const stored = await server.http
      .post('/api/attachments?itemCode=construction-permit&material=P01&name=a.pdf')
      .set('authorization', `Bearer ${alice.token}`)
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from('%PDF-1.4 contract'));
    expect(stored.status).toBe(201);
    expectContract(attachmentSchema, stored.body);
    expectContract(z.array(attachmentSchema), (await alice.get('/api/attachments/drafts').expect(200)).body);
    const flows = expectContract(list(flowSummarySchema), (await admin.get('/api/definitions').expect(200)).body);
    const key = flows[0].key;
    expectContract(versionDetailSchema, (await admin.get(`/api/definitions/${key}`).expect(200)).body);
    expectContract(list(versionSummarySchema), (await admin.get(`/api/definitions/${key}/versions`).expect(200)).body);
  });

  it('fails on a field the contract does not name', () => {
    expect(() => expectContract(departmentSchema, { code: 'fire', name: '消防', extra: 1 })).toThrow(/extra/);
  });
});
