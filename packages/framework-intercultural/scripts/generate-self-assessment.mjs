#!/usr/bin/env node
// Writes content/instruments/staff-self-assessment.json from one source module per domain
// section, scripts/self-assessment/<domain-id>.mjs (see types.d.mts for their format). Every
// scored item is anchored to a level of the framework; the generator adds each item's
// `competence` and checks the modules: an item without a valid level, a duplicate id or a text
// missing in one of the locales stops it with a message naming the module and the item.
// Deterministic: the same modules always give the same file (a test checks that the committed
// file is exactly this output).
// Usage: node packages/framework-intercultural/scripts/generate-self-assessment.mjs [--check]
//   --check: generate and compare with the committed file, write nothing; exit 1 if they differ.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const MODULE_DIR = join(here, 'self-assessment');
const outputFile = join(here, '..', 'content', 'instruments', 'staff-self-assessment.json');

export const LOCALES = ['de', 'it', 'es', 'en'];
export const LEVELS = ['foundation', 'practitioner', 'advanced', 'expert'];
export const VERSION = '2.0.0';
/** Accepts the framework 1.1.0 (the first with vulnerability-and-safe-referral) and later 1.x. */
export const FRAMEWORK_RANGE = '^1.1.0';

const ANSWER_LOW = {
  de: 'Manche Aussagen beschreiben Aufgaben, die über die eigene Fallarbeit hinausgehen, etwa die Arbeit im Team zu gestalten oder für die ganze Verwaltung Standards zu setzen. Wenn Sie das nicht tun, antworten Sie mit „Nie“ oder „Stimme überhaupt nicht zu“: Das ist kein schlechtes Ergebnis, sondern beschreibt den Zuschnitt Ihrer Stelle.',
  it: "Alcune affermazioni descrivono compiti che vanno oltre le proprie pratiche, come organizzare il lavoro del gruppo o fissare standard per tutta l'amministrazione. Se non li svolge, risponda «Mai» o «Per niente d'accordo»: non è un risultato negativo, ma descrive l'ambito del Suo ruolo.",
  es: 'Algunas afirmaciones describen tareas que van más allá de los propios expedientes, como organizar el trabajo del equipo o fijar normas para toda la administración. Si no las realiza, responda «Nunca» o «Totalmente en desacuerdo»: no es un mal resultado, sino que describe el alcance de su puesto.',
  en: 'Some statements describe tasks beyond your own casework, such as shaping how the team works or setting standards for the whole administration. If you do not do this, answer “Never” or “Strongly disagree”: this is not a poor result; it describes the scope of your post.',
};

