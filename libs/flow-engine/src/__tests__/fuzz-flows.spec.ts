import { type FlowDefinitionInput, validateFlow } from '@tongban/flow-model';
import fc from 'fast-check';
import type { Effect, TimerScheduleEffect } from '../effects';
import { inspect } from '../engine/inspect';
import { start } from '../engine/start';
import { step } from '../engine/step';
import { EngineError } from '../errors';
import type { EngineEvent, EngineSnapshot, Instant } from '../types';
import { calendar } from './harness';

/*
 * 1,000 random flow definitions from a grammar of block-structured pieces (reviews, parallel … join blocks,
 * conditions, notifications, certificates, reject and return edges), a share of them broken on purpose by
 * one random mutation. For every one: validateFlow never throws; start() of a refused one throws only
 * EngineError; every accepted one survives random (often illegal) commands with nothing but EngineError,
 * and is then driven to an end.
 */

const RUNS = 1_000;
// A fixed seed keeps `npm test` repeatable; FUZZ_SEED=<n> explores other flows.
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_928);

// ---------------------------------------------------------------------------------------------------------
// The grammar

interface Edge {
  id: string;
  source: string;
  target: string;
  on?: string;
  when?: string;
  default?: boolean;
}
type Node = { id: string; type: string } & Record<string, unknown>;

type Piece =
  | {
      kind: 'review';
      mode: 'any' | 'all' | 'sequential';
      roles: string[];
      users: string[];
      days: number | null;
      onTimeout: 'tacit-approve' | 'escalate' | 'remind' | null;
      reject: boolean;
      ret: number | null;
      countsTowardLimit: boolean | null;
    }
  | { kind: 'parallel'; branches: Piece[][]; policy: 'all' | 'any' | number }
  | { kind: 'condition'; branches: { when: string | null; body: Piece[] }[] }
  | { kind: 'notification' }
  | { kind: 'certificate' };

interface Blueprint {
  promised: number;
  statutory: number;
  warn: number | null;
  materials: { code: string; required: boolean }[];
  acceptDays: number | null;
  acceptReject: boolean;
  acceptOnLabel: boolean;
  main: Piece[];
  /** Keep the grammar's careless choices (a step longer than the item, a timeout without a limit, …). */
  sloppy: boolean;
  /** Node ids that are prototype keys or XState path syntax: `__proto__`, `a.b`, `x#y`, … */
  hostileIds: boolean;
  mutation: Mutation | null;
}

type Mutation =
  | { kind: 'drop-edge'; pick: number }
  | { kind: 'extra-edge'; from: number; to: number; on: string | null }
  | { kind: 'dup-node'; pick: number }
  | { kind: 'bad-on'; pick: number; on: string }
  | { kind: 'bad-when'; pick: number; when: string }
  | { kind: 'retarget'; pick: number; to: number }
  | { kind: 'drop-node'; pick: number };

const WHENS = ['data.area > 5000', 'data.kind = "A"', 'data.n < 3', 'data.flag = true', 'count(data.list) > 1'];
const BROKEN_WHENS = ['area > 5000', 'data.area >', '', 'now() > data.at', 'f(data.x)'];

/** `arb` with weight `some`, else null with weight `none`. */
const maybe = <T>(arb: fc.Arbitrary<T>, some: number, none: number): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: arb, weight: some }, { arbitrary: fc.constant(null), weight: none });

const reviewArb: fc.Arbitrary<Piece> = fc.record({
  kind: fc.constant('review' as const),
  mode: fc.constantFrom('any' as const, 'all' as const, 'sequential' as const),
  roles: fc.subarray(['reviewer', 'committee', 'officer']),
  users: fc.subarray(['planning1', 'fire1', 'env1']),
  days: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  onTimeout: fc.option(fc.constantFrom('tacit-approve' as const, 'escalate' as const, 'remind' as const), {
    nil: null,
  }),
  reject: fc.boolean(),
  ret: maybe(fc.nat(20), 1, 3),
  countsTowardLimit: maybe(fc.boolean(), 1, 4),
});

