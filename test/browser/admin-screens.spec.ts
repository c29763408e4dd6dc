import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';
import { adminSteps } from './admin-steps';

interface YearDay {
  date: string;
  workday: boolean;
  note: string;
  override: boolean;
}

/**
 * The administration face on demo data as `admin` (示范市中心): the center settings, the work calendar's
 * month view with a local override set and taken back, and a catalog item edited — each checked against
 * the API afterwards — plus axe on every admin page. The portal never downloads the admin chunk.
 */
describe('admin screens on demo data', () => {
  let stack: BrowserStack;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-10-09T09:00:00+08:00' });
    page = stack.page;
    page.setDefaultTimeout(20_000);
    token = await signIn(stack, 'admin');
  });
  afterAll(() => stack?.stop());

  async function api<T>(path: string): Promise<T> {
    const response = await fetch(`${stack.baseUrl}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect([path, response.status]).toEqual([path, 200]);
    return (await response.json()) as T;
  }
  const me = () => api<{ centerId: string }>('/auth/me');

  it('the portal never downloads the admin screens', async () => {
    const scripts: string[] = [];
    const record = (response: { url(): string }) => {
      if (response.url().endsWith('.js')) scripts.push(response.url());
    };
    page.on('response', record);
    await page.goto(stack.baseUrl + '/portal');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    page.off('response', record);
    expect(scripts.filter((url) => /AdminRoutes/.test(url))).toEqual([]);
  });

  it('the home page leads to 系统管理, which opens on the centers', async () => {
    await page.goto(stack.baseUrl + '/');
    await page.getByRole('link', { name: /系统管理/ }).click();
    await page.waitForURL(/\/admin\/centers$/);
    await page.getByRole('heading', { level: 1, name: '政务服务中心' }).waitFor();
  });

  it('saves the center settings and the API answers them', async () => {
    const { centerId } = await me();
    await page.goto(stack.baseUrl + '/admin/settings');
    const supplement = page.getByLabel('补正期限（工作日）');
    await supplement.fill('15');
    await page.getByLabel('延期上限（工作日）').fill('8');
    await page.getByLabel('投诉答复期限（工作日）').fill('7');
    await page.getByLabel('每个预约时段可约人数').fill('3');
    await page.getByRole('button', { name: '添加时段' }).click();
    await page.getByLabel('第 1 个时段开始').fill('08:30');
    await page.getByLabel('第 1 个时段结束').fill('12:00');
    await page.getByRole('button', { name: '添加时段' }).click();
    await page.getByLabel('第 2 个时段开始').fill('14:00');
    await page.getByLabel('第 2 个时段结束').fill('17:30');
    await page.locator('#center-settings').getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    // The complaint limit is the same stored value as the ratings route's.
    await expect(api('/ratings/settings')).resolves.toMatchObject({ complaintDays: 7 });
    const settings = await api<{ policy: object; service: { officeHours: unknown } }>(`/centers/${centerId}/settings`);
    expect(settings.policy).toMatchObject({ supplementDays: 15, extensionMaxDays: 8 });
    expect(settings.service).toEqual({
      complaintDays: 7,
      appointmentCapacity: 3,
      officeHours: [
        { from: '08:30', to: '12:00' },
        { from: '14:00', to: '17:30' },
      ],
    });
    // Office hours off the half hour are refused with the server's reason, and nothing changes.
    await page.getByLabel('第 2 个时段结束').fill('17:10');
    await page.locator('#center-settings').getByRole('button', { name: '保存' }).click();
    await page.getByRole('alert').filter({ hasText: '整点或半点' }).waitFor();
    expect(
      (await api<{ service: { officeHours: unknown } }>(`/centers/${centerId}/settings`)).service.officeHours,
    ).toEqual(settings.service.officeHours);
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yViolations(page, { label: 'admin settings' });
  });

  it('shows the official days of a month and sets, then removes, a local day off', async () => {
    const { centerId } = await me();
    const official = await api<{ days: YearDay[] }>(`/calendar/2026?center=${centerId}`);
    const makeUp = official.days.find((day) => day.date === '2026-10-10');
    expect(makeUp).toMatchObject({ workday: true });
    await page.goto(stack.baseUrl + '/admin/calendar?month=2026-10');
    const cell = (date: string) => page.locator(`td[title="${date}"]`);
    await cell('2026-10-10')
      .getByText(makeUp?.note ?? '?')
      .waitFor();
    await expect(cell('2026-10-10').textContent()).resolves.toContain('工作日');
    await expect(cell('2026-10-01').textContent()).resolves.toContain('休息日');
    await expectNoSeriousA11yViolations(page, { label: 'admin calendar' });

    await cell('2026-10-12').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('说明').fill('停电检修');
    await dialog.getByRole('button', { name: '设为休息日' }).click();
    await page.getByRole('status').filter({ hasText: '已调整 2026-10-12' }).waitFor();
    await cell('2026-10-12').getByText('本地调整').waitFor();
    const changed = await api<{ days: YearDay[] }>(`/calendar/2026?center=${centerId}`);
    expect(changed.days.find((day) => day.date === '2026-10-12')).toEqual({
      date: '2026-10-12',
      workday: false,
      note: '停电检修',
      override: true,
    });

    await cell('2026-10-12').click();
    await page.getByRole('dialog').getByRole('button', { name: '撤销本地调整' }).click();
    await page.getByRole('status').filter({ hasText: '已撤销 2026-10-12' }).waitFor();
    const restored = await api<{ days: YearDay[] }>(`/calendar/2026?center=${centerId}`);
    expect(restored.days.find((day) => day.date === '2026-10-12')).toMatchObject({ workday: true, override: false });
  });

  it('sets a local day off in the county center’s calendar, not in the city’s', async () => {
    await page.goto(stack.baseUrl + '/admin/calendar?month=2026-10');
    await adminSteps(page, stack.baseUrl).pick(page, '中心', '示范县政务服务中心');
    const cell = page.locator('td[title="2026-10-13"]');
    await cell.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('说明').fill('县中心搬迁');
    await dialog.getByRole('button', { name: '设为休息日' }).click();
    await page.getByRole('status').filter({ hasText: '已调整 2026-10-13' }).waitFor();
    await cell.getByText('本地调整').waitFor();
    const day = async (center: string) =>
      (await api<{ days: YearDay[] }>(`/calendar/2026?center=${center}`)).days.find(
        (entry) => entry.date === '2026-10-13',
      );
    await expect(day('demo-county')).resolves.toEqual({
      date: '2026-10-13',
      workday: false,
      note: '县中心搬迁',
      override: true,
    });
    await expect(day('demo-city')).resolves.toMatchObject({ workday: true, override: false });
  });

  it('edits a catalog item: the promise may not exceed the statute, then the change is saved', async () => {
    await page.goto(stack.baseUrl + '/admin/catalog');
    await page.getByRole('button', { name: '编辑 公众聚集场所投入使用、营业前消防安全检查' }).click();
    const dialog = page.getByRole('dialog');
    const statutory = await dialog.getByLabel('法定时限（工作日）').inputValue();
    await dialog.getByLabel('承诺时限（工作日）').fill(String(Number(statutory) + 1));
    await dialog.getByRole('button', { name: '保存' }).click();
    // The field's error, repeated as an alert so that a screen reader hears it.
    await dialog.getByRole('alert').filter({ hasText: '承诺时限不得超过法定时限' }).waitFor();
    await dialog.getByLabel('承诺时限（工作日）').fill('3');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '已保存事项' }).waitFor();
    const item = await api<{ promisedDays: number }>('/catalog/one-time-notice');
    expect(item.promisedDays).toBe(3);
    await expectNoSeriousA11yViolations(page, { label: 'admin catalog' });
  });

  it('retires a catalog item: it leaves the public catalog and the admin list', async () => {
    await page.goto(stack.baseUrl + '/admin/catalog');
    await page.getByRole('button', { name: '停用 公司设立登记（即办件）' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
    await page.getByRole('status').filter({ hasText: '已停用事项：公司设立登记（即办件）' }).waitFor();
    await page.getByRole('cell', { name: 'instant', exact: true }).waitFor({ state: 'detached' });
    const listed = await api<{ code: string }[]>('/catalog?center=demo-city');
    expect(listed.map((entry) => entry.code)).not.toContain('instant');
    expect(listed.map((entry) => entry.code)).toContain('one-time-notice');
  });

  async function login(username: string, password: string): Promise<number> {
    const response = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    return response.status;
  }

  it('opens a county center with a department, adds two officers, makes one 负责人 and 首席代表, pairs them, resets a password and disables an account — each in the audit log', async () => {
    const steps = adminSteps(page, stack.baseUrl);
    await steps.createChildCenter('示范市政务服务中心', { id: 'demo-east', name: '示范东区政务服务中心' });
    const centers = await api<{ id: string; level: string; parentId: string }[]>('/centers');
    expect(centers.find((center) => center.id === 'demo-east')).toMatchObject({
      level: 'county',
      parentId: 'demo-city',
    });
    await steps.createDepartment('示范东区政务服务中心', { code: 'tax', name: '税务局' });
    await expect(api('/departments?center=demo-east')).resolves.toEqual([{ code: 'tax', name: '税务局' }]);

    await steps.createUser('示范市政务服务中心', {
      username: 'fire.a',
      password: 'fire-a-pass-1',
      name: '消防甲',
      roles: ['窗口人员'],
      departmentName: '消防救援支队',
      email: 'fire.a@example.cn',
    });
    await steps.createUser('示范市政务服务中心', {
      username: 'fire.b',
      password: 'fire-b-pass-1',
      name: '消防乙',
      roles: ['窗口人员'],
      departmentName: '消防救援支队',
    });
    await steps.editUser('示范市政务服务中心', '消防甲', { addRoles: ['负责人'], chief: true });
    const [fireA] = (
      await api<{ items: { roles: string[]; chiefRepresentative: boolean; email: string }[] }>(
        '/users?page=1&pageSize=10&q=fire.a',
      )
    ).items;
    expect(fireA).toMatchObject({ chiefRepresentative: true, email: 'fire.a@example.cn' });
    expect([...fireA.roles].sort()).toEqual(['head', 'officer']);

    await steps.createPair('消防甲', '消防乙');
    await expect(api<{ a: string; b: string }[]>('/staff/pairs')).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ a: 'fire.a', b: 'fire.b' })]),
    );

    await steps.open('users');
    await page.getByRole('button', { name: '重置密码 消防乙' }).click();
    await page.getByRole('dialog').getByLabel('新密码').fill('fire-b-pass-2');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await steps.confirmed('已重置 消防乙 的密码');
    expect(await login('fire.b', 'fire-b-pass-1')).toBe(401);
    expect(await login('fire.b', 'fire-b-pass-2')).toBe(200);

    await page.getByRole('button', { name: '停用 消防乙' }).click();
    await page.getByRole('button', { name: '停用', exact: true }).click();
    await page
      .getByRole('row', { name: /fire\.b/ })
      .getByText('已停用')
      .waitFor();
    expect(await login('fire.b', 'fire-b-pass-2')).not.toBe(200);
    await expectNoSeriousA11yViolations(page, { label: 'admin users after changes' });

    await steps.open('audit');
    await page.getByLabel('操作', { exact: true }).fill('user.update');
    await page.getByRole('button', { name: '查询' }).click();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.filter({ hasText: 'fire.b' }).first().waitFor();
    await expect(rows.filter({ hasNotText: 'user.update' }).count()).resolves.toBe(0);
    await rows.filter({ hasText: 'fire.b' }).first().getByRole('button').first().click();
    await page.getByRole('cell', { name: 'disabled', exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, { label: 'admin audit with a diff open' });
  });

  it.each(['centers', 'departments', 'users', 'pairs', 'audit'])('%s: no serious axe violations', async (name) => {
    await page.goto(`${stack.baseUrl}/admin/${name}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, { label: `admin ${name}` });
  });
});
