// A seeded knowledge base for the search benchmark (issue 19): entries of the four kinds in the
// shares a grown compendium would have (practices and toolkit material most, testimonials some,
// manifestos few), texts in de, it, es and en built from the domain's own words (80–400 words
// per language version), tags from the shipped framework's competence ids and the catalogue's
// modules. Pure JavaScript without Node APIs: the benchmark runs it inside Chromium too, so the
// page builds the same 10,000 entries without shipping 30 MB of JSON through the driver.

/** mulberry32: small, fast, good enough to make workloads, and the same on every engine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const split = (text) => text.trim().split(/\s+/);

/**
 * The words texts are made of, per language: nouns, verbs, adjectives, and the small words
 * between them. Earlier words are drawn more often (as in real text, a few words carry most of
 * it), so postings have the skew real ones have.
 */
export const VOCABULARY = {
  de: {
    nouns: split(`Integration Verwaltung Beratung Ausländerbehörde Bürgeramt Jobcenter
      Dolmetscherinnen Dolmetscher Sprachmittlung Aufenthaltstitel Aufenthaltsrecht Arbeitserlaubnis
      Anerkennung Berufsabschluss Sprachkurs Integrationskurs Einbürgerung Familiennachzug Antrag
      Bescheid Formular Termin Wartezeit Beschwerde Schulung Fortbildung Mitarbeitende
      Sachbearbeiterinnen Leitung Team Netzwerk Kooperation Migrantenorganisation Ehrenamtliche
      Wohlfahrtsverband Berufsschule Hochschule Unternehmen Gemeinde Landkreis Zuwanderung
      Geflüchtete Neuzugewanderte Familien Kinder Jugendliche Frauen Gesundheit Wohnung
      Arbeitsmarkt Ausbildung Kita Schule Mehrsprachigkeit Vielfalt Diskriminierung
      Gleichbehandlung Datenschutz Vertrauen Sprache Brief Schreiben Verständlichkeit
      Fallbesprechung Lotsen Willkommenszentrum Sprechstunde Anlaufstelle Handlungsplan Ziel
      Maßnahme Ergebnis Erfahrung Rückmeldung Befragung Bedarf Konflikt Deeskalation
      Empfangstresen Haltung Mediation Nachbarschaft Verein Kirchengemeinde Stadtteil Quartier`),
    verbs:
      split(`unterstützt begleitet erklärt vermittelt organisiert verbessert entwickelt verkürzt
      stärkt erreicht bündelt übersetzt prüft dokumentiert plant bietet nutzt vereinfacht schult
      informiert berät koordiniert öffnet senkt fördert`),
    adjectives:
      split(`mehrsprachige verständliche interkulturelle kommunale gemeinsame regionale neue
      kurze klare digitale offene ehrenamtliche schnelle regelmäßige barrierefreie vertrauliche
      verlässliche konkrete praktische feste wöchentliche monatliche erfolgreiche zentrale
      niedrigschwellige`),
    small: split(`der die das und mit für im in den von zur zum bei auf ohne nach durch über einer
      eines dem auch oder sowie als wie nicht`),
    roles: split(`Integrationsbeauftragte Teamleitung Empfang Fachdienst Koordinierungsstelle`),
    names: ['Lotsenverein Mainbogen', 'Netzwerk Kreisel', 'Bildungswerk Lindenhof'],
  },
  it: {
    nouns: split(`integrazione amministrazione sportello questura prefettura comune mediazione
      mediatrice mediatori interpreti permesso soggiorno cittadinanza ricongiungimento
      riconoscimento titolo studio corso lingua formazione operatori operatrici personale ufficio
      servizio servizi rete cooperazione associazione associazioni volontariato scuola università
      impresa lavoro casa salute famiglie bambini donne giovani richiedenti asilo rifugiati
      cittadini stranieri accoglienza domanda modulo appuntamento attesa lettera linguaggio
      chiarezza fiducia diversità discriminazione parità riservatezza quartiere territorio
      provincia piano obiettivo misura risultato esperienza questionario bisogni conflitto ascolto
      sportelli percorso orientamento tirocinio centro comunità parrocchia cooperativa`),
    verbs: split(`sostiene accompagna spiega organizza migliora sviluppa riduce rafforza raggiunge
      traduce verifica documenta pianifica offre utilizza semplifica forma informa coordina apre
      promuove coinvolge facilita orienta accoglie`),
    adjectives: split(`multilingue chiaro interculturale comunale condiviso regionale nuovo breve
      semplice digitale aperto gratuito rapido regolare accessibile riservato affidabile concreto
      pratico settimanale mensile efficace centrale territoriale stabile`),
    small: split(`il la lo le gli di del della dei delle con per nel nella tra su da dal alla al un
      una che non anche oppure come ogni`),
    roles: split(`referente coordinatrice sportellista responsabile educatrice`),
    names: ['Cooperativa Ponte Azzurro', 'Associazione Vela Comune', 'Rete Pineta Aperta'],
  },
  es: {
    nouns: split(`integración administración ayuntamiento oficina extranjería mediación mediadora
      mediadores intérpretes permiso residencia trabajo nacionalidad reagrupación homologación
      título curso idioma formación personal funcionarias servicio servicios red cooperación
      asociación asociaciones voluntariado instituto universidad empresa empleo vivienda salud
      familias niños mujeres jóvenes solicitantes asilo refugiados ciudadanía acogida solicitud
      formulario cita espera carta lenguaje claridad confianza diversidad discriminación igualdad
      protección datos barrio región municipio plan objetivo medida resultado experiencia encuesta
      necesidades conflicto escucha ventanilla itinerario orientación prácticas centro comunidad
      parroquia educación empadronamiento`),
    verbs: split(`apoya acompaña explica organiza mejora desarrolla reduce refuerza alcanza traduce
      comprueba documenta planifica ofrece utiliza simplifica forma informa coordina abre promueve
      implica facilita orienta acoge`),
    adjectives:
      split(`multilingüe clara claro intercultural municipal compartido regional nuevo breve
      sencillo digital abierto gratuito rápido regular accesible confidencial fiable concreto
      práctico semanal mensual eficaz central cercano`),
    small: split(`el la los las de del con para en por entre sobre desde al un una que no también
      como cada sin sus`),
    roles: split(`técnica coordinadora recepción responsable orientadora`),
    names: ['Asociación Faro del Sur', 'Red Calblanque Solidaria', 'Colectivo Puerto Abierto'],
  },
  en: {
    nouns: split(`integration administration counter office residence permit work citizenship
      reunification recognition qualification course language training staff caseworkers service
      services network cooperation association associations volunteers school university employer
      employment housing health families children women youth applicants asylum refugees newcomers
      reception application form appointment waiting letter wording clarity trust diversity
      discrimination equality privacy neighbourhood region municipality plan goal measure result
      experience survey needs conflict listening desk pathway guidance internship centre community
      parish interpreters mediators mediation outreach`),
    verbs:
      split(`supports accompanies explains organises improves develops reduces strengthens reaches
      translates checks documents plans offers uses simplifies trains informs coordinates opens
      promotes involves eases guides welcomes`),
    adjectives: split(`multilingual plain intercultural municipal shared regional new short simple
      digital open free quick regular accessible confidential reliable concrete practical weekly
      monthly effective central local joint`),
    small: split(`the of and with for in on to by from at an that not also as each without their its
      or into between`),
    roles: split(`coordinator caseworker receptionist trainer adviser`),
    names: ['Harbourside Welcome Circle', 'Northgate Newcomers Forum', 'Bridgewell Learning Trust'],
  },
};

