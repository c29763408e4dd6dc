import { candidateUsersOf, inboxCandidates, inboxEntry, mayTake, takenAs } from './task-eligibility';

const reviewer = { username: 'planning1', roles: ['reviewer'], department: 'planning' };
const roleTask = { department: 'planning', candidateRoles: ['reviewer'], candidateUsers: [] };

describe('mayTake', () => {
  test('a holder of the role in the task’s department', () => {
    expect(mayTake(reviewer, roleTask)).toBe(true);
  });

  test('not a holder of the role in another department', () => {
    expect(mayTake({ ...reviewer, department: 'fire' }, roleTask)).toBe(false);
  });

  test('not someone without the role', () => {
    expect(mayTake({ ...reviewer, roles: ['officer'] }, roleTask)).toBe(false);
  });

  test('a user named on the task, whatever the department', () => {
    const named = { department: 'fire', candidateRoles: [], candidateUsers: ['planning1'] };
    expect(mayTake(reviewer, named)).toBe(true);
  });

  test('a role task of the center, for the role in any department', () => {
    const center = { department: 'center', candidateRoles: ['officer'], candidateUsers: [] };
    expect(mayTake({ username: 'window1', roles: ['officer'], department: null }, center)).toBe(true);
    expect(
      mayTake({ username: 'window1', roles: ['officer'], department: null }, { ...center, department: null }),
    ).toBe(true);
  });
});

describe('mayTake: a claim and a department’s queue', () => {
  test('the holder of a task’s claim, though not named on it (a claimed task moved to a B post)', () => {
    const named = { department: 'planning', candidateRoles: [], candidateUsers: ['planning2'] };
    expect(mayTake(reviewer, { ...named, claimedBy: 'planning1' })).toBe(true);
    expect(mayTake(reviewer, { ...named, claimedBy: null })).toBe(false);
  });

  test('a task naming nobody is its department’s queue: anyone of the department, whatever the role', () => {
    const queue = { department: 'planning', candidateRoles: [], candidateUsers: [] };
    expect(mayTake({ ...reviewer, roles: [] }, queue)).toBe(true);
    expect(mayTake({ ...reviewer, department: 'fire' }, queue)).toBe(false);
    expect(mayTake({ ...reviewer, department: null }, { ...queue, department: null })).toBe(false);
  });
});

describe('takenAs: as whom the caller takes a task', () => {
  const b = { username: 'planning1b', roles: ['reviewer'], department: 'planning' };
  const a = { username: 'planning1', roles: ['reviewer'], department: 'planning' };
  const people = [
    { person: b, behalf: null },
    { person: a, behalf: 'planning1' },
  ];

  test('itself when it may; for an absent A when only A may, or A holds the claim', () => {
    expect(takenAs(people, roleTask)).toBeNull();
    expect(takenAs(people, { ...roleTask, candidateRoles: [], candidateUsers: ['planning1'] })).toBe('planning1');
    expect(takenAs(people, { ...roleTask, claimedBy: 'planning1' })).toBe('planning1');
  });

  test('for A still, once B has claimed a task only A is addressed by (a committee task of A’s)', () => {
    const committee = { department: 'planning', candidateRoles: ['committee'], candidateUsers: [] };
    const withA = [people[0], { person: { ...a, roles: ['reviewer', 'committee'] }, behalf: 'planning1' }];
    expect(takenAs(withA, { ...committee, claimedBy: 'planning1b' })).toBe('planning1');
    // A claim moved to B with nothing addressing B or an absent A: B holds it as itself.
    expect(takenAs(people, { ...committee, claimedBy: 'planning1b' })).toBeNull();
  });

  test('undefined when nobody it acts as may', () => {
    expect(takenAs(people, { ...roleTask, department: 'fire' })).toBeUndefined();
  });
});

describe('inboxCandidates: what the inbox SQL narrows by', () => {
  test('each username, role and department once', () => {
    const people = [
      { person: reviewer, behalf: null },
      { person: { username: 'fire1', roles: ['reviewer', 'head'], department: 'fire' }, behalf: 'fire1' },
      { person: { username: 'window1', roles: ['officer'], department: null }, behalf: 'window1' },
    ];
    expect(inboxCandidates(people)).toEqual({
      usernames: ['planning1', 'fire1', 'window1'],
      roles: ['reviewer', 'head', 'officer'],
      departments: ['planning', 'fire'],
    });
  });
});

describe('candidateUsersOf: whom a new task names', () => {
  const opened = { type: 'task.open' as const, taskId: 't', nodeId: 'n', department: null, deadline: null };
  test('its candidate users; a participant task naming nobody, its participant', () => {
    expect(candidateUsersOf({ ...opened, candidateRoles: [], candidateUsers: ['p1'] })).toEqual(['p1']);
    expect(candidateUsersOf({ ...opened, candidateRoles: [], candidateUsers: [], participant: 'p2' })).toEqual(['p2']);
    expect(
      candidateUsersOf({ ...opened, candidateRoles: ['reviewer'], candidateUsers: [], participant: 'reviewer' }),
    ).toEqual([]);
  });
});

describe('inboxEntry: how a task shows in the caller’s inbox', () => {
  const caller = { ...reviewer, chiefRepresentative: false };
  const people = [{ person: reviewer, behalf: null }];
  const open = { ...roleTask, status: 'open' as const, completedBy: null };
  const entry = (over: object, withClosed = false, who = caller) =>
    inboxEntry({ caller: who, people, task: { ...open, ...over }, withClosed });

  test('a task the caller takes, as itself', () => {
    expect(entry({})).toEqual({ actingFor: null, inDepartmentName: false });
  });

  test('one of its department it may only decide as 首席代表, in the department’s name; never the window’s', () => {
    const other = { candidateRoles: ['head'] };
    expect(entry(other)).toBeNull();
    expect(entry(other, false, { ...caller, chiefRepresentative: true })).toEqual({
      actingFor: null,
      inDepartmentName: true,
    });
    expect(entry({ ...other, department: 'center' }, false, { ...caller, chiefRepresentative: true })).toBeNull();
  });

  test('a closed task it decided, only when the listing includes closed tasks', () => {
    const decided = { candidateRoles: ['head'], status: 'closed', completedBy: 'planning1' };
    expect(entry(decided)).toBeNull();
    expect(entry(decided, true)).toEqual({ actingFor: null, inDepartmentName: false });
  });
});
