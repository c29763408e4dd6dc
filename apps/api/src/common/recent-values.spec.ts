import { RecentValues } from './recent-values';

describe('RecentValues', () => {
  const clock = () => {
    let now = 1_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('answers a value until its time is up, then forgets it', () => {
    const time = clock();
    const values = new RecentValues<string, number>(5_000, 10, time.now);
    values.set('a', 1);
    time.advance(4_999);
    expect(values.get('a')).toBe(1);
    time.advance(1);
    expect(values.get('a')).toBeUndefined();
  });

  it('counts from the last set', () => {
    const time = clock();
    const values = new RecentValues<string, number>(5_000, 10, time.now);
    values.set('a', 1);
    time.advance(4_000);
    values.set('a', 2);
    time.advance(4_000);
    expect(values.get('a')).toBe(2);
  });

  it('starts over beyond its bound, and on clear', () => {
    const values = new RecentValues<number, number>(5_000, 3, clock().now);
    [1, 2, 3].forEach((n) => values.set(n, n));
    values.set(4, 4);
    expect([1, 2, 3, 4].map((n) => values.get(n))).toEqual([undefined, undefined, undefined, 4]);
    values.clear();
    expect(values.get(4)).toBeUndefined();
  });
});
