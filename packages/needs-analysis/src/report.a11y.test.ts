/// <reference lib="dom" />
// DOM types for the code that runs inside the page (page.evaluate). The package itself stays
// DOM-free: its build (tsconfig.build.json) excludes tests and has no DOM library.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { buildNeedsReport } from './report.js';
import { renderNeedsReportHtml } from './render-html.js';
import { framework, instrument, reviewStudy, smallProgramme } from './test-support/study.js';
import {
  chromiumExecutablePath as executablePath,
  chromiumLaunchOptions,
} from '../../../scripts/chromium.mjs';

// The HTML report is checked with axe-core in a real Chromium, against WCAG 2.1 A and AA.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

// The timeouts are generous on purpose: `npm test` runs this while turbo runs a dozen other tasks
// (builds, Storybook, other browser tests) on two cores, and Chromium's start and an axe run can
// then take tens of seconds. A hang still fails, it only fails later.
describe('the HTML needs report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(executablePath)) {
      throw new Error(
        `Chromium not found at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
      );
    }
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ['de', 'it', 'es', 'en', 'ar']) {
    it(`has no axe-core violations (WCAG 2.1 AA) in ${locale}`, async () => {
      const page = await browser.newPage();
      // With the internal review, quotes (one in Arabic beside its translation), the strategy,
      // the programme links and the limitations.
      const s = reviewStudy();
      s.findings[0]!.statement = {
        en: '<img src=x onerror="window.hacked=1"> </script>',
        de: 'Bescheide sind schwer verständlich.',
      };
      s.quotes![1]!.text.en = '<img src=x onerror="window.hacked=2"> </blockquote>';
      await page.setContent(
        renderNeedsReportHtml(
          buildNeedsReport(s, framework(), locale, {
            instruments: [instrument()],
            ...smallProgramme(),
          }),
        ),
      );
      await page.addScriptTag({ content: axeSource });
      const violations = (await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations;
      })) as AxeViolation[];
      expect(
        violations.map(
          (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      // Hostile content stayed text: no element was created and no script ran.
      expect(
        await page.evaluate(() => (window as unknown as { hacked?: number }).hacked),
      ).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      await page.close();
    }, 90_000);
  }
});
