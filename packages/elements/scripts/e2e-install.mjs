#!/usr/bin/env node
// End-to-end installation test: the elements work when installed from their tarball, both
//   1. in a fresh Vite project (`vite build`, the dist served statically), and
//   2. in a plain HTML page with an import map onto the installed node_modules (no bundler),
// each opened in Chromium (/usr/bin/chromium, or CHROMIUM_PATH) with Playwright. Every element
// of dist/define must register and render its shadow DOM; <ck-level-badge> and
// <ck-learning-path> get data and must show their German text, which also proves that the
// lazily loaded locale chunk arrives. Registry packages (vite, lit...) come from npm's cache
// when they are there. Run by `npm run check:pack` after scripts/check-pack.mjs.
/* global window */
import { execFile } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright';
import { pageHtml, pageScript } from './e2e-page.mjs';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const run = promisify(execFile);
const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(pkgDir, '../..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const started = performance.now();
const step = (msg) =>
  console.log(`[e2e-install ${((performance.now() - started) / 1000).toFixed(1)} s] ${msg}`);
const failures = [];

/** Workspace packages by name, and the ones `@competence-kit/elements` needs at run time. */
function workspaceClosure() {
  const all = new Map();
  for (const dir of [
    'schemas',
    ...readdirSync(join(repo, 'packages')).map((d) => `packages/${d}`),
  ]) {
    const file = join(repo, dir, 'package.json');
    if (existsSync(file)) all.set(readJson(file).name, join(repo, dir));
  }
  const closure = new Set();
  const visit = (name) => {
    if (closure.has(name) || !all.has(name)) return;
    closure.add(name);
    const manifest = readJson(join(all.get(name), 'package.json'));
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }))
      visit(dep);
  };
  visit('@competence-kit/elements');
  return [...closure].map((name) => ({ name, dir: all.get(name) }));
}

/** The registered elements: `dist/define/<name>.js` and the tag it defines, from the manifest. */
function definedElements() {
  const manifest = readJson(join(pkgDir, 'custom-elements.json'));
  return readdirSync(join(pkgDir, 'dist', 'define'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const name = f.slice(0, -3);
      const module = manifest.modules.find((m) => m.path === `dist/define/${f}`);
      const tag = module?.exports?.find((e) => e.kind === 'custom-element-definition')?.name;
      if (!tag)
        throw new Error(`custom-elements.json does not say which tag dist/define/${f} defines`);
      return { name, tag };
    });
}

