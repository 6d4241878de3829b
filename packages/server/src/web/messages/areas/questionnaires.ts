// The page texts of the portal's questionnaires area (coordinators open a needs-analysis
// questionnaire for people without an account, print its poster and type in paper answers),
// in the four page languages. en is the reference: the others must have exactly its keys and
// placeholders (checked by i18n tests), and messages/{en,de,it,es}.ts spread these objects
// into the catalogues. The respondents' own pages speak twelve languages: see
// ../../respondent-words.ts.
export const en = {
  'questionnaires.title': 'Questionnaires for people without an account',
  'questionnaires.lead':
    'Open a needs-analysis questionnaire to residents for a period: anyone with the link can answer, anonymously and without an account. Print the poster with its QR code for waiting rooms and counselling centres, and type in answers given on paper.',
  'questionnaires.caption': 'Questionnaires opened',
  'questionnaires.none': 'No questionnaire has been opened yet.',
  'questionnaires.col.title': 'Title',
  'questionnaires.col.instrument': 'Questionnaire',
  'questionnaires.col.period': 'Period',
  'questionnaires.col.languages': 'Languages',
  'questionnaires.col.status': 'Status',
  'questionnaires.col.answers': 'Answers',
  'questionnaires.col.actions': 'Actions',
  'questionnaires.period': '{from} to {to}',
  'questionnaires.status.scheduled': 'scheduled',
  'questionnaires.status.open': 'open',
  'questionnaires.status.closed': 'closed',
  'questionnaires.link': 'Link for respondents',
  'questionnaires.poster': 'Poster',
  'questionnaires.posterOf': 'Poster of {title}',
  'questionnaires.assisted': 'Enter paper answers',
  'questionnaires.assistedOf': 'Enter paper answers to {title}',
  'questionnaires.close': 'Close now',
  'questionnaires.closeOf': 'Close now: {title}',
  'questionnaires.form.title': 'Open a questionnaire',
  'questionnaires.form.instrument': 'Questionnaire',
  'questionnaires.form.label': 'Title',
  'questionnaires.form.labelHelp':
    'For this list and the audit only, for example “Waiting rooms, spring 2027”. Respondents see the questionnaire’s own title.',
  'questionnaires.form.opens': 'Opens on',
  'questionnaires.form.closes': 'Closes on',
  'questionnaires.form.dateHelp': 'A date as YYYY-MM-DD; both days included.',
  'questionnaires.form.languages': 'Languages offered',
  'questionnaires.form.languagesHelp':
    'Only languages the chosen questionnaire is written in are accepted: the questionnaire for third-country nationals has de, it, es, en, ar, uk, tr, fr, fa (Farsi and Dari), ps, ti and ur; the others de, it, es and en.',
  'questionnaires.form.submit': 'Open the questionnaire',
  'questionnaires.error.summary': 'The questionnaire was not opened. Please correct:',
  'questionnaires.error.instrument': 'Choose one of the questionnaires.',
  'questionnaires.error.label': 'Give a title of 1 to 200 characters.',
  'questionnaires.error.date': 'Enter a date as YYYY-MM-DD.',
  'questionnaires.error.period': 'The closing day must not be before the opening day.',
  'questionnaires.error.languages': 'Choose at least one language the questionnaire is written in.',
  'questionnaires.done.opened': 'The questionnaire is opened. Print its poster or share its link.',
  'questionnaires.done.closed': 'The questionnaire is closed: no more answers are accepted.',
  'questionnaires.done.entered':
    'The paper answers are stored. You can type in the next paper form.',
  'questionnaires.done.already': 'The questionnaire was closed already.',
  'questionnaires.poster.title': 'Poster',
  'questionnaires.poster.print':
    'Print this page on A4: the navigation is left out. The link and the QR code lead to the language choice of the questionnaire.',
  'questionnaires.poster.qr': 'QR code of the link {url}',
  'questionnaires.poster.back': 'Back to the questionnaires',
  'questionnaires.assisted.title': 'Enter answers from a paper form',
  'questionnaires.assisted.lead':
    'Type in the answers of one paper form exactly as they were given, then submit. They are stored as assisted answers, without your name; the audit log records only that you entered answers.',
  'questionnaires.assisted.language': 'Language of the paper form',
  'questionnaires.assisted.show': 'Show the form in this language',
  'questionnaires.assisted.closed':
    'This questionnaire is closed or has not opened yet: no answers can be entered.',
  'questionnaires.assisted.noScript':
    'Entering answers needs JavaScript. Please turn it on in your browser.',
  'questionnaires.assisted.failed': 'The answers could not be stored. Please try again.',
  'audit.action.questionnaire-opened': 'opened a questionnaire',
  'audit.action.questionnaire-closed': 'closed a questionnaire',
  'audit.action.answers-entered': 'entered paper answers',
} as const;