const { seq } = fc.letrec<{ seq: Piece[]; piece: Piece; branch: Piece[] }>((tie) => ({
  seq: fc.array(tie('piece'), { minLength: 0, maxLength: 4 }),
  branch: fc.array(tie('piece'), { minLength: 1, maxLength: 2 }),
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: reviewArb, weight: 5 },
    {
      arbitrary: fc.record({
        kind: fc.constant('parallel' as const),
        branches: fc.array(tie('branch'), { minLength: 2, maxLength: 3 }),
        policy: fc.oneof(fc.constantFrom('all' as const, 'any' as const), fc.integer({ min: 1, max: 3 })),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('condition' as const),
        branches: fc.array(fc.record({ when: maybe(fc.constantFrom(...WHENS), 4, 1), body: tie('seq') }), {
          minLength: 1,
          maxLength: 3,
        }),
      }),
      weight: 1,
    },
    { arbitrary: fc.constant({ kind: 'notification' as const }), weight: 1 },
    { arbitrary: fc.constant({ kind: 'certificate' as const }), weight: 1 },
  ),
}));

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-edge' as const), pick: fc.nat(99) }),
  fc.record({
    kind: fc.constant('extra-edge' as const),
    from: fc.nat(99),
    to: fc.nat(99),
    on: fc.option(fc.constantFrom('approve', 'reject', 'return', 'accept'), { nil: null }),
  }),
  fc.record({ kind: fc.constant('dup-node' as const), pick: fc.nat(99) }),
  fc.record({
    kind: fc.constant('bad-on' as const),
    pick: fc.nat(99),
    on: fc.constantFrom('return', 'accept', 'bogus'),
  }),
  fc.record({ kind: fc.constant('bad-when' as const), pick: fc.nat(99), when: fc.constantFrom(...BROKEN_WHENS) }),
  fc.record({ kind: fc.constant('retarget' as const), pick: fc.nat(99), to: fc.nat(99) }),
  fc.record({ kind: fc.constant('drop-node' as const), pick: fc.nat(99) }),
);

const blueprintArb: fc.Arbitrary<Blueprint> = fc
  .record({
    promised: fc.integer({ min: 0, max: 12 }),
    extra: fc.integer({ min: -1, max: 10 }),
    warn: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    materials: fc.uniqueArray(fc.record({ code: fc.constantFrom('M1', 'M2', 'M3', 'M4'), required: fc.boolean() }), {
      selector: (m) => m.code,
      maxLength: 4,
    }),
    acceptDays: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    acceptReject: fc.boolean(),
    acceptOnLabel: fc.boolean(),
    main: seq,
    sloppy: fc.nat(9).map((n) => n === 0),
    hostileIds: fc.nat(4).map((n) => n === 0),
    mutation: maybe(mutationArb, 1, 3),
  })
  .map(({ extra, promised, ...rest }) => ({
    ...rest,
    promised,
    statutory: rest.sloppy ? promised + extra : promised + Math.max(0, extra),
  }));

