// Seeded generator of synthetic needs studies for the three ECCIPA territories (Landkreis
// Offenbach, Ravenna, Cartagena): desk research, interviews, focus groups, questionnaire
// responses to the staff self-assessment (and, when given, the questionnaires for third-country
// nationals and stakeholders), coded findings with evidence and validation, the local integration
// strategy, the internal review, quotes of third-country nationals and limitations. What is said
// is written per territory in sample-territories/<id>.mjs; this module draws the numbers.
// Deterministic for a seed: no Math.random, no clock. Describes no real persons; every study is
// marked synthetic.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cartagena from './sample-territories/cartagena.mjs';
import landkreisOffenbach from './sample-territories/landkreis-offenbach.mjs';
import ravenna from './sample-territories/ravenna.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const CONTENT_DIR = join(here, '..', 'content');

const SAMPLES = 'https://w3id.org/competence-kit/samples';
const GROUPS = {
  staff: 'staff',
  tcn: 'third-country-nationals',
  ngos: 'ngos',
  mo: 'migrant-organisations',
  stk: 'stakeholders',
};

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; returns a function giving floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string and a number (FNV-1a), to derive independent streams. */
function hashSeed(text, seed) {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of `${text}:${seed}`) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function rngOf(text, seed) {
  const next = mulberry32(hashSeed(text, seed));
  const rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    normal: (mean = 0, sd = 1) => {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    weighted: (entries) => {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [value, w] of entries) if ((x -= w) < 0) return value;
      return entries[entries.length - 1][0];
    },
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
  return rng;
}

const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, x));
const pad = (n, width) => String(n).padStart(width, '0');
const L = (de, it, es, en) => ({ de, it, es, en });

/** The date `days` after `start` (YYYY-MM-DD), in UTC. */
function addDays(start, days) {
  const [y, m, d] = start.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Territories

/**
 * The three territories, each written on its own in sample-territories/<id>.mjs: names,
 * language, review team, desk sources, interview and focus-group summaries, local integration
 * strategy and goals, findings, internal review, quotes, limitations, default sizes, the roles of
 * their staff and the pattern of their staff results (competences below or above the usual level,
 * in score units 0..1).
 */
export const TERRITORIES = {
  'landkreis-offenbach': landkreisOffenbach,
  ravenna,
  cartagena,
};

/** The words that mark an invented desk source, prefixed to its summary in every language. */
const INVENTED_SOURCE = L(
  'Erfundenes Beispieldokument. ',
  'Documento di esempio inventato. ',
  'Documento de ejemplo ficticio. ',
  'Invented example document. ',
);

const prefixed = (prefix, text) =>
  Object.fromEntries(Object.entries(text).map(([locale, s]) => [locale, `${prefix[locale]}${s}`]));

// ---------------------------------------------------------------------------------------------
// Sessions

/**
 * The territory's one-to-one interviews (one participant each, so that the report's interview
 * count and its participation table agree) and its two focus groups.
 */
function buildSessions(t, rng) {
  const sessions = t.interviews.map((spec, i) => {
    const date = addDays('2021-03-22', 2 + i * 4 + rng.int(0, 2));
    return {
      id: spec.id,
      kind: 'interview',
      date,
      language: spec.language ?? t.language,
      ...(spec.interpreted ? { interpreted: true } : {}),
      facilitator: t.facilitator.interview,
      participants: [{ group: spec.group, count: 1 }],
      consent: { recorded: true, method: spec.interpreted ? 'oral-recorded' : 'written', date },
      summary: spec.summary,
    };
  });
  sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const focusGroup = (id, purpose, date, counts) =>
    sessions.push({
      id,
      kind: 'focus-group',
      purpose,
      date,
      language: t.language,
      facilitator: t.facilitator.fg,
      participants: Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([group, count]) => ({ group, count })),
      consent: { recorded: true, method: 'written', date },
      summary: t.focusGroups[purpose],
    });
  focusGroup('focus-group-exploration', 'exploration', addDays('2021-05-17', rng.int(0, 4)), {
    [GROUPS.staff]: rng.int(7, 9),
    [GROUPS.tcn]: rng.int(2, 3),
    [GROUPS.ngos]: rng.int(3, 5),
    [GROUPS.mo]: rng.int(2, 3),
    [GROUPS.stk]: rng.int(2, 4),
  });
  focusGroup('focus-group-validation', 'validation', addDays('2021-06-14', rng.int(0, 8)), {
    [GROUPS.staff]: rng.int(7, 10),
    [GROUPS.tcn]: rng.int(1, 2),
    [GROUPS.ngos]: rng.int(3, 4),
    [GROUPS.mo]: rng.int(2, 3),
    [GROUPS.stk]: rng.int(3, 4),
  });
  return sessions;
}

// ---------------------------------------------------------------------------------------------
// Questionnaire responses
/** How a role's staff differ from their target by domain (score units). */
const ROLE_DOMAIN = {
  'front-desk': {
    'legal-framework': -0.09,
    'strategy-organisation': -0.05,
    'cooperation-networks': -0.03,
  },
  'immigration-case-worker': {
    'legal-framework': 0.05,
    'intercultural-communication': -0.05,
    'attitudes-values': -0.02,
  },
  'employment-adviser': { 'cooperation-networks': 0.02, 'reflective-practice': -0.03 },
  'social-services': {
    'attitudes-values': 0.03,
    'reflective-practice': 0.03,
    'legal-framework': -0.04,
  },
  'team-lead': { 'strategy-organisation': 0.04, 'intercultural-communication': -0.03 },
  'integration-coordinator': {
    'strategy-organisation': 0.06,
    'cooperation-networks': 0.04,
    'legal-framework': -0.03,
  },
  'intercultural-mediator': {
    'intercultural-communication': 0.06,
    'accessible-services': 0.03,
    'legal-framework': -0.05,
    'strategy-organisation': -0.04,
  },
  'reception-centre-staff': {
    'accessible-services': 0.03,
    'reflective-practice': -0.03,
    'strategy-organisation': -0.04,
  },
};

const LEVEL_RANK = { foundation: 1, practitioner: 2, advanced: 3, expert: 4 };

const FREE_TEXT = {
  'training-wishes': {
    de: [
      'Einfache Sprache in Bescheiden',
      'Gespräche mit Dolmetschenden, auch per Video',
      'Aktuelle Änderungen im Aufenthaltsrecht',
      'Umgang mit schwierigen Situationen am Schalter',
      'Wer bietet was im Landkreis?',
    ],
    it: [
      'Scrivere lettere in linguaggio semplice',
      'Colloqui con interpreti, anche in videochiamata',
      'Novità sulla normativa per l’immigrazione',
      'Gestione dei conflitti allo sportello',
      'Mappa dei servizi del territorio',
    ],
    es: [
      'Lenguaje claro en resoluciones y cartas',
      'Entrevistas con intérprete, también por vídeo',
      'Cambios en la normativa de extranjería',
      'Gestión de conflictos en la atención al público',
      'Qué recursos hay en el municipio',
    ],
  },
  'what-to-improve': {
    de: [
      'Briefe einfacher schreiben',
      'Mehr Termine ohne Internet',
      'Dolmetscher bei wichtigen Gesprächen',
      'Sagen, was der nächste Schritt ist',
    ],
    it: [
      'Lettere più semplici',
      'Più appuntamenti senza internet',
      'Un interprete nei colloqui importanti',
      'Dire qual è il passo successivo',
    ],
    es: [
      'Cartas más sencillas',
      'Más citas sin internet',
      'Intérprete en las entrevistas importantes',
      'Explicar cuál es el siguiente paso',
    ],
  },
  'st-strengths': {
    de: [
      'Engagierte Einzelpersonen in den Ämtern',
      'Kurze Wege im Netzwerk',
      'Offenheit für Kooperation',
    ],
    it: [
      'Persone motivate negli uffici',
      'Rete territoriale solida',
      'Disponibilità a collaborare',
    ],
    es: ['Personas comprometidas en los servicios', 'Buena red local', 'Disposición a colaborar'],
  },
  'st-first-priority': {
    de: [
      'Feste Ansprechpersonen in den Ämtern',
      'Dolmetschpool aufbauen',
      'Migrantenorganisationen an der Planung beteiligen',
    ],
    it: [
      'Referenti fissi negli uffici',
      'Un servizio di interpretariato stabile',
      'Coinvolgere le associazioni nella programmazione',
    ],
    es: [
      'Personas de referencia fijas en los servicios',
      'Un servicio estable de interpretación',
      'Implicar a las asociaciones en la planificación',
    ],
  },
};

