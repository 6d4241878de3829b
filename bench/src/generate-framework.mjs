// A synthetic framework of a given size, valid by construction, with deterministic content.
import { DIMENSIONS } from '@competence-kit/schemas';

const LOCALES = ['de', 'it', 'es', 'en'];
const LEVELS = ['foundation', 'practitioner', 'advanced', 'expert'];

const text = (label) =>
  Object.fromEntries(
    LOCALES.map((l) => [
      l,
      `${label} (${l}): observable behaviour at work, described in one sentence.`,
    ]),
  );

export function generateFramework({ competences = 500, domains = 10, roles = 6 } = {}) {
  const domainIds = Array.from({ length: domains }, (_, i) => `domain-${i + 1}`);
  const competenceIds = Array.from({ length: competences }, (_, i) => `competence-${i + 1}`);
  return {
    id: 'https://example.org/frameworks/benchmark',
    version: '1.0.0',
    title: text('Benchmark framework'),
    description: text('A generated framework'),
    locales: LOCALES,
    defaultLocale: 'en',
    license: 'CC-BY-4.0',
    scale: {
      title: text('Proficiency'),
      levels: LEVELS.map((id, i) => ({
        id,
        rank: i + 1,
        title: text(id),
        description: text(`level ${id}`),
      })),
    },
    domains: domainIds.map((id) => ({ id, title: text(id), description: text(`about ${id}`) })),
    competences: competenceIds.map((id, i) => ({
      id,
      domain: domainIds[i % domains],
      dimension: DIMENSIONS[i % DIMENSIONS.length],
      title: text(id),
      description: text(`what ${id} is`),
      descriptors: Object.fromEntries(LEVELS.map((level) => [level, text(`${id} at ${level}`)])),
    })),
    roleProfiles: Array.from({ length: roles }, (_, r) => ({
      id: `role-${r + 1}`,
      title: text(`role ${r + 1}`),
      targets: Object.fromEntries(competenceIds.map((c, i) => [c, LEVELS[(i + r) % 4]])),
    })),
    mappings: competenceIds.slice(0, 100).map((c, i) => ({
      id: `mapping-${i + 1}`,
      competence: c,
      relation: 'closeMatch',
      scheme: 'http://data.europa.eu/esco/concept-scheme/skills',
      target: `http://data.europa.eu/esco/skill/00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
      rationale: text(`why ${c} matches`),
    })),
  };
}
