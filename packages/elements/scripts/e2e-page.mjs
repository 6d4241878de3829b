// The test page of scripts/e2e-install.mjs, the same for the Vite project and the import-map
// page: one of each registered element, German (so a locale chunk must load), and a script that
// imports each registration module, gives the level badge and the learning path some data and
// reports what rendered in `window.ckE2e`.

/** The page, with `head` (the script tags) in its <head>. */
export const pageHtml = (elements) => (head) => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>Competence Kit elements: installation test</title>
    ${head}
  </head>
  <body>
    <main>
      ${elements.map(({ tag }) => `<${tag}${tag === 'ck-level-badge' ? ' level="practitioner"' : ''}></${tag}>`).join('\n      ')}
    </main>
  </body>
</html>
`;

// A framework with a four-level scale and a path through one module: just enough data.
const framework = {
  id: 'https://example.org/frameworks/e2e',
  version: '1.0.0',
  title: { en: 'E2E' },
  locales: ['en', 'de'],
  defaultLocale: 'en',
  scale: {
    levels: ['foundation', 'practitioner', 'advanced', 'expert'].map((id, i) => ({
      id,
      rank: i + 1,
      title: { en: id, de: ['Grundstufe', 'Praxis', 'Fortgeschritten', 'Expertise'][i] },
    })),
  },
  domains: [{ id: 'communication', title: { en: 'Communication' } }],
  competences: [
    {
      id: 'plain-language',
      domain: 'communication',
      dimension: 'skills',
      title: { en: 'Plain language', de: 'Einfache Sprache' },
      descriptors: {},
    },
  ],
};

const path = {
  respondent: 'e2e-1',
  catalogue: { id: 'https://example.org/catalogues/e2e', version: '1.0.0' },
  language: 'de',
  budgetHours: 20,
  totalHours: 15,
  steps: [
    {
      module: 'letters',
      hours: 15,
      closes: [
        { competence: 'plain-language', from: 'foundation', to: 'advanced', target: 'advanced' },
      ],
      reason: 'closes-gaps',
    },
  ],
  open: [],
};

/**
 * The page's module: plain JavaScript that both Vite and the browser (with the map) run. With
 * `importCss`, it imports tokens.css as a bundler does; otherwise the page links it.
 */
export const pageScript = (
  elements,
  { importCss = false } = {},
) => `${importCss ? "import '@competence-kit/elements/tokens.css';\n" : ''}const loaders = {
${elements.map(({ name }) => `  ${JSON.stringify(name)}: () => import('@competence-kit/elements/define/${name}'),`).join('\n')}
};
const data = {
  'ck-level-badge': { framework: ${JSON.stringify(framework)} },
  'ck-learning-path': { path: ${JSON.stringify(path)}, framework: null },
};
data['ck-learning-path'].framework = data['ck-level-badge'].framework;

const report = { elements: [] };
try {
  const failed = {};
  for (const [name, load] of Object.entries(loaders)) {
    try {
      await load();
    } catch (error) {
      failed[name] = String(error);
    }
  }
  const tags = ${JSON.stringify(elements)};
  for (const { name, tag } of tags) {
    const element = document.querySelector(tag);
    Object.assign(element, data[tag] ?? {});
    const Class = customElements.get(tag);
    // An element renders once its locale's messages are in: wait until it is quiet.
    for (let round = 0; round < 10 && Class; round++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if ((await element.updateComplete) === true) break;
    }
    const root = element.shadowRoot;
    report.elements.push({
      tag,
      defined: Boolean(Class),
      upgraded: Boolean(Class) && element instanceof Class,
      rendered: Boolean(root) && element.hasUpdated === true,
      text: (root?.textContent ?? '').replace(/\\s+/g, ' ').trim(),
      error: failed[name],
    });
  }
  report.tokens = getComputedStyle(document.documentElement).getPropertyValue('--ck-color-text').trim();
} catch (error) {
  report.error = String(error);
}
window.ckE2e = report;
`;