/** Every item of an instrument, in order. */
export const itemsOfInstrument = (instrument) => instrument.sections.flatMap((s) => s.items);

/** A submission time in April–May 2021 (CEST). */
function submittedAt(rng) {
  const date = addDays('2021-04-06', rng.int(0, 45));
  return `${date}T${pad(rng.int(8, 17), 2)}:${pad(rng.int(0, 59), 2)}:${pad(rng.int(0, 59), 2)}+02:00`;
}

/**
 * One answer for a latent level 0..1 of the respondent in the item's competence: Likert noisy
 * around it (reverse-keyed items reflected), situational judgement and multiple choice right with
 * a probability rising with it, rankings closer to the key the higher it is.
 */
function answerFor(item, latent, scales, rng) {
  // An item anchored to a level (item.level) is endorsed by people working at or above it: the
  // latent level 0..1 maps to a position on the four levels (0.44 foundation … 0.77 expert).
  const margin = item.level ? (latent - 0.33) / 0.11 - LEVEL_RANK[item.level] + 0.75 : undefined;
  switch (item.type) {
    case 'likert': {
      const s = scales.get(item.scale);
      const mid = (s.min + s.max) / 2;
      const expected =
        margin === undefined
          ? s.min + latent * (s.max - s.min)
          : mid + ((s.max - s.min) / 2) * Math.tanh(1.3 * margin);
      const raw = clamp(Math.round(expected + rng.normal(0, 0.7)), s.min, s.max);
      return item.reverse ? s.max + s.min - raw : raw;
    }
    case 'situational-judgement': {
      const best = Math.max(...item.options.map((o) => o.points ?? 0));
      const tiers = (p) => item.options.filter((o) => (o.points ?? 0) === p);
      const pBest = clamp(margin === undefined ? 0.95 * latent : 0.5 + 0.35 * margin, 0.05, 0.95);
      if (rng.chance(pBest)) return rng.pick(tiers(best)).id;
      const partial = item.options.filter((o) => (o.points ?? 0) > 0 && (o.points ?? 0) < best);
      if (partial.length > 0 && rng.chance(0.35 + 0.4 * latent)) return rng.pick(partial).id;
      const worst = item.options.filter((o) => (o.points ?? 0) <= 0);
      return rng.pick(worst.length > 0 ? worst : item.options).id;
    }
    case 'multiple-choice': {
      const chosen = item.options.filter((o) =>
        (o.points ?? 0) > 0 ? rng.chance(0.2 + 0.75 * latent) : rng.chance(0.45 * (1 - latent)),
      );
      const min = item.minSelected ?? 0;
      const value = chosen.map((o) => o.id);
      for (const o of item.options)
        if (value.length < min && !value.includes(o.id)) value.push(o.id);
      return value.slice(0, item.maxSelected ?? value.length);
    }
    case 'ranking': {
      const order = [...(item.key ?? item.options.map((o) => o.id))];
      const swaps = Math.round((1 - latent) * order.length * 1.5 + rng.normal(0, 0.8));
      for (let k = 0; k < swaps; k++) {
        const i = rng.int(0, order.length - 2);
        [order[i], order[i + 1]] = [order[i + 1], order[i]];
      }
      return order;
    }
    case 'single-choice':
      return rng.pick(item.options).id;
    default:
      return undefined;
  }
}

/** Items that respondents skip more often ("leave out if it did not apply to you"). */
const OFTEN_NOT_APPLICABLE = new Set([
  'interpreter-provided',
  'family-translated',
  'letter-understood',
  'reason-explained',
  'sent-to-right-place',
]);

function makeResponses({
  instrument,
  count,
  prefix,
  group,
  territory,
  roleOf,
  latentOf,
  rng,
  locales,
  choiceWeights = {},
  freeTextShare,
}) {
  const items = itemsOfInstrument(instrument);
  const scales = new Map((instrument.likertScales ?? []).map((s) => [s.id, s]));
  const responses = [];
  const skipShare = 0.03 + rng.next() * 0.02;
  for (let n = 1; n <= count; n++) {
    const role = roleOf?.(n);
    const latent = latentOf(role);
    const locale = typeof locales === 'string' ? locales : rng.weighted(locales);
    const answers = items.map((item) => {
      if (item.type === 'free-text') {
        const pool = FREE_TEXT[item.id]?.[territory.language];
        if (pool && !item.required && rng.chance(freeTextShare))
          return { item: item.id, value: rng.pick(pool) };
        if (!item.required) return { item: item.id, skipped: true };
        return { item: item.id, value: '-' };
      }
      if (!item.required) {
        if (OFTEN_NOT_APPLICABLE.has(item.id) && rng.chance(0.3))
          return { item: item.id, skipped: true, reason: 'not-applicable' };
        if (rng.chance(skipShare)) return { item: item.id, skipped: true };
      }
      if (item.type === 'single-choice' && choiceWeights[item.id]) {
        const weights = choiceWeights[item.id];
        return {
          item: item.id,
          value: rng.weighted(item.options.map((o) => [o.id, weights[o.id] ?? 1])),
        };
      }
      const l = item.competence ? latent(item.competence) : 0.5;
      return { item: item.id, value: answerFor(item, l, scales, rng) };
    });
    responses.push({
      instrument: { id: instrument.id, version: instrument.version },
      respondent: `${prefix}-${pad(n, 4)}`,
      ...(role ? { roleProfile: role } : {}),
      territory: territory.id,
      group,
      phase: 'baseline',
      locale,
      submittedAt: submittedAt(rng),
      answers,
    });
  }
  return responses;
}

/**
 * The territory's role shares, keeping only the role profiles the framework has (shares of the
 * others are spread over the rest).
 */
function roleSharesOf(t, framework) {
  const known = new Set(framework.roleProfiles.map((r) => r.id));
  const shares = t.roles.filter(([role]) => known.has(role));
  if (shares.length === 0)
    throw new TypeError(`None of the roles of ${t.id} is a role profile of the framework.`);
  return shares;
}

/** Exactly `count` roles in the given shares (at least 5 each when count ≥ 60), shuffled. */
function roleList(shares, count, rng) {
  const floor = count >= 60 ? 5 : 0;
  const total0 = shares.reduce((s, [, share]) => s + share, 0);
  const roles = shares.map(([role, share]) => [
    role,
    Math.max(floor, Math.round((share / total0) * count)),
  ]);
  let total = roles.reduce((s, [, n]) => s + n, 0);
  for (let i = 0; total !== count; i = (i + 1) % roles.length) {
    const step = total < count ? 1 : -1;
    if (step < 0 && roles[i][1] <= floor) continue;
    roles[i][1] += step;
    total += step;
  }
  return rng.shuffle(roles.flatMap(([role, n]) => Array(n).fill(role)));
}

