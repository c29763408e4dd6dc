import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';

const NOTICE_MATERIALS = ['F01', 'F02', 'F03', 'F04'].map((code) => ({ code }));

/**
 * The supervision face at 1280×800 on demo data: two one-time-notice items (one accepted on Mon 11-02, one left at
 * the window until §32 deems it accepted) and a parallel review nobody does, then the manual clock on 11-17 —
 * cards, lapsed steps and tacit approvals exist. The charts draw, their data tables hold the API's numbers, and
 * the ledger pages, sorts and filters on the server.
 */
describe('supervision: dashboard charts and the paginated ledger', () => {
  let stack: BrowserStack;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-11-02T08:00:00+08:00' });
    page = stack.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    page.setDefaultTimeout(20_000);
    await call('alice', '/applications', {
      itemCode: 'one-time-notice',
      channel: 'online',
      materials: NOTICE_MATERIALS,
    });
    await call('admin', '/clock', { now: '2026-11-02T09:00:00+08:00' });
    const accepted = await call('alice', '/applications', {
      itemCode: 'one-time-notice',
      channel: 'online',
      materials: NOTICE_MATERIALS,
    });
    await call('window1', `/applications/${accepted.id}/accept`, {});
    const review = await call('alice', '/applications', {
      itemCode: 'parallel-review',
      channel: 'online',
      materials: ['M01', 'M02', 'M03'].map((code) => ({ code })),
    });
    await call('window1', `/applications/${review.id}/accept`, {});
    await call('admin', '/clock', { now: '2026-11-17T07:00:00+08:00' });
    token = await signIn(stack, 'super1');
  });
  afterAll(() => stack?.stop());

  async function call(username: string, path: string, body?: object) {
    const login = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: username }),
    });
    const auth = ((await login.json()) as { token: string }).token;
    return request(auth, path, body);
  }

  async function request(auth: string, path: string, body?: object) {
    const response = await fetch(`${stack.baseUrl}/api${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect([path, response.status < 300]).toEqual([path, true]);
    return response.json();
  }
  const api = (path: string) => request(token, path);

  /** The body rows of a data table as text cells (row header first). */
  const tableRows = (testId: string) =>
    page
      .getByTestId(testId)
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));

  it('keeps ECharts in the supervision chunk: the portal never downloads it, the dashboard does', async () => {
    const scripts: string[] = [];
    const record = (response: { url(): string }) => {
      if (response.url().endsWith('.js')) scripts.push(response.url());
    };
    page.on('response', record);
    await page.goto(stack.baseUrl + '/portal');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    page.off('response', record);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => /SupervisionRoutes|echarts/i.test(url))).toEqual([]);
    // … while the dashboard does (so the check above can fail).
    page.on('response', record);
    await page.goto(stack.baseUrl + '/supervision');
    await page.getByTestId('chart-workload').locator('canvas').waitFor();
    page.off('response', record);
    expect(scripts.some((url) => /SupervisionRoutes/.test(url))).toBe(true);
  });

  it('draws the three charts on canvas, each with an aria-label and a captioned data table', async () => {
    await page.goto(stack.baseUrl + '/supervision');
    await page.getByRole('heading', { name: '电子监察总览' }).waitFor();
    for (const chart of ['chart-cards-by-day', 'chart-on-time', 'chart-workload']) {
      const card = page.getByTestId(chart);
      await card.locator('canvas').first().waitFor();
      expect(await card.getByRole('img').getAttribute('aria-label')).toMatch(/图表，数值见下方数据表$/);
      expect(await card.locator('table caption').textContent()).toBeTruthy();
      expect(await card.locator('thead th[scope="col"]').count()).toBeGreaterThan(2);
    }
    await expectNoSeriousA11yViolations(page, { label: 'supervision dashboard' });
    await stack.screenshot('supervision-10-dashboard');
  });

  it('holds the same numbers in the data tables as the API, and the same cards in the KPI row', async () => {
    const overview = await api('/supervision/overview');
    expect(overview.cardCounts.red).toBeGreaterThan(0);
    const kpi = async (key: string) =>
      (await page.getByTestId(`kpi-${key}`).locator('.ant-statistic-content').textContent())!;
    expect(await kpi('red')).toBe(String(overview.cardCounts.red));
    expect(await kpi('yellow')).toBe(String(overview.cardCounts.yellow));
    expect(await kpi('tacit')).toBe(String(overview.tacitApprovals.length));
    for (const item of overview.cardedItems) {
      await page
        .getByTestId(`card-row-${item.receiptNo}`)
        .getByText(item.card === 'red' ? '红牌' : '黄牌')
        .waitFor();
    }

    const cards = await api('/supervision/statistics/cards-by-day?days=30');
    expect(await tableRows('chart-cards-by-day-table')).toEqual(
      cards.days.map((day: { date: string; yellow: number; red: number }) => [day.date, `${day.yellow}`, `${day.red}`]),
    );
    expect(cards.days.some((day: { red: number }) => day.red > 0)).toBe(true);

    const workload = await api('/supervision/statistics/workload');
    expect(workload.rows.length).toBeGreaterThan(0);
    expect(await tableRows('chart-workload-table')).toEqual(
      workload.rows.map((row: Record<string, string | number>) =>
        [row.nodeName, row.departmentName, row.open, row.overdue, row.avgWaitHours, row.maxWaitHours].map(String),
      ),
    );

    const byDepartment = await api('/supervision/statistics/on-time?by=department');
    const names = (await tableRows('chart-on-time-table')).map((row) => row[0]).sort();
    expect(names).toEqual(byDepartment.rows.map((row: { name: string }) => row.name).sort());
    await page.getByTestId('chart-on-time').getByText('按事项').click();
    const byItem = await api('/supervision/statistics/on-time?by=item');
    await page.getByTestId('chart-on-time').getByRole('heading', { name: '按时办结率（按事项）' }).waitFor();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="chart-on-time-table"] tbody tr').length === count,
      byItem.rows.length,
    );
    const itemRows = await tableRows('chart-on-time-table');
    for (const row of byItem.rows as { name: string; total: number; overdue: number }[]) {
      const shown = itemRows.find((cells) => cells[0] === row.name)!;
      expect([shown[1], shown[5]]).toEqual([`${row.total}`, `${row.overdue}`]);
    }

    // 数据表 shows the table on screen.
    await page.getByTestId('chart-workload').getByRole('switch', { name: '数据表' }).click();
    expect(await page.getByTestId('chart-workload-table').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, { label: 'supervision dashboard with a data table shown' });
  });

  it('pages, sorts and filters the ledger on the server', async () => {
    const all = await api('/supervision/ledger');
    expect(all.length).toBeGreaterThan(10);
    await page.goto(stack.baseUrl + '/supervision/ledger');
    const rows = page.locator('.sv-ledger tbody tr.ant-table-row');
    await page.getByText(`共 ${all.length} 条`).waitFor();
    expect(await rows.count()).toBe(10);
    await page.locator('.sv-ledger .ant-pagination-item-2').click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('.sv-ledger tbody tr.ant-table-row').length === count,
      Math.min(10, all.length - 10),
    );

    // Oldest first: the acceptance step that lapsed at the end of 11-03.
    await page.locator('.sv-ledger th', { hasText: '发生时间' }).click();
    await page.locator('.sv-ledger .ant-pagination-item-active', { hasText: '1' }).waitFor();
    const oldest = await api('/supervision/ledger?page=1&pageSize=1&sort=at&order=asc');
    await page.waitForFunction(
      (kind) => document.querySelector('.sv-ledger tbody tr.ant-table-row')?.getAttribute('data-testid') === kind,
      `ledger-${oldest.items[0].kind}`,
    );

    const pick = async (label: string, option: string) => {
      await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
    };
    await pick('类型', '超期默许');
    await page.getByRole('button', { name: /^查\s?询$/ }).click();
    const tacit = await api('/supervision/ledger?page=1&pageSize=10&kind=tacit-approval');
    expect(tacit.total).toBe(3);
    await page.getByText(`共 ${tacit.total} 条`).waitFor();
    expect(await page.getByTestId('ledger-tacit-approval').count()).toBe(tacit.total);

    await page.getByRole('button', { name: /^重\s?置$/ }).click();
    await page.getByText(`共 ${all.length} 条`).waitFor();
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill('2026-11-11');
    await page.getByPlaceholder('开始日期').press('Enter');
    await page.getByPlaceholder('结束日期').fill('2026-11-11');
    await page.getByPlaceholder('结束日期').press('Enter');
    await page.getByRole('button', { name: /^查\s?询$/ }).click();
    const day = await api('/supervision/ledger?page=1&pageSize=10&from=2026-11-11&to=2026-11-11');
    expect(day.total).toBeGreaterThan(0);
    await page.getByText(`共 ${day.total} 条`).waitFor();
    expect(await rows.count()).toBe(day.total);

    await page.getByRole('button', { name: /^重\s?置$/ }).click();
    const receiptNo = all.find((row: { kind: string }) => row.kind === 'tacit-approval').receiptNo as string;
    await page.getByRole('textbox', { name: /^受理编号/ }).fill(receiptNo.slice(-6));
    await page.getByRole('button', { name: /^查\s?询$/ }).click();
    const byReceipt = await api(`/supervision/ledger?page=1&pageSize=10&receiptNo=${receiptNo.slice(-6)}`);
    await page.getByText(`共 ${byReceipt.total} 条`).waitFor();
    expect(await rows.count()).toBe(byReceipt.total);
    for (const text of await rows.locator('.sv-mono').allTextContents()) expect(text).toBe(receiptNo);
    await expectNoSeriousA11yViolations(page, { label: 'supervision ledger' });
    await stack.screenshot('supervision-11-ledger-filtered');
  });

  it('refreshes when the tab regains focus: the clock moved, the dashboard follows', async () => {
    await page.goto(stack.baseUrl + '/supervision');
    await page.getByText('监察时点：2026-11-17 07:00').waitFor();
    await call('admin', '/clock', { now: '2026-11-17T10:00:00+08:00' });
    // Past the 5 s the answers stay fresh, a return to the tab refetches.
    await page.waitForTimeout(5_500);
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await page.getByText('监察时点：2026-11-17 10:00').waitFor({ timeout: 10_000 });
  });
});
