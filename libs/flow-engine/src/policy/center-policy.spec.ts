import { centerPolicy, DEFAULT_CENTER_POLICY } from './center-policy';

describe('centerPolicy', () => {
  test('nothing set: the law and deployed practice', () => {
    expect(centerPolicy()).toEqual({
      supplementDays: 20,
      deemedAcceptanceDays: 5,
      extensionMaxDays: 10,
      warnAtRemainingDays: 2,
    });
  });
  test("the center's settings win; null switches the 5-day rule off; undefined keeps the default", () => {
    const policy = centerPolicy({ supplementDays: 15, deemedAcceptanceDays: null, warnAtRemainingDays: undefined });
    expect(policy).toEqual({ ...DEFAULT_CENTER_POLICY, supplementDays: 15, deemedAcceptanceDays: null });
  });
  test('the defaults cannot be changed by a caller', () => {
    expect(Object.isFrozen(DEFAULT_CENTER_POLICY)).toBe(true);
  });
});
