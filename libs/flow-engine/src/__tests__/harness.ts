// Test helpers only (never bundled): they read the shipped workflows from the repository.
// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { join } from 'node:path';
import type { FlowDefinitionInput, FlowDirectory } from '@tongban/flow-model';
import { createWorkCalendar } from '@tongban/work-calendar';
import type { Effect, TimerScheduleEffect } from '../effects';
import { EngineError } from '../errors';
import { inspect } from '../engine/inspect';
import { start } from '../engine/start';
import { step } from '../engine/step';
import type { EngineContext, EngineEvent, EngineSnapshot, Instant, StartInput } from '../types';

export const calendar = createWorkCalendar();
const WORKFLOWS = join(__dirname, '../../../../workflows');

export function workflowKeys(): string[] {
  return readdirSync(WORKFLOWS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function workflow(key: string): FlowDefinitionInput {
  return JSON.parse(readFileSync(join(WORKFLOWS, `${key}.json`), 'utf8'));
}

/** Shanghai wall time → UTC instant, e.g. sh('2026-09-28 09:00'). */
export const sh = (local: string): Instant => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
/** End of a Shanghai calendar day as the calendar writes it. */
export const endOfDay = (date: string): Instant => calendar.endOfDay(date);

export function input(over: Partial<StartInput> = {}): StartInput {
  return { applicationId: 'app-1', applicant: 'alice', data: {}, materials: [], channel: 'window', ...over };
}

/** Drives one item through `start` / `step`, keeping the snapshot, the effects and the shell's timers. */
export class Item {
  snapshot!: EngineSnapshot;
  effects: Effect[] = [];
  all: Effect[] = [];
  timers = new Map<string, TimerScheduleEffect>();
  private n = 0;

  constructor(
    readonly def: unknown,
    at: Instant,
    inp: StartInput = input(),
    /** The center's directory the shell would pass (none: the designer's simulation). */
    public directory?: FlowDirectory,
  ) {
    this.apply(start(def, inp, this.ctx(at)));
  }

  ctx(now: Instant, over: Partial<EngineContext> = {}): EngineContext {
    return {
      now,
      newId: () => `id-${++this.n}`,
      calendar,
      ...(this.directory && { directory: this.directory }),
      ...over,
    };
  }

  /** `over` replaces parts of the context: another calendar (with its revision), say. */
  send(event: EngineEvent, at: Instant, over: Partial<EngineContext> = {}): Effect[] {
    return this.apply(step(this.def, this.snapshot, event, this.ctx(at, over)));
  }

  /** Fires the current timer of a node (null: the item's promised deadline; 'statutory': its statutory one). */
  fire(nodeId: string | null, at?: Instant): Effect[] {
    const timer = [...this.timers.values()].find((t) =>
      nodeId === 'statutory'
        ? t.purpose === 'statutory-deadline'
        : t.nodeId === nodeId && t.purpose !== 'statutory-deadline',
    );
    if (!timer) throw new Error(`no timer for ${nodeId}`);
    this.timers.delete(timer.timerId);
    return this.send({ type: 'timer', timerId: timer.timerId }, at ?? timer.dueAt);
  }

  view(at: Instant, under = calendar) {
    return inspect(this.def, this.snapshot, at, under);
  }

  /** The id of the open task at a node (of one participant in `all` / `sequential` reviews). */
  task(nodeId: string, participant?: string): string {
    const open = inspect(this.def, this.snapshot, '2026-01-01T00:00:00.000Z', calendar).openTasks;
    const t = open.find((o) => o.nodeId === nodeId && (participant === undefined || o.participant === participant));
    if (!t) throw new Error(`no open task at ${nodeId} ${participant ?? ''}`);
    return t.taskId;
  }

  decide(
    nodeId: string,
    decision: 'approve' | 'reject' | 'return',
    at: Instant,
    comment = 'ok',
    participant?: string,
  ): Effect[] {
    return this.send({ type: 'decide', taskId: this.task(nodeId, participant), decision, comment, actor: 'rev1' }, at);
  }

  /** Sends a command that must be refused; returns the error after checking nothing changed. */
  refused(event: unknown, at: Instant): EngineError {
    const before = JSON.stringify(this.snapshot);
    const frozen = this.snapshot;
    try {
      step(this.def, this.snapshot, event, this.ctx(at));
    } catch (err) {
      if (!(err instanceof EngineError)) throw err;
      if (JSON.stringify(frozen) !== before) throw new Error('a refused command changed the snapshot', { cause: err });
      return err;
    }
    throw new Error(`${JSON.stringify(event)} was not refused`);
  }

  private apply(r: { snapshot: EngineSnapshot; effects: Effect[] }): Effect[] {
    this.snapshot = deepFreeze(r.snapshot);
    this.effects = r.effects;
    this.all.push(...r.effects);
    for (const e of r.effects) {
      if (e.type === 'timer.schedule') this.timers.set(e.timerId, e);
      if (e.type === 'timer.cancel') this.timers.delete(e.timerId);
    }
    return r.effects;
  }
}

/** Freezes a stored snapshot: the engine must never write into one it was given. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const ofType = <T extends Effect['type']>(effects: Effect[], type: T) =>
  effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);

type Edge = [source: string, target: string, on?: string];

/**
 * A flow for tests: start → acceptance `accept` (material A1 required, B1 optional) → `nodes` …,
 * with ends `ok` (approved) and `no` (rejected) and the given edges (ids generated).
 */
export function testFlow(nodes: object[], edges: Edge[], extra: object = {}): FlowDefinitionInput {
  return {
    key: 'test-flow',
    name: '测试流程',
    timeLimit: { statutoryDays: 20, promisedDays: 10 },
    nodes: [
      { id: 'start', type: 'start' },
      {
        id: 'accept',
        type: 'acceptance',
        department: 'center',
        materials: [
          { code: 'A1', name: '申请表', required: true },
          { code: 'B1', name: '委托书', required: false },
        ],
      },
      ...nodes,
      { id: 'ok', type: 'end', outcome: 'approved' },
      { id: 'no', type: 'end', outcome: 'rejected' },
    ],
    edges: [['start', 'accept'] as Edge, ...edges].map(([source, target, on], i) => ({
      id: `e${i}`,
      source,
      target,
      ...(on ? { on } : {}),
    })),
    ...extra,
  } as FlowDefinitionInput;
}

export const review = (id: string, over: object = {}) => ({
  id,
  type: 'review',
  department: id,
  assignees: { roles: ['reviewer'], users: [] },
  ...over,
});
