import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../src/modules/identity';
import type { TestApp } from './test-app';

/** Logs a demo account in (password = username) and returns request helpers carrying its token. */
export async function loginAs(server: TestApp, username: string) {
  const response = await server.http.post('/api/auth/login').send({ username, password: username });
  if (response.status !== 200 && response.status !== 201) {
    throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const auth = `Bearer ${response.body.token}`;
  return {
    username,
    token: response.body.token as string,
    get: (path: string) => server.http.get(path).set('authorization', auth),
    post: (path: string, body: object = {}) => server.http.post(path).set('authorization', auth).send(body),
    put: (path: string, body: object = {}) => server.http.put(path).set('authorization', auth).send(body),
    delete: (path: string) => server.http.delete(path).set('authorization', auth),
  };
}

export type Session = Awaited<ReturnType<typeof loginAs>>;

/** Moves the manual clock (admin) to an instant, firing every timer on the way. */
export async function setClock(admin: Session, now: string): Promise<void> {
  const response = await admin.post('/api/clock', { now });
  if (response.status !== 200) throw new Error(`clock: ${response.status} ${JSON.stringify(response.body)}`);
}

/** 09:00 in Shanghai on a date, as an instant. */
export const shanghai = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;

/** The applicant submits an item online with the given material codes; returns the application id. */
export async function submitAs(applicant: Session, itemCode: string, materials: string[], data: object = {}) {
  const response = await applicant.post('/api/applications', {
    itemCode,
    channel: 'online',
    materials: materials.map((code) => ({ code })),
    data,
  });
  if (response.status !== 201)
    throw new Error(`submit ${itemCode}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

/** The open task of `nodeId` on an application in the session's inbox; fails loudly when there is none. */
export async function openTask(session: Session, applicationId: string, nodeId: string) {
  const tasks = await session.get('/api/tasks?status=open').expect(200);
  const task = tasks.body.find(
    (t: { applicationId: string; nodeId: string }) => t.applicationId === applicationId && t.nodeId === nodeId,
  );
  if (!task) throw new Error(`${session.username} has no open ${nodeId} task: ${JSON.stringify(tasks.body)}`);
  return task as { id: string; actingFor: string | null };
}

/** The demo item with three parallel reviews (planning, fire, environment), submitted with all its materials. */
export const PARALLEL_REVIEW_ITEM = {
  itemCode: 'parallel-review',
  channel: 'online' as const,
  materials: ['M01', 'M02', 'M03'].map((code) => ({ code })),
  data: {},
};

/** Demo accounts as the auth guard hands them to services, for specs that call services directly. */
export async function authUsers(db: DataSource, usernames: string[]): Promise<Record<string, AuthUser>> {
  const rows: AuthUser[] = await db.query(
    `SELECT id, username, name, roles, department, center_id AS "centerId", chief_representative AS "chiefRepresentative"
     FROM app_user WHERE username = ANY($1)`,
    [usernames],
  );
  return Object.fromEntries(rows.map((user) => [user.username, user]));
}
