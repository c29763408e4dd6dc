import { conditionBudgetProblem, evaluateCondition, parseCondition } from './condition';

describe('conditionBudgetProblem', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('lets a loop over a form list of ordinary size through', () => {
    expect(conditionBudgetProblem('some x in data.items satisfies x > 10', { items: list(500) })).toBeNull();
    expect(conditionBudgetProblem('data.area > 5000', { area: 1, rows: list(1_000_000) })).toBeNull();
  });

  it('refuses a loop over a huge list, counted on the tree and the data, the same every time', () => {
    const expr = 'some x in data.items satisfies x > 10';
    const huge = { items: list(100_000) };
    expect(conditionBudgetProblem(expr, huge)).toMatch(/^条件表达式按表单数据计算约需 \d+ 步，超过上限 20000/);
    expect(conditionBudgetProblem(expr, huge)).toBe(conditionBudgetProblem(expr, huge));
  });

  it('multiplies nested loops: two loops over 100 items are too much, one is not', () => {
    const data = { a: list(100) };
    expect(conditionBudgetProblem('some x in data.a, y in data.a satisfies x + y < 0', data)).not.toBeNull();
    expect(conditionBudgetProblem('some x in data.a satisfies x < 0', data)).toBeNull();
    expect(conditionBudgetProblem('count(data.a[item > 5]) > 0', data)).toBeNull();
    expect(conditionBudgetProblem('count(data.a[count(data.a[item > 5]) > 0]) > 0', data)).not.toBeNull();
  });
});

describe('parseCondition', () => {
  it.each([
    'data.area > 5000',
    'data.area > 5000 and data.kind = "A"',
    'data.a.b.c != null',
    'count(data.items) >= 2',
    'string length(data.name) > 3',
    'substring(string: data.name, start position: 2) = "b"',
    'data.kind in ["A", "B"]',
    'data.area between 1000 and 5000',
    'some x in data.items satisfies x.price > 10',
    'every x in data.items, y in x.parts satisfies y > 0',
    'count(data.items[price > 10]) > 0',
    'count(data.items[item > 10]) > 0',
    'if data.urgent then true else data.area > 10',
    'date(data.applyDate) < date("2027-01-01")',
    '{limit: 5000, over: data.area > limit}.over',
    'data.面积 > 5000',
    'data.area in [1..1000000000]',
    'some x in 1..100 satisfies x = data.n',
  ])('accepts %s', (expr) => {
    expect(parseCondition(expr)).toEqual({ ok: true });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['data.area >', 'syntax'],
    ['data.area > 5000 )', 'syntax'],
    ['data.area == 5000 and', 'syntax'],
    ['area > 5000', 'foreign-variable'],
    ['data.area > limit', 'foreign-variable'],
    ['applicant.age > 18', 'foreign-variable'],
    ['some x in items satisfies x > 1', 'foreign-variable'],
    ['{a: 1}.a > b', 'foreign-variable'],
    ['exec(data.cmd)', 'unknown-function'],
    ['date(data.applyDate) < today()', 'reads-clock'],
    ['now() > date and time(data.deadline)', 'reads-clock'],
    ['some x in 1..100000 satisfies x = data.n', 'too-costly'],
    ['some x in 1..data.n satisfies x = 3', 'too-costly'],
    ['count(for x in {r: [1..1000000000]}.r return x) > data.n', 'too-costly'],
    ['some a in 1..1000, b in 1..1000 satisfies a * b = data.n', 'too-costly'],
    ['matches(data.name, "^(a+)+$")', 'too-costly'],
    ['{f: function(n) n + 1}.f(data.n) > 2', 'too-costly'],
    [`data.n = 1${' or data.n = 1'.repeat(200)}`, 'too-costly'],
  ])('refuses %p (%s)', (expr, problem) => {
    const check = parseCondition(expr);
    expect(check).toMatchObject({ ok: false, problem });
    expect(check.ok || check.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names what is over the budget', () => {
    expect(parseCondition('some x in 1..data.n satisfies x = 3')).toMatchObject({
      message: '区间 1..data.n 的上下限必须是不超过 1000 个元素的数字常量',
    });
    expect(parseCondition('matches(data.name, "a")')).toMatchObject({ message: expect.stringContaining('matches()') });
    expect(parseCondition('some a in 1..1000, b in 1..1000 satisfies a = b')).toMatchObject({
      message: expect.stringMatching(/^条件表达式的计算量过大（约 \d+ 步，上限 20000）/),
    });
  });

  it('names the variable that is not under data', () => {
    expect(parseCondition('data.area > limit')).toMatchObject({ message: expect.stringContaining('「limit」') });
  });

  it('does not leak a loop variable out of its loop', () => {
    expect(parseCondition('(some x in data.items satisfies x > 1) and x > 2')).toMatchObject({
      ok: false,
      problem: 'foreign-variable',
    });
  });
});

describe('evaluateCondition', () => {
  const data = { area: 6000, kind: 'A', items: [{ price: 5 }, { price: 20 }], name: '张三' };

  it.each([
    ['data.area > 5000', true],
    ['data.area <= 5000', false],
    ['data.area > 5000 and data.kind = "A"', true],
    ['data.kind = "B"', false],
    ['count(data.items[price > 10]) = 1', true],
    ['some x in data.items satisfies x.price > 100', false],
    ['string length(data.name) = 2', true],
  ])('%s → %p', (expr, expected) => {
    expect(evaluateCondition(expr, data)).toBe(expected);
  });

  it.each([
    ['a missing field (null)', 'data.height > 10'],
    ['a non-boolean result', 'data.area'],
    ['a string result', 'data.kind'],
    ['a syntax error', 'data.area >'],
    ['a foreign variable', 'area > 5000'],
    ['an empty expression', ''],
    ['a wall-clock read', 'today() > date("2000-01-01")'],
  ])('is false for %s', (_why, expr) => {
    expect(evaluateCondition(expr, data)).toBe(false);
  });

  it('uses FEEL equality and does not reach JavaScript internals', () => {
    expect(evaluateCondition('data.area = 6000', data)).toBe(true);
    expect(evaluateCondition('data.constructor != null', data)).toBe(false);
    expect(evaluateCondition('data.constructor.constructor("return true")()', data)).toBe(false);
  });

  it('never calls eval or the Function constructor', () => {
    const evalSpy = jest.spyOn(globalThis, 'eval');
    const functionSpy = jest.spyOn(globalThis, 'Function');
    evaluateCondition('data.area > 5000 and count(data.items) = 2', data);
    expect(evalSpy).not.toHaveBeenCalled();
    expect(functionSpy).not.toHaveBeenCalled();
    evalSpy.mockRestore();
    functionSpy.mockRestore();
  });
});
