import { type EngineSnapshot, EngineError, start, step } from '@tongban/flow-engine';
import { validateFlow } from '@tongban/flow-model';
import { createWorkCalendar } from '@tongban/work-calendar';
import fs from 'node:fs';
import path from 'node:path';
import type { Client } from 'pg';
import { jsonbOrder } from '../faults/invariants';
import { httpLogin } from '../utils/http-session';
import { scratchDatabase } from '../utils/scratch-database';
import { repoRoot, type ServerProcess, startServerProcess, waitForExit, waitForHealth } from '../utils/server-process';

/*
 * Bugs the fault suite (test/faults) found, fixed since: each test states the behaviour the product promises.
 * They were its KNOWN BUG reproductions until they passed; here they keep the bugs from coming back.
 */

const ITEMS = 40;

describe('timer sweeps and commands on the same items (they once took their locks in opposite orders)', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let server: ServerProcess;

  beforeEach(async () => {
    database = await scratchDatabase('tongban_faults_deadlock');
    server = await startServerProcess({
      DATABASE_URL: database.url,
      CLOCK: 'manual',
      CLOCK_START: '2026-09-28T09:00:00+08:00',
    });
    await waitForHealth(server);
  });
  afterEach(async () => {
    server.child.kill('SIGKILL');
    await waitForExit(server.child);
    await database.drop();
  });

  async function itemsInReview(
    alice: Awaited<ReturnType<typeof httpLogin>>,
    window1: Awaited<ReturnType<typeof httpLogin>>,
  ) {
    const ids: string[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const submitted = await alice.post('/api/applications', {
        itemCode: 'parallel-review',
        channel: 'online',
        materials: [{ code: 'M01' }, { code: 'M02' }, { code: 'M03' }],
      });
      expect((await window1.post(`/api/applications/${submitted.body.id}/accept`)).status).toBe(200);
      ids.push(submitted.body.id);
    }
    return ids;
  }

  /** Timers cancelled without any event cancelling them: set aside by the sweep after a failed step. */
  async function setAside(client: Client) {
    const { rows } = await client.query(
      `SELECT t.id, t.node_id AS "nodeId", a.status FROM timer t JOIN application a ON a.id = t.application_id
       WHERE t.status = 'cancelled' AND NOT EXISTS (
         SELECT 1 FROM instance_event e WHERE e.application_id = t.application_id
           AND e.payload->'effects' @> jsonb_build_array(jsonb_build_object('type', 'timer.cancel', 'timerId', t.id)))`,
    );
    return rows;
  }

  it('two sweeps at once (two processes, or two clock moves) fire every lapse once: no item is left behind', async () => {
    const admin = await httpLogin(server.baseUrl, 'admin');
    const alice = await httpLogin(server.baseUrl, 'alice');
    const window1 = await httpLogin(server.baseUrl, 'window1');
    let found: { setAside: unknown[]; statuses: unknown[] } = { setAside: [], statuses: [] };
    // A race: up to four rounds, each with fresh items and a later day, until it shows.
    for (const day of ['2026-10-20', '2026-11-10', '2026-12-01', '2026-12-22']) {
      const ids = await itemsInReview(alice, window1);
      // By then every review step of these items has fallen due (three working days).
      const moves = await Promise.all(
        Array.from({ length: 10 }, () => admin.post('/api/clock', { now: `${day}T09:00:00+08:00` })),
      );
      expect(moves.map((m) => m.status)).toEqual(Array(10).fill(200));
      const { rows: statuses } = await database.client.query(
        `SELECT status, count(*)::int AS n FROM application WHERE id = ANY($1) GROUP BY 1 ORDER BY 1`,
        [ids],
      );
      found = { setAside: await setAside(database.client), statuses };
      if (found.setAside.length || statuses.length !== 1) break;
    }
    // Promised: each timer fires exactly once, so every item is tacitly approved. Once seen: "deadlock detected",
    // the losing sweep sets its timer aside (timer-sweeper.service.ts quarantine), the step's tacit approval
    // is lost and the item stays in review with an open task and no timer.
    expect(found).toEqual({ setAside: [], statuses: [{ status: 'approved', n: ITEMS }] });
  });

  it('a decision racing the sweep for its step timer gets 200 or 409, never a 500', async () => {
    const admin = await httpLogin(server.baseUrl, 'admin');
    const alice = await httpLogin(server.baseUrl, 'alice');
    const window1 = await httpLogin(server.baseUrl, 'window1');
    const reviewers = {
      plan: await httpLogin(server.baseUrl, 'planning1'),
      fire: await httpLogin(server.baseUrl, 'fire1'),
      env: await httpLogin(server.baseUrl, 'env1'),
    };
    const failures: unknown[] = [];
    // A race: up to four rounds, each with fresh items and a later day, until it shows.
    for (const [round, day] of ['2026-10-20', '2026-11-10', '2026-12-01', '2026-12-22'].entries()) {
      const ids = await itemsInReview(alice, window1);
      const { rows: tasks } = await database.client.query(
        `SELECT id, node_id AS "nodeId" FROM task WHERE application_id = ANY($1) AND status = 'open' ORDER BY random()`,
        [ids],
      );
      const answers = await Promise.all([
        ...Array.from({ length: 6 }, () => admin.post('/api/clock', { now: `${day}T09:00:00+08:00` })),
        // Each decision cancels the step timer that a sweep may be claiming at the same moment.
        ...tasks.map((task: { id: string; nodeId: 'plan' | 'fire' | 'env' }) =>
          reviewers[task.nodeId].post(`/api/tasks/${task.id}/complete`, { decision: 'approve' }),
        ),
      ]);
      failures.push(...answers.filter((a) => a.status >= 500).map((a) => ({ round, status: a.status, body: a.body })));
      if (failures.length) break;
    }
    // Promised: 200 or 409 (the lapse came first), never a 500.
    expect(failures).toEqual([]);
  });
});