/** Turns a blueprint into nodes and edges: each piece takes the dangling exits before it and leaves its own. */
function build(bp: Blueprint): FlowDefinitionInput {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  let n = 0;
  const id = (prefix: string) => `${prefix}${++n}`;
  type Exit = Omit<Edge, 'id' | 'target'>;
  const connect = (exits: Exit[], target: string) => {
    for (const exit of exits) edges.push({ ...exit, id: id('e'), target });
  };
  const rejectEnd = 'no';

  const piece = (p: Piece, exits: Exit[], earlier: string[]): Exit[] => {
    switch (p.kind) {
      case 'review': {
        const r = id('r');
        const review = bp.sloppy ? p : tidyReview(p, bp.promised);
        nodes.push({
          id: r,
          type: 'review',
          department: 'planning',
          assignees: { roles: review.roles, users: review.users },
          mode: review.mode,
          ...(review.days !== null ? { timeLimit: { days: review.days } } : {}),
          ...(review.onTimeout ? { onTimeout: review.onTimeout } : {}),
          ...(review.countsTowardLimit !== null ? { countsTowardLimit: review.countsTowardLimit } : {}),
        });
        connect(exits, r);
        if (review.reject) edges.push({ id: id('e'), source: r, target: rejectEnd, on: 'reject' });
        if (review.ret !== null && earlier.length > 0) {
          edges.push({ id: id('e'), source: r, target: earlier[review.ret % earlier.length], on: 'return' });
        }
        earlier.push(r);
        return [{ source: r, ...(n % 2 ? { on: 'approve' } : {}) }];
      }
      case 'parallel': {
        const fork = id('fork');
        const join = id('join');
        nodes.push({ id: fork, type: 'parallel' });
        const atLeast = typeof p.policy === 'number' && !bp.sloppy ? Math.min(p.policy, p.branches.length) : p.policy;
        nodes.push({ id: join, type: 'join', policy: typeof atLeast === 'number' ? { atLeast } : atLeast });
        connect(exits, fork);
        for (const branch of p.branches) {
          // A return from inside a branch may go back before the split, never into a sibling branch.
          connect(sequence(branch, [{ source: fork }], [...earlier]), join);
        }
        return [{ source: join }];
      }
      case 'condition': {
        const c = id('cond');
        nodes.push({ id: c, type: 'condition' });
        connect(exits, c);
        const out: Exit[] = [];
        p.branches.forEach((branch, i) => {
          const last = i === p.branches.length - 1;
          const guard = last ? { default: true } : { when: branch.when ?? WHENS[i % WHENS.length] };
          out.push(...sequence(branch.body, [{ source: c, ...guard }], [...earlier]));
        });
        return out;
      }
      case 'notification': {
        const x = id('note');
        nodes.push({ id: x, type: 'notification', to: 'applicant', template: '通知' });
        connect(exits, x);
        return [{ source: x }];
      }
      case 'certificate': {
        const x = id('cert');
        nodes.push({ id: x, type: 'certificate' });
        connect(exits, x);
        return [{ source: x }];
      }
    }
  };
  const sequence = (pieces: Piece[], exits: Exit[], earlier: string[]): Exit[] =>
    pieces.reduce((open, p) => piece(p, open, earlier), exits);

  nodes.push({ id: 'start', type: 'start' });
  nodes.push({
    id: 'accept',
    type: 'acceptance',
    department: 'center',
    assignees: { roles: ['officer'], users: [] },
    materials: bp.materials.map((m) => ({ ...m, name: `材料${m.code}` })),
    ...(bp.acceptDays !== null
      ? { timeLimit: { days: bp.sloppy ? bp.acceptDays : Math.min(bp.acceptDays, bp.promised) } }
      : {}),
  });
  edges.push({ id: id('e'), source: 'start', target: 'accept' });
  if (bp.acceptReject) edges.push({ id: id('e'), source: 'accept', target: rejectEnd, on: 'reject' });
  const exits = sequence(bp.main, [{ source: 'accept', ...(bp.acceptOnLabel ? { on: 'accept' } : {}) }], ['accept']);
  nodes.push({ id: 'ok', type: 'end', outcome: 'approved' });
  connect(exits, 'ok');
  if (edges.some((e) => e.target === rejectEnd)) nodes.push({ id: rejectEnd, type: 'end', outcome: 'rejected' });

  if (bp.hostileIds) renameHostile(nodes, edges);
  if (bp.mutation) mutate(bp.mutation, nodes, edges);
  return viaJson({
    key: 'fuzz',
    name: '随机流程',
    timeLimit: {
      statutoryDays: bp.statutory,
      promisedDays: bp.promised,
      ...(bp.warn !== null ? { warnAtRemainingDays: bp.warn } : {}),
    },
    nodes: nodes as FlowDefinitionInput['nodes'],
    edges,
  });
}

/** Definitions reach the engine as parsed JSON (a `__proto__` id stays a plain value). */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

// `__proto__`, `constructor` and `prototype` are refused by validation (RESERVED_NODE_ID).
const HOSTILE_IDS = ['toString', 'hasOwnProperty', 'valueOf', 'a.b', 'x#y', '$rejected', '%2E', '审查 1', 'then'];

function renameHostile(nodes: Node[], edges: Edge[]): void {
  const names = new Map<string, string>();
  nodes.forEach((node, i) => names.set(node.id, HOSTILE_IDS[i] ?? node.id));
  for (const node of nodes) node.id = names.get(node.id)!;
  for (const edge of edges) {
    edge.source = names.get(edge.source) ?? edge.source;
    edge.target = names.get(edge.target) ?? edge.target;
  }
}

/** What a careful designer does: a step no longer than the item, a timeout only with a limit, someone to ask. */
function tidyReview(p: Extract<Piece, { kind: 'review' }>, promised: number): Extract<Piece, { kind: 'review' }> {
  const days = p.days === null ? null : Math.min(p.days, promised);
  return {
    ...p,
    days,
    onTimeout: days === null ? null : p.onTimeout,
    roles: p.roles.length || p.users.length ? p.roles : ['reviewer'],
  };
}