function staffQuestionnaire(t, framework, instrument, count, invited, rng) {
  const domainOf = new Map(framework.competences.map((c) => [c.id, c.domain]));
  const profiles = new Map(framework.roleProfiles.map((r) => [r.id, r]));
  // A small territory-specific offset per competence on top of the pattern.
  const territoryOffset = new Map(
    framework.competences.map((c) => [c.id, (t.pattern[c.id] ?? 0) + rng.normal(0, 0.025)]),
  );
  const roles = roleList(roleSharesOf(t, framework), count, rng);
  const responses = makeResponses({
    instrument,
    count,
    prefix: `${t.prefix}-s`,
    group: GROUPS.staff,
    territory: t,
    roleOf: (n) => roles[n - 1],
    locales: t.language,
    freeTextShare: 0.12,
    rng,
    latentOf: (role) => {
      const person = rng.normal(0, 0.07);
      const cache = new Map();
      return (competence) => {
        if (!cache.has(competence)) {
          const target = LEVEL_RANK[profiles.get(role)?.targets?.[competence] ?? 'practitioner'];
          const mean =
            0.33 +
            0.11 * target +
            (ROLE_DOMAIN[role]?.[domainOf.get(competence)] ?? 0) +
            territoryOffset.get(competence);
          cache.set(competence, clamp(mean + person + rng.normal(0, 0.09), 0, 1));
        }
        return cache.get(competence);
      };
    },
  });
  return {
    id: 'staff-self-assessment',
    instrument: { id: instrument.id, version: instrument.version },
    group: GROUPS.staff,
    invited: Math.max(invited, count),
    responses,
  };
}

/** Perception questionnaires: the latent level is how well the administration does in a competence, as the group sees it. */
function perceptionQuestionnaire(
  t,
  id,
  instrument,
  group,
  prefix,
  count,
  invited,
  rng,
  locales,
  choiceWeights,
) {
  const mean = new Map();
  const responses = makeResponses({
    instrument,
    count,
    prefix,
    group,
    territory: t,
    locales,
    choiceWeights,
    freeTextShare: 0.25,
    rng,
    latentOf: () => {
      const person = rng.normal(0, 0.1);
      return (competence) => {
        if (!mean.has(competence))
          mean.set(competence, 0.58 + 1.3 * (t.pattern[competence] ?? 0) + rng.normal(0, 0.04));
        return clamp(mean.get(competence) + person + rng.normal(0, 0.12), 0, 1);
      };
    },
  });
  return {
    id,
    instrument: { id: instrument.id, version: instrument.version },
    group,
    invited: Math.max(invited, count),
    responses,
  };
}

// ---------------------------------------------------------------------------------------------
// Findings

/**
 * The finding templates, written once in four languages: key, kind, VOPI level, competences,
 * the evidence they draw on (i-staff, i-tcn, i-org: interviews; fg: the exploration focus group;
 * src-<kind>: a desk-research source; q-tcn|q-stk:<item>: an item of those questionnaires;
 * q-staff: an item of the staff self-assessment that measures one of the finding's competences,
 * whatever instrument is in content/instruments/), statement.
 */
