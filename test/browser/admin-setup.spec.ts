import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { artifactsDir, launchBrowser, openPage } from '../utils/browser';
import { scratchDatabase } from '../utils/scratch-database';
import { startSmtpInbox } from '../utils/smtp-inbox';
import { repoRoot, type ServerProcess, startServerProcess, waitForExit, waitForHealth } from '../utils/server-process';
import { adminSteps } from './admin-steps';
import { applySteps } from './apply-steps';
import { workbenchSteps } from './workbench-steps';

const ROOT_PASSWORD = 'root-pass-2026';

/** `npm run admin -- create-admin …` as the README documents it; answers its exit code and output. */
function runCreateAdmin(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    'npm',
    [
      'run',
      'admin',
      '--',
      'create-admin',
      'root',
      '--name',
      '系统管理员',
      '--center',
      'sz',
      '--center-name',
      '深圳市政务服务中心',
      '--level',
      'city',
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: ROOT_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

/**
 * 「Done when」of issue 16: a fresh `DEMO=false` deployment is set up entirely through the documented
 * command and the admin screens. `create-admin` makes the first admin and the root center on an empty
 * database; that admin signs in in Chromium and opens a county center, creates departments and staff with
 * their roles, pairs two officers (AB岗), points the center's e-mail at a real SMTP server in this process,
 * publishes a flow in the designer and puts a catalog item on it, which the public catalog then lists. An
 * applicant registers on the portal's sign-in form and applies there with two required materials left out; the
 * new window officer signs in, opens the item from the workbench inbox and sends the one-time notice through its
 * dialog, and the SMTP server receives it: the receipt number and the missing materials.
 */
describe('a fresh DEMO=false deployment set up through create-admin and the admin screens', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let mail: Awaited<ReturnType<typeof startSmtpInbox>>;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    database = await scratchDatabase('tongban_admin_setup');
    mail = await startSmtpInbox();
    const created = await runCreateAdmin(database.url);
    expect([created.code, created.output]).toEqual([0, expect.stringContaining('已创建管理员 root（中心 sz）')]);
    server = await startServerProcess({
      DATABASE_URL: database.url,
      DEMO: 'false',
      CLOCK: 'manual',
      CLOCK_START: '2026-12-07T09:00:00+08:00',
    });
    await waitForHealth(server);
    browser = await launchBrowser();
    page = await openPage(browser);
    page.setDefaultTimeout(20_000);
    fs.mkdirSync(artifactsDir, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    if (server) {
      server.child.kill('SIGTERM');
      await waitForExit(server.child).catch(() => server.child.kill('SIGKILL'));
    }
    await mail?.close();
    await database?.drop();
  });

  async function api<T>(urlPath: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const response = await fetch(`${server.baseUrl}/api${urlPath}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    expect([urlPath, response.status < 300]).toEqual([urlPath, true]);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** Signs in on the staff sign-in form that `url` shows to someone not signed in; waits until signed in. */
  async function signInOnForm(on: Page, url: string, username: string, password: string) {
    await on.goto(url);
    await on.getByLabel('用户名').fill(username);
    await on.getByLabel('密码').fill(password);
    await on.getByRole('button', { name: '登录' }).click();
    await on.getByRole('button', { name: '退出登录' }).waitFor();
  }

  it('has nobody but the first admin: the demo accounts do not exist', async () => {
    const refused = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'admin' }),
    });
    expect(refused.status).toBe(401);
  });

  it('the first admin signs in on the admin face and sees only its root center', async () => {
    await signInOnForm(page, `${server.baseUrl}/admin`, 'root', ROOT_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '政务服务中心' }).waitFor();
    token = (await page.evaluate(() => sessionStorage.getItem('tongban.token'))) ?? '';
    expect(token).not.toBe('');
    await page.getByRole('tree').getByText('深圳市政务服务中心（市级）').waitFor();
    await expect(api('/centers')).resolves.toEqual([
      { id: 'sz', name: '深圳市政务服务中心', level: 'city', parentId: null },
    ]);
    await expectNoSeriousA11yViolations(page, { label: 'admin centers, fresh deployment' });
  });

  it('opens a county center, the departments, the staff with their roles and an A/B pair', async () => {
    const steps = adminSteps(page, server.baseUrl);
    await steps.createChildCenter('深圳市政务服务中心', { id: 'futian', name: '福田区政务服务中心' });
    await steps.createDepartment('深圳市政务服务中心', { code: 'center', name: '综合窗口' });
    await steps.createDepartment('深圳市政务服务中心', { code: 'fire', name: '消防救援支队' });
    await steps.createUser('深圳市政务服务中心', {
      username: 'win.a',
      password: 'win-a-pass-1',
      name: '窗口甲',
      roles: ['窗口人员'],
      departmentName: '综合窗口',
      email: 'win.a@sz.example.cn',
    });
    await steps.createUser('深圳市政务服务中心', {
      username: 'win.b',
      password: 'win-b-pass-1',
      name: '窗口乙',
      roles: ['窗口人员'],
      departmentName: '综合窗口',
    });
    await steps.createUser('深圳市政务服务中心', {
      username: 'fire.a',
      password: 'fire-a-pass-1',
      name: '消防审查员',
      roles: ['审查人员'],
      departmentName: '消防救援支队',
    });
    await steps.editUser('深圳市政务服务中心', '消防审查员', { addRoles: ['负责人'], chief: true });
    await steps.createPair('窗口甲', '窗口乙');

    await expect(api('/departments?center=sz')).resolves.toEqual(
      expect.arrayContaining([
        { code: 'center', name: '综合窗口' },
        { code: 'fire', name: '消防救援支队' },
      ]),
    );
    const users = await api<{ items: { username: string; roles: string[]; chiefRepresentative: boolean }[] }>(
      '/users?page=1&pageSize=50&center=sz',
    );
    expect(
      users.items.map(({ username, roles, chiefRepresentative }) => [username, [...roles].sort(), chiefRepresentative]),
    ).toEqual(
      expect.arrayContaining([
        ['win.a', ['officer'], false],
        ['win.b', ['officer'], false],
        ['fire.a', ['head', 'reviewer'], true],
      ]),
    );
    await expect(api('/staff/pairs')).resolves.toEqual([
      expect.objectContaining({ a: 'win.a', b: 'win.b', department: 'center' }),
    ]);
    const audit = await api<{ items: { action: string }[] }>('/admin/audit?page=1&pageSize=50');
    expect(new Set(audit.items.map((entry) => entry.action))).toEqual(
      new Set(['center.create', 'department.create', 'user.create', 'user.update', 'pair.create']),
    );
  });

  it('points the center e-mail at the SMTP server', async () => {
    const steps = adminSteps(page, server.baseUrl);
    await steps.open('channels');
    await page.getByLabel('启用电子邮件通知').click();
    await page.getByLabel('SMTP 服务器').fill('127.0.0.1');
    await page.getByLabel('端口').fill(String(mail.port));
    await page.getByLabel('发件人').fill('深圳市政务服务中心 <noreply@sz.example.cn>');
    await page.locator('#channel-email').getByRole('button', { name: '保存' }).click();
    await steps.confirmed('通知渠道已保存');
    await expect(api('/centers/sz/channels')).resolves.toMatchObject({
      email: { host: '127.0.0.1', port: mail.port, secure: false, from: '深圳市政务服务中心 <noreply@sz.example.cn>' },
    });
    // Colours are measured without the pointer hovering the button it just pressed.
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yViolations(page, { label: 'admin channels with the e-mail channel' });
  });

  it('publishes a flow in the designer and binds a new catalog item to it', async () => {
    await page.goto(`${server.baseUrl}/designer/new`);
    // The shipped one-time-notice flow under a key of this center's own.
    const flow = {
      ...JSON.parse(fs.readFileSync(path.join(repoRoot, 'workflows/one-time-notice.json'), 'utf8')),
      key: 'sz-fire-check',
    };
    await page.locator('input[type="file"]').setInputFiles({
      name: 'sz-fire-check.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(flow)),
    });
    await page.getByText(/已导入/).waitFor();
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认发布' });
    await page.waitForFunction(
      () => !document.querySelector('.ant-modal-root [class*="-appear"], .ant-modal-root [class*="-enter"]'),
      undefined,
      { timeout: 5_000 },
    );
    await confirm.getByRole('button', { name: '确认发布' }).click();
    await page
      .getByText(/已发布版本 1/)
      .waitFor()
      .catch(async (error: unknown) => {
        await page.screenshot({ path: path.join(artifactsDir, 'admin-setup-publish.png'), fullPage: true });
        throw error;
      });

    const steps = adminSteps(page, server.baseUrl);
    await steps.open('catalog');
    await page.getByRole('button', { name: '新增事项' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('事项编码').fill('fire-check');
    await dialog.getByLabel('事项名称').fill('公众聚集场所投入使用、营业前消防安全检查');
    await steps.pick(dialog, '承办部门', '消防救援支队');
    await steps.pick(dialog, '办理流程（已发布）', 'sz-fire-check v1');
    await dialog.getByLabel('设定依据').fill('《中华人民共和国消防法》第十五条');
    await dialog.getByLabel('法定时限（工作日）').fill('10');
    await dialog.getByLabel('承诺时限（工作日）').fill('7');
    await dialog.getByRole('button', { name: '保存' }).click();
    await steps.confirmed('已保存事项：公众聚集场所投入使用、营业前消防安全检查');
    await expectNoSeriousA11yViolations(page, { label: 'admin catalog, fresh deployment' });

    const publicCatalog = (await (await fetch(`${server.baseUrl}/api/catalog?center=sz`)).json()) as {
      code: string;
      flowKey: string;
      materials: { code: string }[];
    }[];
    expect(publicCatalog.map(({ code, flowKey, materials }) => [code, flowKey, materials.map((m) => m.code)])).toEqual([
      ['fire-check', 'sz-fire-check', ['F01', 'F02', 'F03', 'F04', 'F05']],
    ]);
  });

  it('an applicant registers and applies with materials missing, the window officer sends the one-time notice, and it arrives by e-mail', async () => {
    const itemName = '公众聚集场所投入使用、营业前消防安全检查';
    const portal = await openPage(browser);
    await portal.goto(`${server.baseUrl}/portal/my`);
    await portal.getByRole('button', { name: '注册' }).click();
    await portal.getByLabel('手机号或电子邮箱').fill('zhang.san@example.cn');
    await portal.getByLabel('姓名').fill('张三');
    await portal.getByLabel('密码（至少 8 位）').fill('zhang-san-2026');
    await portal.getByRole('button', { name: '注册并登录' }).click();
    await portal.getByRole('heading', { level: 1, name: '我的办件' }).waitFor();
    await portal.getByRole('navigation', { name: '办事大厅' }).getByRole('link', { name: '事项目录' }).click();
    await portal.getByRole('link', { name: `在线办理：${itemName}` }).click();
    await portal.getByRole('heading', { level: 1, name: `在线办理：${itemName}` }).waitFor();
    const apply = applySteps(portal);
    await apply.fillDetails({ phone: '13900139000', project: '福田区星河广场影院' });
    await apply.tick(['F01', 'F02']);
    const { receiptNo } = await apply.submit({
      channel: '网上申报',
      missing: ['场所平面布置图及消防设施平面图', '消防安全制度、灭火和应急疏散预案'],
    });
    await portal.close();

    const officer = await openPage(browser);
    officer.setDefaultTimeout(20_000);
    await signInOnForm(officer, `${server.baseUrl}/workbench`, 'win.a', 'win-a-pass-1');
    const workbench = workbenchSteps(officer, server.baseUrl);
    await workbench.openFromInbox(receiptNo, itemName, /待受理/);
    await workbench.sendOneTimeNotice({
      preTicked: ['F03', 'F04'],
      reasons: { 场所平面布置图及消防设施平面图: '未标注疏散通道' },
      note: '请补正后再提交',
    });
    await officer.close();

    // The dispatcher runs on every move of the manual clock.
    const notice = () => mail.received.find((received) => received.to.includes('zhang.san@example.cn'));
    for (let round = 0; round < 100 && !notice(); round++) {
      await api('/clock', {
        method: 'POST',
        body: { now: new Date(Date.parse('2026-12-07T09:05:00+08:00') + round * 1_000).toISOString() },
      });
    }
    const received = notice();
    expect(received?.text).toContain(receiptNo);
    expect(received?.text).toContain('场所平面布置图及消防设施平面图');
    expect(received?.text).toContain('消防安全制度、灭火和应急疏散预案');
  });
});
