// Browser benchmark of <ck-questionnaire>. Bundles a page with esbuild (Lit's production build,
// as a site would ship it) and opens it in the system Chromium through Playwright. For the
// generated 120-item instrument (every item type, six sections) and the shipped 103-item staff
// self-assessment, in `sections` mode (the first section) and `all` mode (every item):
//   - cold: the first render in a fresh browser context and page, nothing rendered before;
//   - warm: the median of later first renders on the same page (each a new element, the one
//     before removed);
// each timed from connecting the element until its update completes, and until layout is done.
// Also: an answer until its re-render completes, and a plain Lit template of the same first
// section as a baseline. `measure()` returns the figures; bench/src/questionnaire.bench.mjs
// turns them into rows and checks; bench-questionnaire.mjs prints them (exit 1 on a miss).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const WARM_RUNS = 11;
const ANSWERS = 50;
const staffPath = new URL(
  '../../framework-intercultural/content/instruments/staff-self-assessment.json',
  import.meta.url,
);
export const INSTRUMENTS = ['generated', 'staff'];
export const MODES = ['sections', 'all'];

async function bundle() {
  const out = await build({
    entryPoints: [new URL('./bench-questionnaire.page.js', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

/** A fresh context and page with the bundle loaded and the shipped instrument handed in. */
async function freshPage(browser, script, staff) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => 'ckBench' in globalThis);
  await page.evaluate((instrument) => globalThis.ckBench.add('staff', instrument), staff);
  return { context, page };
}

/**
 * Every figure, in ms: `cold[instrument][mode]` and `warm[instrument][mode]` as
 * `{ update, layout }`, `answer[instrument]` (sections mode, `{ median, mean }`), `baseline`
 * (the generated instrument as a plain template, warm: `{ first, all }`), `sizes`, `chromium`.
 */
export async function measure() {
  const script = await bundle();
  const staff = JSON.parse(readFileSync(staffPath, 'utf8'));
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const result = { cold: {}, warm: {}, answer: {}, sizes: {}, chromium: browser.version() };
    for (const name of INSTRUMENTS) {
      result.cold[name] = {};
      result.warm[name] = {};
      for (const mode of MODES) {
        // Cold: the first render of a fresh page. Warm: the same page afterwards.
        const { context, page } = await freshPage(browser, script, staff);
        result.cold[name][mode] = await page.evaluate(
          ([n, m]) => globalThis.ckBench.cold(n, m),
          [name, mode],
        );
        result.warm[name][mode] = await page.evaluate(
          ([n, m, runs]) => globalThis.ckBench.warm(n, m, runs),
          [name, mode, WARM_RUNS],
        );
        if (mode === 'sections') {
          result.answer[name] = await page.evaluate(
            ([n, count]) => globalThis.ckBench.answers(n, 'sections', count),
            [name, ANSWERS],
          );
          result.sizes[name] = await page.evaluate((n) => globalThis.ckBench.size(n), name);
        }
        if (name === 'generated' && mode === 'sections')
          result.baseline = await page.evaluate(() => ({
            first: globalThis.ckBench.baseline('generated', 11),
            all: globalThis.ckBench.baseline('generated', 11, true),
          }));
        await context.close();
      }
    }
    return result;
  } finally {
    await browser.close();
  }
}
