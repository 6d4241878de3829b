// Stories of <ck-action-plan>: the small invented plan of the tests (one measure late, one
// indicator off track, one need no goal answers), read-only and editable, in the pilot languages.
import { html } from 'lit';
import '../../define/action-plan.js';
import {
  networksFramework,
  testNeeds,
  testNetwork,
  testPlan,
  TODAY,
} from '../../test-support/networks.js';
import { themed } from '../../test-support/themed.js';

interface ActionPlanArgs {
  lang: string;
  editable: boolean;
  today: string;
  measureHref: string;
  theme: 'light' | 'dark';
}

const framework = networksFramework();

export default {
  title: 'Components/Action plan',
  component: 'ck-action-plan',
  render: (args: ActionPlanArgs) =>
    html`<div lang=${args.lang} style="${themed(args.theme)}; padding: 1rem">
      <ck-action-plan
        .plan=${testPlan()}
        .network=${testNetwork()}
        .needs=${testNeeds}
        .framework=${framework}
        today=${args.today}
        ?editable=${args.editable}
        measure-href=${args.measureHref}
      ></ck-action-plan>
    </div>`,
  args: {
    lang: 'en',
    editable: false,
    today: TODAY,
    measureHref: '',
    theme: 'light',
  } satisfies ActionPlanArgs,
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'fr'] },
    editable: { control: 'boolean' },
    today: { control: 'text', description: 'The day reviewed, YYYY-MM-DD.' },
    measureHref: { control: 'text', description: 'A link per measure, {id} replaced.' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
};

export const Playground = {};

export const Editable = {
  name: 'Options: editable (status select, measurement forms)',
  args: { editable: true },
};

export const Linked = {
  name: 'Options: measure titles as links',
  args: { measureHref: '/beispielfeld/action-plan/measures/{id}' },
};

export const German = {
  name: 'Languages: German',
  args: { lang: 'de' },
};

export const LaterReview = {
  name: 'Behaviours: reviewed at the end of 2027 (more measures late)',
  args: { today: '2027-12-31' },
};

export const AccessibilityDark = {
  name: 'Accessibility: dark theme, editable',
  args: { theme: 'dark', editable: true },
};