type Texts = Record<keyof typeof en, string>;

export const de: Texts = {
  'questionnaires.title': 'Fragebögen für Menschen ohne Konto',
  'questionnaires.lead':
    'Öffnen Sie einen Fragebogen der Bedarfsanalyse für einen Zeitraum: Wer den Link hat, kann antworten, anonym und ohne Konto. Drucken Sie das Plakat mit dem QR-Code für Wartezimmer und Beratungsstellen aus, und tippen Sie auf Papier gegebene Antworten ein.',
  'questionnaires.caption': 'Geöffnete Fragebögen',
  'questionnaires.none': 'Es wurde noch kein Fragebogen geöffnet.',
  'questionnaires.col.title': 'Titel',
  'questionnaires.col.instrument': 'Fragebogen',
  'questionnaires.col.period': 'Zeitraum',
  'questionnaires.col.languages': 'Sprachen',
  'questionnaires.col.status': 'Stand',
  'questionnaires.col.answers': 'Antworten',
  'questionnaires.col.actions': 'Aktionen',
  'questionnaires.period': '{from} bis {to}',
  'questionnaires.status.scheduled': 'geplant',
  'questionnaires.status.open': 'offen',
  'questionnaires.status.closed': 'beendet',
  'questionnaires.link': 'Link für Antwortende',
  'questionnaires.poster': 'Plakat',
  'questionnaires.posterOf': 'Plakat: {title}',
  'questionnaires.assisted': 'Papierantworten eingeben',
  'questionnaires.assistedOf': 'Papierantworten eingeben: {title}',
  'questionnaires.close': 'Jetzt beenden',
  'questionnaires.closeOf': 'Jetzt beenden: {title}',
  'questionnaires.form.title': 'Einen Fragebogen öffnen',
  'questionnaires.form.instrument': 'Fragebogen',
  'questionnaires.form.label': 'Titel',
  'questionnaires.form.labelHelp':
    'Nur für diese Liste und das Protokoll, zum Beispiel „Wartezimmer, Frühjahr 2027“. Antwortende sehen den Titel des Fragebogens selbst.',
  'questionnaires.form.opens': 'Beginnt am',
  'questionnaires.form.closes': 'Endet am',
  'questionnaires.form.dateHelp': 'Ein Datum als JJJJ-MM-TT; beide Tage zählen mit.',
  'questionnaires.form.languages': 'Angebotene Sprachen',
  'questionnaires.form.languagesHelp':
    'Nur Sprachen, in denen der gewählte Fragebogen geschrieben ist: Der Fragebogen für Drittstaatsangehörige hat de, it, es, en, ar, uk, tr, fr, fa (Farsi und Dari), ps, ti und ur, die anderen de, it, es und en.',
  'questionnaires.form.submit': 'Fragebogen öffnen',
  'questionnaires.error.summary': 'Der Fragebogen wurde nicht geöffnet. Bitte korrigieren Sie:',
  'questionnaires.error.instrument': 'Wählen Sie einen der Fragebögen.',
  'questionnaires.error.label': 'Geben Sie einen Titel mit 1 bis 200 Zeichen an.',
  'questionnaires.error.date': 'Geben Sie ein Datum als JJJJ-MM-TT ein.',
  'questionnaires.error.period': 'Der letzte Tag darf nicht vor dem ersten liegen.',
  'questionnaires.error.languages':
    'Wählen Sie mindestens eine Sprache, in der der Fragebogen geschrieben ist.',
  'questionnaires.done.opened':
    'Der Fragebogen ist geöffnet. Drucken Sie das Plakat oder teilen Sie den Link.',
  'questionnaires.done.closed':
    'Der Fragebogen ist beendet: Es werden keine Antworten mehr angenommen.',
  'questionnaires.done.entered':
    'Die Papierantworten sind gespeichert. Sie können den nächsten Papierbogen eingeben.',
  'questionnaires.done.already': 'Der Fragebogen war schon beendet.',
  'questionnaires.poster.title': 'Plakat',
  'questionnaires.poster.print':
    'Drucken Sie diese Seite auf A4; die Navigation wird weggelassen. Link und QR-Code führen zur Sprachwahl des Fragebogens.',
  'questionnaires.poster.qr': 'QR-Code des Links {url}',
  'questionnaires.poster.back': 'Zurück zu den Fragebögen',
  'questionnaires.assisted.title': 'Antworten von einem Papierbogen eingeben',
  'questionnaires.assisted.lead':
    'Tippen Sie die Antworten eines Papierbogens genau so ein, wie sie gegeben wurden, und senden Sie sie ab. Sie werden als unterstützte Antworten ohne Ihren Namen gespeichert; das Protokoll hält nur fest, dass Sie Antworten eingegeben haben.',
  'questionnaires.assisted.language': 'Sprache des Papierbogens',
  'questionnaires.assisted.show': 'Bogen in dieser Sprache zeigen',
  'questionnaires.assisted.closed':
    'Dieser Fragebogen ist beendet oder hat noch nicht begonnen: Es können keine Antworten eingegeben werden.',
  'questionnaires.assisted.noScript':
    'Zum Eingeben der Antworten wird JavaScript gebraucht. Bitte schalten Sie es in Ihrem Browser ein.',
  'questionnaires.assisted.failed':
    'Die Antworten konnten nicht gespeichert werden. Bitte versuchen Sie es noch einmal.',
  'audit.action.questionnaire-opened': 'hat einen Fragebogen geöffnet',
  'audit.action.questionnaire-closed': 'hat einen Fragebogen beendet',
  'audit.action.answers-entered': 'hat Papierantworten eingegeben',
};