/** The pilot territories with their language; `undefined` is a general entry (no territory). */
const TERRITORIES = [
  { id: 'landkreis-offenbach', locale: 'de', share: 0.3 },
  { id: 'ravenna', locale: 'it', share: 0.3 },
  { id: 'cartagena', locale: 'es', share: 0.3 },
  { id: undefined, locale: 'en', share: 0.1 },
];
const KINDS = [
  { kind: 'practice', share: 0.45 },
  { kind: 'toolkit', share: 0.4 },
  { kind: 'testimonial', share: 0.12 },
  { kind: 'manifesto', share: 0.03 },
];
const TOPICS = split(`mediation-desk interpreter-pool plain-letters welcome-centre case-conference
  outreach-walks permit-appointments parents-cafe job-shadowing language-buddies complaint-desk
  staff-training data-sharing-protocol volunteer-guides recognition-advice housing-roundtable
  school-enrolment health-navigators women-network youth-mentoring`);
const MATERIALS = ['session-plan', 'case', 'handout', 'letter-template'];
const VOPI = ['organisation', 'services-and-access', 'personnel', 'cooperation'];

/**
 * `count` entries (seeded): `{ entries, withdrawn }` where `withdrawn` counts the testimonials
 * whose consent was withdrawn (about one in twenty; the search must never find them).
 * @param {{ count?: number, seed?: number, competences: string[], modules: string[] }} options
 */
