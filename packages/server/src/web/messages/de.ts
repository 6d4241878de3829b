import type { Catalogue } from './catalogue.js';
import * as admin from './areas/admin.js';
import * as oidc from './areas/oidc.js';
import * as interop from './areas/interop.js';
import * as questionnaires from './areas/questionnaires.js';
import * as programme from './areas/programme.js';
import * as needs from './areas/needs.js';
import * as evaluation from './areas/evaluation.js';
import * as credentials from './areas/credentials.js';
import * as networks from './areas/networks.js';
import * as knowledge from './areas/knowledge.js';

/** Die Texte des Portals auf Deutsch. */
export const de: Catalogue = {
  'lang.name': 'Deutsch',
  'nav.skip': 'Zum Inhalt springen',
  'nav.main': 'Hauptnavigation',
  'nav.home': 'Start',
  'nav.framework': 'Kompetenzen',
  'nav.catalogue': 'Fortbildungen',
  'nav.assessment': 'Selbsteinschätzung',
  'nav.profile': 'Mein Profil',
  'nav.account': 'Meine Daten',
  'nav.signIn': 'Anmelden',
  'nav.signOut': 'Abmelden',
  'nav.language': 'Sprache',
  'nav.privacy': 'Datenschutz',
  'nav.portal': 'Alle Städte und Kreise',
  'demo.notice':
    'Demonstrationsportal: Die Personen, Kontakte und Ergebnisse hier sind erfunden. Geben Sie keine echten personenbezogenen Daten ein.',
  'home.title': 'Fortbildung für die Beschäftigten, die Neuankommende empfangen',
  'home.lead':
    'Die Kompetenzen, die die Beschäftigten in {city} brauchen, um Zugewanderte zu empfangen und zu begleiten, die Fortbildungen, die sie aufbauen, und eine Selbsteinschätzung, die jeder Person zeigt, wo sie anfangen kann.',
  'home.framework.title': 'Die Kompetenzen',
  'home.framework.text':
    'Den Kompetenzrahmen durchsuchen: {count} Kompetenzen in {domains} Bereichen, jede auf jeder Stufe beschrieben.',
  'home.catalogue.title': 'Die Fortbildungen',
  'home.catalogue.text': '{count} Fortbildungsmodule mit ihren Terminen und Sprachen.',
  'home.staff.title': 'Für Beschäftigte',
  'home.staff.text':
    'Melden Sie sich an, um die Selbsteinschätzung auszufüllen, Ihr Profil und Ihren Lernpfad zu sehen und sich zu Terminen anzumelden.',
  'home.staff.signedIn': 'Angemeldet als {email}.',
  'home.contact': 'Kontakt',
  'framework.title': 'Kompetenzrahmen',
  'framework.lead':
    'Kompetenzen suchen und durchblättern und zwei Stufen einer Kompetenz nebeneinander vergleichen.',
  'catalogue.title': 'Fortbildungskatalog',
  'catalogue.lead': 'Module, die die Kompetenzen des Rahmens aufbauen.',
  'catalogue.format': 'Format',
  'catalogue.hours': 'Stunden',
  'catalogue.languages': 'Sprachen',
  'catalogue.develops': 'Baut auf',
  'catalogue.upTo': '{competence}, bis zur Stufe {level}',
  'catalogue.prerequisites': 'Setzt voraus',
  'catalogue.sessions': 'Termine',
  'catalogue.noSessions': 'Noch keine Termine geplant.',
  'catalogue.session': '{start} bis {end}',
  'catalogue.seats': '{free} von {size} Plätzen frei',
  'format.workshop': 'Workshop',
  'format.e-learning': 'E-Learning',
  'format.job-shadowing': 'Hospitation',
  'format.peer-exchange': 'Kollegialer Austausch',
  'format.mentoring': 'Mentoring',
  'format.study-visit': 'Studienbesuch',
  'signIn.title': 'Anmelden',
  'signIn.lead':
    'Für die Beschäftigten in {city}. Ihr Konto richtet Ihre Koordinatorin oder Ihr Koordinator ein.',
  'signIn.email': 'E-Mail-Adresse',
  'signIn.password': 'Passwort',
  'signIn.submit': 'Anmelden',
  'signIn.failed': 'Die E-Mail-Adresse oder das Passwort ist nicht richtig.',
  'signIn.limited':
    'Zu viele Versuche. Warten Sie {minutes} Minuten und versuchen Sie es dann erneut.',
  'signOut.done': 'Sie sind abgemeldet.',
  'assessment.title': 'Selbsteinschätzung',
  'assessment.lead':
    'Antworten Sie so, wie Sie heute arbeiten. Ihre Antworten werden laufend gespeichert: Sie können unterbrechen und später weitermachen, auch auf einem anderen Gerät.',
  'assessment.role': 'Ihre Rolle',
  'assessment.roleHelp':
    'Ihre Antworten werden mit den Stufen verglichen, die diese Rolle braucht.',
  'assessment.roleSave': 'Rolle speichern',
  'assessment.saved': 'Gespeichert.',
  'assessment.saveFailed':
    'Ihre Antworten konnten nicht gespeichert werden. Prüfen Sie Ihre Verbindung.',
  'assessment.submitted': 'Vielen Dank. Ihr Profil ist aktualisiert.',
  'assessment.noScript':
    'Die Selbsteinschätzung braucht JavaScript. Bitte schalten Sie es ein oder fragen Sie Ihre Koordination nach der Papierfassung.',
  'assessment.none': 'Zurzeit ist keine Selbsteinschätzung geöffnet.',
  'profile.title': 'Mein Profil',
  'profile.lead':
    'Ihre Stufen aus Ihrer Selbsteinschätzung vom {date}, verglichen mit den Stufen, die Ihre Rolle braucht.',
  'profile.none': 'Sie haben die Selbsteinschätzung noch nicht ausgefüllt.',
  'profile.start': 'Selbsteinschätzung beginnen',
  'profile.competence': 'Kompetenz',
  'profile.level': 'Ihre Stufe',
  'profile.target': 'Benötigt',
  'profile.noLevel': 'noch nicht erreicht',
  'profile.path': 'Ihr Lernpfad',
  'profile.enrolments': 'Ihre Termine',
  'profile.noEnrolments': 'Sie sind für keinen Termin angemeldet.',
  'profile.enrol': 'Anmelden',
  'profile.leave': 'Abmelden',
  'profile.enrolled': 'Sie sind angemeldet.',
  'profile.left': 'Sie haben sich vom Termin abgemeldet.',
  'profile.full': 'Dieser Termin ist ausgebucht.',
  'account.title': 'Meine Daten',
  'account.lead':
    'Alles, was das Portal über Sie speichert: Ihr Konto, Ihre Antworten, Ihre Ergebnisse und Ihre Anmeldungen.',
  'account.export': 'Alle meine Daten herunterladen (JSON)',
  'account.exportHelp':
    'Eine maschinenlesbare Kopie zum Aufbewahren oder Mitnehmen (Art. 15 und 20 DSGVO).',
  'account.delete': 'Mein Konto und alle meine Daten löschen',
  'account.deleteHelp':
    'Das lässt sich nicht rückgängig machen: Konto, Antworten, Ergebnisse und Anmeldungen werden sofort entfernt (Art. 17 DSGVO).',
  'account.confirm': 'Ich habe verstanden, dass meine Daten endgültig gelöscht werden.',
  'account.confirmRequired': 'Bitte bestätigen Sie mit dem Kästchen.',
  'account.deleted': 'Ihr Konto und alle Ihre Daten sind gelöscht.',
  'privacy.title': 'Datenschutz',
  'privacy.controller': 'Verantwortliche Stelle',
  'privacy.officer': 'Datenschutzbeauftragte Person',
  'privacy.purposes': 'Was wir verarbeiten, wozu und wie lange',
  'privacy.data': 'Daten',
  'privacy.legalBasis': 'Rechtsgrundlage',
  'privacy.retention': 'Gespeichert für',
  'privacy.recipients': 'Empfänger',
  'privacy.rights': 'Ihre Rechte',
  'privacy.authority': 'Aufsichtsbehörde',
  'privacy.updated': 'Stand: {date}',
  'legalBasis.consent': 'Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)',
  'legalBasis.contract': 'Vertrag (Art. 6 Abs. 1 lit. b DSGVO)',
  'legalBasis.legal-obligation': 'Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)',
  'legalBasis.vital-interests': 'Lebenswichtige Interessen (Art. 6 Abs. 1 lit. d DSGVO)',
  'legalBasis.public-task': 'Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 lit. e DSGVO)',
  'legalBasis.legitimate-interests': 'Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)',
  'error.notFound.title': 'Seite nicht gefunden',
  'error.notFound.text': 'Unter dieser Adresse gibt es keine Seite.',
  'error.forbidden.title': 'Nicht erlaubt',
  'error.forbidden.text':
    'Das Formular war zu alt oder kam von einer anderen Website. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.',
  'error.server.title': 'Etwas ist schiefgegangen',
  'error.server.text':
    'Die Seite konnte nicht angezeigt werden. Bitte versuchen Sie es später erneut.',
  'error.badRequest.title': 'Das Formular konnte nicht gelesen werden',
  'error.badRequest.text':
    'Das Gesendete hat nicht die Form, die diese Seite annimmt. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.',
  'error.tooLarge.title': 'Zu viel gesendet',
  'error.tooLarge.text':
    'Das Gesendete ist größer, als diese Seite annimmt. Gehen Sie zurück, kürzen Sie Ihre Eingabe und versuchen Sie es erneut.',
  'error.back': 'Zurück zur Startseite',
  'portal.title': 'Fortbildungsportale von Competence Kit',
  'portal.lead': 'Wählen Sie Ihre Stadt oder Ihren Kreis.',
  'nav.results': 'Ergebnisse',
  'results.title': 'Veröffentlichte Ergebnisse',
  'results.lead':
    'Ergebnisse der Selbsteinschätzung der Beschäftigten werden als Freigaben veröffentlicht. Eine Freigabe legt ihre Tabellen fest, bevor eine Zahl berechnet wird, zeigt keine Zahl über weniger als {k} Personen und verbirgt mehr, wo die übrigen Zahlen eine kleine Gruppe verraten würden. Auf diesen Seiten wird nichts außerhalb einer Freigabe berechnet.',
  'results.published': 'Freigaben',
  'results.none': 'Bisher wurde nichts veröffentlicht.',
  'results.release': 'Freigabe',
  'results.releaseNumber': 'Freigabe {n}',
  'results.date': 'Veröffentlicht am',
  'results.figures': 'Zellen',
  'results.cells': '{cells} Zellen, davon {hidden} verborgen',
  'results.publish': 'Neue Freigabe veröffentlichen',
  'results.breakdowns': 'Tabellen jeder Freigabe',
  'results.choose':
    'Einmal wählen: Alle späteren Freigaben behalten diese Tabellen, damit zusammen gelesene Freigaben nichts preisgeben.',
  'results.fixed':
    'Durch die erste Freigabe festgelegt: Jede Freigabe dieser Ergebnisse behält dieselben Tabellen.',
  'results.byRole': 'Nach Rollenprofil',
  'results.byPhase':
    'Nach Erhebungswelle, mit der Veränderung zwischen der ersten Welle und der nach der Fortbildung',
  'results.publishNote':
    'Die Freigabe entsteht aus den jetzt gespeicherten Antworten und wird gegen jede frühere Freigabe geprüft. Einmal veröffentlicht, ändert sie sich nicht mehr.',
  'results.publishButton': 'Veröffentlichen',
  'results.refused.plan-differs':
    'Nicht veröffentlicht: Diese Ergebnisse wurden schon mit anderen Tabellen veröffentlicht. Jede Freigabe behält die Tabellen der ersten.',
  'results.refused.ledger-missing':
    'Nicht veröffentlicht: Der Nachweis einer früheren Freigabe fehlt, daher kann die neue nicht dagegen geprüft werden.',
  'results.refused.budget-spent':
    'Nicht veröffentlicht: Das Datenschutzbudget dieser Ergebnisse ist aufgebraucht.',
  'results.refused.nothing-left':
    'Nicht veröffentlicht: Seit der letzten Freigabe haben sich zu wenige Antworten geändert. Jede Zahl müsste verborgen werden, sonst verriete sie etwas über die wenigen, die hinzukamen, gingen oder neu antworteten. Veröffentlichen Sie erneut, wenn sich mehr geändert hat.',
  'results.refused.no-answers':
    'Nicht veröffentlicht: Bisher hat niemand die Selbsteinschätzung abgeschickt.',
  'results.refused.taken':
    'Nicht veröffentlicht: Im selben Moment hat jemand anderes eine Freigabe veröffentlicht. Sehen Sie sie an und versuchen Sie es dann erneut.',
  'results.releaseLead':
    'Veröffentlicht am {date}. Keine Zahl beschreibt weniger als {k} Personen.',
  'results.erasedSince':
    'Berechnet am {date}. Seitdem gelöschte Konten, deren Antworten in diesen Zahlen noch enthalten sind: {n}. Veröffentlichte Zahlen werden nachträglich nie geändert; die nächste Freigabe lässt diese Antworten weg.',
  'results.back': 'Alle Freigaben',
  'results.tableCaption': 'Tabelle {n}: mittlerer Wert (0 bis 1) nach Kompetenz und Gruppe',
  'results.everyone': 'Alle',
  'results.notStated': 'nicht angegeben',
  'results.hidden': 'Verborgen, um eine kleine Gruppe zu schützen.',
  'results.noMean': 'zu wenige Werte',
  'results.n': '{n} Personen',
  'results.changes': 'Veränderung zwischen den Wellen',
  'results.phase.baseline': 'erste Welle',
  'results.phase.post': 'nach der Fortbildung',
  'results.phase.follow-up': 'Nacherhebung',
  'results.forbidden.title': 'Nicht für Ihre Rolle',
  'results.forbidden.text':
    'Diese Seite ist für die Koordination und die Verwaltung des Portals der Stadt bestimmt.',
  'nav.audit': 'Protokoll',
  'audit.title': 'Protokoll',
  'audit.lead':
    'Wer sich wann angemeldet, eine Freigabe veröffentlicht oder abgelehnt bekommen, die eigenen Daten heruntergeladen oder gelöscht hat. Das Protokoll nennt Konten mit ihrer E-Mail-Adresse, solange es sie gibt; es enthält nie ein versuchtes Passwort, eine Antwort oder eine Zahl.',
  'audit.none': 'Bisher wurde nichts protokolliert.',
  'audit.caption': 'Die letzten {n} Einträge, die neuesten zuerst',
  'audit.when': 'Wann',
  'audit.who': 'Wer',
  'audit.what': 'Was',
  'audit.subject': 'Betrifft',
  'audit.nobody': 'unbekannt (Anmeldung abgelehnt)',
  'audit.deletedAccount': 'ein gelöschtes Konto',
  'audit.action.signed-in': 'angemeldet',
  'audit.action.sign-in-refused': 'Anmeldung abgelehnt',
  'audit.action.signed-out': 'abgemeldet',
  'audit.action.release-published': 'Freigabe veröffentlicht',
  'audit.action.release-refused': 'Freigabe abgelehnt',
  'audit.action.data-exported': 'eigene Daten heruntergeladen',
  'audit.action.account-deleted': 'eigenes Konto gelöscht',
  ...admin.de,
  ...oidc.de,
  ...interop.de,
  ...questionnaires.de,
  ...programme.de,
  ...needs.de,
  ...evaluation.de,
  ...credentials.de,
  ...networks.de,
  ...knowledge.de,
};
