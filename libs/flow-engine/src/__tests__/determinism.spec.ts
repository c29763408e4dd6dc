import * as engine from '../index';
import { playScript, replay } from './driver';
import { workflow, workflowKeys } from './harness';

const DATA: Record<string, Record<string, unknown>> = { 'construction-permit': { area: 8000 } };

/** Runs `fn` with the wall clock and randomness booby-trapped. */
function withoutWallClock<T>(fn: () => T): T {
  const RealDate = Date;
  const random = jest.spyOn(Math, 'random').mockImplementation(() => {
    throw new Error('Math.random() called');
  });
  class TrappedDate extends RealDate {
    constructor(...args: []) {
      if (args.length === 0) throw new Error('new Date() without an argument');
      super(...(args as []));
    }
    static now(): number {
      throw new Error('Date.now() called');
    }
  }
  globalThis.Date = TrappedDate as DateConstructor;
  try {
    return fn();
  } finally {
    globalThis.Date = RealDate;
    random.mockRestore();
  }
}

describe.each(workflowKeys())('%s is deterministic', (key) => {
  const def = workflow(key);
  const data = DATA[key] ?? {};

  test('two runs of the same script give byte-identical snapshots and effects', () => {
    const script = playScript(engine, def, 'decide', data);
    const a = replay(
      () => engine,
      def,
      script,
      (s) => s,
      data,
    );
    const b = replay(
      () => engine,
      def,
      script,
      (s) => s,
      data,
    );
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  test('no wall clock and no randomness: the run works with Date.now, new Date() and Math.random trapped', () => {
    const script = playScript(engine, def, 'lapse', data);
    const trapped = withoutWallClock(() =>
      replay(
        () => engine,
        def,
        script,
        (s) => s,
        data,
      ),
    );
    expect(trapped).toEqual(
      replay(
        () => engine,
        def,
        script,
        (s) => s,
        data,
      ),
    );
  });
});

test('the trap itself works', () => {
  expect(() => withoutWallClock(() => Date.now())).toThrow('Date.now() called');
  expect(() => withoutWallClock(() => new Date())).toThrow('without an argument');
});
