// Stories of <ck-competence-profile>: results of the real staff self-assessment, scored with the
// real engine from synthetic answers (seeded), against the real intercultural framework.
import { html } from 'lit';
import '../../define/competence-profile.js';
import { framework, hostileFramework, syntheticResult } from '../../test-support/results.js';
import { profileFilters, profileSorts } from './competence-profile.types.js';
import type { ProfileFilter, ProfileSort } from './competence-profile.types.js';

interface ProfileArgs {
  lang: string;
  roleProfile: string;
  filter: ProfileFilter;
  sort: ProfileSort;
  domain: string;
  headingLevel: number;
  /** Competences answered too sparsely to score. */
  unanswered: string[];
  hostile: boolean;
}

export default {
  title: 'Components/Competence profile',
  component: 'ck-competence-profile',
  render: (args: ProfileArgs) =>
    html`<div lang=${args.lang} style="max-inline-size: 48rem">
      <ck-competence-profile
        .framework=${args.hostile ? hostileFramework() : framework}
        .result=${syntheticResult({
          seed: 5,
          roleProfile: args.roleProfile || undefined,
          skip: args.unanswered,
        })}
        filter=${args.filter}
        sort=${args.sort}
        domain=${args.domain}
        heading-level=${args.headingLevel}
      ></ck-competence-profile>
    </div>`,
  args: {
    lang: 'en',
    roleProfile: 'integration-coordinator',
    filter: 'all',
    sort: 'framework',
    domain: '',
    headingLevel: 3,
    unanswered: [],
    hostile: false,
  } satisfies ProfileArgs,
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'tr', 'fr', 'fa', 'ps', 'ti', 'ur'],
    },
    roleProfile: {
      control: 'select',
      options: ['', ...(framework.roleProfiles ?? []).map((r) => r.id)],
    },
    filter: { control: 'inline-radio', options: profileFilters },
    sort: { control: 'inline-radio', options: profileSorts },
    domain: { control: 'select', options: ['', ...framework.domains.map((d) => d.id)] },
    headingLevel: { control: { type: 'range', min: 2, max: 5 } },
    unanswered: {
      control: 'check',
      options: framework.competences.slice(0, 8).map((c) => c.id),
    },
    hostile: { control: 'boolean', description: 'Hostile strings in the titles.' },
  },
};

export const Playground = {};

export const OptionsOnlyGaps = {
  name: 'Options: only gaps, largest first',
  args: { filter: 'gaps', sort: 'gap' },
};

export const OptionsOneDomain = {
  name: 'Options: one domain, h2 headings',
  args: { domain: 'legal-framework', headingLevel: 2 },
};

export const OptionsNoTarget = {
  name: 'Options: no role, so no target',
  args: { roleProfile: '' },
};

export const BehavioursTooFewAnswers = {
  name: 'Behaviours: scores with too few answers',
  args: { unanswered: ['human-dignity-equal-treatment', 'valuing-diversity'] },
};

export const AccessibilityArabic = {
  name: 'Accessibility: Arabic, right to left',
  args: { lang: 'ar', domain: 'attitudes-values' },
};

export const AccessibilityItalian = {
  name: 'Accessibility: Italian',
  args: { lang: 'it', filter: 'gaps' },
};

export const AccessibilityHostileStrings = {
  name: 'Accessibility: hostile strings render as text',
  args: { hostile: true, domain: 'attitudes-values' },
};
