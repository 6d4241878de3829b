// Stories of <ck-knowledge-search>: the ten invented entries of the tests (nine shown: the
// withdrawn testimonial never is), in the pilot languages, paged and not.
import { html } from 'lit';
import '../../define/knowledge-search.js';
import { networksFramework, testEntries } from '../../test-support/networks.js';
import { themed } from '../../test-support/themed.js';

interface KnowledgeSearchArgs {
  lang: string;
  pageSize: number;
  entryHref: string;
  theme: 'light' | 'dark';
}

const framework = networksFramework();
const entries = testEntries();
const territoryNames = {
  ravenna: 'Ravenna',
  'landkreis-offenbach': 'Landkreis Offenbach',
  cartagena: 'Cartagena',
};

export default {
  title: 'Components/Knowledge search',
  component: 'ck-knowledge-search',
  render: (args: KnowledgeSearchArgs) =>
    html`<div lang=${args.lang} style="${themed(args.theme)}; padding: 1rem">
      <ck-knowledge-search
        .entries=${entries}
        .framework=${framework}
        .territoryNames=${territoryNames}
        page-size=${args.pageSize}
        entry-href=${args.entryHref}
      ></ck-knowledge-search>
    </div>`,
  args: {
    lang: 'en',
    pageSize: 10,
    entryHref: '/knowledge/{id}',
    theme: 'light',
  } satisfies KnowledgeSearchArgs,
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'fr'] },
    pageSize: { control: { type: 'range', min: 1, max: 20 } },
    entryHref: { control: 'text', description: 'A link per entry, {id} replaced.' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
};

export const Playground = {};

export const Paged = {
  name: 'Options: three results a page',
  args: { pageSize: 3 },
};

export const Italian = {
  name: 'Languages: Italian',
  args: { lang: 'it' },
};

export const AccessibilityDark = {
  name: 'Accessibility: dark theme',
  args: { theme: 'dark' },
};
