import { expectNoSeriousA11yViolations } from '../utils/a11y';
import { type BrowserStack, startBrowserStack } from '../utils/browser';

const GUIDE = '/portal/items/construction-permit';
const INTERNAL = /并联分发|汇总意见|是否超过 5000 平方米|通知申请人领证|请设置|planning|environment/;

describe('the public flow diagram in Chromium', () => {
  let stack: BrowserStack;
  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(() => stack?.stop());

  it('shows an applicant the steps only, departments by name, at a readable size on a desktop', async () => {
    const { page } = stack;
    await page.goto(`${stack.baseUrl}${GUIDE}`);
    const diagram = page.locator('.ui-flow').first();
    await diagram.locator('.react-flow__node').nth(8).waitFor();
    expect(await diagram.locator('.react-flow__node').count()).toBe(9);
    await diagram.getByText('自然资源和规划局').first().waitFor();
    expect(await diagram.locator('.ui-flow__canvas').innerText()).not.toMatch(INTERNAL);

    // Every piece of text on the canvas, times the canvas's zoom, is at least 12 px.
    const smallest = await diagram.locator('.ui-flow__canvas').evaluate((canvas) => {
      const viewport = canvas.querySelector<HTMLElement>('.react-flow__viewport');
      const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
      let min = Infinity;
      const walker = document.createTreeWalker(canvas, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent?.trim() || !text.parentElement) continue;
        const inViewport = viewport?.contains(text) || text.parentElement.closest('.react-flow__edgelabel-renderer');
        const size = parseFloat(getComputedStyle(text.parentElement).fontSize) * (inViewport ? zoom : 1);
        min = Math.min(min, size);
      }
      return min;
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
    await expectNoSeriousA11yViolations(page, { label: 'public flow diagram, desktop', include: ['.ui-flow'] });
    await stack.screenshot('public-flow-desktop');
  });

  it('is a vertical list of steps on a phone, without the canvas', async () => {
    const { page } = stack;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.baseUrl}${GUIDE}`);
    const steps = page.locator('.ui-flow--phone .ui-flow__steps');
    await steps.getByText('窗口受理').waitFor();
    await steps.getByText('规划委员会会签').waitFor();
    expect(await page.locator('.ui-flow .react-flow').count()).toBe(0);
    const text = await steps.innerText();
    expect(text).not.toMatch(INTERNAL);
    expect(text).not.toMatch(/不予许可/);
    expect(text).toMatch(/办结（准予许可）/);
    await expectNoSeriousA11yViolations(page, { label: 'public flow diagram, phone', include: ['.ui-flow'] });
    await stack.screenshot('public-flow-phone');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