export const FINDING_TEMPLATES = [
  // Weaknesses
  [
    'legal-language',
    'weakness',
    'services-and-access',
    ['plain-language-communication'],
    ['i-tcn', 'q-tcn:letter-understood', 'q-staff'],
    L(
      'Bescheide und Schreiben werden in Fachsprache erklärt und selten in einfachen Worten erläutert.',
      'I provvedimenti e le lettere sono spiegati in linguaggio giuridico e raramente con parole semplici.',
      'Las resoluciones y cartas se explican en lenguaje jurídico y pocas veces con palabras sencillas.',
      'Decisions and letters are explained in legal language and rarely in plain words.',
    ),
  ],
  [
    'children-interpret',
    'weakness',
    'services-and-access',
    ['working-with-interpreters'],
    ['i-tcn', 'i-org', 'q-tcn:family-translated', 'q-staff'],
    L(
      'Kinder und Angehörige dolmetschen in Gesprächen, weil kein professionelles Dolmetschen organisiert wird.',
      'Figli e familiari fanno da interpreti nei colloqui perché non viene organizzata un’interpretazione professionale.',
      'Hijos y familiares interpretan en las entrevistas porque no se organiza interpretación profesional.',
      'Children and relatives interpret in conversations because no professional interpreting is arranged.',
    ),
  ],
  [
    'online-booking',
    'weakness',
    'services-and-access',
    ['access-barrier-reduction'],
    ['q-tcn:easy-appointment', 'i-org', 'fg', 'q-staff'],
    L(
      'Die Online-Terminvergabe gibt es nur in der Landessprache; viele kommen mehrmals ohne Termin.',
      'La prenotazione online è disponibile solo in italiano; molte persone tornano più volte senza appuntamento.',
      'La cita previa en línea solo existe en español; muchas personas acuden varias veces sin cita.',
      'Online booking is only available in the local language; many people come several times without an appointment.',
    ),
  ],
  [
    'interpreting-budget',
    'weakness',
    'organisation',
    ['working-with-interpreters', 'access-barrier-reduction'],
    ['i-staff', 'src-report'],
    L(
      'Für Dolmetschleistungen gibt es weder ein festes Budget noch ein geregeltes Verfahren.',
      'Per l’interpretariato non esistono né un budget stabile né una procedura definita.',
      'No hay presupuesto estable ni procedimiento establecido para la interpretación.',
      'There is neither a fixed budget nor an agreed procedure for interpreting.',
    ),
  ],
  [
    'referrals-lost',
    'weakness',
    'cooperation',
    ['referral-and-case-navigation', 'interagency-case-cooperation'],
    ['i-tcn', 'q-tcn:sent-to-right-place', 'q-stk:st-referrals-arrive-prepared'],
    L(
      'Ratsuchende werden von Stelle zu Stelle geschickt; Verweise gehen unterwegs verloren.',
      'Le persone vengono mandate da un ufficio all’altro; gli invii si perdono per strada.',
      'Las personas son enviadas de un servicio a otro; las derivaciones se pierden por el camino.',
      'People are sent from office to office; referrals get lost on the way.',
    ),
  ],
  [
    'no-direct-contacts',
    'weakness',
    'cooperation',
    ['interagency-case-cooperation'],
    ['i-staff', 'q-stk:st-direct-contact', 'q-staff'],
    L(
      'Zwischen Ausländerbehörde, Jobcenter und sozialen Diensten fehlen feste Ansprechpersonen.',
      'Tra ufficio immigrazione, centro per l’impiego e servizi sociali mancano referenti stabili.',
      'Entre extranjería, empleo y servicios sociales faltan personas de referencia estables.',
      'There are no fixed contact persons between the immigration office, the job centre and social services.',
    ),
  ],
  [
    'ngos-learn-late',
    'weakness',
    'cooperation',
    ['multi-stakeholder-networking'],
    ['i-org', 'q-stk:st-changes-learned-late'],
    L(
      'Freie Träger erfahren von Verfahrensänderungen erst, wenn Ratsuchende davon betroffen sind.',
      'Gli enti del terzo settore vengono a sapere dei cambiamenti di procedura solo quando ne sono colpiti gli utenti.',
      'Las entidades sociales se enteran de los cambios de procedimiento solo cuando ya afectan a las personas usuarias.',
      'NGOs learn about procedural changes only once their clients are affected.',
    ),
  ],
  [
    'mo-not-involved',
    'weakness',
    'cooperation',
    ['partnership-with-migrant-organisations'],
    ['i-org', 'fg', 'q-stk:st-involved-in-planning'],
    L(
      'Migrantenorganisationen werden informiert, aber nicht an der Planung von Angeboten beteiligt.',
      'Le associazioni di migranti vengono informate, ma non coinvolte nella programmazione dei servizi.',
      'Las asociaciones de personas migrantes reciben información, pero no participan en la planificación.',
      'Migrant organisations are informed but not involved in planning services.',
    ),
  ],
  [
    'front-desk-law',
    'weakness',
    'personnel',
    ['residence-law-basics', 'rights-and-entitlements'],
    ['q-staff', 'i-staff', 'q-staff'],
    L(
      'Am Empfang fehlen Grundkenntnisse des Aufenthaltsrechts, um einfache Fragen einzuordnen.',
      'Allo sportello mancano le conoscenze di base sulla normativa del soggiorno per orientare le domande semplici.',
      'En la atención al público faltan nociones básicas de extranjería para orientar preguntas sencillas.',
      'Front-desk staff lack the basics of residence law needed to place simple questions.',
    ),
  ],
  [
    'entitlements-unknown',
    'weakness',
    'services-and-access',
    ['rights-and-entitlements'],
    ['q-tcn:rights-known', 'i-tcn', 'q-stk:st-staff-know-entitlements'],
    L(
      'Ratsuchende erfahren oft nicht, welche Leistungen und Rechte ihnen zustehen.',
      'Spesso le persone non vengono informate delle prestazioni e dei diritti che spettano loro.',
      'A menudo las personas no saben a qué prestaciones y derechos pueden acceder.',
      'People are often not told which benefits and rights they are entitled to.',
    ),
  ],
  [
    'no-complaints-office',
    'weakness',
    'organisation',
    ['anti-discrimination-law'],
    ['q-tcn:where-to-complain', 'i-org', 'src-legal'],
    L(
      'Es gibt keine bekannte, niedrigschwellige Anlaufstelle für Beschwerden über Diskriminierung.',
      'Non esiste un punto di riferimento noto e accessibile per le segnalazioni di discriminazione.',
      'No existe un punto conocido y accesible para presentar quejas por discriminación.',
      'There is no known, easily accessible place to complain about discrimination.',
    ),
  ],
  [
    'depends-on-person',
    'weakness',
    'services-and-access',
    ['impartiality-professional-ethics'],
    ['q-stk:st-depends-on-staff-member', 'i-org'],
    L(
      'Wie ein Anliegen behandelt wird, hängt stark davon ab, an welche Person man gerät.',
      'Il modo in cui viene trattata una richiesta dipende molto dalla persona a cui ci si rivolge.',
      'Cómo se trata una solicitud depende mucho de la persona que atiende.',
      'How a request is handled depends heavily on which member of staff one meets.',
    ),
  ],
  [
    'information-local-language',
    'weakness',
    'services-and-access',
    ['target-group-outreach'],
    ['q-tcn:information-in-my-language', 'src-report', 'fg'],
    L(
      'Informationen erscheinen fast nur auf der Website und nur in der Landessprache.',
      'Le informazioni sono pubblicate quasi solo sul sito e solo in italiano.',
      'La información se publica casi solo en la web y solo en español.',
      'Information is published almost only on the website and only in the local language.',
    ),
  ],
  [
    'staff-strain',
    'weakness',
    'personnel',
    ['resilience-self-care', 'de-escalation-conflict-handling'],
    ['i-staff', 'q-staff', 'fg'],
    L(
      'Hohe Fallzahlen und Konflikte im Wartebereich belasten die Beschäftigten; Supervision gibt es kaum.',
      'Carichi di lavoro elevati e conflitti in sala d’attesa pesano sul personale; la supervisione è rara.',
      'La alta carga de casos y los conflictos en la sala de espera desgastan al personal; apenas hay supervisión.',
      'High caseloads and conflicts in the waiting area strain staff; supervision is rare.',
    ),
  ],
  [
    'no-data',
    'weakness',
    'organisation',
    ['needs-analysis-evaluation'],
    ['src-statistics', 'i-staff'],
    L(
      'Wartezeiten, Sprachen und Anliegen der Ratsuchenden werden weder erhoben noch ausgewertet.',
      'Tempi di attesa, lingue e richieste degli utenti non vengono rilevati né analizzati.',
      'No se recogen ni analizan los tiempos de espera, las lenguas ni las demandas de las personas usuarias.',
      'Waiting times, languages and requests of service users are neither recorded nor analysed.',
    ),
  ],
  [
    'cultural-explanations',
    'weakness',
    'personnel',
    ['self-reflection-bias-awareness', 'culture-and-communication-knowledge'],
    ['fg', 'i-org', 'q-staff'],
    L(
      'Verhalten wird vorschnell kulturell erklärt, wo eher Sprach- oder Verfahrensprobleme vorliegen.',
      'I comportamenti vengono spiegati troppo in fretta con la cultura, quando si tratta piuttosto di problemi di lingua o di procedura.',
      'Se atribuyen con rapidez a la cultura conductas que se deben más bien a problemas de idioma o de procedimiento.',
      'Behaviour is too readily put down to culture where language or procedural problems are more likely.',
    ),
  ],
  [
    'open-counter',
    'weakness',
    'services-and-access',
    ['data-protection-confidentiality'],
    ['q-tcn:private-conversation', 'i-tcn'],
    L(
      'Persönliche Anliegen müssen am offenen Schalter vor anderen Wartenden besprochen werden.',
      'Le questioni personali devono essere discusse allo sportello aperto davanti ad altre persone in attesa.',
      'Los asuntos personales se tratan en la ventanilla abierta delante de otras personas que esperan.',
      'Personal matters have to be discussed at an open counter in front of others who are waiting.',
    ),
  ],
  [
    'strategy-unknown',
    'weakness',
    'organisation',
    ['integration-strategy-steering'],
    ['q-stk:st-strategy-known', 'src-strategy', 'q-staff'],
    L(
      'Das Integrationskonzept ist vielen Beschäftigten und Partnern unbekannt und steuert den Alltag kaum.',
      'Il piano per l’integrazione è sconosciuto a molti dipendenti e partner e orienta poco il lavoro quotidiano.',
      'El plan de inclusión es desconocido para gran parte del personal y de las entidades y apenas orienta el trabajo diario.',
      'The integration strategy is unknown to many staff and partners and hardly steers daily work.',
    ),
  ],
  [
    'multilingual-staff',
    'weakness',
    'personnel',
    ['diversity-sensitive-leadership', 'diversity-oriented-personnel-development'],
    ['i-staff', 'fg', 'q-staff'],
    L(
      'Mehrsprachige Beschäftigte dolmetschen zusätzlich zu ihren Fällen, ohne Anerkennung oder Entlastung.',
      'Il personale plurilingue fa da interprete oltre ai propri casi, senza riconoscimento né sgravio.',
      'El personal plurilingüe interpreta además de sus casos, sin reconocimiento ni descarga de trabajo.',
      'Multilingual staff interpret on top of their caseload, without recognition or relief.',
    ),
  ],
  // Needs
  [
    'plain-language-training',
    'need',
    'personnel',
    ['plain-language-communication'],
    ['i-staff', 'q-staff', 'fg'],
    L(
      'Beschäftigte wünschen sich Schulungen und Vorlagen für verständliche Schreiben.',
      'Il personale chiede formazione e modelli per lettere comprensibili.',
      'El personal pide formación y modelos para cartas comprensibles.',
      'Staff ask for training and templates for letters people can understand.',
    ),
  ],
  [
    'interpreter-training',
    'need',
    'personnel',
    ['working-with-interpreters'],
    ['i-staff', 'q-staff'],
    L(
      'Beschäftigte brauchen Übung in Gesprächen mit Dolmetschenden, auch per Video oder Telefon.',
      'Il personale ha bisogno di esercitarsi nei colloqui con interpreti, anche in video o al telefono.',
      'El personal necesita práctica en entrevistas con intérprete, también por vídeo o teléfono.',
      'Staff need practice in interpreted conversations, including by video or telephone.',
    ),
  ],
  [
    'legal-updates',
    'need',
    'personnel',
    ['residence-law-basics', 'rights-and-entitlements'],
    ['i-staff', 'src-legal', 'q-staff'],
    L(
      'Kurze, regelmäßige Updates zu Änderungen im Aufenthalts- und Sozialrecht werden gebraucht.',
      'Servono aggiornamenti brevi e regolari sulle novità in materia di soggiorno e prestazioni sociali.',
      'Se necesitan actualizaciones breves y periódicas sobre cambios en extranjería y prestaciones sociales.',
      'Short, regular updates on changes in residence and social law are needed.',
    ),
  ],
  [
    'induction',
    'need',
    'personnel',
    ['culture-and-communication-knowledge', 'openness-to-otherness'],
    ['fg', 'q-staff'],
    L(
      'Neue Beschäftigte brauchen eine Einführung in Migration, Kommunikation und Vielfalt.',
      'Il personale neoassunto ha bisogno di un’introduzione su migrazione, comunicazione e diversità.',
      'El personal de nueva incorporación necesita una introducción a migración, comunicación y diversidad.',
      'New staff need an introduction to migration, communication and diversity.',
    ),
  ],
  [
    'de-escalation',
    'need',
    'personnel',
    ['de-escalation-conflict-handling'],
    ['i-staff', 'q-staff'],
    L(
      'Beschäftigte am Schalter wünschen sich ein Training zur Deeskalation angespannter Situationen.',
      'Il personale di sportello chiede una formazione per gestire le situazioni tese.',
      'El personal de atención al público pide formación para rebajar situaciones de tensión.',
      'Counter staff ask for training in de-escalating tense situations.',
    ),
  ],
  [
    'service-map',
    'need',
    'cooperation',
    ['local-integration-landscape', 'referral-and-case-navigation'],
    ['fg', 'i-org', 'q-staff'],
    L(
      'Eine aktuelle, gemeinsame Übersicht der Beratungsangebote im Gebiet wird gebraucht.',
      'Serve una mappa aggiornata e condivisa dei servizi di orientamento del territorio.',
      'Se necesita un mapa actualizado y compartido de los recursos de orientación del municipio.',
      'An up-to-date, shared map of advice services in the area is needed.',
    ),
  ],
  [
    'discrimination-guidelines',
    'need',
    'organisation',
    ['anti-discrimination-law', 'human-dignity-equal-treatment'],
    ['fg', 'q-staff'],
    L(
      'Klare Leitlinien für den Umgang mit Diskriminierungsvorwürfen werden gebraucht.',
      'Servono linee guida chiare su come gestire le segnalazioni di discriminazione.',
      'Se necesitan pautas claras para tratar las quejas por discriminación.',
      'Clear guidelines on handling complaints of discrimination are needed.',
    ),
  ],
  [
    'diverse-recruitment',
    'need',
    'organisation',
    ['diversity-oriented-personnel-development'],
    ['src-policy', 'i-staff'],
    L(
      'Mehrsprachigkeit und interkulturelle Kompetenz sollen bei Einstellung und Fortbildung zählen.',
      'Plurilinguismo e competenza interculturale dovrebbero contare nelle assunzioni e nella formazione.',
      'El plurilingüismo y la competencia intercultural deberían valorarse en la selección y la formación.',
      'Multilingualism and intercultural competence should count in recruitment and training.',
    ),
  ],
  // Threats
  [
    'staff-turnover',
    'threat',
    'personnel',
    ['learning-and-knowledge-sharing'],
    ['i-staff', 'src-report'],
    L(
      'Hohe Fluktuation und Personalmangel gefährden das Wissen in den Teams.',
      'L’alto turnover e la carenza di personale mettono a rischio le competenze nei gruppi di lavoro.',
      'La alta rotación y la falta de personal ponen en riesgo el conocimiento de los equipos.',
      'High turnover and staff shortages put the teams’ knowledge at risk.',
    ),
  ],
  [
    'digital-only',
    'threat',
    'services-and-access',
    ['access-barrier-reduction', 'target-group-outreach'],
    ['i-org', 'fg', 'src-strategy'],
    L(
      'Die fortschreitende Digitalisierung droht Menschen ohne Sprach- und Digitalkenntnisse auszuschließen.',
      'La digitalizzazione dei servizi rischia di escludere chi non ha competenze linguistiche e digitali.',
      'La digitalización de los servicios amenaza con excluir a quien no tiene competencias lingüísticas y digitales.',
      'Further digitalisation of services threatens to exclude people without language and digital skills.',
    ),
  ],
  [
    'project-funding',
    'threat',
    'cooperation',
    ['multi-stakeholder-networking', 'partnership-with-migrant-organisations'],
    ['i-org', 'src-evaluation'],
    L(
      'Viele Beratungsangebote hängen an befristeten Projektmitteln.',
      'Molti servizi di orientamento dipendono da finanziamenti di progetto a termine.',
      'Muchos servicios de orientación dependen de financiación temporal de proyectos.',
      'Many advice services depend on short-term project funding.',
    ),
  ],
  [
    'polarised-climate',
    'threat',
    'organisation',
    ['valuing-diversity', 'tolerance-of-ambiguity'],
    ['fg', 'i-org'],
    L(
      'Ein polarisiertes öffentliches Klima zur Migration erschwert offene Debatten in der Verwaltung.',
      'Un clima pubblico polarizzato sulla migrazione rende difficile un confronto aperto nell’amministrazione.',
      'Un clima público polarizado sobre la migración dificulta el debate abierto en la administración.',
      'A polarised public climate on migration makes open debate within the administration harder.',
    ),
  ],
  // Strengths
  [
    'courteous-staff',
    'strength',
    'services-and-access',
    ['human-dignity-equal-treatment'],
    ['q-tcn:treated-with-respect', 'i-tcn'],
    L(
      'Ratsuchende erleben die Beschäftigten überwiegend als höflich und respektvoll.',
      'Gli utenti trovano il personale per lo più cortese e rispettoso.',
      'Las personas usuarias perciben al personal mayoritariamente como amable y respetuoso.',
      'Service users mostly find staff courteous and respectful.',
    ),
  ],
  [
    'motivated-staff',
    'strength',
    'personnel',
    ['openness-to-otherness', 'valuing-diversity'],
    ['q-staff', 'fg'],
    L(
      'Viele Beschäftigte sind motiviert und offen für Fortbildung zu Vielfalt.',
      'Molti dipendenti sono motivati e aperti alla formazione sulla diversità.',
      'Gran parte del personal está motivado y abierto a formarse en diversidad.',
      'Many staff are motivated and open to training on diversity.',
    ),
  ],
  [
    'ngo-network',
    'strength',
    'cooperation',
    ['multi-stakeholder-networking', 'local-integration-landscape'],
    ['i-org', 'fg', 'src-report'],
    L(
      'Ein gewachsenes Netzwerk aus freien Trägern und Ehrenamtlichen fängt viele Fälle auf.',
      'Una rete consolidata di enti del terzo settore e volontari intercetta molti casi.',
      'Una red consolidada de entidades sociales y voluntariado atiende muchos casos.',
      'A well-established network of NGOs and volunteers picks up many cases.',
    ),
  ],
  [
    'data-protection',
    'strength',
    'personnel',
    ['data-protection-confidentiality'],
    ['q-staff', 'i-staff'],
    L(
      'Datenschutz und Vertraulichkeit werden sorgfältig beachtet.',
      'La protezione dei dati e la riservatezza sono rispettate con cura.',
      'La protección de datos y la confidencialidad se cuidan con esmero.',
      'Data protection and confidentiality are carefully respected.',
    ),
  ],
  [
    'listening',
    'strength',
    'services-and-access',
    ['active-listening-clarification'],
    ['q-tcn:need-understood', 'i-tcn'],
    L(
      'Beschäftigte nehmen sich Zeit, das eigentliche Anliegen zu klären.',
      'Il personale si prende il tempo per capire la vera richiesta.',
      'El personal se toma tiempo para aclarar la verdadera necesidad.',
      'Staff take time to clarify what the person actually needs.',
    ),
  ],
  [
    'migrant-council',
    'strength',
    'cooperation',
    ['partnership-with-migrant-organisations'],
    ['i-org', 'q-stk:st-equal-partners'],
    L(
      'Migrantenorganisationen sind in einem Beirat vertreten und gut vernetzt.',
      'Le associazioni di migranti sono rappresentate in una consulta e ben collegate.',
      'Las asociaciones de personas migrantes están representadas en un consejo y bien conectadas.',
      'Migrant organisations sit on an advisory council and are well connected.',
    ),
  ],
  [
    'legal-expertise',
    'strength',
    'personnel',
    ['residence-law-basics', 'impartiality-professional-ethics'],
    ['i-staff', 'q-staff'],
    L(
      'In der Ausländerbehörde ist das rechtliche Fachwissen solide und wird korrekt angewandt.',
      'All’ufficio immigrazione la competenza giuridica è solida e applicata correttamente.',
      'En extranjería el conocimiento jurídico es sólido y se aplica correctamente.',
      'Legal expertise in the immigration office is solid and correctly applied.',
    ),
  ],
  // Opportunities
  [
    'training-programme',
    'opportunity',
    'organisation',
    ['learning-and-knowledge-sharing', 'diversity-oriented-personnel-development'],
    ['src-policy', 'i-staff'],
    L(
      'Das neue Fortbildungsprogramm der Verwaltung bietet Raum für Module zu interkultureller Kompetenz.',
      'Il nuovo piano di formazione dell’ente offre spazio per moduli sulla competenza interculturale.',
      'El nuevo plan de formación ofrece espacio para módulos de competencia intercultural.',
      'The administration’s new training programme leaves room for modules on intercultural competence.',
    ),
  ],
  [
    'strategy-update',
    'opportunity',
    'organisation',
    ['integration-strategy-steering', 'needs-analysis-evaluation'],
    ['src-strategy', 'fg'],
    L(
      'Die anstehende Fortschreibung des Integrationskonzepts kann die Ergebnisse dieser Analyse aufnehmen.',
      'Il prossimo aggiornamento del piano per l’integrazione può recepire i risultati di questa analisi.',
      'La próxima revisión del plan de inclusión puede incorporar los resultados de este análisis.',
      'The coming update of the integration strategy can take up the results of this review.',
    ),
  ],
  [
    'video-interpreting',
    'opportunity',
    'services-and-access',
    ['working-with-interpreters'],
    ['fg', 'src-evaluation'],
    L(
      'Video- und Telefondolmetschen kann Wartezeiten auf Dolmetschende verkürzen.',
      'L’interpretariato in video e al telefono può ridurre i tempi di attesa di un interprete.',
      'La interpretación por vídeo y teléfono puede acortar la espera de un intérprete.',
      'Video and telephone interpreting can shorten waits for an interpreter.',
    ),
  ],
  [
    'job-shadowing',
    'opportunity',
    'cooperation',
    ['interagency-case-cooperation', 'learning-and-knowledge-sharing'],
    ['fg', 'i-org'],
    L(
      'Hospitationen zwischen Ämtern und freien Trägern stoßen auf großes Interesse.',
      'Le visite di scambio tra uffici ed enti del terzo settore suscitano grande interesse.',
      'Las estancias de intercambio entre servicios y entidades sociales despiertan gran interés.',
      'Job shadowing between offices and NGOs meets with strong interest.',
    ),
  ],
].map(([key, kind, level, competences, evidence, statement]) => ({
  key,
  kind,
  level,
  competences,
  evidence,
  statement,
}));

