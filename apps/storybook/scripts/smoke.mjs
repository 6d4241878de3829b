#!/usr/bin/env node
/* global document, getComputedStyle, window */
// Smoke test of the built Storybook (storybook-static): serves it, opens each component's first
// story in Chromium with the toolbar's locale and theme set to Arabic and dark, and checks that
// the element rendered its shadow content inside a right-to-left, dark-themed page with no
// error. Run after `npm run build-storybook` (turbo does: the `test` task depends on it).
//
// Built to hold on a loaded machine (two cores shared with other test tasks), so it waits on
// signals, not on guessed durations:
// - one page loads the preview once; each further story is selected the way the Storybook UI
//   does it (`setCurrentStory` on the preview's channel), so the bundle is parsed once, not once
//   per story;
// - a story is ready when the preview says it finished rendering (`storyFinished` for its id,
//   or an error event, which fails at once with Storybook's message) and every `<ck-*>` element
//   in it has settled (Lit's `updateComplete`, which waits for the locale's messages);
// - stories run one after another, each bounded by STORY_LIMIT_MS and all by DEADLINE_MS, both
//   generous: they catch a hang, not a slow machine. The time each story took is printed.
// `--cpu-throttle=N` slows the page's CPU N times (Chromium's DevTools throttling), to try it
// as a loaded machine would run it: `node scripts/smoke.mjs --cpu-throttle=6`.
// Accessibility is checked elsewhere (packages/elements' stories.browser.test.ts runs axe on
// every story), so the a11y addon's automatic run is switched off here (`a11y.manual`).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { chromium } from 'playwright';
import {
  PLAY_FUNCTION_THREW_EXCEPTION,
  SET_CURRENT_STORY,
  STORY_ERRORED,
  STORY_FINISHED,
  STORY_MISSING,
  STORY_THREW_EXCEPTION,
  UNHANDLED_ERRORS_WHILE_PLAYING,
} from 'storybook/internal/core-events';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

/** The whole run's bound: far above the ~40 s it takes on two cores at a load of 20+. */
const DEADLINE_MS = 10 * 60_000;
/** One story's bound (loading its chunk, rendering, the elements settling). */
const STORY_LIMIT_MS = 3 * 60_000;
/** The globals the toolbar would set: Arabic, dark, and no automatic axe run. */
const GLOBALS = 'locale:ar;theme:dark;a11y.manual:!true';
const ERROR_EVENTS = [
  STORY_ERRORED,
  STORY_THREW_EXCEPTION,
  STORY_MISSING,
  PLAY_FUNCTION_THREW_EXCEPTION,
  UNHANDLED_ERRORS_WHILE_PLAYING,
];

const throttleArg = process.argv.slice(2).find((a) => a.startsWith('--cpu-throttle='));
const throttle = throttleArg ? Number(throttleArg.slice('--cpu-throttle='.length)) : 1;
if (!(throttle >= 1)) {
  console.error(`storybook smoke: --cpu-throttle expects a number ≥ 1, got "${throttleArg}"`);
  process.exit(2);
}

const started = Date.now();
const root = new URL('../storybook-static/', import.meta.url).pathname;
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(root, 'index.json'))) {
  console.error(
    'storybook smoke: storybook-static/index.json is missing; run npm run build-storybook',
  );
  process.exit(1);
}
const { entries } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const firstStories = new Map();
for (const entry of Object.values(entries)) {
  if (entry.type === 'story' && !firstStories.has(entry.importPath)) {
    firstStories.set(entry.importPath, entry.id);
  }
}
if (firstStories.size === 0) {
  console.error('storybook smoke: FAILED\n- no stories in storybook-static/index.json');
  process.exit(1);
}

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

/** Milliseconds left for the next step: the story's bound, cut by the whole run's. */
function budget(storyStarted) {
  return Math.max(0, Math.min(storyStarted + STORY_LIMIT_MS, started + DEADLINE_MS) - Date.now());
}

/** `promise`, or a TimeoutError after `ms` (page.evaluate has no bound of its own). */
function within(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`no answer within ${ms} ms`);
      error.name = 'TimeoutError';
      reject(error);
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs in the page before any of its scripts: records the preview channel's outcome events as
 * soon as Storybook installs the channel (it assigns `globalThis.__STORYBOOK_ADDONS_CHANNEL__`),
 * so the first story's events cannot be missed.
 */
function recordChannelEvents({ finished, errors }) {
  const log = [];
  const wired = new WeakSet();
  let channel;
  window.__ckSmoke = { log };
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      if (!value || wired.has(value)) return;
      wired.add(value);
      value.on(finished, (payload) => log.push({ event: finished, payload }));
      for (const event of errors) value.on(event, (payload) => log.push({ event, payload }));
    },
  });
}

