import { expectNoSeriousA11yViolations } from '../utils/a11y';
import path from 'node:path';
import { artifactsDir, type BrowserStack, openPage, signIn, startBrowserStack } from '../utils/browser';

describe('the start page in Chromium', () => {
  let stack: BrowserStack;
  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(() => stack?.stop());

  it('shows the four surfaces in Chinese and reports the service healthy', async () => {
    const { page } = stack;
    await page.goto(stack.baseUrl + '/');
    for (const label of ['设计器', '办事大厅', '工作台', '电子监察']) {
      await page.getByRole('link', { name: new RegExp(label) }).waitFor();
    }
    await page.getByRole('status').filter({ hasText: '服务正常' }).waitFor();
    await stack.screenshot('start-page');
    await expectNoSeriousA11yViolations(page, { label: 'home page' });
  });

  it('is usable by keyboard: Tab reaches the first section and Enter opens it', async () => {
    const { page } = stack;
    await page.goto(stack.baseUrl + '/');
    await page.getByRole('link', { name: /设计器/ }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('设计器');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/designer$/);
  });

  it('offers a sign-in form with no serious accessibility violation, and shows a failed sign-in as an alert', async () => {
    const { page } = stack;
    await page.goto(stack.baseUrl + '/workbench');
    const form = page.getByRole('form', { name: '登录' });
    await form.waitFor();
    await expectNoSeriousA11yViolations(page, { label: 'workbench sign-in' });
    await page.getByLabel('用户名').fill('window1');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('alert').waitFor();
    await expectNoSeriousA11yViolations(page, { label: 'workbench sign-in with an error' });
  });

  it('keeps the signed-in shell accessible in the elder text scale (header, menu, user, text size control)', async () => {
    const { page } = stack;
    await signIn(stack, 'window1');
    await page.goto(stack.baseUrl + '/workbench');
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await page.getByRole('combobox', { name: '字号' }).click();
    await page.getByRole('option', { name: '长辈版（特大）' }).click();
    await page.waitForFunction(() => document.querySelector('.ui-shell--scale-2') !== null);
    // The shell only: the workbench's own page is its helper's to check.
    await expectNoSeriousA11yViolations(page, {
      label: 'signed-in shell, elder scale',
      include: ['.ui-header', '.ui-skip'],
    });
    // The scale survives a reload, and the first Tab of a fresh page lands on the skip link.
    await page.reload();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect(await page.evaluate(() => document.querySelector('.ui-shell--scale-2') !== null)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain('ui-skip');
    await page.evaluate(() => {
      sessionStorage.clear();
      localStorage.clear();
    });
  });

  describe('on a 390×844 phone', () => {
    it('lays the home page out in one column with every surface reachable', async () => {
      const phone = await openPage(stack.browser, 'phone');
      try {
        await phone.goto(stack.baseUrl + '/');
        await phone.getByRole('status').filter({ hasText: '服务正常' }).waitFor();
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expectNoSeriousA11yViolations(phone, { label: 'home page on a phone' });
        await phone.screenshot({ path: path.join(artifactsDir, 'start-page-phone.png'), fullPage: true });
      } finally {
        await phone.context().close();
      }
    });

    it('signs an applicant in from a page that needs it', async () => {
      const phone = await openPage(stack.browser, 'phone');
      try {
        await phone.goto(stack.baseUrl + '/portal/my');
        await phone.getByRole('form', { name: '登录' }).waitFor();
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expectNoSeriousA11yViolations(phone, { label: 'portal sign-in on a phone' });
      } finally {
        await phone.context().close();
      }
    });
  });
});