describe('a node id "__proto__" (it once passed validation, then crashed the engine)', () => {
  const calendar = createWorkCalendar();
  const flow = (id: string) => ({
    key: 'proto-id',
    name: '原型键',
    timeLimit: { statutoryDays: 5, promisedDays: 5 },
    nodes: [
      { id: 'start', type: 'start' },
      { id: 'accept', type: 'acceptance', assignees: { roles: ['officer'], users: [] } },
      { id, type: 'review', department: 'planning', assignees: { roles: ['reviewer'], users: [] } },
      { id: 'ok', type: 'end', outcome: 'approved' },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'accept' },
      { id: 'e2', source: 'accept', target: id },
      { id: 'e3', source: id, target: 'ok' },
    ],
  });

  it('start() runs such a flow or refuses it with an EngineError, never another error', () => {
    const def = JSON.parse(JSON.stringify(flow('__proto__')));
    // Since validation refuses it (RESERVED_NODE_ID), start() must refuse it as an EngineError too.
    expect(validateFlow(def).errors.map((e) => e.code)).toEqual(['RESERVED_NODE_ID']);
    // The same flow with another id runs; this one must either run too or be refused as an EngineError.
    const ctx = { now: '2026-09-28T01:00:00.000Z', newId: () => 'id-1', calendar };
    expect(() =>
      start(
        JSON.parse(JSON.stringify(flow('review'))),
        { applicationId: 'a', applicant: 'alice', data: {}, materials: [] },
        ctx,
      ),
    ).not.toThrow();
    let thrown: unknown;
    try {
      start(def, { applicationId: 'a', applicant: 'alice', data: {}, materials: [] }, ctx);
    } catch (error) {
      thrown = error;
    }
    expect(thrown === undefined || thrown instanceof EngineError).toBe(true);
  });

  it('publishing such a flow, cataloguing it and applying for it never answer a 500', async () => {
    const database = await scratchDatabase('tongban_faults_proto');
    const server = await startServerProcess({
      DATABASE_URL: database.url,
      CLOCK: 'manual',
      CLOCK_START: '2026-09-28T09:00:00+08:00',
    });
    try {
      await waitForHealth(server);
      const admin = await httpLogin(server.baseUrl, 'admin');
      const alice = await httpLogin(server.baseUrl, 'alice');
      expect((await admin.post('/api/definitions', flow('__proto__'))).status).toBe(201);
      const published = await admin.post('/api/definitions/proto-id/publish', {});
      const item = await admin.post('/api/catalog', {
        code: 'proto-id',
        name: '原型键事项',
        department: '规划',
        legalBasis: '测试',
        flowKey: 'proto-id',
        statutoryDays: 5,
        promisedDays: 5,
      });
      const submitted = await alice.post('/api/applications', {
        itemCode: 'proto-id',
        channel: 'online',
        materials: [],
      });
      // Promised: no 500 for anything a client sent (publish refuses the flow with 422, or the item runs).
      expect([published.status, item.status, submitted.status].filter((status) => status >= 500)).toEqual([]);
    } finally {
      server.child.kill('SIGKILL');
      await waitForExit(server.child);
      await database.drop();
    }
  });
});

describe('the engine’s output does not depend on the key order of a snapshot (jsonb reorders keys)', () => {
  it('resumes the same paused item with the same effects and timer ids, whatever its key order', () => {
    const calendar = createWorkCalendar();
    const def = JSON.parse(fs.readFileSync(path.join(repoRoot, 'workflows/parallel-review.json'), 'utf8'));
    let n = 0;
    const ctx = (now: string) => ({ now, newId: () => `id-${++n}`, calendar });
    let snapshot: EngineSnapshot = start(
      def,
      { applicationId: 'a', applicant: 'alice', data: {}, materials: ['M01', 'M02', 'M03'] },
      ctx('2026-09-28T01:00:00.000Z'),
    ).snapshot;
    snapshot = step(def, snapshot, { type: 'accept', actor: 'window1' }, ctx('2026-09-28T02:00:00.000Z')).snapshot;
    snapshot = step(
      def,
      snapshot,
      { type: 'pause', actor: 'window1', reason: '专家评审' },
      ctx('2026-09-28T03:00:00.000Z'),
    ).snapshot;
    const resume = (from: EngineSnapshot) => {
      n = 100;
      return step(def, from, { type: 'resume', actor: 'window1' }, ctx('2026-09-30T03:00:00.000Z')).effects;
    };
    const inMemory = resume(JSON.parse(JSON.stringify(snapshot)));
    // The same JSON value as PostgreSQL returns it (clocks: env, fire, plan instead of plan, fire, env).
    const fromDatabase = resume(jsonbOrder(JSON.parse(JSON.stringify(snapshot))));
    // Promised (architecture.md): the same snapshot, event and time give the same result, so it can be replayed.
    expect(fromDatabase).toEqual(inMemory);
  });
});
