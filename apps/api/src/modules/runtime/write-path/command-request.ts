import type { CommandWrite, EngineEvent, EngineSnapshot, Effect } from '@tongban/flow-engine';
import type { RevisedCalendar } from '../../calendar/calendar.service';

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
  /** The calendar to step under; default the center's newest revision (never older than the item's own). */
  calendar?: RevisedCalendar;
  /**
   * The B post covering each absent A at `at` (timers, whose lapses may name an absent officer): asked only when the
   * step writes a ledger row naming an officer.
   */
  coverage?: () => Promise<Record<string, string>>;
  /** The sender's own department (an officer's withdrawal is that department's). */
  actorDepartment?: string | null;
}

export interface CommandOutcome {
  applicationId: string;
  status: string;
  version: number;
  effects: Effect[];
  /** The instance's snapshot after the command (absent when an idempotent replay answers). */
  snapshot?: EngineSnapshot;
}

/** A command on a running instance, or a new instance whose first step was planned before it was queued. */
export type Job = { kind: 'command'; request: CommandRequest } | { kind: 'start'; write: CommandWrite };

/** The command that moves an item's running clocks to a calendar revision (nothing is written when none moves). */
export function recalculation(
  applicationId: string,
  revised: RevisedCalendar,
  at: string,
  actor = 'system',
): CommandRequest {
  return {
    applicationId,
    command: 'recalculate',
    event: { type: 'recalculate', revision: revised.revision, actor },
    actor,
    at: new Date(at),
    calendar: revised,
  };
}

export function instanceOf(job: Job): string {
  return job.kind === 'start' ? job.write.applicationId : job.request.applicationId;
}

/** An idempotency key is the sender's own: two users may pick the same one. */
export function keyOf(actor: string, key: string): string {
  return `${actor} ${key}`;
}
