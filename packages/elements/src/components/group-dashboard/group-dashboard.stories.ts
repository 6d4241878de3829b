// Stories of <ck-group-dashboard>: the synthetic staff questionnaires of the three pilot
// territories, scored and aggregated with the real engines against the real framework.
import { html } from 'lit';
import { scoreStudy } from '@competence-kit/needs-analysis';
import { aggregate, type Aggregate, type GroupDimension } from '@competence-kit/scoring';
import type { Result } from '@competence-kit/schemas';
import '../../define/group-dashboard.js';
import { framework, instruments, studies, territories } from '../../test-support/pilot-studies.js';
import type { Territory } from '../../test-support/pilot-studies.js';
import { dashboardRelease } from '../../test-support/releases.js';
import { themed } from '../../test-support/themed.js';
import { dashboardMetrics, type DashboardMetric } from './group-dashboard.types.js';

const groupings = {
  role: ['roleProfile'],
  territory: ['territory'],
  'territory and role': ['territory', 'roleProfile'],
} satisfies Record<string, GroupDimension[]>;

interface GroupDashboardArgs {
  lang: string;
  territory: Territory | 'all';
  by: keyof typeof groupings;
  metric: DashboardMetric;
  minGroupSize: number;
  /** Respondents kept per role, to show the anonymity rules at work; 0 keeps everyone. */
  perRole: number;
  theme: 'light' | 'dark';
  hostile: boolean;
  /** Show a published release (as `buildRelease` returns one) instead of `aggregate()`. */
  published: 'no' | 'release' | 'release with noise';
}

// Each territory's staff results are scored once, when the stories load.
const staff = new Map<Territory, Result[]>(
  territories.map((t) => [t, scoreStudy(studies[t], framework, instruments).get('staff') ?? []]),
);

/** At most `n` respondents of each role, cycling through them: a thin sample. */
function thin(results: Result[], n: number): Result[] {
  const seen = new Map<string, number>();
  return results.filter((r) => {
    const count = (seen.get(r.roleProfile ?? '') ?? 0) + 1;
    seen.set(r.roleProfile ?? '', count);
    return count <= n;
  });
}

function aggregateOf(args: GroupDashboardArgs): Aggregate {
  const results =
    args.territory === 'all' ? [...staff.values()].flat() : staff.get(args.territory)!;
  const view = aggregate(args.perRole > 0 ? thin(results, args.perRole) : results, {
    by: groupings[args.by],
    minGroupSize: args.minGroupSize,
    framework,
  });
  if (!args.hostile) return view;
  view.groups[0]!.key = { roleProfile: '<img src=x onerror=alert(1)> \u202Eevil' };
  view.total.competences[0]!.competence = '</script><b>bold</b>';
  return view;
}

export default {
  title: 'Components/Group dashboard',
  component: 'ck-group-dashboard',
  render: (args: GroupDashboardArgs) =>
    html`<div lang=${args.lang} style="${themed(args.theme)}; padding: 1rem">
      <ck-group-dashboard
        .aggregate=${args.published === 'no' ? aggregateOf(args) : undefined}
        .release=${
          args.published === 'no'
            ? undefined
            : dashboardRelease({ noise: args.published === 'release with noise' })
        }
        .framework=${framework}
        metric=${args.metric}
      ></ck-group-dashboard>
    </div>`,
  args: {
    lang: 'en',
    territory: 'ravenna',
    by: 'role',
    metric: 'mean',
    minGroupSize: 5,
    perRole: 0,
    theme: 'light',
    hostile: false,
    published: 'no',
  } satisfies GroupDashboardArgs,
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'tr', 'fr', 'fa', 'ps', 'ti', 'ur'],
    },
    territory: { control: 'inline-radio', options: [...territories, 'all'] },
    by: { control: 'inline-radio', options: Object.keys(groupings) },
    metric: { control: 'inline-radio', options: dashboardMetrics },
    minGroupSize: { control: { type: 'range', min: 2, max: 30 } },
    perRole: { control: { type: 'range', min: 0, max: 20 } },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    hostile: { control: 'boolean', description: 'Hostile strings in group keys and ids.' },
    published: { control: 'inline-radio', options: ['no', 'release', 'release with noise'] },
  },
};

export const Playground = {};

export const PublishedRelease = {
  name: 'Published: a release, hidden cells with the notice only',
  args: { published: 'release' },
};

export const PublishedReleaseWithNoise = {
  name: 'Published: a release with noise, every figure approximate',
  args: { published: 'release with noise', lang: 'de' },
};

export const OptionsShareBelowTarget = {
  name: 'Options: share below target',
  args: { metric: 'below-target', territory: 'cartagena', lang: 'es' },
};

export const OptionsByTerritory = {
  name: 'Options: the three territories side by side',
  args: { territory: 'all', by: 'territory' },
};

export const BehavioursSuppression = {
  name: 'Behaviours: small groups hidden, with the reasons',
  args: { minGroupSize: 30, territory: 'landkreis-offenbach', lang: 'de' },
};

export const BehavioursThinSample = {
  name: 'Behaviours: a thin sample, only the total shown',
  args: { perRole: 4, minGroupSize: 5 },
};

export const BehavioursSecondarySuppression = {
  name: 'Behaviours: secondary suppression protects a small group',
  args: { territory: 'ravenna', minGroupSize: 20, lang: 'it' },
};

export const AccessibilityArabic = {
  name: 'Accessibility: Arabic, right to left',
  args: { lang: 'ar', perRole: 6, minGroupSize: 5 },
};

export const AccessibilityDark = {
  name: 'Accessibility: dark theme, share below target',
  args: { theme: 'dark', metric: 'below-target' },
};

export const AccessibilityHostileStrings = {
  name: 'Accessibility: hostile strings render as text',
  args: { hostile: true },
};