const VALIDATION_NOTES = {
  amended: [
    L(
      'In der Validierung präzisiert: betrifft nicht alle Dienststellen gleichermaßen.',
      'Precisato in sede di validazione: non riguarda tutti gli uffici allo stesso modo.',
      'Matizado en la validación: no afecta por igual a todos los servicios.',
      'Refined at validation: it does not apply equally to all offices.',
    ),
    L(
      'Ergänzt: wird vor allem in Stoßzeiten beobachtet.',
      'Integrato: si osserva soprattutto nei periodi di maggiore affluenza.',
      'Completado: se observa sobre todo en las horas punta.',
      'Added: it is observed mainly at peak times.',
    ),
    L(
      'Umformuliert: die Ursache liegt eher in Abläufen als bei einzelnen Beschäftigten.',
      'Riformulato: la causa sta più nelle procedure che nelle singole persone.',
      'Reformulado: la causa está más en los procedimientos que en personas concretas.',
      'Reworded: the cause lies in procedures rather than in individual staff.',
    ),
  ],
  rejected: [
    L(
      'Nicht bestätigt: die Teilnehmenden sahen darin Einzelfälle.',
      'Non confermato: i partecipanti lo considerano un caso isolato.',
      'No confirmado: las personas participantes lo consideraron casos aislados.',
      'Not confirmed: participants saw these as isolated cases.',
    ),
    L(
      'Nicht bestätigt: eine neue Regelung hat das Problem inzwischen behoben.',
      'Non confermato: una nuova disposizione ha nel frattempo risolto il problema.',
      'No confirmado: una nueva norma ya ha resuelto el problema.',
      'Not confirmed: a new rule has since solved the problem.',
    ),
  ],
};

