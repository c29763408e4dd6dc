import type { FlowDefinition, FlowDirectory } from '@tongban/flow-model';
import type { WorkCalendar } from '@tongban/work-calendar';
import { ledgerDueDate } from '../accountability/ledger-due';
import type { Effect } from '../effects';
import { type ItemSummary, itemStatus, summarize } from '../engine/inspect';
import { start } from '../engine/start';
import { step } from '../engine/step';
import { decisionIsMade } from '../records/certificate-issue';
import { isFinal } from '../status/item-status';
import type { EngineEvent, EngineSnapshot, Instant, StartInput } from '../types';
import type { CommandResponse, CommandWrite, NewApplication, Projection } from './command-write';

/** Who sends a command and what its event row records beside the engine's own facts. */
export interface CommandIntent {
  /** The command's name in the event log: submit, accept, complete, timer, recalculate, … */
  command: string;
  actor: string;
  onBehalfOf?: string | null;
  nodeId?: string | null;
  /** Extra facts for the event row. */
  payload?: Record<string, unknown>;
  /** The sender's own department (an officer's withdrawal is that department's). */
  actorDepartment?: string | null;
  /** The idempotency key the command came with: its answer is stored with it. */
  idempotencyKey?: string;
}

/** A step of a running item, or the start of a new one (submit). */
export type Move = { event: EngineEvent } | { start: StartInput; created: NewApplication };

/** The item as it stands: for a start, its row to be (version 0, no snapshot). */
export interface InstanceFacts {
  applicationId: string;
  centerId: string;
  flowKey: string;
  flowVersion: number;
  snapshot: EngineSnapshot | null;
  version: number;
}

/** Everything beyond the command that planning it needs; the shell gathers these. */
export interface PlanFacts {
  definition: FlowDefinition;
  instance: InstanceFacts;
  /** The center's calendar to step under and its revision (never older than the item's own). */
  calendar: WorkCalendar;
  calendarRevision: number;
  directory?: FlowDirectory;
  at: Instant;
  newId: () => string;
  /** A → B: the B post covering each absent A at `at`, when the shell was asked for it (`asksForCoverage`). */
  coveredBy?: Readonly<Record<string, string>>;
}

/** The rows to write (none when nothing moved) and the command's answer. */
export interface CommandPlan {
  writes: CommandWrite[];
  outcome: CommandResponse & { snapshot: EngineSnapshot };
}

/**
 * Plans one command: runs the engine step (or start) and returns the new snapshot with every row it writes — the
 * instance, the application's projection, the event, the effects' scope, the certificate to number and the
 * idempotency answer. An item whose calendar revision is older than the center's catches up first (a recalculation
 * of its own, written before the command). A recalculation that moves nothing writes nothing. Throws the engine's
 * refusal, writing nothing.
 */
export function planCommand(intent: CommandIntent, move: Move, facts: PlanFacts): CommandPlan {
  const writes: CommandWrite[] = [];
  let instance = facts.instance;
  const recorded = instance.snapshot?.context.calendarRevision ?? 0;
  if ('event' in move && move.event.type !== 'recalculate' && recorded < facts.calendarRevision) {
    const catchUp = planCommand(recalculationIntent('system'), recalculationMove(facts.calendarRevision), facts);
    writes.push(...catchUp.writes);
    instance = { ...instance, snapshot: catchUp.outcome.snapshot, version: catchUp.outcome.version };
  }
  const planned = planOne(intent, move, { ...facts, instance });
  if (planned.write) writes.push(planned.write);
  return { writes, outcome: planned.outcome };
}

/** The command that moves an item's running clocks to a calendar revision. */
export function recalculationIntent(actor: string): CommandIntent {
  return { command: 'recalculate', actor };
}

export function recalculationMove(revision: number, actor = 'system'): { event: EngineEvent } {
  return { event: { type: 'recalculate', revision, actor } };
}

/** Whether a plan's ledger rows name an officer, whose B post (if absent) answers instead: ask, then plan again. */
export function asksForCoverage(plan: CommandPlan, facts: Pick<PlanFacts, 'coveredBy'>): boolean {
  return facts.coveredBy === undefined && plan.writes.some((write) => namesAnOfficer(write.effects));
}

