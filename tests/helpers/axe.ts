import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page as it stands and returns its serious and critical violations, each in one line
 * naming the screen, the rule and where. Injected through the debugging protocol, so the page's own
 * Content-Security-Policy does not stop it.
 */
export async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  await page.evaluate(`typeof window.axe === 'undefined' ? (0, eval)(${JSON.stringify(AXE_SOURCE)}) : undefined`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: object,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Fluent's focus sentinels (tabster's `data-tabster-dummy`) are focusable and aria-hidden on purpose: they
    // pass focus on at once and must not be announced. A known false positive (microsoft/tabster#288), left out
    // as Accessibility Insights leaves it out; every other element is checked.
    const result = await axe.run(
      { include: [document], exclude: [['[data-tabster-dummy]']] },
      {
        resultTypes: ['violations'],
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
      },
    );
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.slice(0, 3).join(', ')}`);
}