export function generateKnowledge({ count = 10_000, seed = 19, competences, modules }) {
  if (!competences?.length || !modules?.length)
    throw new TypeError('generateKnowledge needs the framework competence ids and the module ids');
  const random = prng(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  // Skewed towards the start of the list (r² puts half the draws in the first quarter).
  const skewed = (list) => list[Math.floor(random() * random() * list.length)];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const byShare = (list) => {
    let r = random();
    for (const item of list) if ((r -= item.share) < 0) return item;
    return list[list.length - 1];
  };
  const distinct = (list, n, draw = skewed) => {
    const out = new Set();
    while (out.size < Math.min(n, list.length)) out.add(draw(list));
    return [...out];
  };
  const capital = (word) => word[0].toUpperCase() + word.slice(1);

  /** A sentence of 6–12 words, sometimes with a number or an organisation's name. */
  function sentence(v) {
    const parts = [];
    const pattern = pick(['SANVSAN', 'SNSNVAN', 'SNVSANSN', 'ANVSNSSN', 'SNVSNSAN']);
    for (const slot of pattern)
      parts.push(
        slot === 'S'
          ? skewed(v.small)
          : slot === 'N'
            ? skewed(v.nouns)
            : slot === 'V'
              ? skewed(v.verbs)
              : skewed(v.adjectives),
      );
    if (random() < 0.15) parts.push(String(int(2, 400)));
    if (random() < 0.08) parts.push(pick(v.names));
    return `${capital(parts.join(' '))}.`;
  }
  /** About `words` words of sentences. */
  function text(v, words) {
    const out = [];
    let n = 0;
    while (n < words) {
      const s = sentence(v);
      out.push(s);
      n += s.split(' ').length;
    }
    return out.join(' ');
  }
  const title = (v) =>
    capital(
      `${skewed(v.adjectives)} ${skewed(v.nouns)} ${skewed(v.small)} ${skewed(v.nouns)} ${skewed(v.nouns)}`,
    );
  /** A LocalizedText: for each language, `make(vocabulary)`. */
  const localized = (languages, make) =>
    Object.fromEntries(languages.map((l) => [l, make(VOCABULARY[l])]));

  const entries = [];
  let withdrawn = 0;
  for (let i = 0; i < count; i++) {
    const { kind } = byShare(KINDS);
    const place = byShare(TERRITORIES);
    const others = ['de', 'it', 'es', 'en'].filter((l) => l !== place.locale);
    const languages =
      place.id === undefined
        ? ['en', ...distinct(others, int(0, 2), pick)]
        : random() < 0.6
          ? [place.locale, 'en']
          : [place.locale];
    const budget = int(80, 400); // words per language version
    const first = VOCABULARY[languages[0]];
    const entry = {
      kind,
      id: `${kind}-${place.id ?? 'general'}-${pick(TOPICS)}-${String(i).padStart(4, '0')}`,
      title: localized(languages, title),
      summary: localized(languages, (v) => text(v, 20)),
      languages,
      ...(place.id === undefined ? {} : { territory: place.id }),
      tags: {
        competences: distinct(competences, int(1, 3)),
        levels: distinct([1, 2, 3, 4], int(1, 2), pick).sort(),
        vopiLevels: distinct(VOPI, int(1, 2)),
        keywords: distinct(first.nouns, int(2, 4)),
      },
      published: `${int(2023, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      synthetic: true,
    };
    const rest = budget - 30; // title and summary take about 30 words
    if (kind === 'practice') {
      const quarter = Math.max(10, Math.round(rest / 4));
      Object.assign(entry, {
        challenge: localized(languages, (v) => text(v, quarter)),
        approach: localized(languages, (v) => text(v, quarter)),
        result: localized(languages, (v) => text(v, quarter)),
        transferability: localized(languages, (v) => text(v, quarter)),
        contacts: [localized(languages, (v) => `${capital(pick(v.roles))}, ${pick(v.names)}`)],
      });
    } else if (kind === 'toolkit') {
      Object.assign(entry, {
        material: pick(MATERIALS),
        modules: distinct(modules, int(1, 2)),
        durationMinutes: pick([45, 60, 90, 120, 180]),
        body: localized(languages, (v) => text(v, Math.max(10, rest - 30))),
        trainerNotes: localized(languages, (v) => text(v, 30)),
      });
    } else if (kind === 'manifesto') {
      const principles = int(5, 9);
      Object.assign(entry, {
        body: localized(languages, (v) => text(v, Math.max(10, rest - principles * 8))),
        principles: Array.from({ length: principles }, () =>
          localized(languages, (v) => sentence(v)),
        ),
      });
    } else {
      const gone = random() < 0.05;
      if (gone) withdrawn++;
      Object.assign(entry, {
        text: localized(languages, (v) => text(v, rest)),
        speaker: localized(languages, (v) => capital(pick(v.roles))),
        consent: {
          date: '2024-03-01',
          purpose: 'Publication of my account in the knowledge base, without my name.',
          ...(gone ? { withdrawn: '2025-06-30' } : {}),
        },
        licence: 'CC-BY-4.0',
      });
    }
    entries.push(entry);
  }
  return { entries, withdrawn };
}
