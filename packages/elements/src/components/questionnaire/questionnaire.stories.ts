// Stories of <ck-questionnaire>: the real staff self-assessment, the real needs questionnaire
// for third-country nationals (the one instrument with Arabic texts), and a short instrument
// made of real items, one of every type.
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import {
  staffNeedsQuestionnaire,
  staffSelfAssessment,
  tcnQuestionnaire,
} from '@competence-kit/framework-intercultural';
import type { Instrument, Item } from '@competence-kit/schemas';
import '../../define/questionnaire.js';
import type { CkQuestionnaire } from './questionnaire.js';
import type { QuestionnaireDraft, QuestionnaireMode } from './questionnaire.types.js';
import { questionnaireModes, questionnairePhases } from './questionnaire.types.js';

const items = (instrument: Instrument) => instrument.sections.flatMap((s) => s.items);
const first = (instrument: Instrument, type: Item['type']) =>
  items(instrument).find((item) => item.type === type)!;

/** One real item of every type, in two sections; the scored ones required. */
function everyItemType(): Instrument {
  const required = (item: Item): Item => ({ ...item, required: true });
  return {
    ...staffSelfAssessment,
    id: 'https://example.org/instruments/every-item-type',
    title: { en: 'Every item type', de: 'Jede Art von Frage', ar: 'كل أنواع الأسئلة' },
    likertScales: staffSelfAssessment.likertScales,
    sections: [
      {
        ...staffSelfAssessment.sections[0]!,
        items: [
          required(first(staffSelfAssessment, 'likert')),
          first(staffNeedsQuestionnaire, 'single-choice'),
          required(first(staffSelfAssessment, 'multiple-choice')),
        ],
      },
      {
        ...staffSelfAssessment.sections[1]!,
        items: [
          required(first(staffSelfAssessment, 'situational-judgement')),
          first(staffSelfAssessment, 'free-text'),
          required(first(staffSelfAssessment, 'ranking')),
        ],
      },
    ],
  };
}

function hostile(): Instrument {
  const instrument = everyItemType();
  const evil = { en: '<img src=x onerror=alert(1)></script>\u202Eevil' };
  instrument.title = evil;
  instrument.sections[0]!.title = evil;
  instrument.sections[0]!.items[0] = { ...instrument.sections[0]!.items[0]!, prompt: evil };
  return instrument;
}

const instruments = {
  'staff self-assessment': () => staffSelfAssessment,
  'every item type': everyItemType,
  'needs questionnaire for third-country nationals': () => tcnQuestionnaire,
  'hostile strings': hostile,
};
type InstrumentName = keyof typeof instruments;

/** Halfway through: every item of the first section answered, on the second section. */
function halfway(instrument: Instrument): QuestionnaireDraft {
  const [one, two] = instrument.sections;
  return {
    instrument: { id: instrument.id, version: instrument.version },
    section: two?.id,
    startedAt: '2026-03-02T08:15:00Z',
    answers: one!.items.map((item) => {
      if (item.type === 'likert') return { item: item.id, value: 4 };
      if (item.type === 'free-text') return { item: item.id, value: 'More time per client.' };
      if (item.type === 'ranking') return { item: item.id, value: item.options.map((o) => o.id) };
      if (item.type === 'multiple-choice') return { item: item.id, value: [item.options[0]!.id] };
      return { item: item.id, value: item.options[0]!.id };
    }),
  };
}

interface QuestionnaireArgs {
  lang: string;
  instrument: InstrumentName;
  mode: QuestionnaireMode;
  phase: (typeof questionnairePhases)[number];
  resume: boolean;
  inForm: boolean;
  /** Check the answers on load, as a Submit would, so the problems show. */
  showProblems: boolean;
}

// Checking validity fires `invalid`, which shows the problems without moving the focus.
const check = ref((element) => {
  const q = element as CkQuestionnaire | undefined;
  void q?.updateComplete.then(() => q.checkValidity());
});

export default {
  title: 'Components/Questionnaire',
  component: 'ck-questionnaire',
  render: (args: QuestionnaireArgs) => {
    const instrument = instruments[args.instrument]();
    const questionnaire = html`<ck-questionnaire
      name="response"
      respondent="lko-0042"
      territory="landkreis-offenbach"
      phase=${args.phase}
      mode=${args.mode}
      .instrument=${instrument}
      .draft=${args.resume ? halfway(instrument) : undefined}
      ${args.showProblems ? check : nothing}
    ></ck-questionnaire>`;
    return html`<div lang=${args.lang} style="max-inline-size: 48rem">
      ${
        args.inForm
          ? html`<form method="post" action="#" @submit=${(e: Event) => e.preventDefault()}>
              ${questionnaire}
              <p><button>Send with the form's own button</button></p>
            </form>`
          : questionnaire
      }
    </div>`;
  },
  args: {
    lang: 'en',
    instrument: 'staff self-assessment',
    mode: 'sections',
    phase: 'baseline',
    resume: false,
    inForm: false,
    showProblems: false,
  } satisfies QuestionnaireArgs,
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'de', 'it', 'es', 'ar', 'uk', 'tr', 'fr', 'fa', 'ps', 'ti', 'ur'],
    },
    instrument: { control: 'select', options: Object.keys(instruments) },
    mode: { control: 'inline-radio', options: questionnaireModes },
    phase: { control: 'inline-radio', options: questionnairePhases },
    resume: { control: 'boolean', description: 'Resume a draft: the first section answered.' },
    inForm: { control: 'boolean', description: 'Inside a <form>, submitted natively.' },
    showProblems: { control: 'boolean', description: 'Show what needs an answer.' },
  },
};

export const Playground = {};

export const OptionsAllAtOnce = {
  name: 'Options: all sections at once',
  args: { mode: 'all' },
};

export const OptionsEveryItemType = {
  name: 'Options: every item type, one section at a time',
  args: { instrument: 'every item type', lang: 'de' },
};

export const OptionsEveryItemTypeAll = {
  name: 'Options: every item type, all at once',
  args: { instrument: 'every item type', mode: 'all' },
};

export const BehavioursResumeDraft = {
  name: 'Behaviours: resume a draft',
  args: { resume: true, phase: 'post' },
};

export const BehavioursInsideForm = {
  name: 'Behaviours: inside a form',
  args: { instrument: 'every item type', inForm: true, mode: 'all' },
};

export const AccessibilityProblemsShown = {
  name: 'Accessibility: what needs an answer',
  args: { instrument: 'every item type', mode: 'all', showProblems: true },
};

export const AccessibilityArabic = {
  name: 'Accessibility: Arabic, right to left',
  args: { instrument: 'needs questionnaire for third-country nationals', lang: 'ar' },
};

export const MigrantsPersian = {
  name: 'Persian (Farsi and Dari), right to left',
  args: { instrument: 'needs questionnaire for third-country nationals', lang: 'fa' },
};

export const MigrantsTigrinya = {
  name: 'Tigrinya, left to right',
  args: { instrument: 'needs questionnaire for third-country nationals', lang: 'ti' },
};

export const AccessibilityArabicFallback = {
  name: 'Accessibility: Arabic chrome, texts falling back to English',
  args: { instrument: 'every item type', lang: 'ar', mode: 'all', showProblems: true },
};

export const AccessibilityHostileStrings = {
  name: 'Accessibility: hostile strings render as text',
  args: { instrument: 'hostile strings' },
};
