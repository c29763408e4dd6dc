import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CommandExecutor, type CommandRequest } from '../src/modules/runtime/command-executor.service';
import { ApplicationsService } from '../src/modules/runtime/applications/applications.service';
import { InstanceCache } from '../src/modules/runtime/write-path/instance-cache.service';
import type { AuthUser } from '../src/modules/identity';
import { shanghai } from './utils/session';
import { startTestApp, type TestApp } from './utils/test-app';

/*
 * Group commit on real PostgreSQL: commands that arrive together share one transaction, yet each lands exactly
 * once with its own event row and answer; a refused command drops out alone; a batch that lost a race to
 * another writer runs again under row locks; a big batch is written in two halves, each answered once it has
 * committed, and a refused half runs again alone; idempotency twins in one batch are answered once.
 */

/** An accept whose event row the database refuses while `withSaboteurRefused` runs. */
const BY_SABOTEUR: Partial<CommandRequest> = { actor: 'saboteur', event: { type: 'accept', actor: 'saboteur' } };
const ITEM = {
  itemCode: 'parallel-review',
  channel: 'online' as const,
  materials: ['M01', 'M02', 'M03'].map((code) => ({ code })),
  data: {},
};

describe('group commit', () => {
  let server: TestApp;
  let db: DataSource;
  let executor: CommandExecutor;
  let applications: ApplicationsService;
  let alice: AuthUser;

  beforeAll(async () => {
    // One batch open at a time: whatever is queued behind the first command shares the next batch.
    server = await startTestApp({ CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28'), GROUP_COMMIT_IN_FLIGHT: '1' });
    db = server.app.get(DataSource);
    executor = server.app.get(CommandExecutor);
    applications = server.app.get(ApplicationsService);
    [alice] = await db.query(
      `SELECT id, username, name, roles, department, center_id AS "centerId", chief_representative AS "chiefRepresentative"
       FROM app_user WHERE username = 'alice'`,
    );
  });
  afterAll(() => server.close());

  const submitMany = (n: number) =>
    Promise.all(Array.from({ length: n }, () => applications.submit(alice, { ...ITEM }).then((r) => r.id)));
  const accept = (applicationId: string, extra: Partial<CommandRequest> = {}): CommandRequest => ({
    applicationId,
    command: 'accept',
    event: { type: 'accept', actor: 'window1' },
    actor: 'window1',
    ...extra,
  });
  const approve = (applicationId: string, taskId: string, actor: string): CommandRequest => ({
    applicationId,
    command: 'complete',
    actor,
    event: { type: 'decide', taskId, decision: 'approve', actor },
    payload: { taskId, decision: 'approve' },
  });
  const versions = async (id: string) =>
    (await db.query(`SELECT instance_version AS v FROM instance_event WHERE application_id = $1 ORDER BY 1`, [id])).map(
      (row: { v: number }) => row.v,
    );
  /** Runs `body` while the database refuses every event row whose actor is "saboteur". */
  const withSaboteurRefused = async (body: () => Promise<void>) => {
    await db.query(`
      CREATE FUNCTION refuse_saboteur() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.actor = 'saboteur' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER refuse_saboteur BEFORE INSERT ON instance_event
                    FOR EACH ROW EXECUTE FUNCTION refuse_saboteur()`);
    try {
      await body();
    } finally {
      await db.query(`DROP TRIGGER refuse_saboteur ON instance_event; DROP FUNCTION refuse_saboteur()`);
    }
  };
  const openTasks = async (id: string) =>
    Object.fromEntries(
      (await db.query(`SELECT node_id, id FROM task WHERE application_id = $1 AND status = 'open'`, [id])).map(
        (row: { node_id: string; id: string }) => [row.node_id, row.id],
      ),
    );

  it('lets commands that arrive together share commits, each landing exactly once', async () => {
    const ids = await submitMany(30);
    const before = executor.groupCommitStats;
    const outcomes = await Promise.all(ids.map((id) => executor.execute(accept(id))));
    const after = executor.groupCommitStats;

    expect(outcomes.map((o) => [o.applicationId, o.status, o.version])).toEqual(ids.map((id) => [id, 'in-review', 2]));
    expect(after.jobs - before.jobs).toBe(30);
    expect(after.batches - before.batches).toBeLessThan(30);
    // Rows written by one transaction share its xmin: fewer transactions than commands.
    const [{ transactions, events }] = await db.query(
      `SELECT count(DISTINCT xmin::text)::int AS transactions, count(*)::int AS events
       FROM instance_event WHERE command = 'accept' AND application_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(events).toBe(30);
    expect(transactions).toBeLessThan(30);
    const rows = await db.query(
      `SELECT a.status, p.version,
              (SELECT count(*)::int FROM task t WHERE t.application_id = a.id AND t.status = 'open') AS tasks
       FROM application a JOIN process_instance p ON p.application_id = a.id WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    expect(
      rows.every(
        (r: { status: string; version: number; tasks: number }) =>
          r.status === 'in-review' && r.version === 2 && r.tasks === 3,
      ),
    ).toBe(true);
  });

  it('drops a refused command out of its batch and writes the others', async () => {
    const [lead, ...ids] = await submitMany(4);
    const before = executor.groupCommitStats;
    const answers = await Promise.allSettled([
      executor.execute(accept(lead)),
      executor.execute(accept(ids[0])),
      executor.execute(accept(ids[1], { expectedVersion: 7 })),
      executor.execute(accept(ids[2])),
    ]);
    // Submitted in the same event-loop turn, all four share one batch.
    expect(executor.groupCommitStats.batches - before.batches).toBe(1);
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((answers[2] as PromiseRejectedResult).reason).toMatchObject({
      status: 409,
      response: { code: 'STALE_VERSION' },
    });
    expect(await versions(ids[0])).toEqual([1, 2]);
    expect(await versions(ids[1])).toEqual([1]);
    expect(await versions(ids[2])).toEqual([1, 2]);
  });

  it('retries a batch the database refused one command per transaction, so only the culprit fails', async () => {
    await withSaboteurRefused(async () => {
      const [lead, ...ids] = await submitMany(4);
      const answers = await Promise.allSettled([
        executor.execute(accept(lead)),
        executor.execute(accept(ids[0])),
        executor.execute(accept(ids[1], BY_SABOTEUR)),
        executor.execute(accept(ids[2])),
      ]);
      expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(String((answers[2] as PromiseRejectedResult).reason)).toContain('refused for the test');
      expect(await versions(ids[0])).toEqual([1, 2]);
      expect(await versions(ids[1])).toEqual([1]);
      expect(await versions(ids[2])).toEqual([1, 2]);
    });
  });

  it('writes a big batch in two parts side by side, and runs again only the part the database refused', async () => {
    await withSaboteurRefused(async () => {
      const ids = await submitMany(8);
      const locked = jest.spyOn(
        (executor as unknown as { writePath: object }).writePath as unknown as {
          runLocked: (jobs: unknown[]) => unknown;
        },
        'runLocked',
      );
      const before = executor.groupCommitStats;
      const answers = await Promise.allSettled(
        ids.map((id, i) => executor.execute(accept(id, i === 6 ? BY_SABOTEUR : {}))),
      );
      expect(executor.groupCommitStats.batches - before.batches).toBe(1);
      expect(answers.map((a) => a.status)).toEqual([...Array(6).fill('fulfilled'), 'rejected', 'fulfilled']);
      // The first half was written optimistically, in one transaction of its own…
      const [{ transactions }] = await db.query(
        `SELECT count(DISTINCT xmin::text)::int AS transactions FROM instance_event
         WHERE command = 'accept' AND application_id = ANY($1::uuid[])`,
        [ids.slice(0, 4)],
      );
      expect(transactions).toBe(1);
      // …and only the half with the culprit ran again under locks.
      expect(locked.mock.calls.map(([jobs]) => (jobs as unknown[]).length)).toEqual([4, 1, 1, 1, 1]);
      locked.mockRestore();
      for (const [i, id] of ids.entries()) expect(await versions(id)).toEqual(i === 6 ? [1] : [1, 2]);
    });
  });

  it('answers the first half of a big batch once it has committed, while the second is still being written', async () => {
    const ids = await submitMany(8);
    const blocker = new Client({ connectionString: server.databaseUrl });
    await blocker.connect();
    /** Tries `condition` until it holds, a database round trip apart, at most `tries` times. */
    const eventually = async (condition: () => boolean | Promise<boolean>, tries = 200) => {
      for (let i = 0; i < tries && !(await condition()); i++) await db.query('SELECT 1');
    };
    try {
      // The second half's write waits for this row lock on one of its instances.
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM process_instance WHERE application_id = $1 FOR UPDATE`, [ids[6]]);
      const answered = new Set<number>();
      const answers = ids.map((id, i) => executor.execute(accept(id)).then(() => answered.add(i)));
      await eventually(async () => (await versions(ids[3])).length === 2);
      await eventually(() => answered.size === 4);
      expect([...answered].sort()).toEqual([0, 1, 2, 3]);
      expect(await versions(ids[6])).toEqual([1]);
      await blocker.query('ROLLBACK');
      await Promise.all(answers);
      for (const id of ids) expect(await versions(id)).toEqual([1, 2]);
    } finally {
      await blocker.end();
    }
  });

  it('applies two commands on one instance in one batch one after the other', async () => {
    const [lead, id] = await submitMany(2);
    await executor.execute(accept(id));
    const tasks = await openTasks(id);
    const [, plan, fire] = await Promise.all([
      executor.execute(accept(lead)),
      executor.execute(approve(id, tasks.plan, 'planning1')),
      executor.execute(approve(id, tasks.fire, 'fire1')),
    ]);
    expect([plan.version, fire.version]).toEqual([3, 4]);
    expect(await versions(id)).toEqual([1, 2, 3, 4]);
    const [{ transactions }] = await db.query(
      `SELECT count(DISTINCT xmin::text)::int AS transactions FROM instance_event
       WHERE application_id = $1 AND instance_version IN (3, 4)`,
      [id],
    );
    expect(transactions).toBe(1);
    expect(Object.keys(await openTasks(id))).toEqual(['env']);
  });

  it('runs a batch again under locks when another writer moved its instance after it was read', async () => {
    const [id] = await submitMany(1);
    await executor.execute(accept(id));
    const tasks = await openTasks(id);
    const locked = jest.spyOn(
      (executor as unknown as { writePath: object }).writePath as unknown as {
        runLocked: (jobs: unknown[]) => unknown;
      },
      'runLocked',
    );
    const step = { held: deferred(), write: deferred(), written: deferred(), commit: deferred() };
    let fallbacksWhenWritten = -1;
    // Another writer (as the timer sweep does) locks the instance first and writes its step only later…
    const other = db.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM process_instance WHERE application_id = $1 FOR UPDATE`, [id]);
      step.held.resolve();
      await step.write.promise;
      await executor.executeIn(manager, approve(id, tasks.plan, 'planning1'));
      fallbacksWhenWritten = locked.mock.calls.length;
      step.written.resolve();
      await step.commit.promise;
    });
    await step.held.promise;
    // …while fire's approval reads version 2 and its batch blocks on that row lock.
    const racing = executor.execute(approve(id, tasks.fire, 'fire1'));
    await waitFor(async () => {
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return n > 0;
    });
    step.write.resolve();
    await step.written.promise;
    // The batch took the row lock before touching the event key, so the holder wrote without waiting for it
    // (no deadlock, nobody aborted): the batch is still waiting, not yet re-run.
    expect(fallbacksWhenWritten).toBe(0);
    step.commit.resolve();
    await other;
    await expect(racing).resolves.toMatchObject({ version: 4, status: 'in-review' });
    expect(locked).toHaveBeenCalledTimes(1);
    locked.mockRestore();
    expect(await versions(id)).toEqual([1, 2, 3, 4]);
    const decided = await db.query(
      `SELECT node_id, completed_by FROM task WHERE application_id = $1 AND status = 'closed' ORDER BY node_id`,
      [id],
    );
    expect(decided).toEqual([
      { node_id: 'fire', completed_by: 'fire1' },
      { node_id: 'plan', completed_by: 'planning1' },
    ]);
  });

  it('starts from the instance this process last wrote, and refuses a stale one back onto the locked path', async () => {
    const [id] = await submitMany(1);
    await executor.execute(accept(id));
    const tasks = await openTasks(id);
    const cache = server.app.get(InstanceCache);
    const stale = cache.instance(id)!;
    await executor.execute(approve(id, tasks.plan, 'planning1'));
    // As if another process had moved the item: this process's cache is one version behind.
    (cache as unknown as { instances: Map<string, unknown> }).instances.set(id, stale);
    const writePath = (executor as unknown as { writePath: object }).writePath;
    const locked = jest.spyOn(writePath as { runLocked: (jobs: unknown[]) => unknown }, 'runLocked');
    await expect(executor.execute(approve(id, tasks.fire, 'fire1'))).resolves.toMatchObject({ version: 4 });
    expect(locked).toHaveBeenCalledTimes(1);
    locked.mockRestore();
    expect(await versions(id)).toEqual([1, 2, 3, 4]);
    expect(Object.keys(await openTasks(id))).toEqual(['env']);
  });

  it('answers idempotency twins that share a batch once, with one event', async () => {
    const ids = await submitMany(2);
    const twin = () => executor.execute(accept(ids[0], { idempotencyKey: 'twin-1' }));
    // Submitted in the same event-loop turn, the lead command and both twins share one batch.
    const [, first, second] = await Promise.all([executor.execute(accept(ids[1])), twin(), twin()]);
    expect(second).toMatchObject({ applicationId: ids[0], version: first.version, status: first.status });
    expect(await versions(ids[0])).toEqual([1, 2]);
    await expect(executor.execute(accept(ids[1], { idempotencyKey: 'twin-1' }))).rejects.toMatchObject({ status: 409 });
  });
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