function mutate(m: Mutation, nodes: Node[], edges: Edge[]): void {
  const pickEdge = (i: number) => edges[i % edges.length];
  const pickNode = (i: number) => nodes[i % nodes.length];
  switch (m.kind) {
    case 'drop-edge':
      edges.splice(m.pick % edges.length, 1);
      return;
    case 'extra-edge':
      edges.push({
        id: 'mut',
        source: pickNode(m.from).id,
        target: pickNode(m.to).id,
        ...(m.on ? { on: m.on } : {}),
      });
      return;
    case 'dup-node':
      nodes.push({ ...pickNode(m.pick) });
      return;
    case 'bad-on':
      pickEdge(m.pick).on = m.on;
      return;
    case 'bad-when': {
      const guarded = edges.filter((e) => e.when !== undefined);
      if (guarded.length) guarded[m.pick % guarded.length].when = m.when;
      else pickEdge(m.pick).when = m.when;
      return;
    }
    case 'retarget':
      pickEdge(m.pick).target = pickNode(m.to).id;
      return;
    case 'drop-node':
      nodes.splice(m.pick % nodes.length, 1);
      return;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Running a flow

const HOUR = 3_600_000;
const later = (at: Instant, ms: number) => new Date(Date.parse(at) + ms).toISOString();

interface Run {
  def: FlowDefinitionInput;
  snapshot: EngineSnapshot;
  at: Instant;
  timers: Map<string, TimerScheduleEffect>;
  ids: number;
}

/** What is stored between steps is JSON; effects are carried out as the shell does. */
function apply(run: Run, event: EngineEvent, at: Instant): void {
  const result = step(run.def, run.snapshot, event, {
    now: at,
    newId: () => `id-${++run.ids}`,
    calendar,
  });
  track(run, result.effects);
  run.snapshot = JSON.parse(JSON.stringify(result.snapshot));
  run.at = at;
  if (event.type === 'timer') run.timers.delete(event.timerId);
}

function track(run: Run, effects: Effect[]): void {
  for (const e of effects) {
    if (e.type === 'timer.schedule') run.timers.set(e.timerId, e);
    if (e.type === 'timer.cancel') run.timers.delete(e.timerId);
  }
}

function requiredMaterials(def: FlowDefinitionInput): string[] {
  const acceptance = def.nodes.find((node) => node.type === 'acceptance') as {
    materials?: { code: string; required: boolean }[];
  };
  return (acceptance?.materials ?? []).filter((m) => m.required).map((m) => m.code);
}

/** A random, often illegal, command; `rand` picks. */
function randomEvent(run: Run, rand: (n: number) => number): { event: EngineEvent; at: Instant } {
  const view = inspect(run.def, run.snapshot, run.at, calendar);
  const at = later(run.at, rand(4) === 0 ? 0 : (1 + rand(72)) * HOUR);
  const who = ['window1', 'alice', 'planning1', 'system', ''][rand(5)];
  const codes = ['M1', 'M2', 'M3', 'M4', 'X9', ''];
  const someCodes = () => codes.filter(() => rand(2) === 0);
  const task = view.openTasks.length ? view.openTasks[rand(view.openTasks.length)].taskId : 'no-such-task';
  const timers = [...run.timers.values()];
  // Finishing commands (withdraw, window reject) are rare, so most items get somewhere before the driver takes over.
  const kinds = [
    'accept',
    'accept',
    'notify',
    'supplement',
    'supplement',
    'reject',
    'withdraw',
    'pause',
    'pause',
    'resume',
    'resume',
    'extend',
    'decide',
    'decide',
    'decide',
    'decide',
    'decide',
    'timer',
    'timer',
    'timer',
    'garbage',
  ];
  switch (kinds[rand(kinds.length)]) {
    case 'accept':
      return { event: { type: 'accept', actor: who }, at };
    case 'notify':
      return {
        event: { type: 'notify-missing', actor: who, missing: someCodes(), note: '一次性告知', force: rand(3) === 0 },
        at,
      };
    case 'supplement':
      return {
        event: { type: 'supplement', actor: who, materials: rand(2) ? view.missingMaterials : someCodes() },
        at,
      };
    case 'reject':
      return { event: { type: 'reject', actor: who, reason: rand(3) ? '不符合条件' : '' }, at };
    case 'withdraw':
      return { event: { type: 'withdraw', actor: who }, at };
    case 'pause':
      return {
        event: {
          type: 'pause',
          actor: who,
          reason: rand(4) ? '专家评审' : '',
          kind: 'expert-review',
          expectedDays: 10,
        },
        at,
      };
    case 'resume':
      return { event: { type: 'resume', actor: who }, at };
    case 'extend':
      return { event: { type: 'extend', actor: who, days: rand(4) - 1, reason: '情况复杂', approver: 'chief' }, at };
    case 'decide': {
      const decision = (['approve', 'approve', 'reject', 'return', 'return', 'maybe'] as const)[rand(6)];
      return { event: { type: 'decide', actor: who, taskId: task, decision, comment: '意见' } as EngineEvent, at };
    }
    case 'timer': {
      if (!timers.length || rand(5) === 0) return { event: { type: 'timer', timerId: 'no-such-timer' }, at };
      const timer = timers[rand(timers.length)];
      // Early, on time, or late.
      const when = [later(timer.dueAt, -HOUR), timer.dueAt, later(timer.dueAt, 5 * HOUR)][rand(3)];
      return { event: { type: 'timer', timerId: timer.timerId }, at: when > run.at ? when : run.at };
    }
    default:
      return { event: { type: ['bogus', 'start', 'decide'][rand(3)] } as unknown as EngineEvent, at };
  }
}

/** The next command that moves the item on: resume, notice and supplement, accept, approve, or a due timer. */
function drivingEvent(run: Run): { event: EngineEvent; at: Instant } | null {
  const view = inspect(run.def, run.snapshot, run.at, calendar);
  const at = later(run.at, HOUR);
  if (view.clockPaused && view.pauses.some((p) => p.to === null && p.node === undefined)) {
    return { event: { type: 'resume', actor: 'window1' }, at };
  }
  if (view.status === 'awaiting-supplement') {
    return { event: { type: 'supplement', actor: 'alice', materials: view.missingMaterials }, at };
  }
  if (view.status === 'submitted') {
    const absent = requiredMaterials(run.def).filter((m) => !run.snapshot.context.materials.includes(m));
    if (absent.length) return { event: { type: 'notify-missing', actor: 'window1', missing: absent, force: true }, at };
    return { event: { type: 'accept', actor: 'window1' }, at };
  }
  if (view.openTasks.length) {
    const task = view.openTasks[0];
    return { event: { type: 'decide', actor: 'planning1', taskId: task.taskId, decision: 'approve' }, at };
  }
  const due = [...run.timers.values()].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  if (due) return { event: { type: 'timer', timerId: due.timerId }, at: due.dueAt > at ? due.dueAt : at };
  return null;
}

/** Fails the test with the definition and the command when anything but EngineError escapes. */
function onlyEngineErrors(what: string, def: unknown, detail: unknown, run: () => void): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof EngineError) return false;
    throw new Error(
      `${what} threw ${error instanceof Error ? error.stack : String(error)}\n` +
        `definition: ${JSON.stringify(def)}\ndetail: ${JSON.stringify(detail)}`,
      { cause: error },
    );
  }
}

