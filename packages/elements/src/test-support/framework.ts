import type { Framework } from '@competence-kit/schemas';

/** A small framework for component tests: four levels titled in en, de, it, es and ar. */
export function framework(): Framework {
  const title = (en: string, de: string, it: string, es: string, ar: string) => ({
    en,
    de,
    it,
    es,
    ar,
  });
  return {
    id: 'https://example.org/frameworks/test',
    version: '1.0.0',
    title: { en: 'Test framework' },
    locales: ['en', 'de', 'it', 'es', 'ar'],
    defaultLocale: 'en',
    scale: {
      levels: [
        {
          id: 'foundation',
          rank: 1,
          title: title('Foundation', 'Grundstufe', 'Base', 'Inicial', 'أساسي'),
        },
        {
          id: 'practitioner',
          rank: 2,
          title: title('Practitioner', 'Praxis', 'Pratica', 'Práctica', 'ممارس'),
        },
        {
          id: 'advanced',
          rank: 3,
          title: title('Advanced', 'Fortgeschritten', 'Avanzato', 'Avanzado', 'متقدم'),
        },
        // No German title: a German page shows the English one, marked lang="en".
        {
          id: 'expert',
          rank: 4,
          title: { en: 'Expert', it: 'Esperto', es: 'Experto', ar: 'خبير' },
        },
      ],
    },
    domains: [{ id: 'communication', title: { en: 'Communication' } }],
    competences: [
      {
        id: 'plain-language',
        domain: 'communication',
        dimension: 'skills',
        title: { en: 'Plain language' },
        descriptors: {},
      },
    ],
  };
}
