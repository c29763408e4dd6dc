import type { Page } from 'playwright-core';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';

// The staff side around one item: the B post acting for an absent A post, a department refusing with a
// reason, a complaint answered at the workbench, a ledger row closed with a note, and the CSV export.
describe('workbench and supervision: A/B post, refusal, complaint answer, 销号, export', () => {
  let stack: BrowserStack;
  let page: Page;
  let id: string;
  let receiptNo: string;

  beforeAll(async () => {
    stack = await startBrowserStack({ CLOCK_START: '2026-09-28T09:00:00+08:00' });
    page = stack.page;
    page.setDefaultTimeout(20_000);
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

  async function call(username: string, path: string, body?: object) {
    const response = await fetch(`${stack.baseUrl}/api${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(username)}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(response.status).toBeLessThan(300);
    return response.json();
  }

  async function submitAndAccept(area: number): Promise<{ id: string; receiptNo: string }> {
    const materials = ['P01', 'P02', 'P03', 'P04'].map((code) => ({ code }));
    const created = await call('alice', '/applications', {
      itemCode: 'construction-permit',
      channel: 'online',
      materials,
      data: { area },
    });
    await call('window1', `/applications/${created.id}/accept`, {});
    return created;
  }

  async function approve(username: string, applicationId: string, nodeId: string) {
    const tasks = (await call(username, '/tasks?status=open')) as {
      id: string;
      applicationId: string;
      nodeId: string;
    }[];
    const task = tasks.find((candidate) => candidate.applicationId === applicationId && candidate.nodeId === nodeId)!;
    await call(username, `/tasks/${task.id}/complete`, { decision: 'approve', comment: '同意' });
  }

  it('records an absence of the planning A post (admin)', async () => {
    await signIn(stack, 'admin');
    await page.goto(stack.baseUrl + '/workbench/staff');
    const pair = page.getByRole('region', { name: /规划审查员 \/ 规划审查员（B岗）/ });
    await pair.getByLabel('请假开始').fill('2026-09-28T08:00');
    await pair.getByLabel('请假结束').fill('2026-10-09T18:00');
    await pair.getByRole('button', { name: '登记 规划审查员 请假' }).click();
    await pair.getByText('请假期间由 规划审查员（B岗） 代为办理').waitFor();
    await stack.screenshot('workbench-04-ab-absence');
  });

  it("shows planning1b the absent A post's committee task as 代 规划审查员 办理 and records it so", async () => {
    ({ id, receiptNo } = await submitAndAccept(6800));
    await approve('planning1b', id, 'plan');
    await approve('fire1', id, 'fire');
    await approve('env1', id, 'env');

    // Only planning1 sits on the committee; while it is away its B post takes the task with its authority.
    await signIn(stack, 'planning1b');
    await page.goto(stack.baseUrl + '/workbench');
    const row = page.getByRole('row', { name: new RegExp(receiptNo) });
    // People by name, never by account (planning1 is 规划审查员).
    await row.getByText('代 规划审查员 办理（B岗）').waitFor();
    await stack.screenshot('workbench-05-b-post-inbox');
    await row.getByRole('link', { name: new RegExp(`办理：${receiptNo}`) }).click();
    await page.locator('.wb-actionbar').getByText('代 规划审查员 办理（B岗）').waitFor();
    await page.getByLabel('审查意见').fill('B岗代为会签，同意');
    await page.getByRole('button', { name: '同意', exact: true }).click();
    await page.getByText('已提交“同意”意见。').waitFor();
    // Opening the task claimed it for the absent A, then B decided: both in A's name.
    const byB = page.locator('.wb-timeline li', { hasText: '规划审查员（B岗）（代 规划审查员）' });
    await byB.filter({ hasText: '认领' }).waitFor();
    await byB.filter({ hasText: '审查同意' }).waitFor();
    await page.locator('.wb-summary .ui-chip', { hasText: '已办结（准予许可）' }).waitFor();
  });

  it('makes fire give a reason to refuse; the item ends refused and alice sees why', async () => {
    ({ id, receiptNo } = await submitAndAccept(100));
    await signIn(stack, 'fire1');
    await page.goto(`${stack.baseUrl}/workbench/applications/${id}`);
    await page.getByRole('button', { name: '不同意', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '不同意' });
    await dialog.getByRole('button', { name: '确认不同意' }).click();
    await dialog.getByRole('alert').filter({ hasText: '必须填写理由' }).waitFor();
    await dialog.getByLabel(/不同意的理由/).fill('疏散楼梯数量不满足规范要求');
    await dialog.getByRole('button', { name: '确认不同意' }).click();
    await page.getByText('已提交“不同意”意见。').waitFor();

    await signIn(stack, 'alice');
    await page.goto(`${stack.baseUrl}/portal/my/${id}`);
    await page.getByText('不予行政许可决定书').waitFor();
    await page.getByText('疏散楼梯数量不满足规范要求').first().waitFor();
    await page.getByText('非常不满意', { exact: true }).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByTestId('complaint-notice').waitFor();
  });

  it('lets the window answer the complaint, which closes its ledger row', async () => {
    await signIn(stack, 'window1');
    await page.goto(stack.baseUrl + '/workbench/complaints');
    await page.getByRole('button', { name: `答复整改：${receiptNo}` }).click();
    const dialog = page.getByRole('dialog', { name: '答复整改' });
    await dialog.getByLabel(/整改情况与答复内容/).fill('已电话回访，解释消防审查依据，并指导修改方案');
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await page.getByText('已答复，台账已销号。').waitFor();
    // In the table (the closing dialog may still hold the typed answer for its animation).
    await page.getByRole('table').getByText('已电话回访', { exact: false }).waitFor();
  });

  it('closes a ledger row only with a note; closed rows stay listed; the ledger exports as Excel-ready CSV', async () => {
    // An item nobody reviews: all three departments lapse into tacit approval by 10/9.
    await submitAndAccept(100);
    await call('admin', '/clock', { now: '2026-10-09T09:00:00+08:00' });
    await signIn(stack, 'super1');
    await page.goto(stack.baseUrl + '/supervision/ledger');
    await page.getByTestId('ledger-complaint').getByText('已销号').waitFor();
    const open = page.getByRole('button', { name: /^销号：/ }).first();
    await open.click();
    const dialog = page.getByRole('dialog', { name: '销号' });
    await dialog.getByRole('button', { name: '确认销号' }).click();
    await dialog.getByRole('alert').filter({ hasText: '必须填写理由' }).waitFor();
    await dialog.getByLabel(/核查与整改说明/).fill('经核查属实，已约谈责任人');
    await dialog.getByRole('button', { name: '确认销号' }).click();
    await page.getByText('已销号，条目保留在台账中。').waitFor();
    await page.getByText('经核查属实，已约谈责任人', { exact: false }).waitFor();
    await page.getByRole('combobox', { name: /^状态/ }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="已销号"]').click();
    await page.getByRole('button', { name: /^查\s?询$/ }).click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('.sv-ledger tbody tr.ant-table-row')];
      return rows.length >= 2 && rows.every((row) => row.classList.contains('sv-closed'));
    });
    await stack.screenshot('supervision-05-ledger-closed');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出台账（CSV）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('问责台账.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('差评投诉');
    expect(csv.toString('utf8')).toContain('已销号');
  });
});