/** The instrument's header: everything but the sections. */
export function header(competenceCount) {
  const n = competenceCount;
  return {
    $schema: 'https://w3id.org/competence-kit/schemas/instrument/v1',
    id: 'https://w3id.org/competence-kit/instruments/staff-self-assessment',
    version: VERSION,
    framework: {
      id: 'https://w3id.org/competence-kit/frameworks/intercultural-public-administration',
      version: FRAMEWORK_RANGE,
    },
    purpose: 'self-assessment',
    audience: 'staff',
    title: {
      de: 'Interkulturelle Kompetenz: Selbsteinschätzung für Mitarbeitende',
      it: 'Competenza interculturale: autovalutazione del personale',
      es: 'Competencia intercultural: autoevaluación del personal',
      en: 'Intercultural competence: self-assessment for staff',
    },
    description: {
      de: `Eine Selbsteinschätzung für Mitarbeitende, die in einer Stadt- oder Kreisverwaltung Zugewanderte und Geflüchtete empfangen, beraten und unterstützen. Sie umfasst die ${n} Kompetenzen des Rahmens für interkulturelle Kompetenz in der öffentlichen Verwaltung in sieben Bereichen. Zu jeder Kompetenz gibt es eine Aussage für jede der vier Stufen des Rahmens, von der Grundstufe bis zur Expertenstufe, und zu vielen eine kurze Situation aus der Praxis; die erreichte Stufe ergibt sich daraus, welchen Aussagen Sie zustimmen.`,
      it: `Un'autovalutazione per il personale che accoglie, orienta e sostiene persone migranti e rifugiate in un'amministrazione comunale o provinciale. Copre le ${n} competenze del quadro di riferimento per la competenza interculturale nella pubblica amministrazione, suddivise in sette aree. Per ogni competenza c'è un'affermazione per ciascuno dei quattro livelli del quadro, dal livello di base a quello esperto, e per molte una breve situazione tratta dalla pratica; il livello raggiunto dipende dalle affermazioni in cui si riconosce.`,
      es: `Una autoevaluación para el personal que recibe, orienta y apoya a personas migrantes y refugiadas en una administración municipal o provincial. Abarca las ${n} competencias del marco de competencia intercultural para la administración pública, agrupadas en siete ámbitos. Para cada competencia hay una afirmación por cada uno de los cuatro niveles del marco, del básico al experto, y para muchas una breve situación de la práctica; el nivel alcanzado depende de las afirmaciones con las que usted se identifica.`,
      en: `A self-assessment for staff who receive, advise and support migrants and refugees in a city or county administration. It covers the ${n} competences of the intercultural competence framework for public administration in seven domains. Each competence has one statement for each of the framework's four levels, from foundation to expert, and many have a short situation from practice; the level reached follows from the statements you agree with.`,
    },
    instructions: {
      de: `Bitte denken Sie beim Antworten an Ihre Arbeit in den letzten Monaten. Bei den Aussagen gibt es keine richtigen oder falschen Antworten: Hilfreich ist ein ehrliches Bild davon, was Sie tatsächlich tun, nicht davon, was getan werden sollte. Wählen Sie bei den Arbeitssituationen die Reaktion, die Ihrem tatsächlichen Vorgehen am nächsten kommt. ${ANSWER_LOW.de} Bitte beantworten Sie deshalb möglichst alle Aussagen. Ihre Antworten sind pseudonymisiert: Niemand in Ihrer Verwaltung sieht sie einzeln, und Ergebnisse werden nur für Gruppen von mindestens fünf Personen angezeigt. Das Ausfüllen dauert etwa 35 Minuten.`,
      it: `Nel rispondere pensi al Suo lavoro degli ultimi mesi. Per le affermazioni non ci sono risposte giuste o sbagliate: ciò che serve è un quadro sincero di ciò che fa realmente, non di ciò che si dovrebbe fare. Nelle situazioni di lavoro scelga la reazione più vicina a ciò che farebbe davvero. ${ANSWER_LOW.it} La preghiamo quindi di rispondere, per quanto possibile, a tutte le affermazioni. Le Sue risposte sono pseudonime: nessuno nella Sua amministrazione le vede singolarmente e i risultati sono mostrati solo per gruppi di almeno cinque persone. La compilazione richiede circa 35 minuti.`,
      es: `Al responder, piense en su trabajo de los últimos meses. En las afirmaciones no hay respuestas correctas ni incorrectas: lo útil es una imagen sincera de lo que usted hace realmente, no de lo que debería hacerse. En las situaciones de trabajo, elija la reacción más parecida a lo que haría en realidad. ${ANSWER_LOW.es} Por eso le rogamos que responda, en la medida de lo posible, a todas las afirmaciones. Sus respuestas son seudónimas: nadie en su administración las ve de forma individual y los resultados solo se muestran para grupos de al menos cinco personas. Completar el cuestionario lleva unos 35 minutos.`,
      en: `Please answer with your work over the last few months in mind. There are no right or wrong answers to the statements: what helps is an honest picture of what you actually do, not of what ought to be done. In the work situations, choose the reaction closest to what you would really do. ${ANSWER_LOW.en} So please answer as many statements as you can. Your answers are pseudonymous: nobody in your organisation sees them individually, and results are only shown for groups of at least five people. Answering takes about 35 minutes.`,
    },
    locales: [...LOCALES],
    defaultLocale: 'en',
    license: 'CC-BY-4.0',
    likertScales: [
      {
        id: 'agreement',
        min: 1,
        max: 5,
        labels: {
          1: {
            de: 'Stimme überhaupt nicht zu',
            it: "Per niente d'accordo",
            es: 'Totalmente en desacuerdo',
            en: 'Strongly disagree',
          },
          2: {
            de: 'Stimme eher nicht zu',
            it: "Poco d'accordo",
            es: 'En desacuerdo',
            en: 'Disagree',
          },
          3: {
            de: 'Teils, teils',
            it: "Né d'accordo né in disaccordo",
            es: 'Ni de acuerdo ni en desacuerdo',
            en: 'Neither agree nor disagree',
          },
          4: { de: 'Stimme eher zu', it: "Abbastanza d'accordo", es: 'De acuerdo', en: 'Agree' },
          5: {
            de: 'Stimme voll und ganz zu',
            it: "Del tutto d'accordo",
            es: 'Totalmente de acuerdo',
            en: 'Strongly agree',
          },
        },
      },
      {
        id: 'frequency',
        min: 1,
        max: 5,
        labels: {
          1: { de: 'Nie', it: 'Mai', es: 'Nunca', en: 'Never' },
          2: { de: 'Selten', it: 'Raramente', es: 'Pocas veces', en: 'Rarely' },
          3: { de: 'Manchmal', it: 'A volte', es: 'A veces', en: 'Sometimes' },
          4: { de: 'Häufig', it: 'Spesso', es: 'A menudo', en: 'Often' },
          5: { de: 'Immer', it: 'Sempre', es: 'Siempre', en: 'Always' },
        },
      },
    ],
  };
}

