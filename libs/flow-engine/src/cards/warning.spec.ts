import { warningOf } from './warning';

describe('warningOf', () => {
  test('红牌 is red; 黄牌 and 预警 both warn; 正常 and no card are green', () => {
    expect(warningOf('red')).toBe('red');
    expect(warningOf('yellow')).toBe('yellow');
    expect(warningOf('warning')).toBe('yellow');
    expect(warningOf('normal')).toBe('green');
    expect(warningOf(null)).toBe('green');
  });
});