export const it: Texts = {
  'questionnaires.title': 'Questionari per chi non ha un account',
  'questionnaires.lead':
    'Apra un questionario dell’analisi dei bisogni per un periodo: chi ha il link può rispondere, in forma anonima e senza account. Stampi il manifesto con il codice QR per sale d’attesa e sportelli di consulenza, e inserisca le risposte date su carta.',
  'questionnaires.caption': 'Questionari aperti',
  'questionnaires.none': 'Non è ancora stato aperto alcun questionario.',
  'questionnaires.col.title': 'Titolo',
  'questionnaires.col.instrument': 'Questionario',
  'questionnaires.col.period': 'Periodo',
  'questionnaires.col.languages': 'Lingue',
  'questionnaires.col.status': 'Stato',
  'questionnaires.col.answers': 'Risposte',
  'questionnaires.col.actions': 'Azioni',
  'questionnaires.period': 'dal {from} al {to}',
  'questionnaires.status.scheduled': 'programmato',
  'questionnaires.status.open': 'aperto',
  'questionnaires.status.closed': 'chiuso',
  'questionnaires.link': 'Link per chi risponde',
  'questionnaires.poster': 'Manifesto',
  'questionnaires.posterOf': 'Manifesto di {title}',
  'questionnaires.assisted': 'Inserisci risposte cartacee',
  'questionnaires.assistedOf': 'Inserisci risposte cartacee a {title}',
  'questionnaires.close': 'Chiudi ora',
  'questionnaires.closeOf': 'Chiudi ora {title}',
  'questionnaires.form.title': 'Aprire un questionario',
  'questionnaires.form.instrument': 'Questionario',
  'questionnaires.form.label': 'Titolo',
  'questionnaires.form.labelHelp':
    'Solo per questo elenco e per il registro, per esempio «Sale d’attesa, primavera 2027». Chi risponde vede il titolo del questionario stesso.',
  'questionnaires.form.opens': 'Si apre il',
  'questionnaires.form.closes': 'Si chiude il',
  'questionnaires.form.dateHelp':
    'Una data nel formato AAAA-MM-GG; entrambi i giorni sono inclusi.',
  'questionnaires.form.languages': 'Lingue offerte',
  'questionnaires.form.languagesHelp':
    'Solo le lingue in cui è scritto il questionario scelto: quello per i cittadini di paesi terzi ha de, it, es, en, ar, uk, tr, fr, fa (farsi e dari), ps, ti e ur; gli altri de, it, es ed en.',
  'questionnaires.form.submit': 'Apri il questionario',
  'questionnaires.error.summary': 'Il questionario non è stato aperto. Corregga per favore:',
  'questionnaires.error.instrument': 'Scelga uno dei questionari.',
  'questionnaires.error.label': 'Indichi un titolo da 1 a 200 caratteri.',
  'questionnaires.error.date': 'Inserisca una data nel formato AAAA-MM-GG.',
  'questionnaires.error.period': 'L’ultimo giorno non può precedere il primo.',
  'questionnaires.error.languages': 'Scelga almeno una lingua in cui è scritto il questionario.',
  'questionnaires.done.opened':
    'Il questionario è aperto. Stampi il manifesto o condivida il link.',
  'questionnaires.done.closed': 'Il questionario è chiuso: non si accettano più risposte.',
  'questionnaires.done.entered':
    'Le risposte cartacee sono salvate. Può inserire il prossimo modulo cartaceo.',
  'questionnaires.done.already': 'Il questionario era già chiuso.',
  'questionnaires.poster.title': 'Manifesto',
  'questionnaires.poster.print':
    'Stampi questa pagina in formato A4: la navigazione viene omessa. Il link e il codice QR portano alla scelta della lingua del questionario.',
  'questionnaires.poster.qr': 'Codice QR del link {url}',
  'questionnaires.poster.back': 'Torna ai questionari',
  'questionnaires.assisted.title': 'Inserire le risposte di un modulo cartaceo',
  'questionnaires.assisted.lead':
    'Inserisca le risposte di un modulo cartaceo esattamente come sono state date, poi le invii. Sono salvate come risposte assistite, senza il Suo nome; il registro annota solo che Lei ha inserito risposte.',
  'questionnaires.assisted.language': 'Lingua del modulo cartaceo',
  'questionnaires.assisted.show': 'Mostra il modulo in questa lingua',
  'questionnaires.assisted.closed':
    'Questo questionario è chiuso o non è ancora aperto: non si possono inserire risposte.',
  'questionnaires.assisted.noScript':
    'Per inserire le risposte serve JavaScript. Lo attivi nel Suo browser, per favore.',
  'questionnaires.assisted.failed':
    'Non è stato possibile salvare le risposte. Riprovi, per favore.',
  'audit.action.questionnaire-opened': 'ha aperto un questionario',
  'audit.action.questionnaire-closed': 'ha chiuso un questionario',
  'audit.action.answers-entered': 'ha inserito risposte cartacee',
};

