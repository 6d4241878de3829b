// Stories of <ck-competence-radar>: results of the real staff self-assessment, scored with the
// real engine from synthetic answers (seeded), against the real intercultural framework.
import { html } from 'lit';
import '../../define/competence-radar.js';
import { framework, hostileFramework, syntheticResult } from '../../test-support/results.js';

interface RadarArgs {
  lang: string;
  roleProfile: string;
  domain: string;
  comparison: boolean;
  showTable: boolean;
  /** Competences answered too sparsely to score. */
  unanswered: string[];
  hostile: boolean;
}

const roles = ['', ...(framework.roleProfiles ?? []).map((r) => r.id)];

export default {
  title: 'Components/Competence radar',
  component: 'ck-competence-radar',
  render: (args: RadarArgs) => {
    const options = { seed: 3, roleProfile: args.roleProfile || undefined, skip: args.unanswered };
    const result = syntheticResult(options);
    const comparison = args.comparison
      ? syntheticResult({ ...options, phase: 'post', shift: 0.2 })
      : undefined;
    return html`<div lang=${args.lang} style="max-inline-size: 48rem">
      <ck-competence-radar
        .framework=${args.hostile ? hostileFramework() : framework}
        .result=${result}
        .comparison=${comparison}
        domain=${args.domain}
        ?show-table=${args.showTable}
      ></ck-competence-radar>
    </div>`;
  },
  args: {
    lang: 'en',
    roleProfile: 'front-desk',
    domain: '',
    comparison: false,
    showTable: false,
    unanswered: [],
    hostile: false,
  } satisfies RadarArgs,
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'tr', 'fr', 'fa', 'ps', 'ti', 'ur'],
    },
    roleProfile: { control: 'select', options: roles },
    domain: { control: 'select', options: ['', ...framework.domains.map((d) => d.id)] },
    comparison: { control: 'boolean', description: 'Add a second wave after training.' },
    showTable: { control: 'boolean' },
    unanswered: {
      control: 'check',
      options: framework.competences.slice(0, 8).map((c) => c.id),
    },
    hostile: { control: 'boolean', description: 'Hostile strings in the titles.' },
  },
};

export const Playground = {};

export const OptionsOneDomain = {
  name: 'Options: one domain',
  args: { domain: 'intercultural-communication' },
};

export const OptionsSecondWave = {
  name: 'Options: second wave after training',
  args: { comparison: true },
};

export const OptionsNoTarget = {
  name: 'Options: no role, so no target',
  args: { roleProfile: '' },
};

export const BehavioursTableShown = {
  name: 'Behaviours: table shown',
  args: { showTable: true, comparison: true },
};

export const BehavioursTooFewAnswers = {
  name: 'Behaviours: scores with too few answers break the outline',
  args: { unanswered: ['plain-language-communication', 'residence-law-basics'] },
};

export const AccessibilityArabic = {
  name: 'Accessibility: Arabic, right to left',
  args: { lang: 'ar', comparison: true },
};

export const AccessibilityGerman = {
  name: 'Accessibility: German',
  args: { lang: 'de', showTable: true },
};

export const AccessibilityHostileStrings = {
  name: 'Accessibility: hostile strings render as text',
  args: { hostile: true, showTable: true },
};
