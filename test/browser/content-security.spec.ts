import type { Page } from 'playwright-core';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';

/*
 * Issue 16: the built web app works under its content security policy (no inline script, inline styles for
 * antd's CSS-in-JS): every surface renders, and Chromium reports no CSP violation anywhere on the way.
 */
describe('the web app under its content security policy', () => {
  let stack: BrowserStack;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-03-02T09:00:00+08:00' });
    page = stack.page;
    page.setDefaultTimeout(20_000);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(
          `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        ),
      );
    });
  });
  afterAll(() => stack?.stop());

  it('serves the page with the policy', async () => {
    const response = await page.goto(stack.baseUrl + '/');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    await page.getByRole('link', { name: /工作台/ }).waitFor();
  });

  it('signs in through the form and renders every surface with antd styles and no violation', async () => {
    await page.goto(stack.baseUrl + '/workbench');
    await page.getByLabel('用户名').fill('window1');
    await page.getByLabel('密码').fill('window1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    // antd's CSS-in-JS styles are in place: the button has antd's rounded corners, not the browser's default.
    const radius = await page
      .getByRole('button', { name: '退出登录' })
      .evaluate((button) => getComputedStyle(button).borderTopLeftRadius);
    expect(radius).not.toBe('0px');
    for (const [path, username, landmark] of [
      ['/supervision', 'super1', () => page.getByRole('button', { name: '退出登录' })],
      ['/designer', 'admin', () => page.getByRole('heading', { name: '审批流程' })],
      ['/portal', 'alice', () => page.getByRole('button', { name: '退出登录' })],
    ] as const) {
      await signIn(stack, username);
      await page.goto(stack.baseUrl + path);
      await landmark().waitFor();
    }
    expect(violations).toEqual([]);
  });

  it('signs out through the API: the old token is refused afterwards', async () => {
    const token = await signIn(stack, 'bob');
    await page.goto(stack.baseUrl + '/portal');
    const loggedOut = page.waitForResponse((response) => response.url().endsWith('/api/auth/logout'));
    await page.getByRole('button', { name: '退出登录' }).click();
    expect((await loggedOut).status()).toBe(204);
    const me = await fetch(`${stack.baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(401);
  });

  it('registers an applicant from the sign-in form (注册) and signs it in, with no violation', async () => {
    await page.goto(stack.baseUrl + '/portal/my');
    await page.getByRole('button', { name: '注册' }).click();
    const form = page.getByRole('form', { name: '注册办事账号' });
    await form.getByLabel('手机号或电子邮箱').fill('13700000001');
    await form.getByLabel('姓名').fill('赵新');
    await form.getByLabel('密码（至少 8 位）').fill('a-long-password');
    await form.getByRole('button', { name: '注册并登录' }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '忘记密码' }).click();
    await page.getByRole('form', { name: '找回密码' }).getByLabel('手机号或电子邮箱').fill('13700000001');
    await page.getByRole('button', { name: '发送验证码' }).click();
    await page.getByText('如该账号存在，验证码已发送').waitFor();
    expect(violations).toEqual([]);
  });
});
