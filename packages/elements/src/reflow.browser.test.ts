// Reflow (WCAG 2.1 1.4.10) and resize text (1.4.4) for every element, with the shipped content:
// in a 320 CSS px wide viewport, and with text at 200 %, in English (left to right) and Arabic
// (right to left) and German (long compounds), the page must not scroll sideways and nothing the element draws may stick
// out of it, except inside a scroll container a keyboard can reach (a labelled region with
// tabindex=0, as WCAG allows for data tables).
import { html, type TemplateResult } from 'lit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { buildNeedsReport } from '@competence-kit/needs-analysis';
import { aggregate } from '@competence-kit/scoring';
import { framework as shipped, staffSelfAssessment } from '@competence-kit/framework-intercultural';
import './define/competence-profile.js';
import './define/competence-radar.js';
import './define/framework-browser.js';
import './define/group-dashboard.js';
import './define/learning-path.js';
import './define/level-badge.js';
import './define/needs-report.js';
import './define/questionnaire.js';
import './define/wave-comparison.js';
import './define/action-plan.js';
import './define/stakeholder-map.js';
import './define/knowledge-search.js';
import { fixture, settled } from './test-support/fixture.js';
import { catalogue, realPath } from './test-support/learning-path.js';
import { framework, instruments, studies } from './test-support/pilot-studies.js';
import { syntheticComparison, syntheticResult } from './test-support/results.js';
import {
  networksFramework,
  testEntries,
  testNeeds,
  testNetwork,
  testPlan,
  TODAY,
} from './test-support/networks.js';
import { scoreStudy } from '@competence-kit/needs-analysis';

const result = syntheticResult({ seed: 3, roleProfile: 'integration-coordinator' });
const comparison = syntheticComparison({ sparse: ['residence-law-basics'] });
const staff = scoreStudy(studies.ravenna, framework, instruments).get('staff')!;
const byRole = aggregate(staff, { by: ['roleProfile'], framework });
const report = (lang: string) =>
  buildNeedsReport(studies.ravenna, framework, lang, { instruments });

/** Every element, with real data; the open state that is widest where there is one. */
const elements: Record<string, (lang: string) => TemplateResult> = {
  'ck-level-badge': () =>
    html`<ck-level-badge
      .framework=${shipped}
      level="practitioner"
      kind="target"
    ></ck-level-badge>`,
  'ck-competence-profile': () =>
    html`<ck-competence-profile .framework=${shipped} .result=${result}></ck-competence-profile>`,
  'ck-competence-radar': () =>
    html`<ck-competence-radar .framework=${shipped} .result=${result}></ck-competence-radar>`,
  'ck-wave-comparison': () =>
    html`<ck-wave-comparison .framework=${shipped} .comparison=${comparison}></ck-wave-comparison>`,
  'ck-framework-browser': () =>
    html`<ck-framework-browser
      .framework=${shipped}
      selection="competence=plain-language-communication&compare=foundation,practitioner"
    ></ck-framework-browser>`,
  'ck-group-dashboard': () =>
    html`<ck-group-dashboard .aggregate=${byRole} .framework=${framework}></ck-group-dashboard>`,
  'ck-learning-path': () =>
    html`<ck-learning-path
      .path=${realPath()}
      .catalogue=${catalogue}
      .framework=${shipped}
    ></ck-learning-path>`,
  'ck-needs-report': (lang) =>
    html`<ck-needs-report .report=${report(lang)} .study=${studies.ravenna}></ck-needs-report>`,
  'ck-questionnaire': () =>
    html`<ck-questionnaire
      .instrument=${staffSelfAssessment}
      respondent="rav-s-0042"
    ></ck-questionnaire>`,
  'ck-action-plan': () =>
    html`<ck-action-plan
      .plan=${testPlan()}
      .network=${testNetwork()}
      .needs=${testNeeds}
      .framework=${networksFramework()}
      today=${TODAY}
      editable
    ></ck-action-plan>`,
  'ck-stakeholder-map': () =>
    html`<ck-stakeholder-map
      .network=${testNetwork()}
      .plan=${testPlan()}
      view="network"
    ></ck-stakeholder-map>`,
  'ck-knowledge-search': () =>
    html`<ck-knowledge-search
      .entries=${testEntries()}
      .framework=${networksFramework()}
    ></ck-knowledge-search>`,
};

