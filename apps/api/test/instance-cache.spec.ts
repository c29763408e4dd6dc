import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { PreparedQueries } from '../src/common/database/prepared-queries.service';
import type { AuthUser } from '../src/modules/identity';
import { ApplicationCommands } from '../src/modules/runtime/applications/application-commands.service';
import { ApplicationsService } from '../src/modules/runtime/applications/applications.service';
import { StaffService } from '../src/modules/staff/staff.service';
import { CommandExecutor } from '../src/modules/runtime/command-executor.service';
import { TasksService } from '../src/modules/runtime/tasks/tasks.service';
import { authUsers, PARALLEL_REVIEW_ITEM, shanghai } from './utils/session';
import { secondApp, startTestApp, type TestApp } from './utils/test-app';

/*
 * A decision on a task this process opened starts from what the process last wrote, without reading anything.
 * Two API processes share one database here (two Nest apps): what one of them remembers goes stale when the
 * other moves the item, and a stale memory must cost a retry, never a wrong answer.
 */

describe('instance cache', () => {
  let server: TestApp;
  let other: NestExpressApplication;
  let users: Record<string, AuthUser>;

  beforeAll(async () => {
    const env = { CLOCK: 'manual', CLOCK_START: shanghai('2026-09-28') };
    server = await startTestApp(env);
    other = await secondApp(server, env);
    users = await authUsers(server.app.get(DataSource), ['alice', 'window1', 'planning1', 'fire1', 'env1']);
  });
  afterAll(async () => {
    await other.close();
    await server.close();
  });
  afterEach(() => jest.restoreAllMocks());

  /** A new item accepted by this process: its three review tasks by node. */
  const acceptedHere = async () => {
    const { id } = await server.app.get(ApplicationsService).submit(users.alice, { ...PARALLEL_REVIEW_ITEM });
    const view = await server.app.get(ApplicationCommands).run(users.window1, id, 'accept', {}, {});
    const tasks = Object.fromEntries(
      view.openTasks.map((task: { nodeId: string; taskId: string }) => [task.nodeId, task.taskId]),
    );
    return { id, tasks };
  };
  const events = async (id: string) =>
    (
      await server.app
        .get(DataSource)
        .query(`SELECT instance_version AS v, actor FROM instance_event WHERE application_id = $1 ORDER BY 1`, [id])
    ).map((row: { v: number; actor: string }) => `${row.v}:${row.actor}`);

  it('decides a task this process opened without reading anything first', async () => {
    const { id, tasks } = await acceptedHere();
    const prepared = server.app.get(PreparedQueries);
    const lookups = jest.spyOn(prepared, 'lookup');
    const statements = jest.spyOn(prepared, 'query');

    const decided = await server.app.get(TasksService).complete(users.planning1, tasks.plan, { decision: 'approve' });

    expect(decided).toMatchObject({ applicationId: id, version: 3, status: 'in-review' });
    expect(lookups).not.toHaveBeenCalled();
    expect(statements).toHaveBeenCalledTimes(1); // the write
    expect(await events(id)).toEqual(['1:alice', '2:window1', '3:planning1']);
  });

  it('accepts an item this process took in without reading anything first', async () => {
    const { id } = await server.app.get(ApplicationsService).submit(users.alice, { ...PARALLEL_REVIEW_ITEM });
    const prepared = server.app.get(PreparedQueries);
    const lookups = jest.spyOn(prepared, 'lookup');

    const view = await server.app.get(ApplicationCommands).run(users.window1, id, 'accept', {}, {});

    expect(lookups).not.toHaveBeenCalled();
    expect(view).toMatchObject({
      id,
      version: 2,
      status: 'in-review',
      applicant: 'alice',
      receiptNo: expect.any(String),
    });
    expect(view.openTasks).toHaveLength(3);
    // What the remembered row gives is what reading it gives.
    expect(view).toEqual(await server.app.get(ApplicationsService).view(users.window1, id));
    expect(await events(id)).toEqual(['1:alice', '2:window1']);
  });

  it('refuses an accept from a memory another process made stale, and writes nothing', async () => {
    const { id } = await server.app.get(ApplicationsService).submit(users.alice, { ...PARALLEL_REVIEW_ITEM });
    await other.get(ApplicationCommands).run(users.window1, id, 'accept', {}, {});
    const locked = jest.spyOn(
      (server.app.get(CommandExecutor) as unknown as { writePath: object }).writePath as unknown as {
        runLocked: () => unknown;
      },
      'runLocked',
    );

    await expect(server.app.get(ApplicationCommands).run(users.window1, id, 'accept', {}, {})).rejects.toMatchObject({
      status: 409,
    });
    expect(locked).toHaveBeenCalledTimes(1);
    expect(await events(id)).toEqual(['1:alice', '2:window1']);
  });

  it('asks whom the caller covers when the task does not name it (it may be acting as a B post)', async () => {
    const { tasks } = await acceptedHere();
    const covered = jest.spyOn(server.app.get(StaffService), 'coveredBy');
    await expect(
      server.app.get(TasksService).complete(users.env1, tasks.plan, { decision: 'approve' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(covered).toHaveBeenCalledTimes(1);
    covered.mockRestore();
  });

  it('lands a decision made from a memory another process made stale, on the version the database holds', async () => {
    const { id, tasks } = await acceptedHere();
    // The other process decides one task: this one still remembers version 2.
    await other.get(TasksService).complete(users.planning1, tasks.plan, { decision: 'approve' });
    const lookups = jest.spyOn(server.app.get(PreparedQueries), 'lookup');
    const locked = jest.spyOn(
      (server.app.get(CommandExecutor) as unknown as { writePath: object }).writePath as unknown as {
        runLocked: () => unknown;
      },
      'runLocked',
    );

    const decided = await server.app.get(TasksService).complete(users.fire1, tasks.fire, { decision: 'approve' });

    // Started from memory, refused at the write, stepped again under locks.
    expect(lookups).not.toHaveBeenCalled();
    expect(locked).toHaveBeenCalledTimes(1);
    expect(decided).toMatchObject({ version: 4, status: 'in-review' });
    expect(await events(id)).toEqual(['1:alice', '2:window1', '3:planning1', '4:fire1']);
    const open = await server.app
      .get(DataSource)
      .query(`SELECT node_id FROM task WHERE application_id = $1 AND status = 'open'`, [id]);
    expect(open).toEqual([{ node_id: 'env' }]);
  });

  it('refuses, and writes nothing for, a task another process closed while this one remembers it open', async () => {
    const { id, tasks } = await acceptedHere();
    await other.get(TasksService).complete(users.planning1, tasks.plan, { decision: 'approve' });
    const locked = jest.spyOn(
      (server.app.get(CommandExecutor) as unknown as { writePath: object }).writePath as unknown as {
        runLocked: () => unknown;
      },
      'runLocked',
    );

    await expect(
      server.app.get(TasksService).complete(users.planning1, tasks.plan, { decision: 'reject', comment: '不符合规划' }),
    ).rejects.toMatchObject({ status: 409, response: { code: 'TASK_NOT_OPEN' } });
    expect(locked).toHaveBeenCalledTimes(1);
    expect(await events(id)).toEqual(['1:alice', '2:window1', '3:planning1']);
    const [plan] = await server.app
      .get(DataSource)
      .query(`SELECT status, decision, completed_by FROM task WHERE id = $1`, [tasks.plan]);
    expect(plan).toEqual({ status: 'closed', decision: 'approve', completed_by: 'planning1' });
  });
});
