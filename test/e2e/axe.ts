import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = join(resolve(__dirname, '../..'), 'node_modules/axe-core/axe.min.js');

/**
 * Waits for the page at rest: no workbook being read (the tab panel is aria-busy meanwhile), checked
 * again two frames later so that a read about to start is not missed, then every finite
 * animation or transition done — a button leaving its disabled colours would be measured
 * half-way otherwise.
 */
export async function pageAtRest(page: Page): Promise<void> {
  const idle = () => page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  await idle();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await idle();
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** axe-core's serious and critical WCAG 2.2 AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A button fading between its disabled and enabled colours, or a message sliding in, would be
  // measured half-way; endless ones (a spinner) never finish and are left alone.
  await pageAtRest(page);
  // Evaluated by the test's own channel, not added as a <script>: the pages' Content-Security-Policy
  // runs no inline script it does not know, and axe is no part of the page.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              nodes: { target: string[]; html: string; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    // Tabster's focus sentinels (Fluent's keyboard navigation) are hidden <i> elements that hand
    // focus on at once; axe reads them as focusable hidden content. Everything else is checked.
    return axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html} (${n.failureSummary ?? ''})`).join(', ')}`,
    );
}
