// 5. Timers at scale: 1,000 due timers among 100 k and then 1 M pending ones; time for TimerSweeper.fireTimers to
// find and fire the due ones (in batches: claim with FOR UPDATE SKIP LOCKED, real engine steps, effects, mark fired),
// then of the rest of the clock move (delivering the notifications the steps caused) on its own.
// The due timers belong to real items (parallel-review, accepted: three 3-working-day review deadlines each;
// on timeout the review is tacitly approved, so firing runs real steps and finishes the items). The other
// pending timers are bulk-inserted rows, due years later, referencing real application rows.
import { log, round } from './lib/env.mjs';
import { ITEM } from './lib/app.mjs';

const DUE = 1000;
const PER_ITEM = 3;
const WORKERS = 8;

/** submit + accept for `count` items, 8 at a time; returns the items' ids. */
async function createAcceptedItems(services, users, count) {
  const ids = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (next < count) {
        next++;
        const { id } = await services.applications.submit(users.alice, { ...ITEM });
        await services.commands.run(users.window1, id, 'accept', {}, {});
        ids.push(id);
      }
    }),
  );
  return ids;
}

/**
 * Items whose review timers add up to exactly DUE: ⌊DUE/3⌋ items with 3, and one with 2 of its reviews decided,
 * so it has 1 left. Returns the instant they fall due.
 */
async function dueSet(services, users, due = DUE) {
  const full = Math.floor(due / PER_ITEM);
  const ids = await createAcceptedItems(services, users, full + (due % PER_ITEM ? 1 : 0));
  if (due % PER_ITEM) {
    const last = ids[ids.length - 1];
    const open = (await services.applications.view(users.admin, last)).openTasks;
    const reviewer = { plan: 'planning1', fire: 'fire1', env: 'env1' };
    for (const task of open.slice(0, PER_ITEM - (due % PER_ITEM))) {
      await services.tasks.complete(users[reviewer[task.nodeId]], task.taskId, { decision: 'approve' });
    }
  }
  const [{ last }] = await services.db.query(
    `SELECT max(due_at) AS last FROM timer WHERE application_id = ANY($1) AND purpose = 'step-deadline' AND status = 'pending'`,
    [ids],
  );
  return { until: new Date(last), ids };
}

async function addPending(db, from, to) {
  const started = performance.now();
  await db.query(
    `WITH apps AS (SELECT array_agg(id) AS ids, array_agg(center_id) AS centers, count(*)::int AS n
                   FROM (SELECT id, center_id FROM application ORDER BY created_at LIMIT 1000) a)
     INSERT INTO timer (id, center_id, application_id, node_id, purpose, due_at, status, created_at)
     SELECT 'bulk-' || g, apps.centers[1 + g % apps.n], apps.ids[1 + g % apps.n], 'plan', 'step-deadline',
            timestamptz '2030-01-01 00:00:00+08' + (g % 1051200) * interval '30 seconds', 'pending', now()
     FROM apps, generate_series($1::int, $2::int) g`,
    [from, to],
  );
  // Vacuum (every table: making the items left many dead rows) and checkpoint now, so neither autovacuum nor a
  // checkpoint lands in the timed part.
  await db.query('VACUUM (ANALYZE)');
  await db.query('CHECKPOINT').catch(() => undefined); // needs superuser or pg_checkpoint
  return (performance.now() - started) / 1000;
}

/** The sweeper's claim query, planned and run on its own (rolled back): does it stay an index range scan? */
async function explainClaim(db, until) {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const rows = await runner.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) SELECT id, application_id, due_at FROM timer
       WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [until.toISOString()],
    );
    await runner.rollbackTransaction();
    const plan = rows[0]['QUERY PLAN'][0];
    const scans = [];
    const walk = (node) => {
      if (node['Index Name'] || /Scan/.test(node['Node Type']))
        scans.push(`${node['Node Type']}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`);
      (node.Plans ?? []).forEach(walk);
    };
    walk(plan.Plan);
    return { claimQueryMs: round(plan['Execution Time'], 3), claimPlan: scans.join(' > ') };
  } finally {
    await runner.release();
  }
}

async function fire(services, { until, ids }) {
  const [{ due }] = await services.db.query(
    `SELECT count(*)::int AS due FROM timer WHERE status = 'pending' AND due_at <= $1`,
    [until.toISOString()],
  );
  const [{ pending }] = await services.db.query(`SELECT count(*)::int AS pending FROM timer WHERE status = 'pending'`);
  const plan = await explainClaim(services.db, until);
  const started = performance.now();
  const fired = await services.sweeper.fireTimers(until);
  const ms = performance.now() - started;
  // What a clock move does next: the other due work, chiefly delivering the notifications the steps queued.
  const followUpStarted = performance.now();
  await services.sweeper.fireDue(until);
  const followUpMs = performance.now() - followUpStarted;
  // The items were tacitly approved by their timers: the steps were real.
  const [{ approved }] = await services.db.query(
    `SELECT count(*)::int AS approved FROM application WHERE id = ANY($1) AND status = 'approved'`,
    [ids],
  );
  return {
    pending,
    due,
    fired,
    ms: round(ms, 0),
    msPerTimer: round(ms / Math.max(1, fired), 3),
    followUpMs: round(followUpMs, 0),
    itemsApprovedByTimers: approved,
    ...plan,
  };
}

export async function benchTimers(services, users) {
  log(`timers: ${DUE} due timers on real items (warm-up set, set A a day later, set B a day after that)`);
  const nextDay = () => services.clock.moveTo(new Date(services.clock.now().getTime() + 24 * 3600 * 1000));
  const warmup = await dueSet(services, users, 150);
  await nextDay();
  const setA = await dueSet(services, users);
  await nextDay();
  const setB = await dueSet(services, users);
  if (!(setB.until > setA.until)) throw new Error(`set B falls due no later than set A (${setA.until.toISOString()})`);

  await services.sweeper.fireDue(warmup.until);
  log('timers: 100 k pending');
  const insert100k = await addPending(services.db, 1, 100_000);
  const at100k = await fire(services, setA);
  log(`timers: 100 k → ${at100k.fired} fired in ${at100k.ms} ms; adding 900 k more`);
  const insert900k = await addPending(services.db, 100_001, 1_000_000);
  const at1M = await fire(services, setB);
  log(`timers: 1 M → ${at1M.fired} fired in ${at1M.ms} ms`);
  return {
    due: DUE,
    at100k,
    at1M,
    growth: round(at1M.ms / at100k.ms, 2),
    bulkInsertSeconds: { first100k: round(insert100k, 1), next900k: round(insert900k, 1) },
  };
}
