import { randomUUID } from 'node:crypto';
import { scratchDatabase } from '../utils/scratch-database';
import { type ServerProcess, sleep, startServerProcess, waitForExit, waitForHealth } from '../utils/server-process';
import { checkInvariants } from './invariants';

/*
 * Crash safety. The built server runs as a child process on the manual clock; six clients drive a mixed load
 * (submit, accept, notice, supplement, approve, reject, pause, resume, extend, withdraw), every command with an
 * Idempotency-Key, and retry each unacknowledged command with the same key until it is answered. Meanwhile
 * the server is killed with SIGKILL at random moments (some while it is still starting and firing the timers
 * that fell due), and restarted on the same database, the clock moved on by hours or days each time (a third
 * of the items are never decided by a reviewer: their reviews lapse and their timers decide).
 *
 * Afterwards: every acknowledged command is in the event log exactly once (its idempotency record points at
 * its own event), no refused command left a trace, no instance is stuck (projections = snapshot, every pending
 * timer referenced, nothing due left), no timer fired twice, and every instance's log replays to its snapshot.
 */

const KILLS = Number(process.env.FAULTS_KILLS ?? 24);
const CLIENTS = 6;
const MAX_ITEMS = 400;
const START = Date.parse('2026-09-28T09:00:00+08:00');
const HOUR = 3_600_000;

type Status = 'submitted' | 'awaiting-supplement' | 'in-review' | 'approved' | 'rejected' | 'withdrawn';

interface Item {
  id: string;
  applicant: string;
  itemCode: string;
  status: Status;
  missing: string[];
  paused: boolean;
  /** Reviewers leave it alone: its reviews lapse and their timers decide (tacit approval). */
  neglected: boolean;
}

interface Command {
  key: string | null;
  actor: string;
  method: 'POST';
  path: string;
  body: object;
  /** The item it acts on (known for commands; for a task, the task's item). */
  applicationId: string | null;
  /** The event's command name in the log. */
  command: string;
  attempts: number;
  /** Wall time the last attempt was sent. */
  lastAttemptAt?: number;
}

interface Acknowledged {
  key: string;
  actor: string;
  applicationId: string;
  command: string;
  status: number;
  attempts: number;
  lastAttemptAt: number;
}

const ITEMS: Record<string, { materials: string[] }> = {
  'parallel-review': { materials: ['M01', 'M02', 'M03'] },
  'one-time-notice': { materials: ['F01', 'F02', 'F03', 'F04'] },
  instant: { materials: ['C01', 'C02', 'C03', 'C04', 'C05'] },
};
const REVIEWERS = ['planning1', 'planning1b', 'fire1', 'env1'];

