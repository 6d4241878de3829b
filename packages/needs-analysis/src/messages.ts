import type { ParticipantGroup, VopiLevel } from '@competence-kit/schemas';
import type { PriorityFactor } from './prioritise.js';

/** The words of a needs report, per locale. */
export interface ReportMessages {
  title: (territory: string) => string;
  synthetic: string;
  period: (start: string, end: string) => string;
  summary: string;
  methods: string;
  participation: string;
  interviews: string;
  focusGroups: string;
  deskResearch: string;
  questionnaires: string;
  responses: string;
  invited: string;
  responseRate: string;
  participants: string;
  group: string;
  strengthsAndWeaknesses: string;
  priorities: string;
  rank: string;
  competence: string;
  priority: string;
  evidence: string;
  groupResults: string;
  role: string;
  recommendations: string;
  recommendation: (competence: string, share: string | null, roles: string) => string;
  suppressed: (k: number) => string;
  notValidated: string;
  validation: Record<'confirmed' | 'amended' | 'rejected', string>;
  summaryText: (
    interviews: number,
    focusGroups: number,
    responses: number,
    findings: number,
  ) => string;
  kinds: Record<'strength' | 'weakness' | 'opportunity' | 'threat' | 'need', string>;
  levels: Record<VopiLevel, string>;
  groups: Record<ParticipantGroup, string>;
  factors: Record<PriorityFactor, string>;
  none: string;
}

/** Singular for 1, plural otherwise: enough for German, Italian, Spanish and English. */
const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const en: ReportMessages = {
  title: (t) => `Needs report: ${t}`,
  synthetic: 'Synthetic demonstration data: this report describes no real persons.',
  period: (s, e) => `Review period ${s} to ${e}`,
  summary: 'Summary',
  methods: 'Methods and participation',
  participation: 'Participation',
  interviews: 'Interviews',
  focusGroups: 'Focus groups',
  deskResearch: 'Desk research',
  questionnaires: 'Questionnaires',
  responses: 'Responses',
  invited: 'Invited',
  responseRate: 'Response rate',
  participants: 'Participants',
  group: 'Group',
  strengthsAndWeaknesses: 'Strengths and weaknesses by level',
  priorities: 'Prioritised training needs',
  rank: 'Rank',
  competence: 'Competence',
  priority: 'Priority',
  evidence: 'Evidence',
  groupResults: 'Staff results by role',
  role: 'Role',
  recommendations: 'Recommendations',
  recommendation: (c, share, roles) =>
    `Plan training in “${c}”${roles ? ` for ${roles}` : ''}${share ? `: ${share} of staff are below their role's target` : ''}.`,
  suppressed: (k) => `not shown (fewer than ${k})`,
  notValidated: 'not validated',
  validation: { confirmed: 'confirmed', amended: 'amended', rejected: 'rejected' },
  summaryText: (i, f, r, n) =>
    `The review draws on ${plural(i, 'interview', 'interviews')}, ${plural(f, 'focus group', 'focus groups')}, ${plural(r, 'questionnaire response', 'questionnaire responses')} and desk research, coded into ${plural(n, 'finding', 'findings')}.`,
  kinds: {
    strength: 'Strengths',
    weakness: 'Weaknesses',
    opportunity: 'Opportunities',
    threat: 'Threats',
    need: 'Needs',
  },
  levels: {
    organisation: 'Organisation',
    'services-and-access': 'Services and access',
    personnel: 'Personnel',
    cooperation: 'Cooperation',
  },
  groups: {
    staff: 'Staff',
    'third-country-nationals': 'Third-country nationals',
    ngos: 'NGOs',
    'migrant-organisations': 'Migrant organisations',
    stakeholders: 'Other stakeholders',
  },
  factors: {
    'gap-size': 'Size of the gap',
    'below-target': 'Share below target',
    perception: 'Perceived by users and partners',
    findings: 'Qualitative findings',
    breadth: 'Groups raising it',
  },
  none: 'None recorded.',
};

