import { Injectable } from '@nestjs/common';
import { type EngineEvent, type EngineSnapshot, type Effect, inspect, step } from '@tongban/flow-engine';
import type { FlowDefinition } from '@tongban/flow-model';
import type { WorkCalendar } from '@tongban/work-calendar';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, notFound } from '../../common/api-exception';
import { CalendarService } from '../calendar/calendar.service';
import { ClockService } from '../clock/clock.service';
import { DefinitionCache } from './definition-cache.service';
import { writeEffects } from './effect-writer';
import { toApiException } from './engine-errors';

export interface CommandRequest {
  applicationId: string;
  /** The command's name in the event log: accept, notify-missing, complete, timer, … */
  command: string;
  event: EngineEvent;
  actor: string;
  onBehalfOf?: string | null;
  nodeId?: string | null;
  idempotencyKey?: string;
  /** Optimistic concurrency: the instance version the client last saw (If-Match). */
  expectedVersion?: number;
  /** A fixed instant (timers fire at their due time); default: the clock's now. */
  at?: Date;
  /** Extra facts for the event row. */
  payload?: Record<string, unknown>;
}

export interface CommandOutcome {
  applicationId: string;
  status: string;
  version: number;
  effects: Effect[];
}

interface LockedInstance {
  snapshot: EngineSnapshot;
  version: number;
  centerId: string;
  flowKey: string;
  flowVersion: number;
}

const LEDGER_DAYS = 5;

/**
 * The one way state changes: lock the instance, run the pure engine step, then store the snapshot, the event
 * row, the projections and the effects in the same transaction. A refused command writes nothing.
 */
@Injectable()
export class CommandExecutor {
  constructor(
    private readonly db: DataSource,
    private readonly clock: ClockService,
    private readonly calendars: CalendarService,
    private readonly definitions: DefinitionCache,
  ) {}

  async execute(request: CommandRequest): Promise<CommandOutcome> {
    try {
      return await this.db.transaction((manager) => this.executeIn(manager, request));
    } catch (error) {
      throw toApiException(error);
    }
  }

