// Stories of <ck-framework-browser>: the real intercultural competence framework.
import { html } from 'lit';
import { framework } from '@competence-kit/framework-intercultural';
import type { Framework } from '@competence-kit/schemas';
import '../../define/framework-browser.js';
import { themed } from '../../test-support/themed.js';

interface FrameworkBrowserArgs {
  lang: string;
  selection: string;
  syncUrl: boolean;
  theme: 'light' | 'dark';
  /** The width of the page around the element: the comparison is a table on narrow screens. */
  width: string;
  hostile: boolean;
}

/** The framework with markup, script end tags and a right-to-left override in its texts. */
function hostileFramework(): Framework {
  const copy = structuredClone(framework);
  const [first] = copy.competences;
  first!.title = { en: '<img src=x onerror=alert(1)> Respect' };
  first!.description = { en: '</script><script>alert(1)</script> \u202Eevil' };
  copy.domains[0]!.title = { en: '<b>bold</b> domain' };
  return copy;
}

export default {
  title: 'Components/Framework browser',
  component: 'ck-framework-browser',
  render: (args: FrameworkBrowserArgs) =>
    html`<div
      lang=${args.lang}
      style="${themed(args.theme)}; inline-size: ${args.width}; padding: 1rem"
    >
      <ck-framework-browser
        .framework=${args.hostile ? hostileFramework() : framework}
        selection=${args.selection}
        ?sync-url=${args.syncUrl}
      ></ck-framework-browser>
    </div>`,
  args: {
    lang: 'en',
    selection: '',
    syncUrl: false,
    theme: 'light',
    width: '100%',
    hostile: false,
  } satisfies FrameworkBrowserArgs,
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'tr', 'fr', 'fa', 'ps', 'ti', 'ur'],
    },
    selection: {
      control: 'text',
      description:
        'For example `competence=plain-language-communication&compare=practitioner,advanced`.',
    },
    syncUrl: { control: 'boolean', description: 'Read and write the URL hash.' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: { control: 'inline-radio', options: ['100%', '60rem', '30rem', '20rem'] },
    hostile: { control: 'boolean', description: 'Hostile strings in the framework’s texts.' },
  },
};

export const Playground = {};

export const OptionsOneDomain = {
  name: 'Options: one domain',
  args: { selection: 'domain=legal-framework', lang: 'de' },
};

export const OptionsCompetence = {
  name: 'Options: a competence with every level',
  args: { selection: 'competence=working-with-interpreters', lang: 'it' },
};

export const OptionsComparison = {
  name: 'Options: two levels side by side',
  args: { selection: 'competence=plain-language-communication&compare=practitioner,advanced' },
};

export const BehavioursNarrowComparison = {
  name: 'Behaviours: the comparison as a table on a narrow screen',
  args: {
    selection: 'competence=plain-language-communication&compare=foundation,expert',
    width: '20rem',
    lang: 'es',
  },
};

export const BehavioursDeepLink = {
  name: 'Behaviours: linked to the URL hash',
  args: { syncUrl: true, selection: 'competence=de-escalation-conflict-handling' },
};

export const AccessibilityArabic = {
  name: 'Accessibility: Arabic, right to left',
  args: { lang: 'ar', selection: 'competence=resilience-self-care&compare=foundation,advanced' },
};

export const AccessibilityDark = {
  name: 'Accessibility: dark theme',
  args: { theme: 'dark', selection: 'competence=target-group-outreach' },
};

export const AccessibilityHostileStrings = {
  name: 'Accessibility: hostile strings render as text',
  args: { hostile: true, selection: 'competence=human-dignity-equal-treatment' },
};
