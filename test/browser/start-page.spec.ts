import { type BrowserStack, startBrowserStack } from '../utils/browser';

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
});
