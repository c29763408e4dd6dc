import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { type BrowserStack, signIn, startBrowserStack } from '../utils/browser';

// Issue 16, tenancy: a county uses the flows of the centers above it (and the shipped ones) but never changes them.
describe('the designer for a county administrator', () => {
  let stack: BrowserStack;
  beforeAll(async () => {
    stack = await startBrowserStack();
    await signIn(stack, 'county-admin');
  });
  afterAll(() => stack?.stop());

  it('marks a shipped flow read-only and offers no save or publish on it', async () => {
    const { page } = stack;
    await page.goto(`${stack.baseUrl}/designer`);
    const row = page.getByRole('row', { name: /联合审批（并联审查）/ });
    await row.getByText('上级或系统流程（只读）').waitFor();
    await expectNoSeriousA11yViolations(page, { label: 'county flow list' });

    await row.getByRole('link', { name: '打开' }).click();
    await page.getByText(/本中心只能使用（绑定事项、办理申请），不能保存、发布或恢复/).waitFor();
    const toolbar = page.getByRole('toolbar');
    expect(await toolbar.getByRole('button', { name: '保存草稿' }).isDisabled()).toBe(true);
    expect(await toolbar.getByRole('button', { name: '发布' }).isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(page, { label: 'county read-only editor' });
  });
});
