import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { type BrowserStack, startBrowserStack } from '../utils/browser';
import { applySteps } from './apply-steps';

// The applicant's whole journey on a 390×844 phone (Mon 2026-09-28): catalog → guide → apply with an upload
// (progress shown on a slow line) → receipt with its QR code → 我的办件 → progress → supplement from the camera →
// certificate page and rating; then the 适老化 elder text scale and a lost network. Everything the issue found
// off-screen on a phone is asserted to be inside the viewport.
const WIDTH = 390;
const HEIGHT = 844;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])]);
/** Large enough that a throttled upload takes a few seconds, so its progress can be seen. */
const BIG_PDF = Buffer.concat([PDF, Buffer.alloc(96 * 1024, 0x20)]);

describe('portal on a phone: the applicant journey at 390×844', () => {
  let stack: BrowserStack;
  let phone: Page;
  let aliceToken: string;
  let receiptNo: string;
  let applicationId: string;
  /** Script files the phone fetched: the drawing library must not be among them. */
  const scripts: string[] = [];

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-09-28T09:00:00+08:00' });
    phone = await stack.browser.newPage({
      viewport: { width: WIDTH, height: HEIGHT },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    phone.setDefaultTimeout(20_000);
    phone.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    aliceToken = await token('alice');
  });
  afterAll(async () => {
    await phone?.close().catch(() => undefined);
    await stack?.stop();
  });

  async function token(username: string): Promise<string> {
    const response = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: username }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  async function call(username: string, path: string, body: object): Promise<{ id: string; receiptNo: string }> {
    const response = await fetch(`${stack.baseUrl}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(username)}` },
      body: JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as { id: string; receiptNo: string };
  }

  async function signInOnPhone() {
    await phone.goto(stack.baseUrl + '/');
    await phone.evaluate((value) => sessionStorage.setItem('tongban.token', value), aliceToken);
  }

  /** Scrolled to, the element lies wholly inside the phone's screen. */
  async function expectOnScreen(locator: Locator) {
    await locator.scrollIntoViewIfNeeded();
    const box = await locator.boundingBox();
    expect(box).not.toBeNull();
    const { x, y, width, height } = box!;
    const inside = {
      left: x >= -0.5,
      right: x + width <= WIDTH + 0.5,
      top: y >= -0.5,
      bottom: y + height <= HEIGHT + 0.5,
    };
    expect(inside).toEqual({ left: true, right: true, top: true, bottom: true });
  }

  async function expectNoSidewaysScroll() {
    const scrollWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(WIDTH);
  }

  it('shows the catalog as cards with 在线办理 and 预约办理 on screen', async () => {
    await phone.goto(stack.baseUrl + '/portal');
    await phone.getByRole('heading', { name: '事项目录' }).waitFor();
    const apply = phone.getByRole('link', { name: '在线办理：建设工程规划许可证核发' });
    const book = phone.getByRole('link', { name: '预约办理：建设工程规划许可证核发' });
    await expectOnScreen(apply);
    await expectOnScreen(book);
    await expectNoSidewaysScroll();
    await phone.screenshot({ path: `${__dirname}/../artifacts/phone-01-catalog.png` });
    await expectNoSeriousA11yViolations(phone, { label: 'phone-01-catalog on a phone' });
  });

  it('shows a readable guide with the procedure as a vertical list of named steps', async () => {
    await phone.getByRole('link', { name: '办事指南：建设工程规划许可证核发' }).click();
    await phone.getByRole('heading', { level: 1, name: '建设工程规划许可证核发' }).waitFor();
    const steps = phone.locator('.ui-flow--phone .ui-flow__steps');
    await steps.waitFor();
    expect(await phone.locator('.react-flow__node').count()).toBe(0);
    expect(scripts.some((path) => path.includes('PortalRoutes'))).toBe(true);
    expect(scripts.filter((path) => /FlowProgressCanvas|ReadOnlyFlowCanvas|elk|Designer/.test(path))).toEqual([]);
    const text = await steps.innerText();
    expect(text).toContain('环保部门审查');
    expect(text).not.toContain('请设置办理人');
    const fontSize = await steps.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);
    await expectOnScreen(phone.getByRole('link', { name: '在线办理', exact: true }));
    await expectNoSidewaysScroll();
    await phone.screenshot({ path: `${__dirname}/../artifacts/phone-02-guide.png`, fullPage: true });
    await expectNoSeriousA11yViolations(phone, { label: 'phone-02-guide on a phone' });
  });

  it('applies with a photo-or-PDF upload showing its progress; 已备齐 and upload buttons stay on screen', async () => {
    await signInOnPhone();
    await phone.goto(stack.baseUrl + '/portal/items/construction-permit/apply');
    await phone.getByText('第 1 步，共 5 步').waitFor();
    const apply = applySteps(phone);
    await apply.fillDetails({ phone: '13800138000', project: '滨江科创园 5 号楼', area: '1200' });
    await phone.getByText('第 3 步，共 5 步').waitFor();

    const p01 = phone.getByRole('group', { name: /P01/ });
    const camera = p01.locator('.portal-picker__camera input[type=file]');
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await camera.getAttribute('accept')).toContain('image/jpeg');
    const file = p01.locator('.portal-picker__file input[type=file]');
    expect(await file.getAttribute('accept')).toContain('application/pdf');
    expect(await file.getAttribute('accept')).toContain('image/');
    for (const code of ['P01', 'P02', 'P03', 'P04', 'P05', 'P06']) {
      const group = phone.getByRole('group', { name: new RegExp(code) });
      await expectOnScreen(group.getByRole('checkbox'));
      await expectOnScreen(group.getByRole('button', { name: /拍照上传/ }));
      await expectOnScreen(group.getByRole('button', { name: /选择文件/ }));
    }

    // A slow mobile line: the upload reports its progress while it runs.
    const cdp = await phone.context().newCDPSession(phone);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: 200 * 1024,
      uploadThroughput: 24 * 1024,
    });
    await file.setInputFiles({ name: '申请表.pdf', mimeType: 'application/pdf', buffer: BIG_PDF });
    await p01.getByRole('progressbar').waitFor();
    await p01.getByRole('status').filter({ hasText: '正在上传 申请表.pdf' }).waitFor();
    await p01.getByText('申请表.pdf（').waitFor({ timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.detach();
    expect(await p01.getByRole('checkbox').isChecked()).toBe(true);
    await apply.tick(['P02', 'P03']);
    await phone.screenshot({ path: `${__dirname}/../artifacts/phone-03-materials.png`, fullPage: true });
    await expectNoSeriousA11yViolations(phone, { label: 'phone-03-materials on a phone' });
    await expectNoSidewaysScroll();
    ({ receiptNo, id: applicationId } = await apply.submit({ missing: ['建设项目批准、核准或备案文件'] }));
    expect(await phone.getByTestId('receipt-time').textContent()).toBe('2026-09-28 09:00');
    const qr = phone.getByTestId('receipt-qr');
    await expectOnScreen(qr.locator('svg'));
    expect(await qr.getByRole('link').getAttribute('href')).toBe(
      `${stack.baseUrl}/portal/lookup?receiptNo=${receiptNo}`,
    );
    await expectOnScreen(phone.getByTestId('receipt-no'));
    await expectOnScreen(phone.getByRole('link', { name: '查询进度' }));
    await expectNoSidewaysScroll();
    await phone.screenshot({ path: `${__dirname}/../artifacts/phone-04-receipt.png`, fullPage: true });
    await expectNoSeriousA11yViolations(phone, { label: 'phone-04-receipt on a phone' });
    await phone.emulateMedia({ media: 'print' });
    expect(await phone.locator('.ui-header').isVisible()).toBe(false);
    expect(await phone.getByRole('button', { name: '打印回执' }).isVisible()).toBe(false);
    await phone.emulateMedia({ media: 'screen' });
  });

  it('lists 我的办件 as cards with 查看进度 on screen, and shows progress in one column', async () => {
    await phone.goto(stack.baseUrl + '/portal/my');
    const open = phone.getByRole('link', { name: `查看进度：${receiptNo}` });
    await expectOnScreen(open);
    await expectNoSidewaysScroll();
    await phone.screenshot({ path: `${__dirname}/../artifacts/phone-05-my-items.png` });
    await expectNoSeriousA11yViolations(phone, { label: 'phone-05-my-items on a phone' });
    await open.click();
    await phone.getByTestId('clock-text').filter({ hasText: '等待窗口受理' }).waitFor();
    await phone.locator('.portal-timeline').getByText('提交申请').waitFor();
    // One column: every section spans the screen and the timeline follows the materials, not beside them.
    const materials = (await phone
      .getByRole('heading', { name: '材料情况' })
      .locator('xpath=ancestor::div[contains(@class,"ant-card ")][1]')
      .boundingBox())!;
    const timeline = (await phone
      .getByRole('heading', { name: '办理记录' })
      .locator('xpath=ancestor::div[contains(@class,"ant-card ")][1]')
      .boundingBox())!;
    expect(materials.width).toBeGreaterThan(WIDTH * 0.85);
    expect(timeline.width).toBeGreaterThan(WIDTH * 0.85);
    expect(timeline.y).toBeGreaterThanOrEqual(materials.y + materials.height);
    // The summary's labels and values are not squeezed to a few characters each.
    const clock = (await phone.getByTestId('clock-text').boundingBox())!;
    expect(clock.width).toBeGreaterThan(120);
    for (const name of ['受理编号', '承诺办结日期', '办理时限']) {
      const label = phone.locator('.portal-summary .ant-descriptions-item-label', { hasText: name });
      const lines = await label.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect({ name, lines }).toEqual({ name, lines: 1 });
    }
    await expectNoSidewaysScroll();
    await phone.screenshot({ path: `${__dirname}/../artifacts/phone-06-progress.png`, fullPage: true });
    await expectNoSeriousA11yViolations(phone, { label: 'phone-06-progress on a phone' });
  });

  it('takes a supplement photographed with the camera after the one-time notice', async () => {
    await call('window1', `/applications/${applicationId}/notify-missing`, {
      missing: ['P04'],
      note: '请补充备案证明',
    });
    await phone.reload();
    const banner = phone.getByRole('heading', { name: /需要补正材料/ });
    await banner.waitFor();
    // The officer by name, never by account.
    await phone.locator('.portal-timeline').getByText('办理人：窗口人员').waitFor();
    expect(await phone.locator('.portal-timeline').innerText()).not.toContain('window1');
    const group = phone.locator('.portal-supplement').getByRole('group', { name: '建设项目批准、核准或备案文件' });
    await expectOnScreen(group.getByRole('button', { name: /拍照上传/ }));
    await group
      .locator('.portal-picker__camera input[type=file]')
      .setInputFiles({ name: '备案证明.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await group.getByText('备案证明.jpg（').waitFor();
    const submit = phone.getByRole('button', { name: '提交补正' });
    await expectOnScreen(submit);
    await expectNoSidewaysScroll();
    await phone.screenshot({ path: `${__dirname}/../artifacts/phone-07-supplement.png`, fullPage: true });
    await expectNoSeriousA11yViolations(phone, { label: 'phone-07-supplement on a phone' });
    await submit.click();
    await phone.locator('.portal-summary .ui-chip', { hasText: '待受理' }).waitFor();
    await phone.locator('.portal-timeline').getByText('补正材料').waitFor();
  });

  it('opens the certificate as a printable page on the phone and takes a rating', async () => {
    const instant = await call('alice', '/applications', {
      itemCode: 'instant',
      channel: 'online',
      materials: ['C01', 'C02', 'C03', 'C04', 'C05'].map((code) => ({ code })),
      data: {},
    });
    await call('window1', `/applications/${instant.id}/accept`, {});
    await phone.goto(`${stack.baseUrl}/portal/my/${instant.id}`);
    const open = phone.getByRole('link', { name: '查看并打印结果文书' });
    await expectOnScreen(open);
    await open.click();
    const certificate = phone.getByRole('article', { name: '准予行政许可决定书' });
    await certificate.waitFor();
    expect(await certificate.getByTestId('certificate-item').textContent()).toBe('公司设立登记（即办件）');
    expect(await certificate.innerText()).not.toContain('instant');
    await expectOnScreen(phone.getByRole('button', { name: '打印' }));
    await expectNoSidewaysScroll();
    await phone.screenshot({ path: `${__dirname}/../artifacts/phone-08-certificate.png`, fullPage: true });
    await expectNoSeriousA11yViolations(phone, { label: 'phone-08-certificate on a phone' });

    await phone.getByRole('link', { name: /返回办件进度/ }).click();
    const satisfied = phone.getByText('满意', { exact: true });
    await expectOnScreen(satisfied);
    await satisfied.click();
    await phone.getByLabel('办事效率高').check();
    const submit = phone.getByRole('button', { name: '提交评价' });
    await expectOnScreen(submit);
    await expectNoSidewaysScroll();
    await submit.click();
    await phone.getByRole('status').filter({ hasText: '您的评价：满意' }).waitFor();
  });

  it('keeps every page within the phone width in the elder text scale (适老化)', async () => {
    await phone.evaluate(() => localStorage.setItem('tongban.fontScale', '2'));
    const pages: [string, string][] = [
      ['/portal', '事项目录'],
      ['/portal/items/construction-permit', '建设工程规划许可证核发'],
      ['/portal/my', '我的办件'],
      [`/portal/my/${applicationId}`, '建设工程规划许可证核发'],
      [`/portal/my/${applicationId}/receipt`, '申请已提交'],
      ['/portal/appointments', '预约办理'],
    ];
    for (const [path, heading] of pages) {
      await phone.goto(stack.baseUrl + path);
      await phone.getByRole('heading', { level: 1, name: heading }).waitFor();
      const { scrollWidth, fontSize } = await phone.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        fontSize: parseFloat(getComputedStyle(document.querySelector('.ui-main')!).fontSize),
      }));
      expect({ path, overflows: scrollWidth > WIDTH, fontSize }).toEqual({ path, overflows: false, fontSize: 24 });
    }
    await phone.goto(stack.baseUrl + '/portal/my');
    await expectOnScreen(phone.getByRole('link', { name: `查看进度：${receiptNo}` }));
    await phone.screenshot({ path: `${__dirname}/../artifacts/phone-09-elder-my-items.png`, fullPage: true });
    await expectNoSeriousA11yViolations(phone, { label: 'phone-09-elder-my-items on a phone' });
    await phone.evaluate(() => localStorage.setItem('tongban.fontScale', '0'));
  });

  it('says 网络连接失败 in Chinese when the network is gone, never the browser error', async () => {
    await phone.route('**/api/catalog**', (route) => route.abort('internetdisconnected'));
    await phone.goto(stack.baseUrl + '/portal');
    const alert = phone.getByRole('alert').filter({ hasText: '网络连接失败' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await phone.locator('body').innerText()).not.toContain('Failed to fetch');
    await phone.unroute('**/api/catalog**');
    await alert.getByRole('button', { name: '重试' }).click();
    await phone.getByRole('link', { name: '在线办理：建设工程规划许可证核发' }).waitFor();
  });
});
