import type { Instrument } from '@competence-kit/schemas';

/**
 * A small instrument for component tests with one item of every type, in two sections.
 * Texts are complete in English and translated to German but for one option (it falls back).
 */
export function instrument(): Instrument {
  const t = (en: string, de: string) => ({ en, de });
  return {
    id: 'https://example.org/instruments/test',
    version: '1.0.0',
    framework: { id: 'https://example.org/frameworks/test', version: '^1.0.0' },
    title: t('Test questionnaire', 'Testfragebogen'),
    instructions: t('Answer honestly.', 'Antworten Sie ehrlich.'),
    locales: ['en'],
    defaultLocale: 'en',
    likertScales: [
      {
        id: 'agreement',
        min: 1,
        max: 4,
        labels: {
          '1': t('Disagree', 'Stimme nicht zu'),
          '2': t('Rather disagree', 'Stimme eher nicht zu'),
          '3': t('Rather agree', 'Stimme eher zu'),
          '4': t('Agree', 'Stimme zu'),
        },
      },
    ],
    sections: [
      {
        id: 'first',
        title: t('First section', 'Erster Abschnitt'),
        items: [
          {
            id: 'rate',
            type: 'likert',
            competence: 'plain-language',
            scale: 'agreement',
            required: true,
            prompt: t('I use plain language.', 'Ich verwende einfache Sprache.'),
          },
          {
            id: 'pick',
            type: 'single-choice',
            prompt: t('Where do you work?', 'Wo arbeiten Sie?'),
            options: [
              { id: 'desk', label: t('Front desk', 'Empfang') },
              { id: 'office', label: t('Back office', 'Sachbearbeitung') },
            ],
          },
          {
            id: 'many',
            type: 'multiple-choice',
            competence: 'plain-language',
            required: true,
            minSelected: 1,
            maxSelected: 2,
            prompt: t('Which aids do you use?', 'Welche Hilfen nutzen Sie?'),
            options: [
              { id: 'pictures', label: t('Pictures', 'Bilder'), points: 1 },
              { id: 'glossary', label: t('Glossary', 'Glossar'), points: 1 },
              { id: 'none', label: { en: 'None' }, points: 0 },
            ],
          },
        ],
      },
      {
        id: 'second',
        title: t('Second section', 'Zweiter Abschnitt'),
        items: [
          {
            id: 'scene',
            type: 'situational-judgement',
            competence: 'plain-language',
            required: true,
            scenario: t('A letter confuses a client.', 'Ein Brief verwirrt eine Kundin.'),
            prompt: t('What do you do?', 'Was tun Sie?'),
            options: [
              { id: 'read', label: t('Read it aloud', 'Vorlesen'), points: 1 },
              { id: 'explain', label: t('Explain it simply', 'Einfach erklären'), points: 3 },
            ],
          },
          {
            id: 'wishes',
            type: 'free-text',
            maxLength: 200,
            prompt: t('What would help you?', 'Was würde Ihnen helfen?'),
          },
          {
            id: 'order',
            type: 'ranking',
            competence: 'plain-language',
            required: true,
            prompt: t('Order the steps.', 'Ordnen Sie die Schritte.'),
            options: [
              { id: 'listen', label: t('Listen', 'Zuhören') },
              { id: 'ask', label: t('Ask', 'Fragen') },
              { id: 'act', label: t('Act', 'Handeln') },
            ],
            key: ['listen', 'ask', 'act'],
          },
        ],
      },
    ],
    scoring: {
      minAnsweredShare: 0.5,
      thresholds: [
        { level: 'foundation', min: 0 },
        { level: 'advanced', min: 0.6 },
      ],
    },
  };
}

/** A clock that always says 2026-03-01 09:30 UTC. */
export const fixedNow = () => new Date('2026-03-01T09:30:00Z');
