import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';
import { workbenchSteps } from './workbench-steps';

// The window's day at 1280×800: two items wait for acceptance (both counted as 待办), found by receipt number,
// one opened with its scanned material previewed in place, accepted, the other given a one-time notice that
// prints as a document with the applicant's and the officer's names and the officer's phone. Names, not accounts.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('workbench: inbox counts and search, preview, accept, printable notice, names', () => {
  let stack: BrowserStack;
  let page: Page;
  const items: { id: string; receiptNo: string }[] = [];

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-09-28T09:00:00+08:00' });
    page = stack.page;
    page.setDefaultTimeout(20_000);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(() => stack?.stop());

  async function tokenOf(username: string): Promise<string> {
    const login = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: username }),
    });
    return ((await login.json()) as { token: string }).token;
  }

  async function submit(materials: string[]): Promise<{ id: string; receiptNo: string }> {
    const response = await fetch(`${stack.baseUrl}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf('alice')}` },
      body: JSON.stringify({
        itemCode: 'construction-permit',
        channel: 'online',
        materials: materials.map((code) => ({ code })),
        data: { area: 100 },
      }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; receiptNo: string };
  }

  async function attach(applicationId: string, material: string, name: string, body: Buffer) {
    const query = new URLSearchParams({ applicationId, material, name });
    const response = await fetch(`${stack.baseUrl}/api/attachments?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${await tokenOf('alice')}` },
      body: new Uint8Array(body),
    });
    expect(response.status).toBe(201);
  }

  const counter = (label: string) => page.getByTestId(`counter-${label}`).locator('.ant-statistic-content-value');

  it('counts both items awaiting acceptance as 待办 and finds one by its receipt number', async () => {
    items.push(await submit(['P01', 'P02', 'P03', 'P04']));
    items.push(await submit(['P01', 'P02', 'P03']));
    await attach(items[0].id, 'P02', '土地证明.png', PNG);

    await signIn(stack, 'window1');
    await page.goto(stack.baseUrl + '/workbench');
    await page.getByRole('heading', { name: '窗口人员，您好' }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="counter-待办"] .ant-statistic-content-value')?.textContent === '2',
    );
    expect(await counter('待办').textContent()).toBe('2');
    const intake = page.getByRole('tabpanel');
    await intake.getByRole('row', { name: new RegExp(items[1].receiptNo) }).waitFor();
    // The applicant by name, not by account.
    expect(await intake.getByRole('row', { name: new RegExp(items[0].receiptNo) }).textContent()).toContain('王爱丽');
    expect(await intake.textContent()).not.toContain('alice');
    await stack.screenshot('workbench-10-inbox-1280');
    await expectNoSeriousA11yViolations(page, { label: 'workbench inbox' });

    await page.getByRole('textbox', { name: /受理编号/ }).fill(items[0].receiptNo);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForFunction(
      (other) => !document.querySelector('[role="tabpanel"]')?.textContent?.includes(other),
      items[1].receiptNo,
    );
    expect(await intake.locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.getByRole('button', { name: '重置', exact: true }).click();
    await intake.getByRole('row', { name: new RegExp(items[1].receiptNo) }).waitFor();
  });

  it('opens an item, previews its scanned material in place and accepts it', async () => {
    await page.getByRole('link', { name: `办理：${items[0].receiptNo}` }).click();
    await page.getByRole('heading', { level: 1, name: '建设工程规划许可证核发' }).waitFor();
    await page.getByRole('button', { name: /预览：土地证明\.png/ }).click();
    const preview = page.getByRole('dialog', { name: '材料预览：土地证明.png' });
    const image = preview.getByRole('img', { name: '土地证明.png' });
    await image.waitFor();
    await page.waitForFunction(
      () => (document.querySelector('.wb-preview') as HTMLImageElement | null)?.naturalWidth === 1,
    );
    await stack.screenshot('workbench-11-preview');
    await expectNoSeriousA11yViolations(page, { label: 'material preview', include: ['.ant-modal'] });
    await preview.getByRole('button', { name: '关闭' }).click();
    await preview.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByText('已受理，办件进入审查。').waitFor();
    const timeline = page.locator('.wb-timeline');
    await timeline.getByText('办理人：窗口人员').waitFor();
    await timeline.getByText('办理人：申请人（王爱丽）').waitFor();
    const main = (await page.locator('.wb-handle').textContent()) ?? '';
    expect(main).not.toContain('window1');
    expect(main).not.toContain('alice');
    expect(await page.locator('.wb-summary').textContent()).toContain('首问负责人窗口人员');
    // The shared flow diagram (FlowDiagram, the public diagram's helper) is checked where it is reworked.
    await expectNoSeriousA11yViolations(page, { label: 'workbench 办理 page', exclude: ['.react-flow'] });
  });

  it('issues the one-time notice and prints it as a document with both names and the officer phone', async () => {
    await page.goto(`${stack.baseUrl}/workbench/applications/${items[1].id}`);
    await workbenchSteps(page, stack.baseUrl).sendOneTimeNotice({
      preTicked: ['P04'],
      reasons: { '建设项目批准、核准或备案文件': '未提交发改部门的备案证明' },
    });

    await page.getByRole('link', { name: '打印告知书' }).click();
    const notice = page.getByRole('article', { name: '一次性告知书' });
    await notice.waitFor();
    expect(await notice.getByTestId('notice-applicant').textContent()).toBe('申请人：王爱丽');
    const officer = (await notice.getByTestId('notice-officer').textContent()) ?? '';
    expect(officer).toContain('承办人：窗口人员');
    expect(officer).toContain('联系电话：0755-23610101');
    await notice.getByText('未提交发改部门的备案证明', { exact: false }).waitFor();
    await stack.screenshot('workbench-12-notice');
    await expectNoSeriousA11yViolations(page, { label: 'one-time notice print page' });

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await notice.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // On paper only the document: no button, no navigation.
    await page.emulateMedia({ media: 'print' });
    expect(await notice.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: '返回办件' }).isVisible()).toBe(false);
    expect(await notice.getByTestId('notice-applicant').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it("shows a reviewer the item's card the application view (and so the dashboard) gives, not a reading of its own", async () => {
    // 10/8 is the last working day of the 3-day department steps (holidays 10/1–10/7): steps near their limit,
    // the item (promised 10 working days) still in time.
    const admin = await tokenOf('admin');
    const clock = await fetch(`${stack.baseUrl}/api/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ now: '2026-10-08T09:00:00+08:00' }),
    });
    expect(clock.status).toBe(200);
    const view = await fetch(`${stack.baseUrl}/api/applications/${items[0].id}`, {
      headers: { authorization: `Bearer ${await tokenOf('fire1')}` },
    });
    const { card } = (await view.json()) as { card: 'normal' | 'warning' | 'yellow' | 'red' };
    const words = { normal: '正常', warning: '预警', yellow: '黄牌', red: '红牌' };

    await signIn(stack, 'fire1');
    await page.goto(stack.baseUrl + '/workbench');
    const row = page.getByRole('row', { name: new RegExp(items[0].receiptNo) });
    await row.waitFor();
    const chips = row.locator('.ui-chip');
    expect(((await chips.first().textContent()) ?? '').trim()).toContain(words[card]);
    // A step chip says it is the step's, never a bare 红牌 beside a green item.
    for (const text of await chips.allTextContents()) {
      if (!text.includes(words[card])) expect(text).toContain('（环节）');
    }
    await stack.screenshot('workbench-13-cards');
  });
});
