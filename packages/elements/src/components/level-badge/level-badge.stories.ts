// Stories of <ck-level-badge>: the levels of the real intercultural framework's scale, as a
// person's level or a role's target level, in every pilot language.
import { html } from 'lit';
import '../../define/level-badge.js';
import type { Framework } from '@competence-kit/schemas';
import { framework, hostileStrings } from '../../test-support/results.js';
import { levelBadgeKinds, type LevelBadgeKind } from './level-badge.types.js';

interface BadgeArgs {
  lang: string;
  level: string;
  kind: LevelBadgeKind;
  /** A label in the default slot instead of the level's title. */
  label: string;
  hostile: boolean;
}

const levels = framework.scale.levels.map((l) => l.id);

/** The framework with hostile strings as its level titles. */
function hostileLevels(): Framework {
  const copy = structuredClone(framework);
  copy.scale.levels.forEach((level, i) => {
    level.title = { en: hostileStrings[i % hostileStrings.length]! };
  });
  return copy;
}

export default {
  title: 'Components/Level badge',
  component: 'ck-level-badge',
  render: (args: BadgeArgs) =>
    html`<div lang=${args.lang}>
      <ck-level-badge
        .framework=${args.hostile ? hostileLevels() : framework}
        level=${args.level}
        kind=${args.kind}
        >${args.label}</ck-level-badge
      >
    </div>`,
  args: {
    lang: 'en',
    level: 'practitioner',
    kind: 'level',
    label: '',
    hostile: false,
  } satisfies BadgeArgs,
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'tr', 'fr', 'fa', 'ps', 'ti', 'ur'],
    },
    level: { control: 'select', options: [...levels, 'not-on-the-scale'] },
    kind: { control: 'inline-radio', options: levelBadgeKinds },
    label: { control: 'text', description: 'Slotted label instead of the level title.' },
    hostile: { control: 'boolean', description: 'Hostile strings in the level titles.' },
  },
};

export const Playground = {};

/** Every level of the scale, as levels and as targets. */
export const OptionsEveryLevel = {
  name: 'Options: every level, as level and as target',
  render: (args: BadgeArgs) =>
    html`<ul lang=${args.lang} style="display: grid; gap: 0.5rem; list-style: none; padding: 0">
      ${levelBadgeKinds.flatMap((kind) =>
        levels.map(
          (level) =>
            html`<li>
              <ck-level-badge .framework=${framework} level=${level} kind=${kind}></ck-level-badge>
            </li>`,
        ),
      )}
    </ul>`,
};

export const OptionsTarget = {
  name: 'Options: a role’s target level',
  args: { kind: 'target', level: 'advanced' },
};

export const OptionsSlottedLabel = {
  name: 'Options: a label of your own in the slot',
  args: { label: 'Goal for 2027', kind: 'target', level: 'expert' },
};

export const BehavioursUnknownLevel = {
  name: 'Behaviours: a level not on the scale says “Not available”',
  args: { level: 'not-on-the-scale' },
};

export const AccessibilityArabic = {
  name: 'Accessibility: Arabic, right to left',
  args: { lang: 'ar', kind: 'target', level: 'advanced' },
};

export const AccessibilityGerman = {
  name: 'Accessibility: German',
  args: { lang: 'de', level: 'expert' },
};

export const AccessibilityHostileStrings = {
  name: 'Accessibility: hostile strings render as text',
  args: { hostile: true },
};