/** A small seeded random source (FAULTS_SEED): the same choices, though not the same timing, on every run. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
  };
}

describe('faults: crash safety under SIGKILL', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let server: ServerProcess | undefined;
  let up: Promise<void> = Promise.resolve();
  let clock = START;
  const rand = random(Number(process.env.FAULTS_SEED ?? 20_260_928));
  const tokens = new Map<string, string>();
  const items = new Map<string, Item>();
  const acknowledged: Acknowledged[] = [];
  const submitted: string[] = [];
  const stats = {
    kills: 0,
    killsWhileStarting: 0,
    sent: 0,
    retries: 0,
    unanswered: 0,
    byStatus: new Map<number, number>(),
  };
  const serverErrors: string[] = [];
  /** Set while the killer waits for the next command to commit (test-only trigger, see below). */
  let onCommit: ((key: unknown) => void) | undefined;

  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await database?.drop();
  });

  async function startServer(): Promise<void> {
    server = await startServerProcess({
      DATABASE_URL: database.url,
      CLOCK: 'manual',
      CLOCK_START: new Date(clock).toISOString(),
    });
  }

  /** Sends once; `null` when no answer came (refused connection, killed mid-request, timeout). */
  async function send(command: Command): Promise<{ status: number; body: Record<string, unknown> } | null> {
    const current = server;
    if (!current) return null;
    const headers: Record<string, string> = {
      authorization: `Bearer ${tokens.get(command.actor)}`,
      'content-type': 'application/json',
    };
    if (command.key) headers['idempotency-key'] = command.key;
    try {
      const response = await fetch(`${current.baseUrl}${command.path}`, {
        method: command.method,
        headers,
        body: JSON.stringify(command.body),
        signal: AbortSignal.timeout(20_000),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : {} };
    } catch {
      return null;
    }
  }

  /** Sends until answered (same key every time), waiting for the server to come back in between. */
  async function deliver(command: Command): Promise<{ status: number; body: Record<string, unknown> } | null> {
    for (;;) {
      await up;
      command.attempts++;
      stats.sent++;
      if (command.attempts > 1) stats.retries++;
      command.lastAttemptAt = Date.now();
      const answer = await send(command);
      if (answer && answer.status < 500) {
        stats.byStatus.set(answer.status, (stats.byStatus.get(answer.status) ?? 0) + 1);
        return answer;
      }
      if (answer) serverErrors.push(`${answer.status} ${command.path} ${JSON.stringify(answer.body).slice(0, 200)}`);
      // A submission has no Idempotency-Key: it is not sent again (it may or may not have been stored).
      if (!command.key) {
        stats.unanswered++;
        return null;
      }
      await sleep(50);
    }
  }

  function record(command: Command, answer: { status: number; body: Record<string, unknown> }) {
    if (command.key && command.applicationId) {
      acknowledged.push({
        key: command.key,
        actor: command.actor,
        applicationId: command.applicationId,
        command: command.command,
        status: answer.status,
        attempts: command.attempts,
        lastAttemptAt: command.lastAttemptAt ?? 0,
      });
    }
  }

  const commandOf = (actor: string, path: string, body: object, applicationId: string, command: string): Command => ({
    key: `crash-${randomUUID()}`,
    actor,
    method: 'POST',
    path,
    body,
    applicationId,
    command,
    attempts: 0,
  });

  /** One client's next step, chosen from what it believes about the items (often stale: 409s are fine). */
  async function act(): Promise<void> {
    const open = [...items.values()].filter((i) => !['approved', 'rejected', 'withdrawn'].includes(i.status));
    if (items.size < MAX_ITEMS && (open.length < 8 || rand.chance(0.15))) return submitOne();
    // Nothing to do: wait a little (a loop without a real wait would starve the killer's timers).
    if (!open.length) {
      await sleep(100);
      return;
    }
    const item = rand.pick(open);
    const window = rand.pick(['window1', 'window2']);
    const base = `/api/applications/${item.id}`;
    let command: Command;
    if (item.neglected && item.status === 'in-review' && !item.paused) {
      // Left alone entirely (no withdrawal either), so that its timers are what finishes it.
      await sleep(20);
      return;
    }
    if (rand.chance(0.02)) {
      command = commandOf(item.applicant, `${base}/withdraw`, { reason: '不办了' }, item.id, 'withdraw');
    } else if (item.paused) {
      command = commandOf(window, `${base}/resume`, {}, item.id, 'resume');
    } else if (item.status === 'submitted') {
      if (item.missing.length && rand.chance(0.8)) {
        command = commandOf(
          window,
          `${base}/notify-missing`,
          { missing: item.missing, note: '一次性告知' },
          item.id,
          'notify-missing',
        );
      } else if (rand.chance(0.1)) {
        command = commandOf(window, `${base}/reject`, { reason: '不符合受理条件' }, item.id, 'reject');
      } else {
        command = commandOf(window, `${base}/accept`, {}, item.id, 'accept');
      }
    } else if (item.status === 'awaiting-supplement') {
      command = commandOf(
        item.applicant,
        `${base}/supplement`,
        { materials: item.missing.map((code) => ({ code })) },
        item.id,
        'supplement',
      );
    } else if (rand.chance(0.06)) {
      command = commandOf(
        window,
        `${base}/pause`,
        { reason: '专家评审', kind: 'expert-review', expectedDays: 10 },
        item.id,
        'pause',
      );
    } else if (rand.chance(0.04)) {
      command = commandOf(
        window,
        `${base}/extend`,
        { days: 3, reason: '情况复杂', approver: 'firehead' },
        item.id,
        'extend',
      );
    } else {
      return decideOne(item);
    }
    const answer = await deliver(command);
    if (!answer) return;
    record(command, answer);
    if (answer.status === 200) {
      item.status = answer.body.status as Status;
      item.paused = Boolean(answer.body.clockPaused);
      item.missing = (answer.body.missingMaterials as string[] | undefined) ?? item.missing;
      if (command.command === 'supplement') item.missing = [];
    } else if (answer.status === 409) {
      await refresh(item);
    }
  }

  /** After a 409 the client's belief was stale: read the item again. */
  async function refresh(item: Item) {
    const current = server;
    if (!current) return;
    try {
      const response = await fetch(`${current.baseUrl}/api/applications/${item.id}`, {
        headers: { authorization: `Bearer ${tokens.get(item.applicant)}` },
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) return;
      const view = (await response.json()) as { status: Status; clockPaused: boolean; missingMaterials: string[] };
      item.status = view.status;
      item.paused = view.clockPaused;
      item.missing = view.missingMaterials;
    } catch {
      // the server went away: next time
    }
  }

  async function submitOne() {
    const applicant = rand.pick(['alice', 'bob']);
    const itemCode = rand.pick(Object.keys(ITEMS));
    const all = ITEMS[itemCode].materials;
    const missing = itemCode !== 'instant' && rand.chance(0.35) ? [rand.pick(all)] : [];
    const command: Command = {
      key: null,
      actor: applicant,
      method: 'POST',
      path: '/api/applications',
      body: {
        itemCode,
        channel: 'online',
        materials: all.filter((m) => !missing.includes(m)).map((code) => ({ code })),
        data: { area: rand.int(9000) },
      },
      applicationId: null,
      command: 'submit',
      attempts: 0,
    };
    const answer = await deliver(command);
    if (answer?.status === 201) {
      const id = answer.body.id as string;
      submitted.push(id);
      items.set(id, {
        id,
        applicant,
        itemCode,
        status: answer.body.status as Status,
        missing,
        paused: false,
        neglected: rand.chance(0.3),
      });
    }
  }

  async function decideOne(item: Item) {
    const reviewer = rand.pick(REVIEWERS);
    const current = server;
    if (!current) return;
    let tasks: { id: string; applicationId: string }[] = [];
    try {
      await up;
      const response = await fetch(`${current.baseUrl}/api/tasks?status=open`, {
        headers: { authorization: `Bearer ${tokens.get(reviewer)}` },
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) tasks = (await response.json()) as typeof tasks;
    } catch {
      return;
    }
    const mine = tasks.filter((t) => t.applicationId === item.id);
    const others = tasks.filter((t) => !items.get(t.applicationId)?.neglected);
    const task = mine.length ? rand.pick(mine) : others.length && rand.chance(0.5) ? rand.pick(others) : undefined;
    if (!task) return refresh(item);
    const decision = rand.chance(0.12) ? 'reject' : 'approve';
    const command = commandOf(
      reviewer,
      `/api/tasks/${task.id}/complete`,
      { decision, comment: decision === 'approve' ? '同意' : '不同意' },
      task.applicationId,
      'complete',
    );
    const answer = await deliver(command);
    if (!answer) return;
    record(command, answer);
    const target = items.get(task.applicationId);
    if (answer.status === 200 && target) target.status = answer.body.status as Status;
  }

  it(`keeps every acknowledged command exactly once through ${KILLS} SIGKILLs, and every log replays`, async () => {
    const began = performance.now();
    database = await scratchDatabase('tongban_faults_crash');
    await startServer();
    await waitForHealth(server!);
    for (const name of ['alice', 'bob', 'window1', 'window2', ...REVIEWERS]) {
      const response = await fetch(`${server!.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: name, password: name }),
      });
      expect(response.status).toBe(200);
      tokens.set(name, ((await response.json()) as { token: string }).token);
    }

    // Test instrumentation on the scratch database: a notice at each command's commit, for the killer.
    await database.client.query(`
      CREATE FUNCTION faults_notify_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('faults_commit', NEW.key); RETURN NEW; END $$`);
    await database.client.query(
      `CREATE TRIGGER faults_commit AFTER INSERT ON idempotency_record FOR EACH ROW EXECUTE FUNCTION faults_notify_commit()`,
    );
    database.client.on('notification', (message) => onCommit?.(message.payload));
    await database.client.query('LISTEN faults_commit');

    let running = true;
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (running) {
        await act();
        await sleep(rand.int(20));
      }
    });

    // The killer: SIGKILL at a random moment, now and then while the server is still starting (and firing the
    // timers that fell due while it was down); restart on the same database, the clock a little later.
    while (stats.kills < KILLS) {
      await sleep(300 + rand.int(2_200));
      if (rand.chance(0.4)) {
        // Aim at the moment between a command's commit and its answer: kill as soon as one commits.
        await Promise.race([new Promise((resolve) => (onCommit = resolve)), sleep(3_000)]);
        onCommit = undefined;
      }
      const victim = server!;
      victim.child.kill('SIGKILL');
      await waitForExit(victim.child);
      stats.kills++;
      let release!: () => void;
      up = new Promise((resolve) => (release = resolve));
      // Mostly a few hours; now and then days, so that many timers fall due and fire while the server starts.
      clock += rand.chance(0.15) ? (48 + rand.int(72)) * HOUR : rand.chance(0.6) ? rand.int(12) * HOUR : 0;
      await startServer();
      if (stats.kills < KILLS && rand.chance(0.25)) {
        // Killed again before it answers: give it a moment to be half-way through starting.
        await sleep(200 + rand.int(1_500));
        const early = server!;
        early.child.kill('SIGKILL');
        await waitForExit(early.child);
        stats.kills++;
        stats.killsWhileStarting++;
        await startServer();
      }
      await waitForHealth(server!, 120_000);
      release();
    }

    // Quiet down: the clients finish what they are delivering (every command answered), then a clean restart
    // fires what fell due, and the server stops.
    running = false;
    await Promise.all(clients);
    server!.child.kill('SIGTERM');
    await waitForExit(server!.child);
    // A week later: every step and item deadline still pending falls due and fires as the server starts.
    clock += 7 * 24 * HOUR;
    await startServer();
    await waitForHealth(server!);
    const finalClock = ((await (await fetch(`${server!.baseUrl}/api/clock`)).json()) as { now: string }).now;
    server!.child.kill('SIGTERM');
    await waitForExit(server!.child);

    const client = database.client;
    // Every acknowledged command: a 200 has exactly one idempotency record, pointing at exactly one event of
    // its item with its command and actor; a refusal left no record.
    const records = new Map<
      string,
      { actor: string; key: string; response: { applicationId: string; version: number } }
    >();
    for (const row of (await client.query(`SELECT actor, key, response FROM idempotency_record`)).rows)
      records.set(`${row.actor} ${row.key}`, row);
    const problems: string[] = [];
    const claimed = new Map<string, string>();
    let answeredFromRecord = 0;
    for (const ack of acknowledged) {
      const rec = records.get(`${ack.actor} ${ack.key}`);
      if (ack.status !== 200) {
        if (rec) problems.push(`refused ${ack.command} ${ack.key} (${ack.status}) left an idempotency record`);
        continue;
      }
      if (!rec) {
        problems.push(`acknowledged ${ack.command} ${ack.key} has no idempotency record`);
        continue;
      }
      const { applicationId, version } = rec.response;
      const events = (
        await client.query(
          `SELECT command, actor, recorded_at AS "recordedAt" FROM instance_event WHERE application_id = $1 AND instance_version = $2`,
          [applicationId, version],
        )
      ).rows;
      // A retry answered from the idempotency record: the killed server had done it before it could answer.
      if (ack.attempts > 1 && events[0] && new Date(events[0].recordedAt).getTime() < ack.lastAttemptAt - 5)
        answeredFromRecord++;
      if (applicationId !== ack.applicationId)
        problems.push(`${ack.key}: recorded for ${applicationId}, sent for ${ack.applicationId}`);
      if (events.length !== 1 || events[0].command !== ack.command || events[0].actor !== ack.actor) {
        problems.push(`${ack.key}: ${ack.command} by ${ack.actor} → events at v${version}: ${JSON.stringify(events)}`);
      }
      const at = `${applicationId}@${version}`;
      if (claimed.has(at)) problems.push(`${ack.key} and ${claimed.get(at)} claim the same event ${at}`);
      claimed.set(at, ack.key);
    }
    // Every acknowledged submission is an instance whose log starts with its one submit.
    const submits = (
      await client.query(
        `SELECT application_id AS id, count(*)::int AS n FROM instance_event WHERE command = 'submit' GROUP BY 1`,
      )
    ).rows;
    const submitCount = new Map(submits.map((row: { id: string; n: number }) => [row.id, row.n]));
    for (const id of submitted)
      if (submitCount.get(id) !== 1) problems.push(`submission ${id} has ${submitCount.get(id) ?? 0} submit events`);

    const report = await checkInvariants(client, finalClock);
    const ok200 = acknowledged.filter((a) => a.status === 200).length;
    console.log(
      `crash safety: ${stats.kills} SIGKILLs (${stats.killsWhileStarting} while starting), ${stats.sent} requests sent ` +
        `(${stats.retries} retries of unanswered commands, ${answeredFromRecord} of them done before the kill and answered ` +
        `from the idempotency record; ${stats.unanswered} unanswered submissions dropped), ` +
        `${acknowledged.length} acknowledged commands (${ok200} done, ${acknowledged.length - ok200} refused), ` +
        `${submitted.length} acknowledged submissions; statuses ${[...stats.byStatus]
          .sort()
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}; ` +
        `database: ${report.applications} items, ${report.events} events (${report.timersFired} timer firings), ` +
        `${report.replayed} replayed to their stored snapshot; clock moved ${((Date.parse(finalClock) - START) / HOUR).toFixed(0)} h; ` +
        `${((performance.now() - began) / 1000).toFixed(0)} s`,
    );
    expect(serverErrors).toEqual([]);
    expect([...problems, ...report.problems].slice(0, 30)).toEqual([]);
    // The run did what it says: enough kills, retries that mattered, timers that fired, a full replay.
    expect(stats.kills).toBeGreaterThanOrEqual(20);
    expect(stats.retries).toBeGreaterThan(0);
    expect(ok200).toBeGreaterThan(100);
    expect(answeredFromRecord).toBeGreaterThan(0);
    expect(report.timersFired).toBeGreaterThanOrEqual(20);
    expect(report.replayed).toBe(report.applications);
    expect(report.applications).toBeGreaterThanOrEqual(submitted.length);
  });
});
