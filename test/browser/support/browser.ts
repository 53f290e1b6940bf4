import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium; playwright-core downloads no browser of its own. */
export const CHROMIUM = process.env.RINGI_CHROMIUM ?? '/usr/bin/chromium';

/** Screenshots of the main screens, for people to look at (gitignored). */
export const SCREENSHOT_DIR = 'test/browser/screenshots';

/**
 * Headless Chromium without network side traffic. playwright gives every launch a fresh
 * temporary profile (its own --user-data-dir), so no state leaks between runs.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 120_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page as it is now and returns the serious and critical violations.
 * axe is evaluated through the DevTools protocol, which the page's CSP (script-src 'self') allows.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Checks a screen with axe and keeps a screenshot of it; fails naming the rules broken. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  const violations = await seriousA11yViolations(page);
  if (violations.length > 0) {
    throw new Error(`axe found serious problems on ${name}:\n${JSON.stringify(violations, null, 2)}`);
  }
}

/**
 * Waits until an input shows the expected value. A click that selects something re-renders
 * its form asynchronously, so reading the value once right after the click races the render.
 */
export async function waitForInputValue(input: Locator, expected: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let actual = await input.inputValue();
  while (actual !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await input.inputValue();
  }
  if (actual !== expected) throw new Error(`expected the input to show "${expected}", it shows "${actual}"`);
}
