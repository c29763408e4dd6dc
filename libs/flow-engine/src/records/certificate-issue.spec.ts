import { decisionIsMade } from './certificate-issue';

describe('decisionIsMade', () => {
  test('an item approved or rejected in this step', () => {
    expect(decisionIsMade('in-review', 'approved')).toBe(true);
    expect(decisionIsMade('submitted', 'rejected')).toBe(true);
  });

  test('an instant item decided at submission', () => {
    expect(decisionIsMade(null, 'approved')).toBe(true);
  });

  test('not a step that leaves it undecided, nor a withdrawal', () => {
    expect(decisionIsMade('submitted', 'in-review')).toBe(false);
    expect(decisionIsMade('in-review', 'withdrawn')).toBe(false);
  });

  test('not again once decided', () => {
    expect(decisionIsMade('approved', 'approved')).toBe(false);
  });
});
