// The real Nest app, built in this process from apps/api/dist the way apps/api/test/utils/test-app.ts does it:
// migrations run, demo center, accounts, catalog and shipped flows are loaded, clock is manual.
import { apiRequire, requireApi } from './env.mjs';

/** A Monday morning in Shanghai (10:00), inside the years the official calendar covers. */
export const CLOCK_START = '2026-09-21T02:00:00.000Z';

export async function bootApp(databaseUrl, { quiet = true, clockStart = CLOCK_START } = {}) {
  apiRequire('reflect-metadata');
  if (quiet) process.env.NODE_ENV = 'test'; // Nest logs only warnings and errors (no per-request lines)
  const { readAppConfig } = requireApi('config/app-config.js');
  const { createApp } = requireApi('create-app.js');
  const config = readAppConfig({ ...process.env, DATABASE_URL: databaseUrl, CLOCK: 'manual', CLOCK_START: clockStart });
  const app = await createApp({ config, databaseUrl });
  await app.init();
  const { DataSource } = apiRequire('typeorm');
  const get = (relative, name) => app.get(requireApi(relative)[name], { strict: false });
  return {
    app,
    db: app.get(DataSource),
    applications: get('modules/runtime/applications/applications.service.js', 'ApplicationsService'),
    commands: get('modules/runtime/applications/application-commands.service.js', 'ApplicationCommands'),
    tasks: get('modules/runtime/tasks/tasks.service.js', 'TasksService'),
    executor: get('modules/runtime/command-executor.service.js', 'CommandExecutor'),
    sweeper: get('modules/runtime/timers/timer-sweeper.service.js', 'TimerSweeper'),
    clock: get('modules/clock/clock.service.js', 'ClockService'),
    close: () => app.close(),
  };
}

/** AuthUser objects as the auth guard builds them (toAuthUser), for the demo accounts. */
export async function loadUsers(db, usernames) {
  const rows = await db.query(
    `SELECT id, username, name, roles, department, center_id AS "centerId",
            chief_representative AS "chiefRepresentative"
     FROM app_user WHERE username = ANY($1)`,
    [usernames],
  );
  const users = Object.fromEntries(rows.map((row) => [row.username, row]));
  for (const name of usernames) if (!users[name]) throw new Error(`demo account ${name} is missing`);
  return users;
}

/** The benchmark item: parallel-review (accept, then planning, fire and environment review in parallel). */
export const ITEM = {
  itemCode: 'parallel-review',
  channel: 'online',
  materials: [{ code: 'M01' }, { code: 'M02' }, { code: 'M03' }],
  data: { project: 'bench', area: 1200 },
};

/** Which demo reviewer takes the task of each parallel branch. */
export const REVIEWER_OF = { plan: 'planning1', fire: 'fire1', env: 'env1' };
export const USERNAMES = ['alice', 'window1', 'planning1', 'fire1', 'env1', 'admin'];

/**
 * One item through the service layer, the way the controllers call it: submit → accept → 3 approvals
 * (5 commands). `onCommand(startedAt)` is called after each command.
 */
export async function runItemViaServices(services, users, onCommand = () => {}) {
  let t = performance.now();
  const { id } = await services.applications.submit(users.alice, { ...ITEM });
  onCommand(t);
  t = performance.now();
  const view = await services.commands.run(users.window1, id, 'accept', {}, {});
  onCommand(t);
  const open = view.openTasks;
  if (open.length !== 3) throw new Error(`expected 3 open tasks after accept, got ${open.length}`);
  let status;
  for (const task of open) {
    const reviewer = users[REVIEWER_OF[task.nodeId]];
    t = performance.now();
    ({ status } = await services.tasks.complete(reviewer, task.taskId, { decision: 'approve' }));
    onCommand(t);
  }
  if (status !== 'approved') throw new Error(`item ended as ${status}, expected approved`);
  return id;
}

/**
 * The same item with the executor alone (CommandExecutor.execute: lock, step, write), without the services'
 * authorisation reads and the view they return. The item is submitted through the service.
 */
export async function runItemViaExecutor(services, users, onCommand = () => {}) {
  let t = performance.now();
  const { id } = await services.applications.submit(users.alice, { ...ITEM });
  onCommand(t);
  t = performance.now();
  const accepted = await services.executor.execute({
    applicationId: id,
    command: 'accept',
    event: { type: 'accept', actor: 'window1' },
    actor: 'window1',
  });
  onCommand(t);
  const open = accepted.effects.filter((effect) => effect.type === 'task.open');
  let status;
  for (const task of open) {
    const actor = REVIEWER_OF[task.nodeId];
    t = performance.now();
    ({ status } = await services.executor.execute({
      applicationId: id,
      command: 'complete',
      nodeId: task.nodeId,
      actor,
      event: { type: 'decide', taskId: task.taskId, decision: 'approve', actor },
      payload: { taskId: task.taskId, decision: 'approve', comment: null },
    }));
    onCommand(t);
  }
  if (status !== 'approved') throw new Error(`item ended as ${status}, expected approved`);
  return id;
}
