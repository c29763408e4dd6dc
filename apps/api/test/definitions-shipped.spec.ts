import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { readAppConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { DefinitionsService } from '../src/modules/definitions';
import { startTestApp, type TestApp } from './utils/test-app';

const repoWorkflows = path.resolve(__dirname, '../../../workflows');

/** A second server on the same database, as after a restart (or a second process). */
async function startAgain(server: TestApp, env: NodeJS.ProcessEnv) {
  const config = readAppConfig({ ...process.env, ...env, DATABASE_URL: server.databaseUrl });
  const app = await createApp({ config, databaseUrl: server.databaseUrl });
  await app.init();
  return app;
}

/** A shipped flow with its reviews' departments taken out. */
function withoutDepartments<Flow extends { nodes: { type: string; department?: string }[] }>(flow: Flow): Flow {
  return {
    ...flow,
    nodes: flow.nodes.map(({ department, ...node }) => (node.type === 'review' ? node : { ...node, department })),
  };
}

const rows = (server: TestApp): Promise<{ key: string; version: number; status: string; name: string }[]> =>
  server.app.get(DataSource).query(`SELECT key, version, status, name FROM flow_definition ORDER BY key, version`);

describe('shipped flows (workflows/*.json) at start-up', () => {
  describe('the repository workflows, in demo mode', () => {
    let server: TestApp;
    beforeAll(async () => {
      server = await startTestApp();
    });
    afterAll(() => server.close());

    it('publishes each once, and a restart on the same database adds nothing', async () => {
      const files = fs.readdirSync(repoWorkflows).filter((name) => name.endsWith('.json'));
      const keys = files.map((name) => JSON.parse(fs.readFileSync(path.join(repoWorkflows, name), 'utf8')).key).sort();
      const before = await rows(server);
      expect(before.map((row) => [row.key, row.version, row.status])).toEqual(keys.map((key) => [key, 1, 'published']));

      const second = await startAgain(server, {});
      await second.close();
      expect(await rows(server)).toEqual(before);
    });
  });

  describe('a workflows folder with a changed, an invalid and a broken file, outside demo mode', () => {
    let dir: string;
    let server: TestApp;
    const env = () => ({ DEMO: 'false', WORKFLOWS_DIR: dir });
    const write = (name: string, content: unknown) =>
      fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    // This deployment has no departments: the flow names none, so it can be published here.
    const permit = () =>
      withoutDepartments(JSON.parse(fs.readFileSync(path.join(repoWorkflows, 'construction-permit.json'), 'utf8')));

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-workflows-'));
      write('construction-permit.json', permit());
      write('broken.json', '{ "key": "broken", ');
      const invalid = permit();
      invalid.key = 'invalid-shipped';
      invalid.edges = invalid.edges.filter((edge: { source: string }) => edge.source !== 'start');
      write('invalid.json', invalid);
      write('notes.txt', 'not a flow');
      server = await startTestApp(env());
    });
    afterAll(async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('loads outside demo mode too, skipping invalid and unreadable files', async () => {
      expect((await rows(server)).map((row) => [row.key, row.version, row.status])).toEqual([
        ['construction-permit', 1, 'published'],
      ]);
    });

    it('a file moved around in the designer (layout only) is the same flow: nothing new after a restart', async () => {
      write('construction-permit.json', { ...permit(), layout: { start: { x: 999, y: 999 } } });
      const app = await startAgain(server, env());
      await app.close();
      expect((await rows(server)).map((row) => row.version)).toEqual([1]);
    });

    it('a changed file becomes a new published version; the old one stays published', async () => {
      write('construction-permit.json', { ...permit(), name: '建设工程规划许可证核发（2027 版）' });
      const app = await startAgain(server, env());
      await app.close();
      expect((await rows(server)).map((row) => [row.version, row.status, row.name])).toEqual([
        [1, 'published', '建设工程规划许可证核发'],
        [2, 'published', '建设工程规划许可证核发（2027 版）'],
      ]);
    });

    it('a file equal to an unpublished draft is still published, as a version of its own', async () => {
      const content = { ...permit(), name: '建设工程规划许可证核发（草稿同款）' };
      // An administrator of the deployment's top-level center (shipped flows are the deployment's, and its to edit).
      await server.app
        .get(DataSource)
        .query(
          `INSERT INTO center (id, name, level) VALUES ('root', '根中心', 'province') ON CONFLICT (id) DO NOTHING`,
        );
      const draft = await server.app
        .get(DefinitionsService)
        .createDraft(content, { username: 'admin', centerId: 'root' });
      write('construction-permit.json', content);
      const app = await startAgain(server, env());
      await app.close();
      const same = (await rows(server)).filter((row) => row.name === content.name);
      expect(same.map((row) => [row.version, row.status])).toEqual([
        [draft.version, 'draft'],
        [draft.version + 1, 'published'],
      ]);
    });

    it('two servers starting at once on the same database publish a new file once', async () => {
      write('construction-permit.json', { ...permit(), name: '建设工程规划许可证核发（并发）' });
      const apps = await Promise.all([startAgain(server, env()), startAgain(server, env())]);
      await Promise.all(apps.map((app) => app.close()));
      expect((await rows(server)).filter((row) => row.name === '建设工程规划许可证核发（并发）')).toHaveLength(1);
    });
  });

  it('a flow naming departments the deployment lacks loads as a draft showing those errors; start-up goes on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-workflows-'));
    fs.copyFileSync(path.join(repoWorkflows, 'parallel-review.json'), path.join(dir, 'parallel-review.json'));
    const env = { DEMO: 'false', WORKFLOWS_DIR: dir };
    const server = await startTestApp(env);
    try {
      await server.http.get('/api/health').expect(200);
      expect((await rows(server)).map((row) => [row.key, row.version, row.status])).toEqual([
        ['parallel-review', 1, 'draft'],
      ]);
      const shipped = { key: 'parallel-review', owner: null, access: 'edit' } as const;
      const draft = await server.app.get(DefinitionsService).get(shipped, 1);
      const { errors } = await server.app.get(DefinitionsService).validate(draft.definition, 'any-center');
      expect(errors.map((e) => [e.code, e.nodeId])).toEqual([
        ['UNKNOWN_DEPARTMENT', 'plan'],
        ['UNKNOWN_DEPARTMENT', 'fire'],
        ['UNKNOWN_DEPARTMENT', 'env'],
      ]);
      // A restart keeps the one draft.
      const again = await startAgain(server, env);
      await again.close();
      expect((await rows(server)).map((row) => row.version)).toEqual([1]);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts without a workflows folder', async () => {
    const server = await startTestApp({ DEMO: 'false', WORKFLOWS_DIR: path.join(os.tmpdir(), 'tongban-no-such-dir') });
    try {
      expect(await rows(server)).toEqual([]);
      await server.http.get('/api/health').expect(200);
    } finally {
      await server.close();
    }
  });
});