/** What an idempotency key's stored answer is compared with: the same key must carry the same command. */
export function requestHash(applicationId: string, command: string, event: EngineEvent): string {
  return JSON.stringify([applicationId, command, event]);
}

function planOne(
  intent: CommandIntent,
  move: Move,
  facts: PlanFacts,
): { write?: CommandWrite; outcome: CommandPlan['outcome'] } {
  const { definition, instance, calendar, calendarRevision, directory, at } = facts;
  const context = { now: at, newId: facts.newId, calendar, calendarRevision, directory };
  const result =
    'start' in move
      ? start(definition, move.start, context)
      : step(definition, instance.snapshot!, move.event, context);
  const { applicationId } = instance;
  if ('event' in move && move.event.type === 'recalculate' && result.snapshot === instance.snapshot) {
    // Nothing moved: no event, and the item keeps the revision it was computed under (the same deadlines).
    const status = itemStatus(definition, result.snapshot);
    return { outcome: { applicationId, status, version: instance.version, effects: [], snapshot: result.snapshot } };
  }
  const after = summarize(definition, result.snapshot, at, calendar);
  const fromStatus = instance.snapshot ? itemStatus(definition, instance.snapshot) : null;
  const version = instance.version + 1;
  const response: CommandResponse = { applicationId, status: after.status, version, effects: result.effects };
  const onBehalfOf = intent.onBehalfOf ?? null;
  const write: CommandWrite = {
    applicationId,
    centerId: instance.centerId,
    flowKey: instance.flowKey,
    flowVersion: instance.flowVersion,
    at,
    snapshot: result.snapshot,
    version,
    projection: projectionOf(after, at),
    ...('created' in move && { created: move.created }),
    event: {
      centerId: instance.centerId,
      applicationId,
      version,
      at,
      actor: intent.actor,
      onBehalfOf,
      command: intent.command,
      nodeId: intent.nodeId ?? null,
      fromStatus,
      toStatus: after.status,
      payload: {
        ...intent.payload,
        ...('event' in move && { event: move.event }),
        effects: result.effects,
        calendarRevision,
        ...(directory && { directory }),
      },
    },
    effects: result.effects,
    effectScope: {
      centerId: instance.centerId,
      applicationId,
      at,
      nodeNames: nodeNames(definition),
      actor: intent.actor,
      onBehalfOf,
      staff: { coveredBy: facts.coveredBy ?? {}, actorDepartment: intent.actorDepartment ?? null },
      ledgerDueDate: ledgerDueDate(at, calendar),
    },
    certificate: certificateOf(fromStatus, after.status, calendar, at),
  };
  if (intent.idempotencyKey && 'event' in move) {
    const hash = requestHash(applicationId, intent.command, move.event);
    write.idempotency = { actor: intent.actor, key: intent.idempotencyKey, requestHash: hash, response };
  }
  return { write, outcome: { ...response, snapshot: result.snapshot } };
}

/** The application row's columns that mirror a summarized snapshot. */
export function projectionOf(summary: ItemSummary, at: Instant): Projection {
  return { ...summary, completedAt: isFinal(summary.status) ? at : null };
}

const namesByDefinition = new WeakMap<FlowDefinition, Map<string, string>>();

/** node id → display name; definitions are cached and immutable, so once per definition. */
export function nodeNames(definition: FlowDefinition): Map<string, string> {
  let names = namesByDefinition.get(definition);
  if (!names) {
    names = new Map(definition.nodes.map((node) => [node.id, node.name ?? node.id]));
    namesByDefinition.set(definition, names);
  }
  return names;
}

/** The result document to number when this step decides the item (统一出证), by the decision's calendar year. */
export function certificateOf(
  fromStatus: string | null,
  toStatus: string,
  calendar: WorkCalendar,
  at: Instant,
): CommandWrite['certificate'] {
  if (!decisionIsMade(fromStatus, toStatus)) return undefined;
  return { year: Number(calendar.dateOf(at).slice(0, 4)), decision: toStatus };
}

function namesAnOfficer(effects: Effect[]): boolean {
  return effects.some((effect) => effect.type === 'accountability' && effect.officer !== null);
}
