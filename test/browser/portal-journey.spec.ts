import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';
import { applySteps } from './apply-steps';
import { workbenchSteps } from './workbench-steps';

// One construction permit from the public catalog to the complaint, on the manual clock (Mon 2026-09-28 start):
// a material missing → one-time notice → supplement → accepted → parallel review where environment lets its
// 3 working days lapse (tacit approval at the end of 10/8) → committee (area > 5000 ㎡) sits past the promised
// deadline (end of Fri 10/16: yellow from 10/15, red from 10/17) → approved → certificate → rated 2.
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** The drawn flow (shared flow canvas, its owner checks it) is left out of the portal's axe checks. */
const CANVAS = ['.ui-flow__canvas'];
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(128, 0)]);

describe('portal journey: apply, notice, supplement, parallel review, cards, certificate, complaint', () => {
  let stack: BrowserStack;
  let page: Page;
  let admin: string;
  let receiptNo: string;

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-09-28T09:00:00+08:00' });
    page = stack.page;
    page.setDefaultTimeout(20_000);
    admin = await token('admin');
  });
  afterAll(() => stack?.stop());

  async function token(username: string): Promise<string> {
    const response = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: username }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  async function setClock(now: string) {
    const response = await fetch(`${stack.baseUrl}/api/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ now }),
    });
    expect(response.status).toBe(200);
  }

  async function as(username: string, path: string) {
    await signIn(stack, username);
    await page.goto(stack.baseUrl + path);
  }

  const openFromInbox = (tab?: RegExp) =>
    workbenchSteps(page, stack.baseUrl).openFromInbox(receiptNo, '建设工程规划许可证核发', tab);

  it('shows the public catalog and guide without login, with the procedure drawn', async () => {
    await page.goto(stack.baseUrl + '/portal');
    await page.getByRole('heading', { name: '事项目录' }).waitFor();
    await page.getByLabel('搜索事项').fill('规划许可');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByRole('link', { name: '公司设立登记（即办件）', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: '建设工程规划许可证核发', exact: true }).waitFor();
    await stack.screenshot('portal-01-catalog');
    await expectNoSeriousA11yViolations(page, { label: 'portal-01-catalog', exclude: CANVAS });

    await page.getByRole('link', { name: '建设工程规划许可证核发', exact: true }).click();
    await page.getByRole('heading', { name: '1. 申请材料' }).waitFor();
    await page.getByText('《中华人民共和国城乡规划法》第四十条', { exact: false }).waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    // The applicant's steps only: 并联分发, 汇总意见, the area condition and the notice are internal.
    expect(await page.locator('.react-flow__node').count()).toBe(9);
    await page.getByRole('cell', { name: '环保部门审查' }).waitFor();
    await stack.screenshot('portal-02-guide');
    await expectNoSeriousA11yViolations(page, { label: 'portal-02-guide', exclude: CANVAS });
  });

  it('lets alice apply with one required material missing and gives a receipt number', async () => {
    await as('alice', '/portal/items/construction-permit/apply');
    const apply = applySteps(page);
    await apply.fillDetails({
      phone: '13800138000',
      project: '滨江科创园 3 号楼',
      site: '示范市滨江区科创大道 88 号',
      area: '6800',
    });

    const p01 = page.getByRole('group', { name: /P01/ });
    await p01
      .locator('input[type=file]')
      .setInputFiles({ name: '申请表.exe.pdf', mimeType: 'application/pdf', buffer: EXE });
    await p01.getByRole('alert').filter({ hasText: '不接受可执行文件' }).waitFor();
    await p01
      .locator('input[type=file]')
      .setInputFiles({ name: '申请表.pdf', mimeType: 'application/pdf', buffer: PDF });
    await p01.getByText('申请表.pdf').waitFor();
    await apply.tick(['P02', 'P03']);
    await stack.screenshot('portal-03-apply-materials');
    await expectNoSeriousA11yViolations(page, { label: 'portal-03-apply-materials', exclude: CANVAS });
    ({ receiptNo } = await apply.submit({ channel: '网上申报', missing: ['建设项目批准、核准或备案文件'] }));
    expect(receiptNo).toMatch(/^TB20260928[0-9A-F]{8}$/);
    expect(await page.getByTestId('receipt-time').textContent()).toBe('2026-09-28 09:00');
    await page.getByTestId('receipt-qr').locator('svg').waitFor();
    expect(await page.getByTestId('receipt-qr').getByRole('link').getAttribute('href')).toBe(
      `${stack.baseUrl}/portal/lookup?receiptNo=${receiptNo}`,
    );
    await stack.screenshot('portal-04-receipt');
    await expectNoSeriousA11yViolations(page, { label: 'portal-04-receipt', exclude: CANVAS });
  });

  it('has the window issue one one-time notice listing the missing material', async () => {
    await setClock('2026-09-28T09:30:00+08:00');
    await as('window1', '/workbench');
    await openFromInbox(/待受理/);
    await page.getByText('必须材料缺少：建设项目批准、核准或备案文件').waitFor();
    await workbenchSteps(page, stack.baseUrl).sendOneTimeNotice({
      preTicked: ['P04'],
      reasons: { '建设项目批准、核准或备案文件': '未提交发改部门的备案证明' },
      beforeSend: () => stack.screenshot('workbench-01-notice-dialog'),
    });
    await page.getByText('已一次性告知，等待申请人补正材料。').waitFor();
  });

  it('shows alice the notice as a document and takes her supplement', async () => {
    await setClock('2026-09-28T10:00:00+08:00');
    await as('alice', '/portal/my');
    await page.getByRole('link', { name: `查看进度：${receiptNo}` }).click();
    const notice = page.getByRole('article', { name: '一次性告知书' });
    await notice.waitFor();
    await notice.getByRole('listitem').filter({ hasText: '建设项目批准、核准或备案文件' }).waitFor();
    await notice.getByText('未提交发改部门的备案证明', { exact: false }).waitFor();
    await page.getByTestId('clock-text').filter({ hasText: '暂停计时' }).waitFor();
    await stack.screenshot('portal-05-one-time-notice');
    await expectNoSeriousA11yViolations(page, { label: 'portal-05-one-time-notice', exclude: CANVAS });

    await page
      .locator('.portal-supplement input[type=file]')
      .setInputFiles({ name: '备案证明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.locator('.portal-supplement').getByText('备案证明.pdf').waitFor();
    await page.getByRole('button', { name: '提交补正' }).click();
    await page.locator('.portal-summary .ui-chip', { hasText: '待受理' }).waitFor();
    await page.locator('.portal-timeline').getByText('补正材料').waitFor();
  });

  it('has the window accept the completed item, which fans out to three departments', async () => {
    await setClock('2026-09-28T10:30:00+08:00');
    await as('window1', '/workbench');
    await openFromInbox(/待受理/);
    await page.getByText('必须材料齐全，可以受理。').waitFor();
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByText('已受理，办件进入审查。').waitFor();
    await page.getByRole('heading', { name: '办理记录（含内部意见）' }).waitFor();
    await stack.screenshot('workbench-02-accepted');
  });

  it('has planning (chief representative) and fire approve; environment does nothing', async () => {
    await setClock('2026-09-29T10:00:00+08:00');
    for (const [username, opinion] of [
      ['planning1', '符合控制性详细规划，同意'],
      ['fire1', '消防设计符合规范，同意'],
    ]) {
      await as(username, '/workbench');
      if (username === 'planning1') {
        await page.getByText('首席代表', { exact: false }).waitFor();
        await stack.screenshot('workbench-03-inbox-planning1');
      }
      await openFromInbox();
      await page.getByLabel('审查意见').fill(opinion);
      await page.getByRole('button', { name: '同意', exact: true }).click();
      await page.getByText('已提交“同意”意见。').waitFor();
    }
  });

  it('shows alice the tacit approval and the committee as the current step', async () => {
    await setClock('2026-10-09T09:00:00+08:00');
    await as('alice', '/portal/my');
    await page.getByRole('link', { name: `查看进度：${receiptNo}` }).click();
    await page.getByText('超期默许（视为同意）').first().waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByTestId('clock-text').filter({ hasText: '剩余' }).waitFor();
    await page.locator('.portal-timeline').getByText('办理人：窗口人员').first().waitFor();
    expect(await page.locator('.portal-timeline').innerText()).not.toMatch(/window1|planning1|fire1/);
    await stack.screenshot('portal-06-progress-committee');
    await expectNoSeriousA11yViolations(page, { label: 'portal-06-progress-committee', exclude: CANVAS });
  });

  async function dashboardCard(): Promise<string> {
    await page.goto(stack.baseUrl + '/supervision');
    const row = page.getByTestId(`card-row-${receiptNo}`);
    await row.waitFor();
    return (await row.locator('.ui-chip').textContent())!.trim();
  }

  // Promised 10 working days → Fri 10/16 (预警 in its last 2), statutory 20 → 10/30: past the promised one is 黄牌.
  it('shows the supervisor normal, then 预警 on 10/15, then the yellow card from 10/17, and the tacit approval', async () => {
    await setClock('2026-10-14T09:00:00+08:00');
    await signIn(stack, 'super1');
    expect(await dashboardCard()).toContain('正常');
    await setClock('2026-10-15T09:00:00+08:00');
    expect(await dashboardCard()).toContain('预警');
    expect((await page.getByTestId('kpi-warning').textContent())!).toContain('1');
    await stack.screenshot('supervision-01-yellow-card');
    await setClock('2026-10-17T09:00:00+08:00');
    expect(await dashboardCard()).toContain('黄牌');
    expect((await page.getByTestId('kpi-yellow').textContent())!).toContain('1');
    await page.getByRole('heading', { name: /超期默许（1）/ }).waitFor();
    await stack.screenshot('supervision-02-red-card');

    await page.getByRole('link', { name: '问责台账' }).click();
    const tacit = page.getByTestId('ledger-tacit-approval');
    await tacit.waitFor();
    expect(await tacit.textContent()).toContain('环保部门审查');
    expect(await tacit.textContent()).toContain(receiptNo);
    await page.getByTestId('ledger-overdue-item').waitFor();
    await stack.screenshot('supervision-03-ledger');
  });

  it('has the planning committee approve late, so the item is decided', async () => {
    await setClock('2026-10-19T10:00:00+08:00');
    await as('planning1', '/workbench');
    await openFromInbox();
    await page.getByText('当前任务：规划委员会会签').waitFor();
    await page.getByLabel('审查意见').fill('方案经委员会会签通过');
    await page.getByRole('button', { name: '同意', exact: true }).click();
    await page.getByText('已提交“同意”意见。').waitFor();
    await page.getByText('已办结（准予许可）').first().waitFor();
  });

  it('opens the numbered result as a printable page and lets alice rate it 2, which opens a complaint', async () => {
    await as('alice', '/portal/my');
    await page.getByRole('link', { name: `查看进度：${receiptNo}` }).click();
    const number = page.getByTestId('certificate-number');
    await number.waitFor();
    expect(await number.textContent()).toBe('〔2026〕通办证字第000001号');
    await page.getByRole('link', { name: '查看并打印结果文书' }).click();
    const certificate = page.getByRole('article', { name: '准予行政许可决定书' });
    await certificate.waitFor();
    const text = await certificate.innerText();
    expect(text).toContain('王爱丽');
    expect(text).toContain('示范市政务服务中心');
    expect(text).toContain('〔2026〕通办证字第000001号');
    expect(await certificate.getByTestId('certificate-item').textContent()).toBe('建设工程规划许可证核发');
    expect(text).not.toContain('construction-permit');
    await page.getByRole('button', { name: '打印' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ui-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await stack.screenshot('portal-07a-certificate');
    await expectNoSeriousA11yViolations(page, { label: 'portal-07a-certificate', exclude: CANVAS });
    await page.getByRole('link', { name: /返回办件进度/ }).click();

    await page.getByText('不满意', { exact: true }).click();
    await page.getByLabel('多次跑动').check();
    await page.getByLabel(/意见建议/).fill('会签环节超过承诺时限');
    await page.getByRole('button', { name: '提交评价' }).click();
    // Rated Mon 10/19: five working days are 10/20, 10/21, 10/22, 10/23 and 10/26.
    await page.getByTestId('complaint-notice').filter({ hasText: '2026-10-26' }).waitFor();
    await stack.screenshot('portal-07-result-and-rating');
    await expectNoSeriousA11yViolations(page, { label: 'portal-07-result-and-rating', exclude: CANVAS });
  });

  it('shows the supervisor the complaint with its rectification deadline on the ledger', async () => {
    await as('super1', '/supervision/ledger');
    const complaint = page.getByTestId(`complaint-${receiptNo}`);
    await complaint.waitFor();
    expect(await complaint.textContent()).toContain('2026-10-26');
    expect(await complaint.textContent()).toContain('待答复');
    const row = page.getByTestId('ledger-complaint');
    expect(await row.textContent()).toContain('2026-10-26');
    await stack.screenshot('supervision-04-complaint');
  });
});
