import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  chromiumExecutablePath as executablePath,
  chromiumLaunchOptions,
} from '../../../../scripts/chromium.mjs';
import { createPortal, type Portal, type PortalOptions } from '../portal.js';

/** A portal as `npm start` runs it, on a fresh PGlite folder, and the system Chromium. */
export interface E2e {
  portal: Portal;
  browser: Browser;
  /** The portal's origin, on 127.0.0.1. */
  origin: string;
  /** Console errors (a CSP violation is one) and page errors of the pages watched. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Starts the portal (`createPortal` on a fresh data folder under a temporary folder named
 * `prefix…`, Secure cookies, a cheap password hash, then `options`) and launches Chromium.
 */
export async function startE2e(prefix: string, options: Partial<PortalOptions> = {}): Promise<E2e> {
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let portal: Portal | undefined;
  try {
    portal = await createPortal({
      store: { dataDir: join(dir, 'store') },
      // Chromium keeps Secure cookies on http://127.0.0.1 (a potentially trustworthy origin).
      secure: true,
      passwordCost: { N: 2 ** 10, r: 8, p: 1 },
      ...options,
    });
    const origin = (await portal.app.listen({ port: 0, host: '127.0.0.1' })).replace(
      'localhost',
      '127.0.0.1',
    );
    const browser = await chromium.launch(chromiumLaunchOptions());
    return started(portal, browser, origin, dir);
  } catch (error) {
    await portal?.app.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function started(portal: Portal, browser: Browser, origin: string, dir: string): E2e {
  return {
    portal,
    browser,
    origin,
    problems: [],
    close: async () => {
      await browser.close();
      await portal.app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Records `page`'s console errors and page errors in `problems`. */
export function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
}
