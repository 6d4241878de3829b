/* global document, window, setTimeout, requestAnimationFrame */
// The page of the <ck-questionnaire> benchmark, bundled by bench-questionnaire.mjs and run in
// Chromium. Everything is timed here, with performance.now(); the Node side decides which page
// is fresh (cold) and which has rendered before (warm).
import { html, render } from 'lit';
import '../src/define/questionnaire.ts';

const ITEMS = 120;
const SECTIONS = 6;

const t = (en) => ({ en, de: `${en} (de)` });
const options = (n, prefix) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    label: t(`Option ${i + 1} of ${prefix}`),
    points: i,
  }));

/** A 120-item instrument of every item type, in six sections; a third of the items required. */
function generate() {
  const types = ['likert', 'likert', 'likert', 'single-choice', 'situational-judgement'];
  types.push('likert', 'multiple-choice', 'likert', 'ranking', 'free-text');
  const per = ITEMS / SECTIONS;
  const sections = Array.from({ length: SECTIONS }, (_, s) => ({
    id: `section-${s}`,
    title: t(`Section ${s + 1}`),
    description: t('What this section is about, in a sentence or two.'),
    items: Array.from({ length: per }, (_, i) => {
      const n = s * per + i;
      const id = `item-${n}`;
      const type = types[n % types.length];
      const prompt = t(
        `Statement ${n + 1}: I explain decisions in plain language to every client.`,
      );
      const base = { id, type, prompt, required: n % 3 === 0 };
      if (type === 'likert') return { ...base, competence: 'c', scale: 'agreement' };
      if (type === 'single-choice') return { ...base, options: options(4, id) };
      if (type === 'situational-judgement') {
        const scenario = t('A client at the front desk does not understand a letter.');
        return { ...base, competence: 'c', scenario, options: options(4, id) };
      }
      if (type === 'multiple-choice')
        return { ...base, competence: 'c', maxSelected: 3, options: options(5, id) };
      if (type === 'ranking') return { ...base, options: options(4, id) };
      return { ...base, maxLength: 2000 };
    }),
  }));
  const labels = Object.fromEntries([1, 2, 3, 4, 5].map((v) => [String(v), t(`Point ${v}`)]));
  return {
    id: 'https://example.org/instruments/bench',
    version: '1.0.0',
    framework: { id: 'https://example.org/frameworks/bench', version: '^1.0.0' },
    title: t('Benchmark questionnaire'),
    locales: ['en'],
    defaultLocale: 'en',
    likertScales: [{ id: 'agreement', min: 1, max: 5, labels }],
    sections,
    scoring: { minAnsweredShare: 0.5, thresholds: [{ level: 'a', min: 0 }] },
  };
}

/**
 * The baseline: the markup of the first section (or of all, `every`) as a plain Lit template,
 * without styles, state or checks: what rendering the same content costs at the least.
 */
function plainSections(instrument, answers, every) {
  const scale = instrument.likertScales[0];
  const choice = (item, type, id, label) =>
    html`<label class="option"
      ><input type=${type} name=${item.id} value=${id} .checked=${answers.get(item.id) === id} />
      <span>${label}</span></label
    >`;
  const controls = (item) => {
    if (item.type === 'likert')
      return [1, 2, 3, 4, 5].map((v) => choice(item, 'radio', String(v), scale.labels[v].en));
    if (item.type === 'free-text') return html`<textarea></textarea>`;
    if (item.type === 'ranking')
      return html`<ol>
        ${item.options.map((o) => html`<li>${o.label.en}<button>Up</button><button>Down</button></li>`)}
      </ol>`;
    const type = item.type === 'multiple-choice' ? 'checkbox' : 'radio';
    return item.options.map((o) => choice(item, type, o.id, o.label.en));
  };
  return html`<h2>${instrument.title.en}</h2>
    <progress max="120" value="0"></progress>
    ${(every ? instrument.sections : instrument.sections.slice(0, 1)).map(
      (section) =>
        html`<section>
          <h3>${section.title.en}</h3>
          <p>${section.description.en}</p>
          ${section.items.map(
            (item) =>
              html`<div class="item">
                ${item.scenario ? html`<p>${item.scenario.en}</p>` : ''}
                <fieldset>
                  <legend>${item.prompt.en}</legend>
                  ${controls(item)}
                </fieldset>
              </div>`,
          )}
        </section>`,
    )}
    <button>Next</button>`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const settle = () => new Promise((resolve) => setTimeout(resolve));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * One first render: a new element, its instrument and mode set, is connected; timed from
 * connecting until its update completes, and until layout is done as well (forced by reading
 * the layout). The element stays in the page.
 */
async function firstRender(instrument, mode) {
  const q = document.createElement('ck-questionnaire');
  q.setAttribute('mode', mode);
  q.respondent = 'bench-1';
  q.instrument = instrument;
  await settle();
  const start = performance.now();
  document.body.append(q);
  await q.updateComplete;
  const updated = performance.now();
  void q.shadowRoot.querySelector('.questionnaire').getBoundingClientRect().height;
  const layout = performance.now() - start;
  return { q, update: updated - start, layout };
}

/** `runs` first renders one after the other, each element removed before the next: medians. */
async function renders(instrument, mode, runs) {
  const updates = [];
  const layouts = [];
  for (let i = 0; i < runs; i++) {
    const { q, update, layout } = await firstRender(instrument, mode);
    updates.push(update);
    layouts.push(layout);
    q.remove();
    await frame();
  }
  return { update: median(updates), layout: median(layouts), runs };
}

/** Clicks options across the shown items; times each click until the re-render completes. */
async function answers(instrument, mode, count) {
  const { q } = await firstRender(instrument, mode);
  const inputs = [...q.shadowRoot.querySelectorAll('[data-kind=likert], [data-kind=choice]')];
  const times = [];
  for (let i = 0; i < count; i++) {
    const input = inputs[(i * 7) % inputs.length];
    await settle();
    const start = performance.now();
    input.click();
    await q.updateComplete;
    times.push(performance.now() - start);
  }
  q.remove();
  // performance.now() is coarse (0.1 ms) without cross-origin isolation: the mean is finer.
  return { median: median(times), mean: times.reduce((a, b) => a + b) / times.length };
}

/** The plain template of the first section (or all): update + layout, median of `runs`. */
function baseline(instrument, runs, every) {
  const firsts = [];
  for (let i = 0; i < runs; i++) {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const start = performance.now();
    render(plainSections(instrument, new Map(), every), root);
    void host.getBoundingClientRect().height;
    firsts.push(performance.now() - start);
    host.remove();
  }
  return median(firsts);
}

window.ckBench = {
  instruments: { generated: generate() },
  /** Gives the page an instrument read on the Node side (the shipped ones). */
  add(name, instrument) {
    this.instruments[name] = instrument;
  },
  /** The first render on this page: cold when the page is fresh. */
  async cold(name, mode) {
    const { q, update, layout } = await firstRender(this.instruments[name], mode);
    q.remove();
    await frame();
    return { update, layout };
  },
  warm(name, mode, runs) {
    return renders(this.instruments[name], mode, runs);
  },
  answers(name, mode, count) {
    return answers(this.instruments[name], mode, count);
  },
  baseline(name, runs, every = false) {
    return baseline(this.instruments[name], runs, every);
  },
  size(name) {
    const instrument = this.instruments[name];
    const items = instrument.sections.reduce((n, s) => n + s.items.length, 0);
    return { items, first: instrument.sections[0].items.length };
  },
};
