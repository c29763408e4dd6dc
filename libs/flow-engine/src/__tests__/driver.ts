import type { FlowDefinitionInput } from '@tongban/flow-model';
import type { Effect, TimerScheduleEffect } from '../effects';
import type * as Engine from '../index';
import type { EngineEvent, EngineSnapshot, Instant } from '../types';
import { calendar, input } from './harness';

export type EngineApi = Pick<typeof Engine, 'start' | 'step' | 'inspect'>;
export interface ScriptLine {
  at: Instant;
  event: EngineEvent;
}
export interface Frame {
  snapshot: string;
  effects: Effect[];
  view: string;
}

const HOUR = 3_600_000;
const later = (at: Instant, ms: number) => new Date(Date.parse(at) + ms).toISOString();
const START = '2026-09-28T01:00:00.000Z';

function requiredMaterials(def: FlowDefinitionInput): string[] {
  const acceptance = def.nodes.find((n) => n.type === 'acceptance') as {
    materials?: { code: string; required: boolean }[];
  };
  return (acceptance?.materials ?? []).filter((m) => m.required).map((m) => m.code);
}

/**
 * Plays a workflow to its end with a fixed policy and records the commands it sent: the first required
 * material is left out (notice, supplement), the clock is paused and resumed once, each review with a
 * return edge returns once; `decide` approves open tasks first, `lapse` lets due timers fire first.
 */
export function playScript(
  engine: EngineApi,
  def: FlowDefinitionInput,
  policy: 'decide' | 'lapse',
  data: Record<string, unknown> = {},
): ScriptLine[] {
  const required = requiredMaterials(def);
  let n = 0;
  const ctx = (now: Instant) => ({ now, newId: () => `id-${++n}`, calendar });
  const timers = new Map<string, TimerScheduleEffect>();
  const track = (effects: Effect[]) => {
    for (const e of effects) {
      if (e.type === 'timer.schedule') timers.set(e.timerId, e);
      if (e.type === 'timer.cancel') timers.delete(e.timerId);
    }
  };
  let { snapshot, effects } = engine.start(def, input({ materials: required.slice(1), data }), ctx(START));
  track(effects);
  const script: ScriptLine[] = [];
  const returned = new Set<string>();
  let paused = false;
  let at = START;
  for (let i = 0; i < 80 && snapshot.status === 'active'; i++) {
    at = later(at, HOUR);
    const v = engine.inspect(def, snapshot, at, calendar);
    const due = [...timers.values()].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
    let event: EngineEvent;
    if (v.status === 'submitted') {
      const absent = required.filter((m) => !snapshot.context.materials.includes(m));
      event =
        absent.length > 0 && !v.notified
          ? { type: 'notify-missing', missing: absent, actor: 'window1' }
          : { type: 'accept', actor: 'window1' };
    } else if (v.status === 'awaiting-supplement') {
      event = { type: 'supplement', materials: v.missingMaterials, actor: 'alice' };
    } else if (v.clockPaused) {
      at = later(at, 72 * HOUR);
      event = { type: 'resume', actor: 'officer' };
    } else if (!paused) {
      paused = true;
      event = { type: 'pause', reason: '专家评审', kind: 'expert-review', expectedDays: 10, actor: 'officer' };
    } else if (due && (policy === 'lapse' || v.openTasks.length === 0)) {
      at = due.dueAt > at ? due.dueAt : at;
      event = { type: 'timer', timerId: due.timerId };
      timers.delete(due.timerId); // a timer that fired is spent
    } else {
      const task = v.openTasks[0];
      const canReturn = def.edges.some((e) => e.source === task.nodeId && e.on === 'return');
      const decision = canReturn && !returned.has(task.nodeId) ? 'return' : 'approve';
      returned.add(task.nodeId);
      event = { type: 'decide', taskId: task.taskId, decision, comment: '意见', actor: 'reviewer' };
    }
    script.push({ at, event });
    ({ snapshot, effects } = engine.step(def, snapshot, event, ctx(at)));
    track(effects);
  }
  return script;
}

/**
 * Replays a script. `persist` stands between steps (identity, or JSON out and back in); `engineAt` may
 * hand a different engine instance for each step (a fresh process).
 */
export function replay(
  engineAt: (i: number) => EngineApi,
  def: FlowDefinitionInput,
  script: ScriptLine[],
  persist: (s: EngineSnapshot) => EngineSnapshot,
  data: Record<string, unknown> = {},
): Frame[] {
  let n = 0;
  const ctx = (now: Instant) => ({ now, newId: () => `id-${++n}`, calendar });
  const frames: Frame[] = [];
  const keep = (engine: EngineApi, snapshot: EngineSnapshot, effects: Effect[], at: Instant) => {
    frames.push({
      snapshot: JSON.stringify(snapshot),
      effects,
      view: JSON.stringify(engine.inspect(def, snapshot, at, calendar)),
    });
    return persist(snapshot);
  };
  const first = engineAt(0);
  const started = first.start(def, input({ materials: requiredMaterials(def).slice(1), data }), ctx(START));
  let snapshot = keep(first, started.snapshot, started.effects, START);
  script.forEach(({ at, event }, i) => {
    const engine = engineAt(i + 1);
    const next = engine.step(def, snapshot, event, ctx(at));
    snapshot = keep(engine, next.snapshot, next.effects, at);
  });
  return frames;
}