// ---------------------------------------------------------------------------------------------------------

describe('fuzz: random block-structured flows', () => {
  it(`validates ${RUNS} random flows without throwing and runs every valid one to an end`, () => {
    const stats = { flows: 0, valid: 0, finished: 0, randomCommands: 0, refused: 0, drivingSteps: 0 };
    const outcomes = new Map<string, number>();
    const shapes = new Set<string>();
    fc.assert(
      fc.property(blueprintArb, fc.infiniteStream(fc.nat()), fc.boolean(), (bp, randoms, complete) => {
        const def = build(bp);
        const rand = (n: number) => randoms.next().value % n;
        stats.flows++;
        let report: ReturnType<typeof validateFlow> | undefined;
        expect(() => (report = validateFlow(def))).not.toThrow();
        expect(report!.valid).toBe(report!.errors.length === 0);
        const required = requiredMaterials(def);
        const input = {
          applicationId: 'app-1',
          applicant: 'alice',
          data: { area: rand(10_000), kind: rand(2) ? 'A' : 'B', n: rand(5), flag: rand(2) === 0, list: [1, 2] },
          materials: complete ? required : required.filter(() => rand(2) === 0),
          channel: 'online',
        };
        const at0 = '2026-09-28T01:00:00.000Z';
        const run: Run = { def, snapshot: undefined as never, at: at0, timers: new Map(), ids: 0 };
        const started = onlyEngineErrors('start', def, input, () => {
          const result = start(def, input, { now: at0, newId: () => `id-${++run.ids}`, calendar });
          run.snapshot = JSON.parse(JSON.stringify(result.snapshot));
          track(run, result.effects);
        });
        if (!report!.valid) {
          // A refused definition never starts (and the refusal is an EngineError).
          expect(started).toBe(false);
          return;
        }
        stats.valid++;
        for (const node of def.nodes)
          if (node.type === 'parallel' || node.type === 'condition') shapes.add(`${node.type}:${stats.valid}`);
        if (def.edges.some((e) => e.on === 'return')) shapes.add(`return:${stats.valid}`);
        if (bp.hostileIds) shapes.add(`hostile:${stats.valid}`);
        expect(started).toBe(true);

        for (let i = 0, n = rand(40); i < n && run.snapshot.status === 'active'; i++) {
          const { event, at } = randomEvent(run, rand);
          stats.randomCommands++;
          const before = JSON.stringify(run.snapshot);
          const ok = onlyEngineErrors('step', def, { event, at, snapshot: run.snapshot }, () => apply(run, event, at));
          if (!ok) {
            stats.refused++;
            // A refused command changes nothing.
            expect(JSON.stringify(run.snapshot)).toBe(before);
          }
          expect(() => inspect(def, run.snapshot, run.at, calendar)).not.toThrow();
        }
        for (let i = 0; i < 300 && run.snapshot.status === 'active'; i++) {
          const next = drivingEvent(run);
          if (!next) {
            throw new Error(
              `stuck: no open task, no timer, not finished\ndefinition: ${JSON.stringify(def)}\n` +
                `snapshot: ${JSON.stringify(run.snapshot)}`,
            );
          }
          stats.drivingSteps++;
          const ok = onlyEngineErrors('step', def, { next, snapshot: run.snapshot }, () =>
            apply(run, next.event, next.at),
          );
          if (!ok) {
            throw new Error(
              `the driver's command was refused: ${JSON.stringify(next)}\ndefinition: ${JSON.stringify(def)}\n` +
                `snapshot: ${JSON.stringify(run.snapshot)}`,
            );
          }
        }
        expect(run.snapshot.status).toBe('done');
        const view = inspect(def, run.snapshot, run.at, calendar);
        expect(view.openTasks).toEqual([]);
        expect(view.outcome).not.toBeNull();
        outcomes.set(view.outcome!, (outcomes.get(view.outcome!) ?? 0) + 1);
        stats.finished++;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const share = stats.valid / stats.flows;
    const withShape = (kind: string) => [...shapes].filter((s) => s.startsWith(`${kind}:`)).length;
    // The report the fault suite promises: how many of the random flows were valid.
    console.log(
      `fuzz flows: ${stats.flows} generated, ${stats.valid} valid (${(share * 100).toFixed(1)}%), ` +
        `${stats.finished} ran to an end (${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
        `${stats.randomCommands} random commands, ${stats.refused} refused with EngineError; ` +
        `${stats.drivingSteps} driving steps; valid flows with a parallel block ${withShape('parallel')}, ` +
        `a condition ${withShape('condition')}, a return edge ${withShape('return')}, hostile node ids ${withShape('hostile')}`,
    );
    expect(stats.flows).toBe(RUNS);
    // The grammar must exercise both sides: enough valid flows to run, enough broken ones to refuse.
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.95);
    expect(stats.finished).toBe(stats.valid);
    expect(stats.refused).toBeGreaterThan(0);
    // …and the valid ones are not all trivial.
    expect(withShape('parallel')).toBeGreaterThan(stats.valid / 5);
    expect(withShape('condition')).toBeGreaterThan(stats.valid / 10);
    expect(withShape('return')).toBeGreaterThan(stats.valid / 10);
    expect(withShape('hostile')).toBeGreaterThan(stats.valid / 10);
  });
});
