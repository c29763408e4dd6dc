import * as engine from '../index';
import { playScript, replay, type EngineApi } from './driver';
import { workflow, workflowKeys } from './harness';

const DATA: Record<string, Record<string, unknown>> = { 'construction-permit': { area: 8000 } };
const viaJson = <T>(s: T): T => JSON.parse(JSON.stringify(s));

function freshEngine(): EngineApi {
  let fresh!: EngineApi;
  jest.isolateModules(() => {
    fresh = jest.requireActual<EngineApi>('../index');
  });
  return fresh;
}

describe.each(workflowKeys())('%s: snapshots persist and restore', (key) => {
  const def = workflow(key);
  const data = DATA[key] ?? {};

  test.each(['decide', 'lapse'] as const)(
    'policy %s: JSON after every step behaves as the uninterrupted run',
    (policy) => {
      const script = playScript(engine, def, policy, data);
      expect(script.length).toBeGreaterThan(0);
      const straight = replay(
        () => engine,
        def,
        script,
        (s) => s,
        data,
      );
      const persisted = replay(() => engine, def, script, viaJson, data);
      expect(persisted).toEqual(straight);
      expect(JSON.parse(straight.at(-1)!.snapshot).status).toBe('done');
    },
  );

  test('restored in a fresh engine instance half-way (another process) continues identically', () => {
    const script = playScript(engine, def, 'decide', data);
    const other = freshEngine();
    const half = Math.floor(script.length / 2);
    const straight = replay(
      () => engine,
      def,
      script,
      (s) => s,
      data,
    );
    const split = replay((i) => (i <= half ? engine : other), def, script, viaJson, data);
    expect(split).toEqual(straight);
  });
});