  /** Runs inside a caller's transaction (the timer sweep claims its timer in the same one). */
  async executeIn(manager: EntityManager, request: CommandRequest): Promise<CommandOutcome> {
    if (request.idempotencyKey) {
      // One key at a time: a twin on another instance would otherwise hit idempotency_record's key (500).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `${request.actor} ${request.idempotencyKey}`,
      ]);
      const replay = await this.findReplay(manager, request);
      if (replay) return replay;
    }
    const instance = await this.lock(manager, request.applicationId);
    if (request.idempotencyKey) {
      // A twin request with the same key may have committed while we waited for the lock.
      const replay = await this.findReplay(manager, request);
      if (replay) return replay;
    }
    if (request.expectedVersion !== undefined && request.expectedVersion !== instance.version) {
      throw conflict('STALE_VERSION', `办件已被他人更新（当前版本 ${instance.version}）`, {
        currentVersion: instance.version,
      });
    }
    const definition = await this.definitions.get(instance.flowKey, instance.flowVersion);
    const calendar = await this.calendars.forCenter(instance.centerId);
    const at = (request.at ?? this.clock.now()).toISOString();
    const before = inspect(definition, instance.snapshot, at, calendar);
    const result = step(definition, instance.snapshot, request.event, { now: at, newId: randomUUID, calendar });
    const after = inspect(definition, result.snapshot, at, calendar);
    const version = instance.version + 1;

    // Snapshot, projection and event row in one statement: each round trip costs more than the engine step.
    await manager.query(
      `WITH instance AS (
         UPDATE process_instance SET snapshot = $2, version = $3, updated_at = $4 WHERE application_id = $1
       ), projection AS (
         UPDATE application SET status = $5, first_inquiry_officer = $6, accepted_at = $7, deadline = $8,
                clock_paused = $9, completed_at = $10, updated_at = $4
         WHERE id = $1
       )
       INSERT INTO instance_event (center_id, application_id, instance_version, at, actor, on_behalf_of, command,
                                   node_id, from_status, to_status, payload)
       VALUES ($11, $1, $3, $4, $12, $13, $14, $15, $16, $5, $17)`,
      [
        request.applicationId,
        result.snapshot,
        version,
        at,
        after.status,
        after.firstInquiryOfficer,
        after.acceptedAt,
        after.deadline,
        after.clockPaused,
        isFinished(after.status) ? at : null,
        instance.centerId,
        request.actor,
        request.onBehalfOf ?? null,
        request.command,
        request.nodeId ?? null,
        before.status,
        { ...request.payload, event: request.event, effects: result.effects },
      ],
    );
    await writeEffects(manager, result.effects, {
      centerId: instance.centerId,
      applicationId: request.applicationId,
      at,
      nodeNames: nodeNames(definition),
      actor: request.actor,
      onBehalfOf: request.onBehalfOf ?? null,
      ledgerOwner: after.firstInquiryOfficer ?? 'center',
      ledgerDueDate: ledgerDue(calendar, at),
    });
    const outcome: CommandOutcome = {
      applicationId: request.applicationId,
      status: after.status,
      version,
      effects: result.effects,
    };
    if (request.idempotencyKey) {
      await manager.query(
        `INSERT INTO idempotency_record (actor, key, request_hash, status_code, response) VALUES ($1, $2, $3, 200, $4)`,
        [request.actor, request.idempotencyKey, requestHash(request), outcome],
      );
    }
    return outcome;
  }

  private async lock(manager: EntityManager, applicationId: string): Promise<LockedInstance> {
    const [row] = await manager.query(
      `SELECT snapshot, version, center_id AS "centerId", flow_key AS "flowKey", flow_version AS "flowVersion"
       FROM process_instance WHERE application_id = $1 FOR UPDATE`,
      [applicationId],
    );
    if (!row) throw notFound('APPLICATION_NOT_FOUND', '办件不存在');
    return row;
  }

  private async findReplay(manager: EntityManager, request: CommandRequest): Promise<CommandOutcome | null> {
    const [row] = await manager.query(
      `SELECT request_hash AS "hash", response FROM idempotency_record WHERE actor = $1 AND key = $2`,
      [request.actor, request.idempotencyKey],
    );
    if (!row) return null;
    if (row.hash !== requestHash(request)) {
      throw conflict('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一条命令');
    }
    return row.response;
  }
}

export interface EventRow {
  centerId: string;
  applicationId: string;
  version: number;
  at: string;
  actor: string;
  onBehalfOf: string | null;
  command: string;
  nodeId: string | null;
  fromStatus: string | null;
  toStatus: string;
  payload: Record<string, unknown>;
}

export async function insertEvent(manager: EntityManager, row: EventRow): Promise<void> {
  await manager.query(
    `INSERT INTO instance_event (center_id, application_id, instance_version, at, actor, on_behalf_of, command,
                                 node_id, from_status, to_status, payload)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      row.centerId,
      row.applicationId,
      row.version,
      row.at,
      row.actor,
      row.onBehalfOf,
      row.command,
      row.nodeId,
      row.fromStatus,
      row.toStatus,
      row.payload,
    ],
  );
}

export function nodeNames(definition: FlowDefinition): Map<string, string> {
  return new Map(definition.nodes.map((node) => [node.id, node.name ?? node.id]));
}

export function isFinished(status: string): boolean {
  return status === 'approved' || status === 'rejected' || status === 'withdrawn';
}

/** A new ledger row must be answered within a few working days. */
function ledgerDue(calendar: WorkCalendar, at: string): string {
  return calendar.addWorkingDays(calendar.dateOf(at), LEDGER_DAYS);
}

function requestHash(request: CommandRequest): string {
  return JSON.stringify([request.applicationId, request.command, request.event]);
}