const de: ReportMessages = {
  title: (t) => `Bedarfsbericht: ${t}`,
  synthetic: 'Synthetische Demonstrationsdaten: Dieser Bericht beschreibt keine realen Personen.',
  period: (s, e) => `Erhebungszeitraum ${s} bis ${e}`,
  summary: 'Zusammenfassung',
  methods: 'Methoden und Beteiligung',
  participation: 'Beteiligung',
  interviews: 'Interviews',
  focusGroups: 'Fokusgruppen',
  deskResearch: 'Dokumentenanalyse',
  questionnaires: 'Fragebögen',
  responses: 'Antworten',
  invited: 'Eingeladen',
  responseRate: 'Rücklaufquote',
  participants: 'Teilnehmende',
  group: 'Gruppe',
  strengthsAndWeaknesses: 'Stärken und Schwächen nach Ebene',
  priorities: 'Priorisierte Qualifizierungsbedarfe',
  rank: 'Rang',
  competence: 'Kompetenz',
  priority: 'Priorität',
  evidence: 'Belege',
  groupResults: 'Ergebnisse der Mitarbeitenden nach Rolle',
  role: 'Rolle',
  recommendations: 'Empfehlungen',
  recommendation: (c, share, roles) =>
    `Qualifizierung in „${c}“ einplanen${roles ? ` für ${roles}` : ''}${share ? `: ${share} der Mitarbeitenden liegen unter dem Zielniveau ihrer Rolle` : ''}.`,
  suppressed: (k) => `nicht angezeigt (weniger als ${k})`,
  notValidated: 'nicht validiert',
  validation: { confirmed: 'bestätigt', amended: 'angepasst', rejected: 'verworfen' },
  summaryText: (i, f, r, n) =>
    `Die Bedarfsanalyse stützt sich auf ${plural(i, 'Interview', 'Interviews')}, ${plural(f, 'Fokusgruppe', 'Fokusgruppen')}, ${plural(r, 'Fragebogenantwort', 'Fragebogenantworten')} und eine Dokumentenanalyse, kodiert in ${plural(n, 'Befund', 'Befunde')}.`,
  kinds: {
    strength: 'Stärken',
    weakness: 'Schwächen',
    opportunity: 'Chancen',
    threat: 'Risiken',
    need: 'Bedarfe',
  },
  levels: {
    organisation: 'Organisation',
    'services-and-access': 'Dienstleistungen und Zugang',
    personnel: 'Personal',
    cooperation: 'Kooperation',
  },
  groups: {
    staff: 'Mitarbeitende',
    'third-country-nationals': 'Drittstaatsangehörige',
    ngos: 'NGOs',
    'migrant-organisations': 'Migrantenorganisationen',
    stakeholders: 'Weitere Akteure',
  },
  factors: {
    'gap-size': 'Größe der Lücke',
    'below-target': 'Anteil unter Zielniveau',
    perception: 'Wahrnehmung von Nutzenden und Partnern',
    findings: 'Qualitative Befunde',
    breadth: 'Gruppen, die es nennen',
  },
  none: 'Keine erfasst.',
};

const it: ReportMessages = {
  title: (t) => `Rapporto sui fabbisogni: ${t}`,
  synthetic: 'Dati dimostrativi sintetici: questo rapporto non descrive persone reali.',
  period: (s, e) => `Periodo di rilevazione dal ${s} al ${e}`,
  summary: 'Sintesi',
  methods: 'Metodi e partecipazione',
  participation: 'Partecipazione',
  interviews: 'Interviste',
  focusGroups: 'Focus group',
  deskResearch: 'Analisi documentale',
  questionnaires: 'Questionari',
  responses: 'Risposte',
  invited: 'Invitati',
  responseRate: 'Tasso di risposta',
  participants: 'Partecipanti',
  group: 'Gruppo',
  strengthsAndWeaknesses: 'Punti di forza e di debolezza per livello',
  priorities: 'Fabbisogni formativi prioritari',
  rank: 'Posizione',
  competence: 'Competenza',
  priority: 'Priorità',
  evidence: 'Evidenze',
  groupResults: 'Risultati del personale per ruolo',
  role: 'Ruolo',
  recommendations: 'Raccomandazioni',
  recommendation: (c, share, roles) =>
    `Prevedere formazione su «${c}»${roles ? ` per ${roles}` : ''}${share ? `: il ${share} del personale è sotto il livello atteso per il proprio ruolo` : ''}.`,
  suppressed: (k) => `non mostrato (meno di ${k})`,
  notValidated: 'non validato',
  validation: { confirmed: 'confermato', amended: 'modificato', rejected: 'respinto' },
  summaryText: (i, f, r, n) =>
    `L'analisi si basa su ${plural(i, 'intervista', 'interviste')}, ${plural(f, 'focus group', 'focus group')}, ${plural(r, 'risposta ai questionari', 'risposte ai questionari')} e un'analisi documentale, codificate in ${plural(n, 'risultato', 'risultati')}.`,
  kinds: {
    strength: 'Punti di forza',
    weakness: 'Punti di debolezza',
    opportunity: 'Opportunità',
    threat: 'Rischi',
    need: 'Fabbisogni',
  },
  levels: {
    organisation: 'Organizzazione',
    'services-and-access': 'Servizi e accesso',
    personnel: 'Personale',
    cooperation: 'Cooperazione',
  },
  groups: {
    staff: 'Personale',
    'third-country-nationals': 'Cittadini di paesi terzi',
    ngos: 'ONG',
    'migrant-organisations': 'Associazioni di migranti',
    stakeholders: 'Altri attori',
  },
  factors: {
    'gap-size': 'Ampiezza del divario',
    'below-target': 'Quota sotto il livello atteso',
    perception: 'Percezione di utenti e partner',
    findings: 'Risultati qualitativi',
    breadth: 'Gruppi che lo segnalano',
  },
  none: 'Nessuno rilevato.',
};

