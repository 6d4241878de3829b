import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../define/competence-radar.js';
import { fixture } from '../../test-support/fixture.js';
import { framework, syntheticResult } from '../../test-support/results.js';
import type { CkCompetenceRadar } from './competence-radar.js';

const result = syntheticResult({ seed: 3, roleProfile: 'front-desk' });
const after = syntheticResult({ seed: 3, roleProfile: 'front-desk', phase: 'post', shift: 0.2 });

/** The drawn text of the chart: axis labels and level names on the rings. */
const labels = (radar: CkCompetenceRadar) => [
  ...radar.shadowRoot!.querySelectorAll<SVGTextElement>('.axis-label, .ring-label'),
];

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/** Every pair of labels whose boxes overlap, and every label not inside the element. */
function illegible(radar: CkCompetenceRadar): string[] {
  const host = radar.getBoundingClientRect();
  const boxes = labels(radar).map((label) => ({
    text: label.textContent!.trim(),
    box: label.getBoundingClientRect(),
  }));
  const problems: string[] = [];
  const chart = radar.shadowRoot!.querySelector<SVGSVGElement>('[part=chart]')!;
  const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
  for (const label of radar.shadowRoot!.querySelectorAll('.axis-label')) {
    // Text drawn smaller than 10 CSS px is not legible.
    const size = parseFloat(getComputedStyle(label).fontSize) * scale;
    if (size < 10) problems.push(`"${label.textContent}" is drawn at ${size.toFixed(1)} px`);
  }
  boxes.forEach(({ text, box }, i) => {
    if (box.left < host.left - 0.5 || box.right > host.right + 0.5) {
      problems.push(`"${text}" runs out of the element`);
    }
    for (const other of boxes.slice(i + 1)) {
      if (overlap(box, other.box)) problems.push(`"${text}" overlaps "${other.text}"`);
    }
  });
  return problems;
}

describe('<ck-competence-radar> with the 28 competences of the shipped framework', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  for (const width of [320, 480, 768]) {
    for (const lang of ['en', 'ar', 'de']) {
      it(`draws labels that neither overlap nor leave the element at ${width} px in ${lang}`, async () => {
        const container = document.createElement('div');
        container.style.inlineSize = `${width}px`;
        const radar = await fixture<CkCompetenceRadar>(
          html`<ck-competence-radar
            .framework=${framework}
            .result=${result}
            .comparison=${after}
          ></ck-competence-radar>`,
          { container, lang },
        );
        expect(labels(radar).length).toBeGreaterThan(4);
        expect(illegible(radar)).toEqual([]);
        // No label is cut short: the chart has room for whole titles.
        expect(labels(radar).filter((l) => l.textContent!.includes('…'))).toEqual([]);
      });
    }
  }

  it('paints the level names over the outlines, which their halo interrupts', async () => {
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar
        .framework=${framework}
        .result=${result}
        .comparison=${after}
      ></ck-competence-radar>`,
    );
    const painted = [...radar.shadowRoot!.querySelectorAll('.series-group, .ring-label')];
    const lastSeries = painted.findLastIndex((e) => e.classList.contains('series-group'));
    const firstRing = painted.findIndex((e) => e.classList.contains('ring-label'));
    expect(lastSeries).toBeGreaterThanOrEqual(0);
    expect(firstRing).toBeGreaterThan(lastSeries);
    expect(getComputedStyle(radar.shadowRoot!.querySelector('.ring-label')!).paintOrder).toBe(
      'stroke',
    );
  });

  it('stays legible in a domain it is drilled down to', async () => {
    for (const domain of framework.domains) {
      const container = document.createElement('div');
      container.style.inlineSize = '320px';
      const radar = await fixture<CkCompetenceRadar>(
        html`<ck-competence-radar
          .framework=${framework}
          .result=${result}
          domain=${domain.id}
        ></ck-competence-radar>`,
        { container },
      );
      expect(illegible(radar), domain.id).toEqual([]);
    }
  });

  it('renders a screenshot of the overview', async () => {
    const container = document.createElement('div');
    container.style.inlineSize = '480px';
    const radar = await fixture<CkCompetenceRadar>(
      html`<ck-competence-radar .framework=${framework} .result=${result}></ck-competence-radar>`,
      { container },
    );
    const shot = await page.screenshot({ element: radar, save: false });
    // A PNG, of a chart that has been laid out (its labels checked above).
    expect(atob(shot).slice(1, 4)).toBe('PNG');
    expect(shot.length).toBeGreaterThan(5000);
  });
});