const NOT_MY_POST = {
  de: 'Wenn Ihre Stelle solche Aufgaben nicht umfasst, antworten Sie mit „Nie“ oder „Stimme überhaupt nicht zu“, statt die Aussagen auszulassen.',
  it: "Se il Suo ruolo non prevede questi compiti, risponda «Mai» o «Per niente d'accordo» invece di lasciare le affermazioni senza risposta.",
  es: 'Si su puesto no incluye estas tareas, responda «Nunca» o «Totalmente en desacuerdo» en lugar de dejar las afirmaciones sin responder.',
  en: 'If your post does not include such tasks, answer “Never” or “Strongly disagree” rather than leaving the statements out.',
};

/** The seven domain sections in the instrument's order, with their titles and descriptions. */
export const SECTIONS = [
  {
    id: 'attitudes-values',
    title: {
      de: 'Haltung und Werte',
      it: 'Atteggiamenti e valori',
      es: 'Actitudes y valores',
      en: 'Attitudes and values',
    },
  },
  {
    id: 'intercultural-communication',
    title: {
      de: 'Interkulturelle Kommunikation im Publikumsverkehr',
      it: "Comunicazione interculturale e rapporto con l'utenza",
      es: 'Comunicación intercultural y atención al público',
      en: 'Intercultural communication and service interaction',
    },
  },
  {
    id: 'legal-framework',
    title: {
      de: 'Rechtlicher und institutioneller Rahmen',
      it: 'Quadro giuridico e istituzionale',
      es: 'Marco jurídico e institucional',
      en: 'Legal and institutional framework',
    },
  },
  {
    id: 'accessible-services',
    title: {
      de: 'Zugängliche Angebote und Zielgruppenansprache',
      it: 'Servizi accessibili e prossimità',
      es: 'Servicios accesibles y acercamiento a la población',
      en: 'Accessible services and outreach',
    },
  },
  {
    id: 'cooperation-networks',
    title: {
      de: 'Kooperation und Netzwerke',
      it: 'Cooperazione e reti',
      es: 'Cooperación y redes',
      en: 'Cooperation and networks',
    },
    description: {
      de: `Einige Aussagen in diesem Teil betreffen Kontakte zu anderen Organisationen. ${NOT_MY_POST.de}`,
      it: `Alcune affermazioni di questa parte riguardano i contatti con altre organizzazioni. ${NOT_MY_POST.it}`,
      es: `Algunas afirmaciones de esta parte se refieren a contactos con otras entidades. ${NOT_MY_POST.es}`,
      en: `Some statements in this part concern contacts with other organisations. ${NOT_MY_POST.en}`,
    },
  },
  {
    id: 'strategy-organisation',
    title: {
      de: 'Strategie, Steuerung und Organisationsentwicklung',
      it: 'Strategia, governance e sviluppo organizzativo',
      es: 'Estrategia, dirección y desarrollo organizativo',
      en: 'Strategy, steering and organisational development',
    },
    description: {
      de: `Einige Aussagen in diesem Teil betreffen Planung, Koordination oder Leitung. ${NOT_MY_POST.de}`,
      it: `Alcune affermazioni di questa parte riguardano la programmazione, il coordinamento o la direzione. ${NOT_MY_POST.it}`,
      es: `Algunas afirmaciones de esta parte se refieren a la planificación, la coordinación o la dirección. ${NOT_MY_POST.es}`,
      en: `Some statements in this part concern planning, coordinating or leading. ${NOT_MY_POST.en}`,
    },
  },
  {
    id: 'reflective-practice',
    title: {
      de: 'Reflexion und Selbstfürsorge',
      it: 'Pratica riflessiva e cura di sé',
      es: 'Práctica reflexiva y autocuidado',
      en: 'Reflective practice and self-care',
    },
  },
];

