import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';

// Keyboard use, the 1366×768 fit of every page, appointments and withdrawal, on a Monday before National Day.
describe('portal access: keyboard, screen fit, appointments, withdrawal', () => {
  let stack: BrowserStack;
  let page: Page;

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-09-28T09:00:00+08:00' });
    page = stack.page;
    page.setDefaultTimeout(20_000);
  });
  afterAll(() => stack?.stop());

  async function api(username: string, path: string, body?: object) {
    const login = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: username }),
    });
    const { token } = (await login.json()) as { token: string };
    const response = await fetch(`${stack.baseUrl}/api${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    return response.json();
  }

  const focusedText = () =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
  const focusedLabel = () =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');

  async function tabUntil(matches: () => Promise<boolean>, limit = 60) {
    for (let i = 0; i < limit; i++) {
      if (await matches()) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`focus never reached the target; last: ${await focusedText()} / ${await focusedLabel()}`);
  }

  it('is usable by keyboard from the catalog to the first step of an application, signing in on the way', async () => {
    await page.goto(stack.baseUrl + '/portal');
    await page.getByRole('heading', { name: '事项目录' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    await tabUntil(async () => (await focusedLabel()) === 'catalog-search');
    await page.keyboard.type('规划许可');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: '公司设立登记（即办件）', exact: true }).waitFor({ state: 'detached' });
    await tabUntil(async () => (await focusedLabel()) === '在线办理：建设工程规划许可证核发');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: '登录' }).waitFor();
    await tabUntil(
      async () => (await page.evaluate(() => document.activeElement?.getAttribute('name'))) === 'username',
    );
    await page.keyboard.type('alice');
    await page.keyboard.press('Tab');
    await page.keyboard.type('alice');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '在线办理：建设工程规划许可证核发' }).waitFor();

    await tabUntil(
      async () => (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) === 'checkbox',
    );
    await page.keyboard.press('Space');
    await tabUntil(async () => (await focusedText()) === '下一步');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '申请人信息' }).waitFor();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('books a window slot on a working day, refuses a second booking for the item, and cancels', async () => {
    await signIn(stack, 'alice');
    await page.goto(stack.baseUrl + '/portal/appointments?item=construction-permit');
    const form = page.getByRole('form', { name: '预约窗口办理' });
    await form.getByText('10月10日 周六').waitFor();
    expect(await form.getByText('10月1日').count()).toBe(0);
    await form.getByText('9月29日 周二').click();
    await form.getByText('09:30–10:00').click();
    expect(await form.getByLabel(/09:30–10:00/).isChecked()).toBe(true);
    await form.getByRole('button', { name: '确认预约' }).click();
    const confirmation = page.getByRole('status').filter({ hasText: '预约成功' });
    await confirmation.getByText('Y20260929-0001').waitFor();
    await confirmation.getByText('建设工程规划许可证申请表', { exact: false }).waitFor();
    await stack.screenshot('portal-08-appointment');
    await expectNoSeriousA11yViolations(page, { label: 'portal appointments' });

    await form.getByText('9月30日 周三').click();
    expect(await form.getByLabel('9月30日 周三').isChecked()).toBe(true);
    await form.getByText('10:00–10:30').click();
    await form.getByRole('button', { name: '确认预约' }).click();
    await form.getByRole('alert').filter({ hasText: '您已预约该事项' }).waitFor();

    await page.getByRole('button', { name: '取消预约：Y20260929-0001' }).click();
    await page.getByText('已取消预约：Y20260929-0001').waitFor();
    await page.getByText('已取消', { exact: true }).waitFor();
  });

  it('lets alice withdraw an item that is still running', async () => {
    const created = (await api('alice', '/applications', {
      itemCode: 'one-time-notice',
      channel: 'online',
      materials: [{ code: 'F01' }],
      data: {},
    })) as { id: string };
    await signIn(stack, 'alice');
    await page.goto(`${stack.baseUrl}/portal/my/${created.id}`);
    await page.getByRole('button', { name: '撤回申请' }).click();
    const dialog = page.getByRole('dialog', { name: '撤回申请' });
    await dialog.getByLabel(/撤回原因/).fill('项目计划调整');
    await dialog.getByRole('button', { name: '确认撤回' }).click();
    await page.locator('.portal-summary .ui-chip', { hasText: '已撤回' }).waitFor();
    expect(await page.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
  });

  it('fits every page into 1366×768 without sideways scrolling, in zh-CN', async () => {
    const created = (await api('alice', '/applications', {
      itemCode: 'construction-permit',
      channel: 'online',
      materials: [{ code: 'P01' }],
      data: { area: 100 },
    })) as { id: string };
    const pages: [string, string, string][] = [
      ['alice', '/portal', '事项目录'],
      ['alice', '/portal/items/construction-permit', '建设工程规划许可证核发'],
      ['alice', '/portal/items/construction-permit/apply', '在线办理：建设工程规划许可证核发'],
      ['alice', '/portal/my', '我的办件'],
      ['alice', `/portal/my/${created.id}`, '建设工程规划许可证核发'],
      ['alice', '/portal/appointments', '预约办理'],
      ['window1', '/workbench', '窗口人员，您好'],
      ['window1', `/workbench/applications/${created.id}`, '建设工程规划许可证核发'],
      ['window1', '/workbench/complaints', '差评投诉答复'],
      ['admin', '/workbench/staff', 'AB岗与请假登记'],
      ['super1', '/supervision', '电子监察总览'],
      ['super1', '/supervision/ledger', '问责台账与差评投诉'],
    ];
    for (const [username, path, heading] of pages) {
      await signIn(stack, username);
      await page.goto(stack.baseUrl + path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      const { scrollWidth, lang } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        lang: document.documentElement.lang,
      }));
      expect({ path, scrollWidth, lang }).toEqual({ path, scrollWidth: 1366, lang: 'zh-CN' });
      // The portal's pages (the drawn flow is the flow canvas's own concern and is checked there).
      if (path.startsWith('/portal')) {
        await expectNoSeriousA11yViolations(page, { label: path, exclude: ['.ui-flow__canvas'] });
      }
    }
  });
});
