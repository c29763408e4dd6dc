import fs from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core as installed (4.14.1): injected into the page under test, never fetched from a CDN. */
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What to check: the whole page by default, or part of it (CSS selectors), minus some rules with a reason. */
export interface A11yCheck {
  /** Named in the failure message, e.g. 'portal catalog on a phone'. */
  label?: string;
  /** CSS selectors to check instead of the whole document. */
  include?: string[];
  /** CSS selectors to leave out (e.g. a third-party canvas checked elsewhere). */
  exclude?: string[];
  /** axe rule ids to switch off. Say why next to the call: every entry is a known, accepted gap. */
  disableRules?: string[];
}

export interface A11yViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  targets: string[];
  /** axe's explanation for the first offending element (e.g. the contrast ratio it measured). */
  summary: string;
}

/** Runs axe-core in the page as it stands and answers its serious and critical violations. */
export async function seriousA11yViolations(page: Page, check: A11yCheck = {}): Promise<A11yViolation[]> {
  // Runtime.evaluate is not bound by a Content-Security-Policy, unlike an injected <script> tag.
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  // A fade still running reads as a pale colour (a grey hint at half opacity is 2:1): check the settled page.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  return page.evaluate(async ({ include, exclude, disableRules }) => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const context =
      include?.length || exclude?.length
        ? { ...(include?.length ? { include } : {}), ...(exclude?.length ? { exclude } : {}) }
        : document;
    const rules = Object.fromEntries((disableRules ?? []).map((id) => [id, { enabled: false }]));
    const results = await axe.run(context, { rules, resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact as 'serious' | 'critical',
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
        summary: v.nodes[0]?.failureSummary ?? '',
      }));
  }, check);
}

/** Fails (listing rule id, impact, help and the offending elements) when axe finds a serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, check: A11yCheck = {}): Promise<void> {
  const violations = await seriousA11yViolations(page, check);
  if (violations.length === 0) return;
  const where = check.label ? `${check.label} (${page.url()})` : page.url();
  throw new Error(
    `axe found ${violations.length} serious/critical violation(s) on ${where}:\n${formatViolations(violations)}`,
  );
}

export function formatViolations(violations: A11yViolation[]): string {
  return violations
    .map((v) => {
      const shown = v.targets.slice(0, 5).map((t) => `      ${t}`);
      if (v.targets.length > 5) shown.push(`      … and ${v.targets.length - 5} more`);
      const summary = v.summary ? `\n      ${v.summary.replace(/\n\s*/g, ' ')}` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${shown.join('\n')}${summary}`;
    })
    .join('\n');
}

/** The slice of axe's browser API used above (its own typings declare a module, not a window global). */
interface AxeApi {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }[];
  }>;
}