/** The unscored open question at the end of the last section. */
export const TRAINING_WISHES = {
  id: 'training-wishes',
  type: 'free-text',
  maxLength: 2000,
  prompt: {
    de: 'Welche Fortbildung oder Unterstützung würde Ihnen bei der Arbeit mit Menschen unterschiedlicher Herkunft am meisten helfen, und in welcher Form (zum Beispiel Workshop, E-Learning, Hospitation, kollegialer Austausch oder Mentoring)?',
    it: 'Quale formazione o supporto Le sarebbe più utile nel lavoro con persone di provenienza diversa, e in quale forma (per esempio laboratorio, e-learning, affiancamento, scambio tra pari o mentoring)?',
    es: '¿Qué formación o apoyo le resultaría más útil en su trabajo con personas de orígenes diversos, y en qué formato (por ejemplo taller, formación en línea, acompañamiento en el puesto, intercambio entre colegas o mentoría)?',
    en: 'Which training or support would help you most in your work with people from diverse backgrounds, and in which format (for example a workshop, e-learning, job shadowing, peer exchange or mentoring)?',
  },
};

/** The anchored rule of issue 17 (see CONTENT.md). */
export const SCORING = { method: 'anchored', endorsement: 0.75, minAnsweredShare: 0.5 };

/** A problem in the source modules: the message names the module and the item. */
export class SourceError extends Error {}

const fail = (where, message) => {
  throw new SourceError(`${where}: ${message}`);
};

function checkText(where, field, text) {
  if (text === undefined) return;
  if (text === null || typeof text !== 'object') fail(where, `${field} is not a text per locale`);
  for (const locale of LOCALES) {
    const value = text[locale];
    if (typeof value !== 'string' || value.trim() === '')
      fail(where, `${field} has no text in "${locale}" (every text needs ${LOCALES.join(', ')})`);
  }
}

