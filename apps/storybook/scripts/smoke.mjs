#!/usr/bin/env node
/* global document, getComputedStyle */
// Smoke test of the built Storybook (storybook-static): serves it, opens every component's
// first story in Chromium with the toolbar's locale and theme set to Arabic and dark, and checks
// that the element rendered its shadow content inside a right-to-left, dark-themed page with no
// error. Run after `npm run build-storybook` (turbo does: the `test` task depends on it).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';

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

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const failures = [];
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const [file, id] of firstStories) {
    errors.length = 0;
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=locale:ar;theme:dark`);
    try {
      const state = await page.waitForFunction(
        () => {
          const element = [...document.querySelectorAll('#storybook-root *')].find(
            (e) => e.localName.startsWith('ck-') && (e.shadowRoot?.childElementCount ?? 0) > 0,
          );
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
        { timeout: 15000 },
      );
      const { tag, lang, dir, theme, surface, storyLang } = await state.jsonValue();
      if (storyLang)
        failures.push(
          `${id}: the story sets lang="${storyLang}" itself, so the toolbar's locale does not apply; leave the \`lang\` arg unset in the default story (\`lang=\${args.lang ?? nothing}\`)`,
        );
      else if (lang !== 'ar' || dir !== 'rtl' || theme !== 'dark' || surface !== '#16181d')
        failures.push(
          `${id}: toolbar globals not applied (lang ${lang}, dir ${dir}, theme ${theme}, --ck-color-surface ${surface}); does the story set its own theme? Leave such args unset by default, so the toolbar decides`,
        );
      else console.log(`storybook smoke: ${id} renders <${tag}> (ar, rtl, dark)`);
    } catch {
      failures.push(`${id} (${file}): no element rendered its shadow content within 15 s`);
    }
    for (const error of errors) failures.push(`${id}: ${error}`);
  }
} finally {
  await browser.close();
  server.close();
}

if (firstStories.size === 0) failures.push('no stories in storybook-static/index.json');
if (failures.length > 0) {
  console.error(`storybook smoke: FAILED\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`storybook smoke: ok (${firstStories.size} component(s))`);
