import { reassignmentTarget } from './reassignment';

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