/** One module item with its `competence` added (after `type`), checked. */
function instrumentItem(where, competence, item) {
  if (item === null || typeof item !== 'object') fail(where, 'an item is not an object');
  if (typeof item.id !== 'string' || item.id === '') fail(where, 'an item has no id');
  const at = `${where}, item ${item.id}`;
  if (item.level === undefined)
    fail(at, `no level (expected one of ${LEVELS.join(', ')}, the level it is anchored to)`);
  if (!LEVELS.includes(item.level))
    fail(at, `level "${item.level}" is not one of ${LEVELS.join(', ')}`);
  if ('competence' in item) fail(at, 'has a competence: the generator adds it from the block');
  checkText(at, 'prompt', item.prompt);
  if (item.prompt === undefined) fail(at, 'has no prompt');
  checkText(at, 'help', item.help);
  checkText(at, 'scenario', item.scenario);
  for (const [k, option] of (item.options ?? []).entries()) {
    checkText(at, `option ${option.id ?? k + 1} label`, option.label);
    checkText(at, `option ${option.id ?? k + 1} feedback`, option.feedback);
  }
  const { id, type, level, ...rest } = item;
  return { id, type, competence, level, ...rest };
}

/**
 * The instrument from the seven modules' default exports (`modules[sectionId]`), checked: every
 * item anchored to a level, ids unique, texts complete in every locale.
 */
export function generateSelfAssessment(modules) {
  const ids = new Map();
  const competences = new Set();
  const sections = SECTIONS.map((section) => {
    const where = `scripts/self-assessment/${section.id}.mjs`;
    const blocks = modules[section.id];
    if (!Array.isArray(blocks)) fail(where, 'the default export is not an array of competences');
    const items = [];
    for (const block of blocks) {
      if (typeof block?.competence !== 'string' || !Array.isArray(block.items))
        fail(where, 'every block needs a competence id and an items array');
      if (competences.has(block.competence))
        fail(where, `competence ${block.competence} has a second block`);
      competences.add(block.competence);
      for (const item of block.items) {
        const built = instrumentItem(`${where}, ${block.competence}`, block.competence, item);
        if (ids.has(built.id))
          fail(`${where}, item ${built.id}`, `duplicate id (also in ${ids.get(built.id)})`);
        ids.set(built.id, where);
        items.push(built);
      }
    }
    return { ...section, items };
  });
  sections.at(-1).items.push(JSON.parse(JSON.stringify(TRAINING_WISHES)));
  return { ...header(competences.size), sections, scoring: { ...SCORING } };
}

/** The sections whose module file does not exist yet. */
export const missingModules = (dir = MODULE_DIR) =>
  SECTIONS.map((s) => s.id).filter((id) => !existsSync(join(dir, `${id}.mjs`)));

/** Each module's default export, by section id. */
export async function loadModules(dir = MODULE_DIR) {
  const modules = {};
  for (const { id } of SECTIONS)
    modules[id] = (await import(pathToFileURL(join(dir, `${id}.mjs`)).href)).default;
  return modules;
}

/** The instrument as the committed file's text: prettier-formatted JSON. */
export async function formatInstrument(instrument) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(outputFile)) ?? {};
  return prettier.format(JSON.stringify(instrument), { ...options, parser: 'json' });
}

async function main() {
  const missing = missingModules();
  if (missing.length > 0) {
    console.error(
      `Not all section modules exist yet; missing: ${missing.map((id) => `scripts/self-assessment/${id}.mjs`).join(', ')}. The instrument was not written.`,
    );
    process.exit(1);
  }
  let instrument;
  try {
    instrument = generateSelfAssessment(await loadModules());
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const text = await formatInstrument(instrument);
  if (process.argv.includes('--check')) {
    const same = readFileSync(outputFile, 'utf8') === text;
    console.log(
      same ? 'staff-self-assessment.json is up to date' : 'staff-self-assessment.json differs',
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(outputFile, text);
  const count = instrument.sections.reduce((n, s) => n + s.items.length, 0);
  console.log(`wrote ${outputFile}: ${count} items`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
