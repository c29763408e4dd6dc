import { inboxCandidates, mayTake, type Person, type TaskCandidates } from '@tongban/flow-engine';
import { Client } from 'pg';
import { TASK_CANDIDATE_FILTER_SQL, TASK_ELIGIBLE_SQL } from '../src/modules/runtime/tasks/task-eligibility';

/*
 * The inbox counts and cuts its pages in SQL (TASK_ELIGIBLE_SQL, narrowed first by TASK_CANDIDATE_FILTER_SQL with
 * `inboxCandidates`' parameters); the rule itself is `mayTake`. On every pairing of these people and tasks
 * PostgreSQL and the function must answer alike, and the first cut must keep every task the rule lets through.
 */
const people: Person[] = [
  { username: 'planning1', roles: ['reviewer'], department: 'planning' },
  { username: 'planning1b', roles: ['reviewer', 'head'], department: 'planning' },
  { username: 'fire2', roles: [], department: 'fire' },
  { username: 'window1', roles: ['officer'], department: null },
];
const departments = [null, 'center', 'planning', 'fire'];
const addresses: Omit<TaskCandidates, 'department'>[] = [
  { candidateRoles: ['reviewer'], candidateUsers: [] },
  { candidateRoles: ['officer'], candidateUsers: [] },
  { candidateRoles: [], candidateUsers: ['planning1'] },
  { candidateRoles: [], candidateUsers: ['planning2', 'fire2'] },
  { candidateRoles: [], candidateUsers: [] },
  { candidateRoles: [], candidateUsers: [], claimedBy: 'planning1b' },
  { candidateRoles: ['head'], candidateUsers: ['planning1'], claimedBy: 'fire2' },
];
const tasks: TaskCandidates[] = departments.flatMap((department) => addresses.map((a) => ({ ...a, department })));

describe('task eligibility: the inbox SQL and mayTake agree', () => {
  let client: Client;

  beforeAll(async () => {
    client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  it(`on ${people.length * tasks.length} pairings of person and task`, async () => {
    // Each person with the first cut's parameters as inboxCandidates makes them for it.
    const withCut = people.map((person) => {
      const { usernames, roles, departments } = inboxCandidates([{ person, behalf: null }]);
      return { ...person, usernames, cut_roles: roles, departments };
    });
    const { rows } = await client.query(
      `SELECT ${TASK_ELIGIBLE_SQL('p', 't')} AS eligible,
              (${TASK_CANDIDATE_FILTER_SQL('t', 'p.usernames', 'p.cut_roles', 'p.departments')}) AS kept
       FROM jsonb_to_recordset($1::jsonb) AS c(p int, t int)
       JOIN LATERAL jsonb_to_record($2::jsonb -> c.p) AS p(username text, roles text[], department text,
                                                           usernames text[], cut_roles text[], departments text[]) ON true
       JOIN LATERAL jsonb_to_record($3::jsonb -> c.t) AS t(candidate_users text[], candidate_roles text[],
                                                           department text, claimed_by text) ON true
       ORDER BY c.p, c.t`,
      [
        JSON.stringify(people.flatMap((_, p) => tasks.map((_, t) => ({ p, t })))),
        JSON.stringify(withCut),
        JSON.stringify(
          tasks.map((t) => ({
            candidate_users: t.candidateUsers,
            candidate_roles: t.candidateRoles,
            department: t.department,
            claimed_by: t.claimedBy ?? null,
          })),
        ),
      ],
    );
    const expected = people.flatMap((person) => tasks.map((task) => mayTake(person, task)));
    expect(rows.map((row) => row.eligible === true)).toEqual(expected);
    // What the rule lets through, the first cut keeps.
    expect(rows.filter((row) => row.eligible && row.kept !== true)).toEqual([]);
    expect(expected.filter(Boolean).length).toBeGreaterThan(10);
    expect(expected.filter((x) => !x).length).toBeGreaterThan(10);
  });
});