const NEGATIVE = new Set(['weakness', 'need', 'threat']);

/** How much a territory's pattern makes a template fit: > 1 more likely, < 1 less likely. */
function fitOf(template, t) {
  const effects = template.competences.map((c) => t.pattern[c] ?? 0);
  const worst = Math.min(...effects);
  const best = Math.max(...effects);
  if (NEGATIVE.has(template.kind)) return worst < 0 ? 1 + 45 * -worst : best > 0 ? 0.3 : 1;
  if (template.kind === 'strength') return best > 0 ? 4 : worst < 0 ? 0.2 : 1;
  return 1;
}

/** The strategy topics a template's finding serves (a territory's goals name their topics). */
const TOPICS = {
  access: [
    'legal-language',
    'online-booking',
    'information-local-language',
    'digital-only',
    'open-counter',
    'entitlements-unknown',
    'listening',
    'courteous-staff',
    'front-desk-law',
  ],
  language: [
    'children-interpret',
    'interpreting-budget',
    'interpreter-training',
    'video-interpreting',
    'plain-language-training',
    'legal-language',
    'multilingual-staff',
  ],
  personnel: [
    'front-desk-law',
    'legal-updates',
    'induction',
    'de-escalation',
    'staff-strain',
    'cultural-explanations',
    'multilingual-staff',
    'diverse-recruitment',
    'training-programme',
    'motivated-staff',
    'staff-turnover',
    'plain-language-training',
    'interpreter-training',
    'legal-expertise',
    'data-protection',
  ],
  cooperation: [
    'referrals-lost',
    'no-direct-contacts',
    'ngos-learn-late',
    'service-map',
    'job-shadowing',
    'ngo-network',
    'project-funding',
  ],
  participation: [
    'mo-not-involved',
    'migrant-council',
    'strategy-unknown',
    'strategy-update',
    'no-data',
  ],
  equality: [
    'no-complaints-office',
    'discrimination-guidelines',
    'depends-on-person',
    'polarised-climate',
    'courteous-staff',
    'cultural-explanations',
  ],
};

