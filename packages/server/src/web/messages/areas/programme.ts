// The page texts of the portal's programme area, in the four page languages. en is the reference:
// the others must have exactly its keys and placeholders (checked by i18n tests), and
// messages/{en,de,it,es}.ts spread these objects into the catalogues.
export const en = {
  'programme.session.title': 'Session and attendance',
  'programme.session.people': 'People enrolled',
  'programme.session.email': 'Email',
  'programme.session.attended': 'Attended',
  'programme.session.none': 'Nobody is enrolled in this session.',
  'programme.session.save': 'Save attendance',
  'programme.done.attendance': 'Attendance saved.',
  'programme.error.notEnrolled':
    'Only people enrolled in the session can be marked as attending. Nothing was saved.',
} as const;

type Texts = Record<keyof typeof en, string>;

export const de: Texts = {
  'programme.session.title': 'Termin und Anwesenheit',
  'programme.session.people': 'Angemeldete Personen',
  'programme.session.email': 'E-Mail',
  'programme.session.attended': 'Anwesend',
  'programme.session.none': 'Für diesen Termin ist niemand angemeldet.',
  'programme.session.save': 'Anwesenheit speichern',
  'programme.done.attendance': 'Anwesenheit gespeichert.',
  'programme.error.notEnrolled':
    'Nur für den Termin angemeldete Personen können als anwesend markiert werden. Nichts wurde gespeichert.',
};
export const it: Texts = {
  'programme.session.title': 'Sessione e presenze',
  'programme.session.people': 'Persone iscritte',
  'programme.session.email': 'Indirizzo di posta elettronica',
  'programme.session.attended': 'Presente',
  'programme.session.none': 'Nessuno è iscritto a questa sessione.',
  'programme.session.save': 'Salva le presenze',
  'programme.done.attendance': 'Presenze salvate.',
  'programme.error.notEnrolled':
    'Solo le persone iscritte alla sessione possono essere segnate come presenti. Non è stato salvato nulla.',
};
export const es: Texts = {
  'programme.session.title': 'Sesión y asistencia',
  'programme.session.people': 'Personas inscritas',
  'programme.session.email': 'Correo electrónico',
  'programme.session.attended': 'Asistió',
  'programme.session.none': 'Nadie está inscrito en esta sesión.',
  'programme.session.save': 'Guardar la asistencia',
  'programme.done.attendance': 'Asistencia guardada.',
  'programme.error.notEnrolled':
    'Solo las personas inscritas en la sesión pueden marcarse como asistentes. No se ha guardado nada.',
};
