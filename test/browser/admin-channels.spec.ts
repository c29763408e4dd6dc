import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';
import { httpLogin } from '../utils/http-session';
import { startWebhookInbox } from '../utils/webhook-inbox';
import { adminSteps } from './admin-steps';

interface DeadLetterPage {
  items: { id: string; channel: string; recipient: string; kind: string; attempts: number }[];
  total: number;
}

/**
 * 通知渠道 and 投递失败 on demo data as `admin` (示范市中心): the county center's SMS gateway and DingTalk robot
 * set in Chromium and answered by the API without their secrets; then a city SMS that a gateway answering 500
 * never takes dies after its six attempts on the manual clock, shows up on 投递失败, and 重新投递 sends it.
 */
describe('admin notification channels and dead letters', () => {
  let stack: BrowserStack;
  let page: Page;
  let gateway: Awaited<ReturnType<typeof startWebhookInbox>>;

  beforeAll(async () => {
    gateway = await startWebhookInbox();
    stack = await startBrowserStack({ CLOCK_START: '2026-03-02T09:00:00+08:00' });
    page = stack.page;
    page.setDefaultTimeout(20_000);
    await signIn(stack, 'admin');
  });
  afterAll(async () => {
    await stack?.stop();
    await gateway?.close();
  });

  /** A route's answer as `username`; anything but 2xx fails the test with the server's reason. */
  async function api<T>(username: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: object): Promise<T> {
    const answer = await (await httpLogin(stack.baseUrl, username)).call(method, `/api${path}`, body);
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as T;
  }

  it('sets the county center’s SMS gateway and DingTalk robot; the API answers them without the secrets', async () => {
    const steps = adminSteps(page, stack.baseUrl);
    await steps.open('channels');
    await steps.pick(page, '中心', '示范县政务服务中心');
    const sms = page.locator('#channel-sms');
    await sms.getByLabel('启用短信通知').click();
    await sms.getByLabel('短信网关地址').fill(`${gateway.url}/county-sms`);
    await sms.getByLabel('短信网关令牌').fill('county-sms-secret');
    await sms.getByRole('button', { name: '保存' }).click();
    await steps.confirmed('短信通知渠道已保存');
    const dingtalk = page.locator('#channel-dingtalk');
    await dingtalk.getByLabel('启用钉钉机器人通知').click();
    await dingtalk.getByLabel('钉钉机器人 Webhook 地址').fill(`${gateway.url}/ding?access_token=county-ding-secret`);
    await dingtalk.getByRole('button', { name: '保存' }).click();
    await steps.confirmed('钉钉机器人通知渠道已保存');

    const saved = await api('admin', 'GET', '/centers/demo-county/channels');
    expect(saved).toEqual({
      email: null,
      sms: { urlHost: gateway.host, tokenSet: true },
      dingtalk: { webhookHost: gateway.host },
      wecom: null,
    });
    expect(JSON.stringify(saved)).not.toContain('secret');
    // The stored secrets are not shown again: only that they are set, and blank keeps them.
    await sms.getByText(`已设置（${gateway.host}）；留空则保持不变。`).waitFor();
    await sms.getByText('已设置；留空则保持不变。').waitFor();
    await dingtalk.getByText(`已设置（${gateway.host}）；留空则保持不变。`).waitFor();
    // The city's own channels are untouched.
    await expect(api('admin', 'GET', '/centers/demo-city/channels')).resolves.toMatchObject({
      sms: null,
      dingtalk: null,
    });
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yViolations(page, { label: 'admin notification channels' });
  });

  it('shows an SMS that used up its attempts on 投递失败 and sends it again', async () => {
    await api('admin', 'PUT', '/centers/demo-city/channels', {
      email: null,
      sms: { url: `${gateway.url}/city-sms` },
      dingtalk: null,
      wecom: null,
    });
    await api('alice', 'PUT', '/notifications/preferences', { channels: ['sms'], phone: '13800138000' });
    gateway.state.status = 500;
    const submitted = await api<{ id: string; receiptNo: string }>('alice', 'POST', '/applications', {
      itemCode: 'one-time-notice',
      channel: 'online',
      materials: ['F01', 'F02', 'F03'].map((code) => ({ code })),
      data: {},
    });
    await api('window1', 'POST', `/applications/${submitted.id}/notify-missing`, { missing: ['F04'] });
    // Each move of the manual clock past the next retry (1, 2, 4, 8, 16 minutes) is one more failed attempt;
    // the sixth is final.
    const deadLetters = () => api<DeadLetterPage>('admin', 'GET', '/notifications/dead-letters');
    for (let move = 0; move < 8 && (await deadLetters()).total === 0; move++)
      await api('admin', 'POST', '/clock', { advance: 'PT20M' });
    const dead = await deadLetters();
    expect(dead.items).toEqual([
      expect.objectContaining({ channel: 'sms', recipient: 'alice', kind: 'missing-materials', attempts: 6 }),
    ]);

    const steps = adminSteps(page, stack.baseUrl);
    await steps.open('dead-letters');
    const row = page.getByRole('row').filter({ hasText: 'alice' });
    await row.getByRole('cell', { name: '一次性告知', exact: true }).waitFor();
    await row.getByRole('cell', { name: '短信', exact: true }).waitFor();
    await row.getByRole('cell', { name: '6', exact: true }).waitFor();
    await row.getByText('500', { exact: false }).waitFor();
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yViolations(page, { label: 'admin dead letters' });

    gateway.state.status = 200;
    await row.getByRole('button', { name: '重新投递 alice 的一次性告知' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '重新投递' }).click();
    await steps.confirmed('已重新投递：一次性告知（alice）');
    await page.getByText('没有投递失败的通知。').waitFor();
    await expect(deadLetters()).resolves.toMatchObject({ total: 0 });
    // Due at once: the next move of the clock sends it through the working gateway.
    const before = gateway.received.length;
    await api('admin', 'POST', '/clock', { advance: 'PT1M' });
    const sent = gateway.received.slice(before);
    expect(sent).toEqual([
      expect.objectContaining({
        path: '/city-sms',
        body: expect.objectContaining({ phone: '13800138000', text: expect.stringContaining(submitted.receiptNo) }),
      }),
    ]);

    // The county's list is its own: nothing failed there.
    await steps.pick(page, '中心', '示范县政务服务中心');
    await page.getByText('没有投递失败的通知。').waitFor();
  });
});