export const es: Texts = {
  'questionnaires.title': 'Cuestionarios para personas sin cuenta',
  'questionnaires.lead':
    'Abra un cuestionario del análisis de necesidades durante un periodo: quien tenga el enlace puede responder, de forma anónima y sin cuenta. Imprima el cartel con el código QR para salas de espera y centros de asesoramiento, e introduzca las respuestas dadas en papel.',
  'questionnaires.caption': 'Cuestionarios abiertos',
  'questionnaires.none': 'Todavía no se ha abierto ningún cuestionario.',
  'questionnaires.col.title': 'Título',
  'questionnaires.col.instrument': 'Cuestionario',
  'questionnaires.col.period': 'Periodo',
  'questionnaires.col.languages': 'Idiomas',
  'questionnaires.col.status': 'Estado',
  'questionnaires.col.answers': 'Respuestas',
  'questionnaires.col.actions': 'Acciones',
  'questionnaires.period': 'del {from} al {to}',
  'questionnaires.status.scheduled': 'programado',
  'questionnaires.status.open': 'abierto',
  'questionnaires.status.closed': 'cerrado',
  'questionnaires.link': 'Enlace para quienes responden',
  'questionnaires.poster': 'Cartel',
  'questionnaires.posterOf': 'Cartel de {title}',
  'questionnaires.assisted': 'Introducir respuestas en papel',
  'questionnaires.assistedOf': 'Introducir respuestas en papel de {title}',
  'questionnaires.close': 'Cerrar ahora',
  'questionnaires.closeOf': 'Cerrar ahora {title}',
  'questionnaires.form.title': 'Abrir un cuestionario',
  'questionnaires.form.instrument': 'Cuestionario',
  'questionnaires.form.label': 'Título',
  'questionnaires.form.labelHelp':
    'Solo para esta lista y el registro, por ejemplo «Salas de espera, primavera de 2027». Quienes responden ven el título del propio cuestionario.',
  'questionnaires.form.opens': 'Se abre el',
  'questionnaires.form.closes': 'Se cierra el',
  'questionnaires.form.dateHelp': 'Una fecha con el formato AAAA-MM-DD; ambos días incluidos.',
  'questionnaires.form.languages': 'Idiomas ofrecidos',
  'questionnaires.form.languagesHelp':
    'Solo los idiomas en que está escrito el cuestionario elegido: el de nacionales de terceros países tiene de, it, es, en, ar, uk, tr, fr, fa (farsi y dari), ps, ti y ur; los demás de, it, es y en.',
  'questionnaires.form.submit': 'Abrir el cuestionario',
  'questionnaires.error.summary': 'No se abrió el cuestionario. Por favor, corrija:',
  'questionnaires.error.instrument': 'Elija uno de los cuestionarios.',
  'questionnaires.error.label': 'Indique un título de 1 a 200 caracteres.',
  'questionnaires.error.date': 'Introduzca una fecha con el formato AAAA-MM-DD.',
  'questionnaires.error.period': 'El último día no puede ser anterior al primero.',
  'questionnaires.error.languages': 'Elija al menos un idioma en que esté escrito el cuestionario.',
  'questionnaires.done.opened':
    'El cuestionario está abierto. Imprima el cartel o comparta el enlace.',
  'questionnaires.done.closed': 'El cuestionario está cerrado: ya no se aceptan respuestas.',
  'questionnaires.done.entered':
    'Las respuestas en papel se han guardado. Puede introducir el siguiente formulario en papel.',
  'questionnaires.done.already': 'El cuestionario ya estaba cerrado.',
  'questionnaires.poster.title': 'Cartel',
  'questionnaires.poster.print':
    'Imprima esta página en A4: la navegación se omite. El enlace y el código QR llevan a la elección de idioma del cuestionario.',
  'questionnaires.poster.qr': 'Código QR del enlace {url}',
  'questionnaires.poster.back': 'Volver a los cuestionarios',
  'questionnaires.assisted.title': 'Introducir las respuestas de un formulario en papel',
  'questionnaires.assisted.lead':
    'Introduzca las respuestas de un formulario en papel tal como se dieron y envíelas. Se guardan como respuestas asistidas, sin su nombre; el registro solo anota que usted introdujo respuestas.',
  'questionnaires.assisted.language': 'Idioma del formulario en papel',
  'questionnaires.assisted.show': 'Mostrar el formulario en este idioma',
  'questionnaires.assisted.closed':
    'Este cuestionario está cerrado o todavía no se ha abierto: no se pueden introducir respuestas.',
  'questionnaires.assisted.noScript':
    'Para introducir respuestas hace falta JavaScript. Actívelo en su navegador, por favor.',
  'questionnaires.assisted.failed':
    'No se pudieron guardar las respuestas. Inténtelo de nuevo, por favor.',
  'audit.action.questionnaire-opened': 'abrió un cuestionario',
  'audit.action.questionnaire-closed': 'cerró un cuestionario',
  'audit.action.answers-entered': 'introdujo respuestas en papel',
};
