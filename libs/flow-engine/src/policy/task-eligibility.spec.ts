import { mayTake } from './eligibility';

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