const TOLERANCE = 1;

/** Every element in the composed tree under `root`: light children and shadow roots. */
function* composed(root: Element): Generator<Element> {
  const children = [...(root.shadowRoot?.children ?? []), ...root.children];
  for (const child of children) {
    if (child instanceof HTMLStyleElement) continue;
    yield child;
    yield* composed(child);
  }
}

function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** A scroll container a keyboard user can reach and a screen reader can name. */
function reachableScroller(element: Element): boolean {
  const { overflowX } = getComputedStyle(element);
  return (
    (overflowX === 'auto' || overflowX === 'scroll') &&
    element.getAttribute('tabindex') === '0' &&
    (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby'))
  );
}

/** Text for screen readers only (`.visually-hidden`): clipped to nothing, its box is 1 px. */
function visuallyHidden(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.clipPath === 'inset(50%)' && style.overflow === 'hidden';
}

/**
 * Whether `element` lies inside such a scroll container below `host`, or inside visually
 * hidden text (whose own 1 px box is checked).
 */
function scrolledWithin(element: Element, host: Element): boolean {
  for (let at = parentOf(element); at && at !== host; at = parentOf(at)) {
    if (reachableScroller(at) || visuallyHidden(at)) return true;
  }
  return false;
}

const describeBox = (element: Element) => {
  const name = element.tagName.toLowerCase();
  const cls = element.getAttribute('class');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `${name}${cls ? `.${cls.split(' ').join('.')}` : ''} "${text}"`;
};

const extent = (box: DOMRect) =>
  `x ${Math.round(box.left)}..${Math.round(box.right)} y ${Math.round(box.top)}..${Math.round(box.bottom)}`;

/** The boxes that stick out of the host sideways, outside reachable scroll containers. */
function overflowing(host: Element): string[] {
  const outer = host.getBoundingClientRect();
  const found: string[] = [];
  for (const element of composed(host)) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (getComputedStyle(element).visibility === 'hidden') continue;
    // Sideways only: reflow is about the inline direction; pages scroll down anyway.
    const out = box.left < outer.left - TOLERANCE || box.right > outer.right + TOLERANCE;
    if (out && !scrolledWithin(element, host)) {
      found.push(`${describeBox(element)} at ${extent(box)} in ${extent(outer)}`);
    }
  }
  return found;
}

/**
 * 320 CSS px at normal text (1.4.10: 1280 px zoomed to 400 %); text at 200 % (1.4.4) in twice
 * that width, the same width in ems, so the same reflow with every box twice as large; and a
 * 320 px column (a sidebar) of a wide page, which media queries do not see.
 */
const layouts: { viewport: number; column?: number; text: string }[] = [
  { viewport: 320, text: '100%' },
  { viewport: 640, text: '200%' },
  { viewport: 1280, column: 320, text: '100%' },
];

describe('reflow', () => {
  const root = document.documentElement;
  beforeAll(() => {
    document.body.style.margin = '0';
  });
  afterEach(() => {
    root.style.fontSize = '';
    root.removeAttribute('lang');
    root.removeAttribute('dir');
  });
  afterAll(async () => {
    document.body.style.margin = '';
    await page.viewport(414, 896);
  });

  for (const [tag, template] of Object.entries(elements)) {
    for (const lang of ['en', 'ar', 'de']) {
      for (const { viewport, column, text } of layouts) {
        const where = column ? `a ${column} px column of ${viewport}` : `${viewport}`;
        it(`${tag} fits ${where} CSS px in ${lang} with text at ${text}`, async () => {
          await page.viewport(viewport, 640);
          root.lang = lang;
          root.dir = lang === 'ar' ? 'rtl' : 'ltr';
          root.style.fontSize = text;
          const container = document.createElement('div');
          if (column) container.style.inlineSize = `${column}px`;
          const el = await fixture(template(lang), { container });
          await settled(el);
          expect(root.clientWidth).toBe(viewport);
          // The first few, so that the message says which.
          const out = overflowing(el);
          expect(out, out.slice(0, 6).join('\n')).toEqual([]);
          expect(root.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(
            root.clientWidth,
          );
        });
      }
    }
  }
});