const topicsOf = (template) =>
  template.topics ??
  Object.entries(TOPICS)
    .filter(([, keys]) => keys.includes(template.key))
    .map(([topic]) => topic);

/** The ids of the territory's strategy goals that a finding from this template serves. */
const goalsOf = (template, t) => {
  const topics = topicsOf(template);
  return (t.strategy?.goals ?? [])
    .filter((g) => g.topics.some((topic) => topics.includes(topic)))
    .map((g) => g.id);
};

/** Picks `count` templates, weighted by their fit (sampling without replacement; repeats when count exceeds the pool). */
function pickTemplates(t, count, rng, pool = FINDING_TEMPLATES) {
  const chosen = [];
  while (chosen.length < count) {
    const keyed = pool.map((tpl) => ({
      tpl,
      key: Math.pow(rng.next(), 1 / fitOf(tpl, t)),
    }));
    keyed.sort((a, b) => b.key - a.key);
    // Make every kind appear in a full round.
    const round = [];
    for (const kind of ['weakness', 'need', 'threat', 'strength', 'opportunity']) {
      const first = keyed.find((k) => k.tpl.kind === kind && !round.includes(k.tpl));
      if (first) round.push(first.tpl);
    }
    for (const { tpl } of keyed) if (!round.includes(tpl)) round.push(tpl);
    chosen.push(...round.slice(0, count - chosen.length));
  }
  return chosen;
}

/**
 * The territory's findings: its own list (shared templates by key and its extra ones), then, when
 * more are asked for (benchmarks), further templates picked by fit.
 */
function territoryTemplates(t, count, rng) {
  const own = new Map((t.extraFindings ?? []).map((f) => [f.key, f]));
  const byKey = new Map(FINDING_TEMPLATES.map((tpl) => [tpl.key, tpl]));
  const listed = (t.findings ?? []).map((key) => {
    const tpl = own.get(key) ?? byKey.get(key);
    if (!tpl) throw new TypeError(`${t.id}: unknown finding template "${key}".`);
    return tpl;
  });
  if (count <= listed.length) return listed.slice(0, count);
  return [...listed, ...pickTemplates(t, count - listed.length, rng)];
}

function evidenceFor(template, ctx, rng) {
  const { sessions, sources, questionnaires } = ctx;
  const evidence = [];
  const interviews = (prefix) => sessions.filter((s) => s.id.startsWith(prefix));
  const fromSession = (s) => {
    const total = s.participants.reduce((n, p) => n + p.count, 0);
    evidence.push({
      session: s.id,
      participants: rng.int(1, total),
      groups: s.participants.map((p) => p.group),
    });
  };
  for (const token of template.evidence) {
    if (token.startsWith('interview-')) {
      const s = sessions.find((x) => x.id === token);
      if (!s) throw new TypeError(`Finding "${template.key}": no session "${token}".`);
      fromSession(s);
    } else if (token.startsWith('i-')) {
      const pool = rng.shuffle(interviews(`interview-${token.slice(2)}-`));
      for (const s of pool.slice(0, rng.int(1, 2))) fromSession(s);
    } else if (token === 'fg') {
      const s = sessions.find((x) => x.id === 'focus-group-exploration');
      const groups = rng.shuffle(s.participants).slice(0, rng.int(1, 3));
      const max = groups.reduce((n, p) => n + p.count, 0);
      evidence.push({
        session: s.id,
        participants: rng.int(Math.min(3, max), max),
        groups: groups.map((p) => p.group),
      });
    } else if (token.startsWith('src-')) {
      const s = sources.find((x) => x.kind === token.slice(4));
      if (s) evidence.push({ source: s.id });
    } else if (token === 'q-staff') {
      // An item of whatever staff instrument is in place that measures one of the competences.
      const q = questionnaires.staff;
      const items = itemsOfInstrument(q.instrumentObject).filter(
        (i) => i.competence && template.competences.includes(i.competence),
      );
      if (items.length > 0) evidence.push({ questionnaire: q.id, item: rng.pick(items).id });
    } else if (token.startsWith('q-')) {
      const [which, item] = token.slice(2).split(':');
      const q = questionnaires[which];
      if (q && itemsOfInstrument(q.instrumentObject).some((i) => i.id === item))
        evidence.push({ questionnaire: q.id, item });
    }
  }
  if (evidence.length === 0) {
    const s = sessions.find((x) => x.id === 'focus-group-exploration');
    evidence.push({ session: s.id, participants: rng.int(3, 8), groups: [GROUPS.staff] });
  }
  return evidence;
}

/**
 * The validation focus group's verdict. A territory names the findings its focus group rejected
 * or did not get to (`validation.rejected`, `validation.notValidated`); the others are confirmed
 * or amended. Without that list (other territories, benchmark repeats), the verdict is drawn by
 * the template's fit.
 */
