import axe from 'axe-core';

/** The axe-core tags of WCAG 2.1 levels A and AA (EN 301 549's web requirements). */
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on `element` (its shadow DOM included) against WCAG 2.1 A and AA, and fails
 * with one readable line per violation and node.
 *
 * @example
 * ```ts
 * await expectAccessible(await fixture(html`<ck-level-badge level="advanced"></ck-level-badge>`));
 * ```
 */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await axe.run(element, {
    runOnly: { type: 'tag', values: wcag21aa },
    resultTypes: ['violations'],
  });
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n    at ${JSON.stringify(n.target)}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? ''}\n    ${v.helpUrl}`,
    ),
  );
  throw new Error(
    `axe-core found ${lines.length} WCAG 2.1 AA violation(s):\n- ${lines.join('\n- ')}`,
  );
}
