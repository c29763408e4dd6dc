import { type Effect, type EngineSnapshot, inspect, start, type StartInput, step } from '@tongban/flow-engine';
import { type FlowDefinition, type FlowDirectory, flowDefinitionSchema } from '@tongban/flow-model';
import { createWorkCalendar, type WorkCalendar } from '@tongban/work-calendar';
import { isDeepStrictEqual } from 'node:util';
import type { Client } from 'pg';

/*
 * What must hold in a Tongban database whatever happened to the servers that wrote it: every instance's
 * event log is an unbroken chain that replays (pure engine, recorded instants, recorded ids) to exactly the
 * stored snapshot and effects; the projections (application status, open tasks, pending timers) agree with
 * the snapshot; no timer fired twice or was set aside; nothing due is left pending.
 */

export interface EventRow {
  version: number;
  at: Date;
  actor: string;
  command: string;
  fromStatus: string | null;
  toStatus: string;
  payload: {
    input?: SubmitPayload;
    start?: Partial<StartInput>;
    event?: unknown;
    effects?: Effect[];
    timerId?: string;
    directory?: FlowDirectory;
    calendarRevision?: number;
  };
}

interface SubmitPayload {
  data: Record<string, unknown>;
  channel: string;
  materials: { code: string }[];
}

export interface InvariantReport {
  applications: number;
  events: number;
  replayed: number;
  timersFired: number;
  problems: string[];
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/**
 * The snapshot as PostgreSQL gives it back: jsonb keeps object keys shorter first, then bytewise. The server
 * reloads each snapshot from jsonb before its next step and the engine's output follows key order (which
 * clock's timer is scheduled first, and so which id it gets), so a faithful replay reorders the same way.
 */
export function jsonbOrder<T>(value: T): T {
  if (Array.isArray(value)) return value.map(jsonbOrder) as T;
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort(
    (a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  return Object.fromEntries(keys.map((key) => [key, jsonbOrder((value as Record<string, unknown>)[key])])) as T;
}

/** Deeply replaces every string found in `ids` (replay id ↔ recorded id). */
function mapIds<T>(value: T, ids: Map<string, string>): T {
  return JSON.parse(JSON.stringify(value), (_key, v) => (typeof v === 'string' && ids.has(v) ? ids.get(v) : v));
}

/** The ids a step created, in the order of its effects: task ids and timer ids. */
function createdIds(effects: Effect[]): string[] {
  return effects.flatMap((e) => (e.type === 'task.open' ? [e.taskId] : e.type === 'timer.schedule' ? [e.timerId] : []));
}

/** The official calendar alone: revision 0, and what a log from before revisions were recorded replays under. */
const officialCalendar = createWorkCalendar();

/**
 * Replays one instance from its events: `start` with the submission (and the catalog's limits, as the API
 * builds the StartInput), then `step` with each recorded engine event at its recorded instant, under the
 * calendar revision the event row records (`calendarOf` rebuilds it from `calendar_revision`). The engine
 * draws ids from `newId`; the replay's ids are mapped onto the recorded ones through the effects of each step
 * (a timer scheduled and cancelled within one step never shows, so the sequences cannot simply be reused).
 */
export function replayInstance(
  def: FlowDefinition,
  app: { id: string; applicant: string },
  limits: { statutoryDays: number; promisedDays: number },
  events: EventRow[],
  calendarOf: (revision: number) => WorkCalendar = () => officialCalendar,
): { snapshot?: EngineSnapshot; problems: string[] } {
  const problems: string[] = [];
  const toRecorded = new Map<string, string>();
  const toReplay = new Map<string, string>();
  let n = 0;
  // The directory facts a step ran on are in its event (a 会签's members), never looked up again; so is the
  // calendar revision, rebuilt by `calendarOf`.
  const ctx = (at: Date, { directory, calendarRevision }: EventRow['payload']) => ({
    now: at.toISOString(),
    newId: () => `replay-${app.id}-${++n}`,
    calendar: calendarRevision === undefined ? officialCalendar : calendarOf(calendarRevision),
    calendarRevision,
    directory,
  });
  const align = (version: number, replayed: Effect[], recorded: Effect[] = []) => {
    const ours = createdIds(replayed);
    const theirs = createdIds(recorded);
    if (ours.length !== theirs.length) {
      problems.push(`${app.id} v${version}: replay created ${ours.length} ids, the log ${theirs.length}`);
      return;
    }
    ours.forEach((id, i) => {
      toRecorded.set(id, theirs[i]);
      toReplay.set(theirs[i], id);
    });
    if (!isDeepStrictEqual(json(mapIds(replayed, toRecorded)), json(recorded))) {
      problems.push(
        `${app.id} v${version}: replayed effects differ\n  replay ${JSON.stringify(mapIds(replayed, toRecorded))}\n  log    ${JSON.stringify(recorded)}`,
      );
    }
  };

  const [submit, ...rest] = events;
  if (!submit || submit.command !== 'submit' || !submit.payload.input) {
    return { problems: [`${app.id}: the log does not begin with a submit carrying its input`] };
  }
  const input = submit.payload.input;
  try {
    let result = start(
      def,
      {
        applicationId: app.id,
        applicant: app.applicant,
        data: input.data,
        materials: input.materials.map((m) => m.code),
        channel: input.channel,
        timeLimit: { ...limits, warnAtRemainingDays: def.timeLimit?.warnAtRemainingDays },
        // The engine's start input beyond the request, as the submit recorded it.
        ...submit.payload.start,
      },
      ctx(submit.at, submit.payload),
    );
    align(1, result.effects, submit.payload.effects);
    let snapshot = jsonbOrder(json(result.snapshot));
    for (const row of rest) {
      if (row.payload.event === undefined) {
        problems.push(`${app.id} v${row.version}: ${row.command} without its engine event`);
        return { problems };
      }
      result = step(def, snapshot, mapIds(row.payload.event, toReplay), ctx(row.at, row.payload));
      align(row.version, result.effects, row.payload.effects);
      snapshot = jsonbOrder(json(result.snapshot));
    }
    return { snapshot: mapIds(snapshot, toRecorded), problems };
  } catch (error) {
    problems.push(`${app.id}: replay threw ${error instanceof Error ? error.message : error}`);
    return { problems };
  }
}

/** Checks every instance in the database; `now` is the server clock at the end (all due timers fired). */
export async function checkInvariants(client: Client, now: string): Promise<InvariantReport> {
  const problems: string[] = [];
  const calendar = createWorkCalendar();
  const definitions = new Map<string, FlowDefinition>();
  for (const row of (await client.query(`SELECT key, version, definition FROM flow_definition`)).rows) {
    try {
      definitions.set(`${row.key}@${row.version}`, flowDefinitionSchema.parse(row.definition));
    } catch {
      // drafts may not parse; no instance runs on them
    }
  }
  const limits = new Map<string, { statutoryDays: number; promisedDays: number }>();
  for (const row of (await client.query(`SELECT code, statutory_days, promised_days FROM catalog_item`)).rows) {
    limits.set(row.code, { statutoryDays: row.statutory_days, promisedDays: row.promised_days });
  }
  const revisions = new Map<string, WorkCalendar>();
  for (const row of (await client.query(`SELECT center_id, revision, overrides FROM calendar_revision`)).rows) {
    revisions.set(`${row.center_id} ${row.revision}`, createWorkCalendar({ overrides: row.overrides }));
  }
  const apps = (
    await client.query(
      `SELECT a.id, a.center_id AS "centerId", a.applicant, a.item_code AS "itemCode", a.status, a.flow_key AS "flowKey", a.flow_version AS "flowVersion",
              p.snapshot, p.version
       FROM application a LEFT JOIN process_instance p ON p.application_id = a.id ORDER BY a.created_at, a.id`,
    )
  ).rows;
  const eventsOf = new Map<string, EventRow[]>();
  let eventCount = 0;
  for (const row of (
    await client.query(
      `SELECT application_id AS "app", instance_version AS version, at, actor, command, from_status AS "fromStatus",
              to_status AS "toStatus", payload
       FROM instance_event ORDER BY application_id, instance_version, id`,
    )
  ).rows) {
    eventCount++;
    const list = eventsOf.get(row.app) ?? [];
    list.push(row);
    eventsOf.set(row.app, list);
  }
  const openTasks = new Map<string, Set<string>>();
  for (const row of (await client.query(`SELECT id, application_id AS app FROM task WHERE status = 'open'`)).rows) {
    openTasks.set(row.app, (openTasks.get(row.app) ?? new Set()).add(row.id));
  }
  const pendingTimers = new Map<string, Set<string>>();
  for (const row of (await client.query(`SELECT id, application_id AS app FROM timer WHERE status = 'pending'`)).rows) {
    pendingTimers.set(row.app, (pendingTimers.get(row.app) ?? new Set()).add(row.id));
  }

  let replayed = 0;
  for (const app of apps) {
    const def = definitions.get(`${app.flowKey}@${app.flowVersion}`);
    const events = eventsOf.get(app.id) ?? [];
    if (!app.snapshot || !def) {
      problems.push(`${app.id}: no process instance or no definition`);
      continue;
    }
    // An unbroken chain 1..n that ends where the instance and the application stand.
    events.forEach((e, i) => {
      if (e.version !== i + 1) problems.push(`${app.id}: event ${i + 1} has version ${e.version}`);
      if (i > 0 && e.fromStatus !== events[i - 1].toStatus) problems.push(`${app.id} v${e.version}: chain broken`);
    });
    if (events.length !== app.version)
      problems.push(`${app.id}: ${events.length} events, instance version ${app.version}`);
    if (events.at(-1)?.toStatus !== app.status)
      problems.push(`${app.id}: status ${app.status}, last event ${events.at(-1)?.toStatus}`);

    // The projections agree with the engine's view of the snapshot.
    const snapshot = app.snapshot as EngineSnapshot;
    const view = inspect(def, snapshot, now, calendar);
    if (view.status !== app.status) problems.push(`${app.id}: application says ${app.status}, snapshot ${view.status}`);
    const snapTasks = new Set(snapshot.status === 'done' ? [] : snapshot.context.tasks.map((t) => t.id));
    const rowTasks = openTasks.get(app.id) ?? new Set();
    if (!isDeepStrictEqual([...snapTasks].sort(), [...rowTasks].sort())) {
      problems.push(`${app.id}: open task rows ${[...rowTasks]} ≠ snapshot tasks ${[...snapTasks]}`);
    }
    const s = snapshot.context;
    const snapTimers = new Set(
      [
        s.item?.timer,
        s.statutory?.timer,
        ...Object.values(s.clocks).map((c) => c.timer),
        s.deemed?.timer,
        s.supplementDue?.timer,
      ].filter((t): t is string => typeof t === 'string'),
    );
    const rowTimers = pendingTimers.get(app.id) ?? new Set();
    if (!isDeepStrictEqual([...snapTimers].sort(), [...rowTimers].sort())) {
      problems.push(`${app.id}: pending timer rows ${[...rowTimers]} ≠ snapshot timers ${[...snapTimers]}`);
    }

    // The log replays to the stored snapshot.
    const calendarOf = (revision: number) => revisions.get(`${app.centerId} ${revision}`) ?? officialCalendar;
    const replay = replayInstance(def, app, limits.get(app.itemCode)!, events, calendarOf);
    problems.push(...replay.problems);
    if (replay.snapshot && !isDeepStrictEqual(json(replay.snapshot), json(snapshot))) {
      problems.push(
        `${app.id}: replayed snapshot differs\n  replay ${JSON.stringify(replay.snapshot)}\n  stored ${JSON.stringify(snapshot)}`,
      );
    } else if (replay.snapshot) replayed++;
  }

  // Timers: each fired at most once, fired rows have their event, nothing due left pending, none set aside.
  const twice = (
    await client.query(
      `SELECT payload->>'timerId' AS id, count(*)::int AS n FROM instance_event WHERE command = 'timer' GROUP BY 1 HAVING count(*) > 1`,
    )
  ).rows;
  for (const row of twice) problems.push(`timer ${row.id} fired ${row.n} times`);
  const firedWithoutEvent = (
    await client.query(
      `SELECT t.id FROM timer t WHERE t.status = 'fired'
         AND NOT EXISTS (SELECT 1 FROM instance_event e WHERE e.command = 'timer' AND e.payload->>'timerId' = t.id)`,
    )
  ).rows;
  for (const row of firedWithoutEvent) problems.push(`timer ${row.id} is marked fired but has no event`);
  const overdue = (await client.query(`SELECT id, due_at FROM timer WHERE status = 'pending' AND due_at <= $1`, [now]))
    .rows;
  for (const row of overdue)
    problems.push(`timer ${row.id} due ${row.due_at.toISOString()} is still pending at ${now}`);
  const setAside = (
    await client.query(
      `SELECT t.id FROM timer t WHERE t.status = 'cancelled'
         AND NOT EXISTS (SELECT 1 FROM instance_event e WHERE e.application_id = t.application_id
                         AND e.payload->'effects' @> jsonb_build_array(jsonb_build_object('type', 'timer.cancel', 'timerId', t.id)))`,
    )
  ).rows;
  for (const row of setAside) problems.push(`timer ${row.id} was set aside (cancelled without a timer.cancel effect)`);
  const [{ n: timersFired }] = (
    await client.query(`SELECT count(*)::int AS n FROM instance_event WHERE command = 'timer'`)
  ).rows;

  return { applications: apps.length, events: eventCount, replayed, timersFired, problems };
}