function validationFor(template, t, rng, hasValidation) {
  if (!hasValidation) return undefined;
  const fit = fitOf(template, t);
  const listed = t.validation;
  const outcome = listed
    ? listed.rejected.includes(template.key)
      ? 'rejected'
      : listed.notValidated.includes(template.key)
        ? 'none'
        : rng.weighted([
            ['confirmed', 78],
            ['amended', 22],
          ])
    : rng.weighted(
        fit > 1
          ? [
              ['confirmed', 74],
              ['amended', 12],
              ['rejected', 4],
              ['none', 8],
            ]
          : fit < 1
            ? [
                ['confirmed', 35],
                ['amended', 20],
                ['rejected', 30],
                ['none', 15],
              ]
            : [
                ['confirmed', 56],
                ['amended', 16],
                ['rejected', 12],
                ['none', 16],
              ],
      );
  if (outcome === 'none') return undefined;
  const note = outcome === 'confirmed' ? undefined : rng.pick(VALIDATION_NOTES[outcome]);
  return { session: 'focus-group-validation', outcome, ...(note ? { note } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Instruments

const INSTRUMENT_FILES = {
  staff: 'instruments/staff-self-assessment.json',
  tcn: 'needs-analysis/tcn-questionnaire.json',
  stakeholders: 'needs-analysis/stakeholder-questionnaire.json',
};

/**
 * Reads the framework and the instruments from the content folder. An instrument file that is
 * missing or not valid JSON is left out (its questionnaire is then not generated).
 */
export function loadContent(contentDir = CONTENT_DIR) {
  const read = (path) => JSON.parse(readFileSync(join(contentDir, path), 'utf8'));
  const framework = read('framework.json');
  const instruments = {};
  for (const [key, path] of Object.entries(INSTRUMENT_FILES)) {
    if (!existsSync(join(contentDir, path))) continue;
    try {
      instruments[key] = read(path);
    } catch {
      // left out
    }
  }
  return { framework, instruments };
}

let cachedContent;
const defaultContent = () => (cachedContent ??= loadContent());

// ---------------------------------------------------------------------------------------------
// Studies

/**
 * Generates a synthetic needs study of a territory, deterministic for `seed`.
 *
 * @param {object} options
 * @param {string|object} options.territory a key of TERRITORIES or a territory object of the same shape
 * @param {number} [options.seed=1]
 * @param {number} [options.staffResponses] default: the territory's size
 * @param {number} [options.tcnResponses] default 60 (0 when the instrument is not available)
 * @param {number} [options.stakeholderResponses] default 40 (0 when the instrument is not available)
 * @param {number} [options.findings] default: the territory's own findings (22–27); more are picked by fit
 * @param {{framework: object, instruments: {staff: object, tcn?: object, stakeholders?: object}}} [options.content]
 *   the framework and instruments (default: read from the content folder)
 */
export function generateSampleStudy({
  territory = 'landkreis-offenbach',
  seed = 1,
  staffResponses,
  tcnResponses,
  stakeholderResponses,
  findings,
  content = defaultContent(),
} = {}) {
  const t = typeof territory === 'string' ? TERRITORIES[territory] : territory;
  if (!t)
    throw new TypeError(
      `Unknown territory "${territory}"; expected one of ${Object.keys(TERRITORIES).join(', ')}.`,
    );
  const { framework, instruments } = content;
  if (!instruments.staff) throw new TypeError('The staff self-assessment instrument is required.');
  const stream = (name) => rngOf(`${t.id}/${name}`, seed);
  const sizes = t.sizes;

  const sources = t.sources.map(({ synthetic, summary, ...source }) => ({
    ...source,
    summary: synthetic ? prefixed(INVENTED_SOURCE, summary) : summary,
  }));
  const sessions = buildSessions(t, stream('sessions'));

  const questionnaires = [];
  const byKey = {};
  const staffQ = staffQuestionnaire(
    t,
    framework,
    instruments.staff,
    staffResponses ?? sizes.staff,
    sizes.staffInvited,
    stream('staff'),
  );
  questionnaires.push(staffQ);
  byKey.staff = { id: staffQ.id, instrumentObject: instruments.staff };
  const tcnCount = instruments.tcn ? (tcnResponses ?? sizes.tcn) : 0;
  if (tcnCount > 0) {
    const q = perceptionQuestionnaire(
      t,
      'tcn-questionnaire',
      instruments.tcn,
      GROUPS.tcn,
      `${t.prefix}-t`,
      tcnCount,
      sizes.tcnInvited,
      stream('tcn'),
      t.tcnLocales,
      {
        'office-visited': t.officeVisited,
        'time-in-country': { 'under-1': 2, 'from-1-to-3': 4, 'from-4-to-10': 3, 'over-10': 1 },
      },
    );
    questionnaires.push(q);
    byKey.tcn = { id: q.id, instrumentObject: instruments.tcn };
  }
  const stkCount = instruments.stakeholders ? (stakeholderResponses ?? sizes.stakeholders) : 0;
  if (stkCount > 0) {
    const q = perceptionQuestionnaire(
      t,
      'stakeholder-questionnaire',
      instruments.stakeholders,
      GROUPS.stk,
      `${t.prefix}-k`,
      stkCount,
      sizes.stakeholdersInvited,
      stream('stakeholders'),
      t.language,
      {
        'organisation-type': {
          ngo: 5,
          'migrant-organisation': 3,
          education: 2,
          business: 1.5,
          'public-body': 2,
          volunteers: 1.5,
          other: 0.5,
        },
        'contact-frequency': { weekly: 3, monthly: 4, 'few-times-a-year': 2, rarely: 1 },
      },
    );
    questionnaires.push(q);
    byKey.stk = { id: q.id, instrumentObject: instruments.stakeholders };
  }

  const frng = stream('findings');
  const count = findings ?? t.findings.length;
  const templates = territoryTemplates(t, count, frng);
  const width = String(count).length < 2 ? 2 : String(count).length;
  const ctx = { sessions, sources, questionnaires: byKey };
  const idOf = new Map();
  const codedFindings = templates.map((tpl, i) => {
    const validation = validationFor(tpl, t, frng, true);
    const id = `f-${pad(i + 1, width)}-${tpl.key}`;
    if (!idOf.has(tpl.key)) idOf.set(tpl.key, id);
    const goals = goalsOf(tpl, t);
    return {
      id,
      statement: t.statements?.[tpl.key] ?? tpl.statement,
      kind: tpl.kind,
      level: tpl.level,
      competences: tpl.competences,
      evidence: evidenceFor(tpl, ctx, frng),
      ...(validation ? { validation } : {}),
      ...(goals.length > 0 ? { strategyGoals: goals } : {}),
    };
  });

  const quotes = (t.quotes ?? []).map((quote, i) => {
    const ids = (quote.findings ?? []).map((key) => idOf.get(key)).filter(Boolean);
    return {
      id: `q-${i + 1}`,
      session: quote.session,
      group: GROUPS.tcn,
      language: quote.language,
      text: quote.text,
      ...(ids.length > 0 ? { findings: ids } : {}),
    };
  });

  return {
    $schema: 'https://w3id.org/competence-kit/schemas/needs-study/v1',
    id: `${SAMPLES}/needs-studies/${t.id}-2021`,
    synthetic: true,
    territory: { id: t.id, name: t.name, country: t.country },
    period: { start: '2021-03-01', end: '2021-06-30' },
    team: t.team,
    framework: { id: framework.id, version: `^${framework.version}` },
    ...(t.strategy
      ? {
          strategy: {
            title: t.strategy.title,
            publisher: t.strategy.publisher,
            date: t.strategy.date,
            ...(t.strategy.uri ? { uri: t.strategy.uri } : {}),
            goals: t.strategy.goals.map(({ id, title }) => ({ id, title })),
          },
        }
      : {}),
    sources,
    sessions,
    questionnaires,
    findings: codedFindings,
    ...(t.internalReview ? { internalReview: t.internalReview } : {}),
    ...(quotes.length > 0 ? { quotes } : {}),
    ...(t.limitations ? { limitations: t.limitations } : {}),
  };
}

/** The same generator, larger: for benchmarks (5,000 staff responses and 300 findings by default). */
export function generateBenchStudy({
  staffResponses = 5000,
  findings = 300,
  seed = 1,
  territory = 'landkreis-offenbach',
  ...rest
} = {}) {
  const study = generateSampleStudy({ territory, seed, staffResponses, findings, ...rest });
  return { ...study, id: `${SAMPLES}/needs-studies/${study.territory.id}-bench-${staffResponses}` };
}

// ---------------------------------------------------------------------------------------------
// Sample reports

/** The seed of the committed samples. */
export const SAMPLE_SEED = 2021;

/** The committed sample reports: each territory in its own language and in English. */
export const SAMPLE_REPORTS = [
  ['landkreis-offenbach', 'de'],
  ['landkreis-offenbach', 'en'],
  ['ravenna', 'it'],
  ['ravenna', 'en'],
  ['cartagena', 'es'],
  ['cartagena', 'en'],
];

/**
 * The 12-month programme template and the catalogue's modules, which the sample reports link
 * their priorities to; undefined when a file is missing or not valid JSON.
 */
export function loadTraining(contentDir = CONTENT_DIR) {
  try {
    const read = (path) => JSON.parse(readFileSync(join(contentDir, 'training', path), 'utf8'));
    return { programme: read('programme-template.json'), modules: read('catalogue.json').modules };
  } catch {
    return undefined;
  }
}

/**
 * A sample report in Markdown, built the same way by the generator and the tests: `analysis` is
 * the needs-analysis module (buildNeedsReport, renderNeedsReportMarkdown), `training` what
 * loadTraining returns.
 */
export function sampleReportMarkdown(analysis, study, content, locale, training) {
  const options = { instruments: Object.values(content.instruments) };
  if (training)
    Object.assign(options, { programme: training.programme, modules: training.modules });
  const report = analysis.buildNeedsReport(study, content.framework, locale, options);
  return analysis.renderNeedsReportMarkdown(report);
}

/** The instruments a generated study answers, as an array for parseNeedsStudy and buildNeedsReport. */
export function instrumentsOf(content = defaultContent()) {
  return Object.values(content.instruments);
}