async function npmInstall(dir, args = []) {
  await run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...args],
    {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

// --- the import map: every package of the run-time closure, from its `exports` ---

const conditions = new Set(['browser', 'import', 'module', 'default']);

/** An `exports` target for a browser: the first condition in object order that a browser has. */
function target(value) {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(target).find(Boolean);
  if (value && typeof value === 'object') {
    for (const [condition, nested] of Object.entries(value)) {
      if (conditions.has(condition)) {
        const found = target(nested);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Files under `dir` (relative, with `/`), for expanding `exports` patterns. */
function filesUnder(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory()
      ? filesUnder(path, `${prefix}${entry}/`)
      : [`${prefix}${entry}`];
  });
}

function importMap(appDir, roots) {
  const imports = {};
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const dir = join(appDir, 'node_modules', name);
    if (!existsSync(join(dir, 'package.json')))
      throw new Error(`${name} is not installed in ${appDir}`);
    const manifest = readJson(join(dir, 'package.json'));
    const url = `/node_modules/${name}/`;
    const exportsField =
      typeof manifest.exports === 'string' || Array.isArray(manifest.exports)
        ? { '.': manifest.exports }
        : manifest.exports;
    if (exportsField) {
      for (const [key, value] of Object.entries(exportsField)) {
        const file = target(value);
        if (!file || !key.startsWith('.')) continue;
        const specifier = key === '.' ? name : `${name}/${key.slice(2)}`;
        if (!key.includes('*')) {
          imports[specifier] = url + file.replace(/^\.\//, '');
          continue;
        }
        // A pattern such as "./define/*" → "./dist/define/*.js": one entry per matching file.
        const [before, after] = file.replace(/^\.\//, '').split('*');
        for (const found of filesUnder(join(dir, dirname(`${before}x`)))) {
          const path = `${dirname(`${before}x`)}/${found}`.replace(/^\.\//, '');
          if (!path.startsWith(before) || !path.endsWith(after)) continue;
          const middle = path.slice(before.length, path.length - after.length);
          imports[specifier.replace('*', middle)] = url + path;
        }
      }
    } else {
      imports[name] = url + (manifest.module ?? manifest.main ?? 'index.js').replace(/^\.\//, '');
      // Without `exports` every file may be imported by its path (`semver/functions/gt.js`).
      imports[`${name}/`] = url;
    }
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      if (existsSync(join(dir, 'node_modules', dep)))
        throw new Error(
          `${dep} is installed twice (under ${name}); the import map has one of each`,
        );
      if (existsSync(join(appDir, 'node_modules', dep))) visit(dep);
    }
  };
  roots.forEach(visit);
  return { imports };
}

/**
 * The CommonJS-only packages (a browser cannot import them) that failed in the page, each with
 * the workspace files that import it, so the message says what to change.
 */
function commonJsCulprits(appDir, problems) {
  const failed = new Set(
    [...problems.join('\n').matchAll(/module '([^']+)'/g)].map(([, specifier]) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    ),
  );
  const ours = join(appDir, 'node_modules', '@competence-kit');
  return [...failed]
    .filter((name) => {
      const file = join(appDir, 'node_modules', name, 'package.json');
      if (!existsSync(file)) return false;
      const manifest = readJson(file);
      return (
        manifest.type !== 'module' && !JSON.stringify(manifest.exports ?? '').includes('"import"')
      );
    })
    .map((name) => {
      const importers = readdirSync(ours).flatMap((pkg) =>
        filesUnder(join(ours, pkg, 'dist'))
          .filter((f) => f.endsWith('.js'))
          .filter((f) => readFileSync(join(ours, pkg, 'dist', f), 'utf8').includes(`from '${name}`))
          .map((f) => `@competence-kit/${pkg}/dist/${f}`),
      );
      return `${name} is CommonJS only, so a browser cannot import it without a bundler; imported by ${importers.join(', ') || 'an unknown module'}`;
    });
}

// --- serving and checking ---

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

async function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Opens the page and checks every element; returns failure messages. */
async function check(browser, label, root, elements) {
  const { server, origin } = await serve(root);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => window.ckE2e !== undefined, undefined, { timeout: 20_000 });
    const report = await page.evaluate(() => window.ckE2e);
    if (report.error) problems.push(`the page script failed: ${report.error}`);
    for (const { tag } of elements) {
      const found = report.elements.find((e) => e.tag === tag);
      if (found?.error) problems.push(`<${tag}>: its registration module failed: ${found.error}`);
      else if (!found?.defined) problems.push(`<${tag}> was not registered`);
      else if (!found.upgraded) problems.push(`<${tag}> in the page was not upgraded`);
      else if (!found.rendered) problems.push(`<${tag}> rendered no shadow content`);
    }
    if (report.tokens !== '#1f2328')
      problems.push(`tokens.css did not apply (--ck-color-text is "${report.tokens}")`);
    const expected = {
      'ck-level-badge': 'Stufe Praxis 2 von 4',
      'ck-learning-path': 'Insgesamt: 15 Stunden',
    };
    for (const [tag, text] of Object.entries(expected)) {
      const found = report.elements.find((e) => e.tag === tag);
      if (found && !found.text.startsWith(text))
        problems.push(
          `<${tag}> shows "${found.text.slice(0, 80)}", expected it to start with "${text}"`,
        );
    }
    if (problems.length === 0)
      step(
        `${label}: ${report.elements.map((e) => `<${e.tag}>`).join(', ')} registered and rendered`,
      );
  } catch (error) {
    problems.push(`${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
    server.close();
  }
  return problems.map((p) => `${label}: ${p}`);
}

const work = mkdtempSync(join(tmpdir(), 'ck-e2e-'));
let browser;
try {
  const packages = workspaceClosure();
  step(`packing ${packages.map((p) => p.name).join(', ')}`);
  const tarballs = [];
  for (const { dir } of packages) {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: dir,
    });
    tarballs.push(join(work, JSON.parse(stdout)[0].filename));
  }
  const elements = definedElements();
  const dependencies = Object.fromEntries(
    packages.map(({ name }, i) => [name, `file:${tarballs[i]}`]),
  );
  const html = pageHtml(elements);

  // 1. A fresh Vite project, with the Vite of this repository.
  const viteVersion = readJson(join(repo, 'node_modules', 'vite', 'package.json')).version;
  const viteApp = join(work, 'vite-app');
  mkdirSync(viteApp);
  writeFileSync(
    join(viteApp, 'package.json'),
    JSON.stringify(
      {
        name: 'vite-app',
        private: true,
        type: 'module',
        dependencies,
        devDependencies: { vite: viteVersion },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(viteApp, 'index.html'),
    html('<script type="module" src="/main.js"></script>'),
  );
  writeFileSync(join(viteApp, 'main.js'), pageScript(elements, { importCss: true }));
  // 2. A plain page: the tarballs installed, served as they are, resolved by an import map.
  const plainApp = join(work, 'import-map-app');
  mkdirSync(plainApp);
  writeFileSync(
    join(plainApp, 'package.json'),
    JSON.stringify(
      { name: 'import-map-app', private: true, type: 'module', dependencies },
      null,
      2,
    ),
  );
  step(`installing the tarballs with vite@${viteVersion}, and without a bundler`);
  await Promise.all([npmInstall(viteApp), npmInstall(plainApp)]);

  step('vite build');
  await run(join(viteApp, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: viteApp,
  });

  const map = importMap(plainApp, ['@competence-kit/elements']);
  writeFileSync(
    join(plainApp, 'index.html'),
    html(
      `<script type="importmap">\n${JSON.stringify(map, null, 2)}\n</script>\n` +
        '<link rel="stylesheet" href="/node_modules/@competence-kit/elements/dist/tokens.css" />\n' +
        '<script type="module" src="/main.js"></script>',
    ),
  );
  writeFileSync(join(plainApp, 'main.js'), pageScript(elements));

  browser = await chromium.launch(chromiumLaunchOptions());
  failures.push(...(await check(browser, 'Vite build', join(viteApp, 'dist'), elements)));
  const plain = await check(browser, 'import map', plainApp, elements);
  plain.push(...commonJsCulprits(plainApp, plain).map((c) => `import map: ${c}`));
  failures.push(...plain);
} catch (error) {
  failures.push(`${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
} finally {
  await browser?.close();
  if (failures.length > 0 && process.env.CK_E2E_KEEP) console.log(`[e2e-install] kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\n[e2e-install] FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
step('ok');
