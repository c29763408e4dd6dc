import { reassignedAddress, reassignmentTarget } from './reassignment';

describe('reassignmentTarget: where a disabled officer’s open tasks go', () => {
  test('to its B post when it has one that can still work', () => {
    expect(reassignmentTarget('planning1', { username: 'planning1b', enabled: true })).toBe('planning1b');
  });

  test('back to the department queue without a B post, or with a disabled one', () => {
    expect(reassignmentTarget('fire1', null)).toBeNull();
    expect(reassignmentTarget('planning1', { username: 'planning1b', enabled: false })).toBeNull();
  });

  test('never to the disabled officer itself', () => {
    expect(reassignmentTarget('planning1', { username: 'planning1', enabled: true })).toBeNull();
  });
});

describe('reassignedAddress: whom a task naming a disabled officer goes to', () => {
  const named = (users: string[], roles: string[] = [], department: string | null = 'planning') => ({
    department,
    roles,
    users,
  });

  test('the B post in the officer’s place, the other users and roles kept', () => {
    expect(reassignedAddress(named(['p1', 'p2'], ['reviewer']), 'p1', 'p1b', 'planning')).toEqual(
      named(['p1b', 'p2'], ['reviewer']),
    );
    expect(reassignedAddress(named(['p1', 'p1b']), 'p1', 'p1b', 'planning')).toEqual(named(['p1b']));
  });

  test('without a B post: the others keep it; naming nobody, it is the department’s queue', () => {
    expect(reassignedAddress(named(['p1', 'p2']), 'p1', null, 'planning')).toEqual(named(['p2']));
    expect(reassignedAddress(named(['p1']), 'p1', null, 'fire')).toEqual(named([]));
    expect(reassignedAddress(named(['p1'], [], null), 'p1', null, 'fire')).toEqual(named([], [], 'fire'));
  });

  test('a task not naming the officer keeps its address', () => {
    expect(reassignedAddress(named(['p2'], ['reviewer']), 'p1', null, 'planning')).toBeUndefined();
  });
});
