// Stories of <ck-stakeholder-map>: the invented network of the tests (eight organisations, one
// of each type, one without partners) and a larger invented one of thirty, as a map and a list.
import { html } from 'lit';
import type { Network, StakeholderType } from '@competence-kit/schemas';
import '../../define/stakeholder-map.js';
import { testNetwork, testPlan } from '../../test-support/networks.js';
import { themed } from '../../test-support/themed.js';

interface StakeholderMapArgs {
  lang: string;
  view: '' | 'network' | 'list';
  size: 'small' | 'thirty';
  withPlan: boolean;
  theme: 'light' | 'dark';
}

const TYPES: StakeholderType[] = [
  'public-authority',
  'ngo',
  'migrant-organisation',
  'vocational-school',
  'university',
  'business',
  'volunteers-group',
  'other',
];
const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'yearly', 'occasional'] as const;

/** Thirty invented organisations in a ring of neighbours with a few long links. */
function thirty(): Network {
  const stakeholders = Array.from({ length: 30 }, (_, i) => ({
    id: `o${i + 1}`,
    name: `Musterverband ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`,
    type: TYPES[(i * 3) % TYPES.length]!,
  }));
  const cooperations = stakeholders.flatMap((s, i) => {
    const links = [(i + 1) % 30, ...(i % 5 === 0 ? [(i + 11) % 30] : [])];
    return links.map((j, k) => ({
      id: `k${i}-${k}`,
      stakeholders: [s.id, `o${j + 1}`],
      topic: { en: 'Joint work' },
      frequency: FREQUENCIES[(i + k) % FREQUENCIES.length]!,
    }));
  });
  return {
    id: 'network-musterland',
    territory: { id: 'musterland', name: 'Musterland', country: 'DE' },
    title: { en: 'An invented network of thirty organisations' },
    locales: ['en'],
    defaultLocale: 'en',
    synthetic: true,
    stakeholders,
    cooperations,
  };
}

const networks = { small: testNetwork(), thirty: thirty() };
const plan = testPlan();

export default {
  title: 'Components/Stakeholder map',
  component: 'ck-stakeholder-map',
  render: (args: StakeholderMapArgs) =>
    html`<div lang=${args.lang} style="${themed(args.theme)}; padding: 1rem">
      <ck-stakeholder-map
        .network=${networks[args.size]}
        .plan=${args.withPlan && args.size === 'small' ? plan : undefined}
        view=${args.view}
      ></ck-stakeholder-map>
    </div>`,
  args: {
    lang: 'en',
    view: 'network',
    size: 'small',
    withPlan: true,
    theme: 'light',
  } satisfies StakeholderMapArgs,
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'de', 'it', 'es', 'ar', 'fa', 'fr'] },
    view: { control: 'inline-radio', options: ['', 'network', 'list'] },
    size: { control: 'inline-radio', options: ['small', 'thirty'] },
    withPlan: { control: 'boolean', description: 'Name the types missing from the plan’s goals.' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
};

export const Playground = {};

export const List = {
  name: 'Options: the list view',
  args: { view: 'list' },
};

export const Thirty = {
  name: 'Behaviours: thirty organisations',
  args: { size: 'thirty', withPlan: false },
};

export const ThirtyList = {
  name: 'Behaviours: thirty organisations as a list',
  args: { size: 'thirty', withPlan: false, view: 'list' },
};

export const Spanish = {
  name: 'Languages: Spanish',
  args: { lang: 'es' },
};

export const AccessibilityDark = {
  name: 'Accessibility: dark theme',
  args: { theme: 'dark' },
};