const es: ReportMessages = {
  title: (t) => `Informe de necesidades: ${t}`,
  synthetic: 'Datos sintéticos de demostración: este informe no describe a personas reales.',
  period: (s, e) => `Periodo de análisis del ${s} al ${e}`,
  summary: 'Resumen',
  methods: 'Métodos y participación',
  participation: 'Participación',
  interviews: 'Entrevistas',
  focusGroups: 'Grupos focales',
  deskResearch: 'Análisis documental',
  questionnaires: 'Cuestionarios',
  responses: 'Respuestas',
  invited: 'Invitados',
  responseRate: 'Tasa de respuesta',
  participants: 'Participantes',
  group: 'Grupo',
  strengthsAndWeaknesses: 'Fortalezas y debilidades por nivel',
  priorities: 'Necesidades formativas priorizadas',
  rank: 'Puesto',
  competence: 'Competencia',
  priority: 'Prioridad',
  evidence: 'Evidencias',
  groupResults: 'Resultados del personal por puesto',
  role: 'Puesto',
  recommendations: 'Recomendaciones',
  recommendation: (c, share, roles) =>
    `Planificar formación en «${c}»${roles ? ` para ${roles}` : ''}${share ? `: el ${share} del personal está por debajo del nivel previsto para su puesto` : ''}.`,
  suppressed: (k) => `no se muestra (menos de ${k})`,
  notValidated: 'no validado',
  validation: { confirmed: 'confirmado', amended: 'modificado', rejected: 'rechazado' },
  summaryText: (i, f, r, n) =>
    `El análisis se basa en ${plural(i, 'entrevista', 'entrevistas')}, ${plural(f, 'grupo focal', 'grupos focales')}, ${plural(r, 'respuesta a cuestionarios', 'respuestas a cuestionarios')} y un análisis documental, codificados en ${plural(n, 'hallazgo', 'hallazgos')}.`,
  kinds: {
    strength: 'Fortalezas',
    weakness: 'Debilidades',
    opportunity: 'Oportunidades',
    threat: 'Amenazas',
    need: 'Necesidades',
  },
  levels: {
    organisation: 'Organización',
    'services-and-access': 'Servicios y acceso',
    personnel: 'Personal',
    cooperation: 'Cooperación',
  },
  groups: {
    staff: 'Personal',
    'third-country-nationals': 'Nacionales de terceros países',
    ngos: 'ONG',
    'migrant-organisations': 'Asociaciones de personas migrantes',
    stakeholders: 'Otros actores',
  },
  factors: {
    'gap-size': 'Tamaño de la brecha',
    'below-target': 'Proporción por debajo del nivel previsto',
    perception: 'Percepción de usuarios y socios',
    findings: 'Hallazgos cualitativos',
    breadth: 'Grupos que lo señalan',
  },
  none: 'Ninguno registrado.',
};

/** The report's message catalogues, one per pilot language. */
export const REPORT_MESSAGES: Readonly<Record<'de' | 'it' | 'es' | 'en', ReportMessages>> = {
  de,
  it,
  es,
  en,
};

/** The catalogue for a locale (by its language), English when there is none. */
export function messagesFor(locale: string): {
  messages: ReportMessages;
  locale: 'de' | 'it' | 'es' | 'en';
} {
  const language = locale.split('-')[0]!.toLowerCase();
  return language in REPORT_MESSAGES
    ? { messages: REPORT_MESSAGES[language as 'de'], locale: language as 'de' }
    : { messages: en, locale: 'en' };
}
