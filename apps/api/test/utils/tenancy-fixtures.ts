import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/modules/identity';
import type { TestApp } from './test-app';

// Issue 16, tenancy: the demo city with its county, plus a second county (a sibling of the first) made by a spec.
export const CITY = 'demo-city';
export const COUNTY = 'demo-county';
export const COUNTY2 = 'demo-county-2';

/** A flow whose one review is the `planning` department's: every center here has one. */
export function planningFlow(key: string, name = '规划审查') {
  return {
    key,
    name,
    timeLimit: { statutoryDays: 20, promisedDays: 10 },
    nodes: [
      { id: 'start', type: 'start' },
      {
        id: 'accept',
        type: 'acceptance',
        materials: [{ code: 'T01', name: '申请表', required: true }],
        timeLimit: { days: 1 },
      },
      { id: 'review', type: 'review', department: 'planning', assignees: { roles: ['reviewer'], users: [] } },
      { id: 'ok', type: 'end', outcome: 'approved' },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'accept' },
      { id: 'e2', source: 'accept', target: 'review', on: 'accept' },
      { id: 'e3', source: 'review', target: 'ok', on: 'approve' },
    ],
  };
}

export const item = (code: string, flowKey: string, name = '规划许可') => ({
  code,
  name,
  department: 'planning',
  legalBasis: '《城乡规划法》第四十条',
  flowKey,
  statutoryDays: 20,
  promisedDays: 10,
});

export const apply = (code: string, centerId?: string) => ({
  itemCode: code,
  ...(centerId ? { centerId } : {}),
  channel: 'online',
  materials: [{ code: 'T01' }],
});

/** The second county under the demo city, with `center` and `planning` departments. */
export async function addSecondCounty(db: DataSource): Promise<void> {
  await db.query(`INSERT INTO center (id, name, level, parent_id) VALUES ($1, '示范二县政务服务中心', 'county', $2)`, [
    COUNTY2,
    CITY,
  ]);
  await db.query(
    `INSERT INTO department (center_id, code, name) VALUES ($1, 'center', '综合窗口'), ($1, 'planning', '规划局')`,
    [COUNTY2],
  );
}

/** Demo-style accounts (password = username): [username, center, role, department]. */
export async function addAccounts(server: TestApp, accounts: [string, string, string, string | null][]): Promise<void> {
  const db = server.app.get(DataSource);
  const hasher = server.app.get(PasswordHasher);
  for (const [username, centerId, role, department] of accounts) {
    await db.query(
      `INSERT INTO app_user (center_id, username, name, password_hash, roles, department, demo)
       VALUES ($1, $2, $2, $3, ARRAY[$4], $5, true)`,
      [centerId, username, await hasher.hash(username), role, department],
    );
  }
}
