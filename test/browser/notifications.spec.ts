import type { Page } from 'playwright-core';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';

// An applicant's one-time notice reaches the notification centre: the bell counts it, the drawer shows it, reading
// it clears the count; the applicant chooses e-mail in 我的办件.
describe('notification centre (issue 16)', () => {
  let stack: BrowserStack;
  let page: Page;

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-03-02T09:00:00+08:00' });
    page = stack.page;
    page.setDefaultTimeout(20_000);
  });
  afterAll(() => stack?.stop());

  async function api(username: string, method: string, path: string, body?: object) {
    const login = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: username }),
    });
    const { token } = (await login.json()) as { token: string };
    const response = await fetch(`${stack.baseUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  }

  it('shows the unread count of a one-time notice, its text, and clears it once read', async () => {
    const submitted = await api('alice', 'POST', '/applications', {
      itemCode: 'one-time-notice',
      channel: 'online',
      materials: ['F01', 'F02', 'F03'].map((code) => ({ code })),
      data: {},
    });
    await api('window1', 'POST', `/applications/${submitted.id}/notify-missing`, { missing: ['F04'] });
    // The dispatcher runs with the clock (manual here).
    await api('admin', 'POST', '/clock', { advance: 'PT1M' });

    await signIn(stack, 'alice');
    await page.goto(stack.baseUrl + '/portal/my');
    const bell = page.getByRole('button', { name: '通知：1 条未读' });
    await bell.click();
    const drawer = page.getByRole('dialog', { name: '通知' });
    await drawer.getByText(`受理编号：${submitted.receiptNo}`, { exact: false }).waitFor();
    await drawer.getByText('消防安全制度、灭火和应急疏散预案', { exact: false }).waitFor();
    await drawer.getByRole('button', { name: '标为已读' }).click();
    await drawer.getByRole('button', { name: '标为已读' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '通知', exact: true }).waitFor();
    const inbox = await api('alice', 'GET', '/notifications');
    expect(inbox).toMatchObject({ total: 1, unread: 0 });
  });

  it('lets the applicant choose SMS instead of e-mail, with the number, in 我的办件', async () => {
    await page.goto(stack.baseUrl + '/portal/my');
    const card = page.locator('.portal-notification-settings');
    // Without a stored choice: in-app (always on) and e-mail.
    expect(await card.getByRole('checkbox', { name: '站内通知' }).isDisabled()).toBe(true);
    // The stored choice arrives after the card renders: wait for it rather than read the first paint.
    await card.getByRole('checkbox', { name: '电子邮件', checked: true }).waitFor();
    await card.getByRole('checkbox', { name: '电子邮件' }).uncheck();
    await card.getByRole('checkbox', { name: '短信' }).check();
    await card.getByLabel('手机号码').fill('13800138000');
    await card.getByRole('button', { name: '保存通知方式' }).click();
    await page.getByText('通知方式已保存').waitFor();
    expect(await api('alice', 'GET', '/notifications/preferences')).toMatchObject({
      channels: ['in-app', 'sms'],
      phone: '13800138000',
    });
  });
});
