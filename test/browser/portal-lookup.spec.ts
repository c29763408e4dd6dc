import path from 'node:path';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { artifactsDir, type BrowserStack, startBrowserStack } from '../utils/browser';

// 办件进度查询 on a phone: the receipt's QR code opens /portal/lookup?receiptNo=…, no login.
describe('portal: public progress lookup at 390×844', () => {
  let stack: BrowserStack;
  let page: Page;
  let receiptNo: string;

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-09-28T09:00:00+08:00' });
    page = await stack.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true });
    page.setDefaultTimeout(20_000);
    const login = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'alice', password: 'alice' }),
    });
    const { token } = (await login.json()) as { token: string };
    const submitted = await fetch(`${stack.baseUrl}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        itemCode: 'parallel-review',
        channel: 'online',
        materials: ['M01', 'M02', 'M03'].map((code) => ({ code })),
        data: { phone: '13912345678' },
      }),
    });
    receiptNo = ((await submitted.json()) as { receiptNo: string }).receiptNo;
  });
  afterAll(() => stack?.stop());

  /** axe on the page at rest: the pointer off the 查询 button (its hover colour fades in over antd's 0.2 s motion). */
  async function checkA11y() {
    await page.mouse.move(1, 1);
    await page.locator('.ant-btn-loading').waitFor({ state: 'detached' });
    await page.waitForTimeout(400);
    await expectNoSeriousA11yViolations(page);
  }

  const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('opens from the QR link with the receipt number filled in and shows the progress for the right phone', async () => {
    await page.goto(`${stack.baseUrl}/portal/lookup?receiptNo=${receiptNo}`);
    await page.getByRole('heading', { name: '办件进度查询' }).waitFor();
    expect(await page.getByLabel('受理编号').inputValue()).toBe(receiptNo);
    await page.getByLabel('联系电话').fill('139 1234 5678');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const result = page.locator('.lookup-result');
    await result.getByText('已提交，待受理').waitFor();
    expect(await result.getByText(receiptNo).count()).toBeGreaterThan(0);
    expect(await result.getByText('受理后计算').count()).toBe(1);
    expect(await result.textContent()).not.toContain('13912345678');
    expect(await fitsWidth()).toBe(true);
    await checkA11y();
    await page.screenshot({ path: path.join(artifactsDir, 'portal-lookup-390.png'), fullPage: true });
  });

  it('says 未查到办件 for a wrong phone, and asks for a valid phone before asking the server', async () => {
    await page.getByLabel('联系电话').fill('13900000000');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByRole('alert').getByText('未查到办件').waitFor();
    await page.getByLabel('联系电话').fill('123');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByText('请填写 11 位手机号码或带区号的固定电话').waitFor();
    expect(await fitsWidth()).toBe(true);
    await checkA11y();
  });

  it('is in the portal menu on a phone, in the elder text scale too, with the skip link out of sight until focused', async () => {
    await page.goto(`${stack.baseUrl}/portal`);
    await page.evaluate(() => localStorage.setItem('tongban.fontScale', '2'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '事项目录' }).waitFor();
    const skip = page.getByRole('link', { name: '跳到主要内容' });
    expect((await skip.boundingBox())!.y + (await skip.boundingBox())!.height).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.classList.contains('ui-skip'));
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);

    const menu = page.getByRole('button', { name: '菜单' });
    await menu.click();
    const nav = page.getByRole('navigation', { name: '办事大厅' });
    const links = await nav.getByRole('link').allInnerTexts();
    expect(links).toEqual(['事项目录', '我的办件', '我的预约', '进度查询']);
    await nav.getByRole('link', { name: '进度查询' }).click();
    await page.getByRole('heading', { level: 1, name: '办件进度查询' }).waitFor();
    await nav.waitFor({ state: 'hidden' });
    expect(await fitsWidth()).toBe(true);
    await checkA11y();
    await page.evaluate(() => localStorage.setItem('tongban.fontScale', '0'));
  });
});
