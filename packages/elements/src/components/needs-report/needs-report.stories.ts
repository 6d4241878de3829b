// Stories of <ck-needs-report>: the synthetic needs studies of the three pilot territories,
// scored, prioritised and reported with the real engines against the real framework, each
// need linked to the modules of the 12-month programme template.
import { html } from 'lit';
import { buildNeedsReport, type NeedsReport } from '@competence-kit/needs-analysis';
import { catalogue, programmeTemplate } from '@competence-kit/framework-intercultural';
import type { ParticipantGroup, VopiLevel } from '@competence-kit/schemas';
import '../../define/needs-report.js';
import { framework, instruments, studies, territories } from '../../test-support/pilot-studies.js';
import type { Territory } from '../../test-support/pilot-studies.js';
import { themed } from '../../test-support/themed.js';

interface NeedsReportArgs {
  /** The page's language: the report's words follow it; its content is built in it (Arabic content falls back to English). */
  lang: string;
  territory: Territory;
  vopiLevel: VopiLevel | '';
  participantGroup: ParticipantGroup | '';
  minGroupSize: number;
  theme: 'light' | 'dark';
  hostile: boolean;
}

// A report takes a moment to build (it scores every response): built once per combination.
const built = new Map<string, NeedsReport>();
function reportOf(args: NeedsReportArgs): NeedsReport {
  const key = `${args.territory}|${args.lang}|${args.minGroupSize}`;
  let report = built.get(key);
  if (!report) {
    report = buildNeedsReport(studies[args.territory], framework, args.lang, {
      instruments,
      minGroupSize: args.minGroupSize,
      programme: programmeTemplate,
      modules: catalogue.modules,
    });
    built.set(key, report);
  }
  if (!args.hostile) return report;
  const copy = structuredClone(report);
  copy.territory.name = '<img src=x onerror=alert(1)> \u202Eevil';
  copy.levels[0]!.findings.weakness[0]!.statement = '</script><script>alert(1)</script>';
  copy.priorities[0]!.title = '<b>bold</b>';
  return copy;
}

export default {
  title: 'Components/Needs report',
  component: 'ck-needs-report',
  render: (args: NeedsReportArgs) =>
    html`<div lang=${args.lang} style="${themed(args.theme)}; padding: 1rem">
      <ck-needs-report
        .report=${reportOf(args)}
        vopi-level=${args.vopiLevel}
        participant-group=${args.participantGroup}
      ></ck-needs-report>
    </div>`,
  args: {
    lang: 'en',
    territory: 'ravenna',
    vopiLevel: '',
    participantGroup: '',
    minGroupSize: 5,
    theme: 'light',
    hostile: false,
  } satisfies NeedsReportArgs,
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'tr', 'fr', 'fa'],
    },
    territory: { control: 'inline-radio', options: territories },
    vopiLevel: {
      control: 'select',
      options: ['', 'organisation', 'services-and-access', 'personnel', 'cooperation'],
    },
    participantGroup: {
      control: 'select',
      options: [
        '',
        'staff',
        'third-country-nationals',
        'ngos',
        'migrant-organisations',
        'stakeholders',
      ],
    },
    minGroupSize: { control: { type: 'range', min: 2, max: 60 } },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    hostile: { control: 'boolean', description: 'Hostile strings in the report’s texts.' },
  },
};

export const Playground = {};

export const OptionsGerman = {
  name: 'Options: Landkreis Offenbach, in German',
  args: { territory: 'landkreis-offenbach', lang: 'de' },
};

export const OptionsOneLevel = {
  name: 'Options: one VOPI level',
  args: { territory: 'cartagena', lang: 'es', vopiLevel: 'personnel' },
};

export const OptionsOneGroup = {
  name: 'Options: what third-country nationals raised',
  args: { lang: 'it', participantGroup: 'third-country-nationals' },
};

export const BehavioursFallback = {
  name: 'Behaviours: a language without report words (Persian): English words, right to left',
  args: { lang: 'fa' },
};

export const BehavioursAnonymity = {
  name: 'Behaviours: a high anonymity threshold hides small roles',
  args: { territory: 'cartagena', minGroupSize: 30 },
};

export const AccessibilityArabic = {
  name: 'Accessibility: Arabic page, Arabic words, English content',
  args: { lang: 'ar' },
};

export const AccessibilityDark = {
  name: 'Accessibility: dark theme',
  args: { theme: 'dark', vopiLevel: 'services-and-access' },
};

export const AccessibilityHostileStrings = {
  name: 'Accessibility: hostile strings render as text',
  args: { hostile: true },
};
