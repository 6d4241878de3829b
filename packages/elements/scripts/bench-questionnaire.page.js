/* global document, window, setTimeout */
// The page of the <ck-questionnaire> benchmark, bundled by bench-questionnaire.mjs and run in
// Chromium. Everything is timed here, with performance.now().
import { html, render } from 'lit';
import '../src/define/questionnaire.ts';

const ITEMS = 120;
const SECTIONS = 6;
const RUNS = 15;
const ANSWERS = 50;

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

/** The baseline: the first section's markup as a plain Lit template, without state or checks. */
function plainSection(instrument, answers) {
  const section = instrument.sections[0];
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
    <section>
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
    </section>
    <button>Next</button>`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const settle = () => new Promise((resolve) => setTimeout(resolve));

/** A connected element; times setting the instrument until the update and the layout end. */
async function element(instrument, mode) {
  const q = document.createElement('ck-questionnaire');
  q.setAttribute('mode', mode);
  q.respondent = 'bench-1';
  document.body.append(q);
  await q.updateComplete;
  await settle();
  const start = performance.now();
  q.instrument = instrument;
  await q.updateComplete;
  const updated = performance.now();
  void q.shadowRoot.querySelector('.questionnaire').offsetHeight;
  return { q, update: updated - start, layout: performance.now() - start };
}

async function firstRender(instrument, mode) {
  const updates = [];
  const layouts = [];
  for (let i = 0; i < RUNS; i++) {
    const { q, update, layout } = await element(instrument, mode);
    updates.push(update);
    layouts.push(layout);
    q.remove();
    await settle();
  }
  return { update: median(updates), layout: median(layouts) };
}

/** Clicks options across the section; times each click until the re-render completes. */
async function answers(instrument, mode) {
  const { q } = await element(instrument, mode);
  const inputs = [...q.shadowRoot.querySelectorAll('[data-kind=likert], [data-kind=choice]')];
  const times = [];
  for (let i = 0; i < ANSWERS; i++) {
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

function baseline(instrument) {
  const firsts = [];
  const rerenders = [];
  for (let i = 0; i < RUNS; i++) {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const chosen = new Map();
    const start = performance.now();
    render(plainSection(instrument, chosen), root);
    void host.offsetHeight;
    firsts.push(performance.now() - start);
    const likert = instrument.sections[0].items.filter((item) => item.type === 'likert');
    const again = performance.now();
    for (let n = 0; n < ANSWERS; n++) {
      chosen.set(likert[n % likert.length].id, String((n % 5) + 1));
      render(plainSection(instrument, chosen), root);
    }
    rerenders.push((performance.now() - again) / ANSWERS);
    host.remove();
  }
  return { first: median(firsts), answer: median(rerenders) };
}

window.runBench = async () => {
  const instrument = generate();
  // Warm up: compile the code paths and the templates once.
  await element(instrument, 'sections').then(({ q }) => q.remove());
  baseline(instrument);
  const sections = await firstRender(instrument, 'sections');
  sections.answer = await answers(instrument, 'sections');
  const all = await firstRender(instrument, 'all');
  all.answer = await answers(instrument, 'all');
  return {
    sections,
    all,
    baseline: baseline(instrument),
    items: ITEMS,
    perSection: ITEMS / SECTIONS,
  };
};
