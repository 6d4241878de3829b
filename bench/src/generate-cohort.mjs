// A synthetic 60-item instrument over the intercultural framework, and seeded random responses.
import { framework } from '@competence-kit/framework-intercultural';

/** Mulberry32: a small seeded PRNG, so every run scores the same cohort. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t = (en) => ({ en });

/** The scoring rule of the synthetic instruments: the framework's four levels, half the items. */
const SCORING = {
  minAnsweredShare: 0.5,
  thresholds: [
    { level: 'foundation', min: 0 },
    { level: 'practitioner', min: 0.4 },
    { level: 'advanced', min: 0.65 },
    { level: 'expert', min: 0.85 },
  ],
};

/** A short item id like the shipped instruments' (`hd-1`, `hd-sjt-1`: 4.8 characters on average). */
const shortId = (c, suffix) =>
  `${String.fromCharCode(97 + (c % 26))}${String.fromCharCode(97 + Math.floor(c / 26))}-${suffix}`;

/** 15 competences × 4 items: 3 Likert (one reverse-keyed) and 1 situational judgement or multiple choice. */
export function generateInstrument() {
  const competences = framework.competences.slice(0, 15).map((c) => c.id);
  const items = [];
  competences.forEach((competence, c) => {
    for (let i = 0; i < 3; i++) {
      items.push({
        id: shortId(c, i + 1),
        type: 'likert',
        competence,
        scale: 'agreement',
        reverse: i === 2,
        prompt: t(`Statement ${c}.${i}`),
      });
    }
    if (c % 2 === 0) {
      items.push({
        id: shortId(c, 'sjt-1'),
        type: 'situational-judgement',
        competence,
        scenario: t(`Scene ${c}`),
        prompt: t('What do you do?'),
        options: [
          { id: 'a', label: t('A'), points: 0 },
          { id: 'b', label: t('B'), points: 2 },
          { id: 'c', label: t('C'), points: 1 },
        ],
      });
    } else {
      items.push({
        id: shortId(c, 'mc-1'),
        type: 'multiple-choice',
        competence,
        prompt: t('Which apply?'),
        options: [
          { id: 'a', label: t('A'), points: 1 },
          { id: 'b', label: t('B'), points: 1 },
          { id: 'c', label: t('C'), points: -1 },
        ],
      });
    }
  });
  return {
    id: 'https://example.org/instruments/benchmark',
    version: '1.0.0',
    framework: { id: framework.id, version: `^${framework.version}` },
    title: t('Benchmark instrument'),
    locales: ['en'],
    defaultLocale: 'en',
    likertScales: [
      {
        id: 'agreement',
        min: 1,
        max: 5,
        labels: { 1: t('Strongly disagree'), 5: t('Strongly agree') },
      },
    ],
    sections: [{ id: 'all', title: t('All'), items }],
    scoring: SCORING,
  };
}

/** `count` complete responses (about 3 % of items skipped unless `noSkips`). */
export function generateResponses(instrument, count, { seed = 1, noSkips = false } = {}) {
  const random = rng(seed);
  const items = instrument.sections.flatMap((s) => s.items);
  const roles = framework.roleProfiles.map((r) => r.id);
  return Array.from({ length: count }, (_, r) => ({
    instrument: { id: instrument.id, version: instrument.version },
    respondent: `p-${r}`,
    roleProfile: roles[r % roles.length],
    phase: 'baseline',
    submittedAt: '2026-03-02T09:24:31Z',
    answers: items.map((item) => {
      if (!noSkips && random() < 0.03) return { item: item.id, skipped: true };
      if (item.type === 'likert') return { item: item.id, value: 1 + Math.floor(random() * 5) };
      if (item.type === 'situational-judgement')
        return { item: item.id, value: ['a', 'b', 'c'][Math.floor(random() * 3)] };
      return { item: item.id, value: ['a', 'b', 'c'].filter(() => random() < 0.5) };
    }),
  }));
}

/**
 * 30 competences × 4 Likert items on a 7-point scale (one reverse-keyed per competence), over
 * the given framework (which needs at least 30 competences): the shape of a long instrument
 * whose competences have 8^4 = 4,096 answer combinations each.
 */
export function generateLikert7Instrument(framework30) {
  const competences = framework30.competences.slice(0, 30).map((c) => c.id);
  if (competences.length < 30) throw new Error('the framework needs 30 competences');
  const items = competences.flatMap((competence, c) =>
    [1, 2, 3, 4].map((i) => ({
      id: shortId(c, i),
      type: 'likert',
      competence,
      scale: 'seven',
      reverse: i === 4,
      prompt: t(`Statement ${c}.${i}`),
    })),
  );
  return {
    id: 'https://example.org/instruments/benchmark-120',
    version: '1.0.0',
    framework: { id: framework30.id, version: `^${framework30.version}` },
    title: t('Benchmark instrument, 120 items on a 7-point scale'),
    locales: ['en'],
    defaultLocale: 'en',
    likertScales: [{ id: 'seven', min: 1, max: 7, labels: { 1: t('Never'), 7: t('Always') } }],
    sections: [{ id: 'all', title: t('All'), items }],
    scoring: SCORING,
  };
}

/**
 * A realistic answer to one item from a respondent whose overall `tendency` (0..1) colours their
 * ratings and choices: Likert ratings around the tendency (reverse-keyed items mirrored), choices
 * leaning the same way, about 40 % of multiple-choice options within the item's limits, a
 * shuffled ranking, a short comment for free text.
 */
export function realisticAnswer(item, scales, tendency, random) {
  switch (item.type) {
    case 'likert': {
      const { min, max } = scales.get(item.scale);
      const lean = item.reverse ? 1 - tendency : tendency;
      const u = Math.min(0.999, Math.max(0, lean + (random() - 0.5) * 0.6));
      return { item: item.id, value: min + Math.floor(u * (max - min + 1)) };
    }
    case 'single-choice':
    case 'situational-judgement': {
      const u = random() * 0.5 + tendency * 0.5;
      return { item: item.id, value: item.options[Math.floor(u * item.options.length)].id };
    }
    case 'multiple-choice': {
      const low = item.minSelected ?? 0;
      const high = item.maxSelected ?? item.options.length;
      const chosen = item.options.filter(() => random() < 0.4).map((o) => o.id);
      while (chosen.length < low) chosen.push(item.options.find((o) => !chosen.includes(o.id)).id);
      return { item: item.id, value: chosen.slice(0, high) };
    }
    case 'ranking': {
      const ids = item.options.map((o) => o.id);
      for (let i = ids.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [ids[i], ids[j]] = [ids[j], ids[i]];
      }
      return { item: item.id, value: ids };
    }
    default:
      return { item: item.id, value: 'A comment.' };
  }
}