/** Waits for the story's outcome from index `from` of the page's event log. */
async function outcome(page, id, from, storyStarted) {
  const handle = await page.waitForFunction(
    ({ id, from, finished }) => {
      const log = window.__ckSmoke?.log ?? [];
      for (const { event, payload } of log.slice(from)) {
        if (event !== finished) return { event, payload };
        if (payload?.storyId === id) return { event, payload };
      }
      return false;
    },
    { id, from, finished: STORY_FINISHED },
    { timeout: budget(storyStarted), polling: 100 },
  );
  return handle.jsonValue();
}

/** Waits until every <ck-*> element in the story has settled and one has shadow content. */
async function settledElement(page, storyStarted) {
  const handle = await page.waitForFunction(
    async () => {
      const elements = [...document.querySelectorAll('#storybook-root *')].filter((e) =>
        e.localName.startsWith('ck-'),
      );
      await Promise.all(elements.map((e) => e.updateComplete));
      const element = elements.find((e) => (e.shadowRoot?.childElementCount ?? 0) > 0);
      if (!element) return false;
      const html = document.documentElement;
      return {
        // A `lang` the story set itself wins over the toolbar's.
        storyLang: element.closest('#storybook-root [lang]:not([lang="ar"])')?.lang,
        tag: element.localName,
        lang: html.lang,
        dir: getComputedStyle(element).direction,
        theme: html.dataset.ckTheme,
        surface: getComputedStyle(element).getPropertyValue('--ck-color-surface').trim(),
      };
    },
    undefined,
    { timeout: budget(storyStarted), polling: 100 },
  );
  return handle.jsonValue();
}

function describe(event, payload) {
  const text =
    (typeof payload === 'string' ? payload : undefined) ??
    payload?.message ??
    payload?.description ??
    (Array.isArray(payload) ? payload.map((e) => e?.message ?? String(e)).join('; ') : undefined);
  return text ? `${event}: ${text}` : event;
}

const browser = await chromium.launch(chromiumLaunchOptions(['--disable-dev-shm-usage']));
const failures = [];
try {
  const page = await browser.newPage();
  if (throttle > 1) {
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    console.log(`storybook smoke: the page's CPU is throttled ${throttle} ×`);
  }
  await page.addInitScript(recordChannelEvents, {
    finished: STORY_FINISHED,
    errors: ERROR_EVENTS,
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let first = true;
  for (const [file, id] of firstStories) {
    const storyStarted = Date.now();
    errors.length = 0;
    let step = 'loading the story';
    try {
      let from = 0;
      if (first) {
        // The globals come from the URL, as in a shared Storybook link.
        step = 'loading the preview';
        await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=${GLOBALS}`, {
          waitUntil: 'domcontentloaded',
          timeout: budget(storyStarted),
        });
        first = false;
      } else {
        step = 'selecting the story';
        from = await within(
          page.evaluate(
            ({ id, event }) => {
              const from = window.__ckSmoke.log.length;
              window.__STORYBOOK_ADDONS_CHANNEL__.emit(event, { storyId: id, viewMode: 'story' });
              return from;
            },
            { id, event: SET_CURRENT_STORY },
          ),
          budget(storyStarted),
        );
      }
      step = 'waiting for Storybook to finish rendering the story';
      const { event, payload } = await outcome(page, id, from, storyStarted);
      if (event !== STORY_FINISHED) {
        failures.push(`${id} (${file}): ${describe(event, payload)}`);
        continue;
      }
      if (payload.status !== 'success') {
        failures.push(`${id} (${file}): Storybook finished it with status ${payload.status}`);
      }
      step = 'waiting for a <ck-*> element to render its shadow content';
      const { tag, lang, dir, theme, surface, storyLang } = await settledElement(
        page,
        storyStarted,
      );
      if (storyLang)
        failures.push(
          `${id}: the story sets lang="${storyLang}" itself, so the toolbar's locale does not apply; leave the \`lang\` arg unset in the default story (\`lang=\${args.lang ?? nothing}\`)`,
        );
      else if (lang !== 'ar' || dir !== 'rtl' || theme !== 'dark' || surface !== '#16181d')
        failures.push(
          `${id}: toolbar globals not applied (lang ${lang}, dir ${dir}, theme ${theme}, --ck-color-surface ${surface}); does the story set its own theme? Leave such args unset by default, so the toolbar decides`,
        );
      else
        console.log(
          `storybook smoke: ${id} renders <${tag}> (ar, rtl, dark) in ${seconds(Date.now() - storyStarted)}`,
        );
    } catch (error) {
      const timedOut = error?.name === 'TimeoutError';
      failures.push(
        timedOut
          ? `${id} (${file}): still ${step} after ${seconds(Date.now() - storyStarted)} (bounds: ${seconds(STORY_LIMIT_MS)} a story, ${seconds(DEADLINE_MS)} in all)`
          : `${id} (${file}): ${step} failed: ${error?.message ?? error}`,
      );
      if (budget(storyStarted) === 0 && Date.now() - started >= DEADLINE_MS) break;
    } finally {
      for (const error of errors) failures.push(`${id}: ${error}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`storybook smoke: FAILED\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `storybook smoke: ok (${firstStories.size} component(s) in ${seconds(Date.now() - started)})`,
);
