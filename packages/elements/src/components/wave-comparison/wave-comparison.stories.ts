// Stories of <ck-wave-comparison>: two waves of synthetic answers to the real staff
// self-assessment (seeded), scored and compared with the real engines, titled from the real
// intercultural framework.
import { html } from 'lit';
import '../../define/wave-comparison.js';
import { evaluationRelease, wavesRelease } from '../../test-support/releases.js';
import { framework, hostileFramework, syntheticComparison } from '../../test-support/results.js';

interface WaveArgs {
  lang: string;
  /** People in both waves. */
  size: number;
  /** The mean improvement on the 0..1 score scale. */
  shift: number;
  minGroupSize: number;
  /** Competences that few people answered after training: suppressed. */
  sparse: string[];
  baselineLabel: string;
  postLabel: string;
  hostile: boolean;
  /** Show a published release's comparisons instead of `compareWaves()`. */
  published: boolean;
  /** Show a module's release of a programme's evaluation (groups `participant` and `other`). */
  evaluation: boolean;
  /** Own names of the groups, by value or `dimension:value` (`groupLabels`). */
  groupLabels: Record<string, string>;
}

export default {
  title: 'Components/Wave comparison',
  component: 'ck-wave-comparison',
  render: (args: WaveArgs) =>
    html`<div lang=${args.lang}>
      <ck-wave-comparison
        .framework=${args.hostile ? hostileFramework() : framework}
        .comparison=${
          args.published || args.evaluation
            ? undefined
            : syntheticComparison({
                size: args.size,
                shift: args.shift,
                sparse: args.sparse,
                minGroupSize: args.minGroupSize,
              })
        }
        .release=${
          args.evaluation ? evaluationRelease() : args.published ? wavesRelease() : undefined
        }
        .groupLabels=${Object.keys(args.groupLabels).length > 0 ? args.groupLabels : undefined}
        baseline-label=${args.baselineLabel}
        post-label=${args.postLabel}
      ></ck-wave-comparison>
    </div>`,
  args: {
    lang: 'en',
    size: 24,
    shift: 0.12,
    minGroupSize: 5,
    sparse: ['residence-law-basics'],
    baselineLabel: '',
    postLabel: '',
    hostile: false,
    published: false,
    evaluation: false,
    groupLabels: {},
  } satisfies WaveArgs,
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'tr', 'fr', 'fa', 'ps', 'ti', 'ur'],
    },
    size: { control: { type: 'range', min: 2, max: 80 } },
    shift: { control: { type: 'range', min: -0.2, max: 0.3, step: 0.01 } },
    minGroupSize: { control: { type: 'range', min: 2, max: 30 } },
    sparse: {
      control: 'check',
      options: framework.competences.slice(0, 12).map((c) => c.id),
    },
    baselineLabel: { control: 'text' },
    postLabel: { control: 'text' },
    hostile: { control: 'boolean', description: 'Hostile strings in the titles.' },
    published: { control: 'boolean', description: 'A published release with its comparisons.' },
    evaluation: {
      control: 'boolean',
      description: 'A module’s release of a programme’s evaluation: participants and the others.',
    },
    groupLabels: {
      control: 'object',
      description: 'Own names of the groups (`groupLabels`), e.g. { "participant": "Took part" }.',
    },
  },
};

export const Playground = {};

export const PublishedRelease = {
  name: 'Published: a release, a hidden comparison with the notice only',
  args: { published: true },
};

export const PublishedEvaluation = {
  name: 'Published: a programme’s evaluation, the groups named in the page’s language',
  args: { evaluation: true },
};

export const OptionsGroupLabels = {
  name: 'Options: own names of the groups',
  args: {
    evaluation: true,
    groupLabels: { participant: 'Took the course', other: 'Did not take the course' },
  },
};

export const OptionsWaveLabels = {
  name: 'Options: own wave names',
  args: { baselineLabel: 'March 2025', postLabel: 'September 2025' },
};

export const OptionsNoChange = {
  name: 'Options: no training effect',
  args: { shift: 0 },
};

export const BehavioursSmallGroup = {
  name: 'Behaviours: a group below the anonymity threshold',
  args: { size: 8, minGroupSize: 10 },
};

export const BehavioursSuppressedCells = {
  name: 'Behaviours: suppressed cells explained',
  args: {
    sparse: ['plain-language-communication', 'residence-law-basics', 'resilience-self-care'],
  },
};

export const AccessibilityArabic = {
  name: 'Accessibility: Arabic, mirrored axis',
  args: { lang: 'ar' },
};

export const AccessibilityGerman = {
  name: 'Accessibility: German number formats',
  args: { lang: 'de' },
};

export const AccessibilityHostileStrings = {
  name: 'Accessibility: hostile strings render as text',
  args: { hostile: true },
};
