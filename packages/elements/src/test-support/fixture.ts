import { render, type TemplateResult } from 'lit';
import { afterEach } from 'vitest';
import { tokensCss } from '../styles/tokens.js';

const containers = new Set<HTMLElement>();
const styles = new Set<HTMLStyleElement>();

interface Updatable {
  updateComplete: Promise<unknown>;
}
const isUpdatable = (element: Element): element is Element & Updatable =>
  'updateComplete' in element;

/**
 * Renders `template` into a fresh container in the document and resolves with its first
 * element once every Lit element in it has finished updating. Containers are removed after
 * each test.
 *
 * @example
 * ```ts
 * const badge = await fixture<CkLevelBadge>(html`<ck-level-badge .framework=${framework} level="advanced"></ck-level-badge>`);
 * ```
 */
export async function fixture<T extends Element>(
  template: TemplateResult,
  {
    lang,
    container = document.createElement('div'),
  }: { lang?: string; container?: HTMLElement } = {},
): Promise<T> {
  if (lang) container.lang = lang;
  document.body.append(container);
  containers.add(container);
  render(template, container);
  const element = container.firstElementChild;
  if (!element) throw new Error('fixture: the template rendered no element');
  await settled(container);
  return element as T;
}

/**
 * Waits until every Lit element under `root` (the root included) has finished updating. Call
 * it after changing the DOM: a `lang` change reaches the elements through a MutationObserver,
 * so only after the current task.
 */
export async function settled(root: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  // An update can start another (a locale loading, a child re-rendering): wait until quiet.
  for (let round = 0; round < 10; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter(isUpdatable);
    const results = await Promise.all(elements.map((e) => e.updateComplete));
    if (results.every((done) => done === true)) return;
  }
}

/**
 * A container in the dark theme, for `fixture(template, { container })`: the theme's tokens
 * are loaded into the document as a page would load `tokens.css`, and the container has the
 * theme's surface as its background. The page behind it is dark too, as on a dark page: axe
 * reads the colour behind a text from the stack of boxes at its point, and an item whose layout
 * `content-visibility` has not caught up yet may stand outside the container's box; on a white
 * page that made a dark-theme text fail its contrast in one CI run of many. The tokens and the
 * page's background are removed again after the test.
 */
export function darkContainer(): HTMLElement {
  const style = document.createElement('style');
  style.textContent = `${tokensCss()}\nhtml.ck-test-dark { background: #16181d; }`;
  document.head.append(style);
  styles.add(style);
  document.documentElement.classList.add('ck-test-dark');
  const container = document.createElement('div');
  container.dataset.ckTheme = 'dark';
  container.style.background = 'var(--ck-color-surface)';
  return container;
}

afterEach(() => {
  for (const container of containers) container.remove();
  containers.clear();
  for (const style of styles) style.remove();
  styles.clear();
  document.documentElement.classList.remove('ck-test-dark');
});
