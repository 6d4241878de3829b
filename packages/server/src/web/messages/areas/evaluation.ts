// The page texts of the programme's evaluation: the post-training wave, participants' feedback
// on sessions, and feedback releases. en is the reference; the others have exactly its keys.
export const en = {
  'nav.feedback': 'Feedback',
  'nav.evaluation': 'Evaluation',
  'feedback.title': 'Feedback on your training',
  'feedback.lead':
    'Tell the training office how a session went for you. Your answers are stored without your name, your account or the time you sent them; the office sees them only together with those of at least {k} other participants.',
  'feedback.none':
    'There is no session to give feedback on yet: you can once a session you are enrolled in has taken place.',
  'feedback.caption': 'Sessions you took part in',
  'feedback.session': 'Session',
  'feedback.date': 'Date',
  'feedback.state': 'Your feedback',
  'feedback.give': 'Give feedback on {session}',
  'feedback.given': 'given, thank you',
  'feedback.form.title': 'Feedback on {session}',
  'feedback.satisfaction': 'How satisfied are you with this session?',
  'feedback.usefulness': 'How useful is it for your work?',
  'feedback.scale.1': '1 – not at all',
  'feedback.scale.2': '2',
  'feedback.scale.3': '3',
  'feedback.scale.4': '4',
  'feedback.scale.5': '5 – very',
  'feedback.comment': 'Anything else? (optional)',
  'feedback.comment.hint':
    'Please name nobody: comments are shown to the training office as you write them.',
  'feedback.send': 'Send feedback',
  'feedback.required': 'Choose one answer.',
  'feedback.tooLong': 'At most {max} characters.',
  'feedback.notYours':
    'You can give feedback only on a session you were enrolled in, once it has taken place.',
  'feedback.thanks': 'Thank you: your feedback has been stored without your name.',
  'feedback.already': 'You have already given feedback on this session.',
  'evaluation.title': 'Evaluation of the programme',
  'evaluation.lead':
    'Did the programme change what staff can do? Open the post-training wave of the self-assessment, then publish the results by wave: the wave comparison shows the change for groups of at least {k} people. Participants’ feedback on sessions is published here with the same rules.',
  'evaluation.wave.title': 'Self-assessment wave',
  'evaluation.wave.current': 'Staff who answer the self-assessment now answer in the wave: {wave}.',
  'evaluation.wave.since': 'Open since {date}.',
  'evaluation.wave.open': 'Open the {wave} wave',
  'evaluation.wave.note':
    'Open the post-training wave when the programme’s modules have ended. Earlier answers stay in their wave. Then publish the results by wave on the results page.',
  'evaluation.wave.results': 'Publish and read the results by wave',
  'evaluation.wave.baseline': 'before the training (baseline)',
  'evaluation.wave.post': 'after the training (post)',
  'evaluation.wave.follow-up': 'follow-up',
  'evaluation.feedback.title': 'Participants’ feedback',
  'evaluation.feedback.lead':
    'Feedback is published as releases: each shows, per module, how many gave feedback, the average satisfaction and usefulness and the comments, only for modules with at least {k} answers. A module whose feedback changed by fewer than {k} answers since a release that showed it stays hidden until more have answered.',
  'evaluation.feedback.none': 'No feedback release has been published yet.',
  'evaluation.feedback.publish': 'Publish a feedback release',
  'evaluation.feedback.noProgramme': 'The city has no programme whose feedback could be published.',
  'evaluation.feedback.caption': 'Feedback releases, newest first',
  'evaluation.feedback.release': 'Feedback release {n}',
  'evaluation.feedback.published': 'Published on',
  'evaluation.release.title': 'Feedback release {n} of {date}',
  'evaluation.release.caption': 'Feedback per module',
  'evaluation.release.module': 'Module',
  'evaluation.release.n': 'Answers',
  'evaluation.release.satisfaction': 'Satisfaction (1–5)',
  'evaluation.release.usefulness': 'Usefulness (1–5)',
  'evaluation.release.hidden.small-group': 'Hidden to protect a small group.',
  'evaluation.release.hidden.small-change':
    'Hidden: fewer than {k} answers since it was last shown.',
  'evaluation.release.comments': 'Comments on {module}',
  'evaluation.release.noComments': 'no comments',
  'evaluation.done.wave': 'The wave has been opened.',
  'evaluation.done.published': 'The feedback release has been published.',
  'evaluation.programme.link':
    'Evaluate the modules: their participants’ change next to the others’',
  'evaluation.programme.title': 'Evaluation of the modules',
  'evaluation.programme.lead':
    'For each module of the programme, how the self-assessment of the people who completed it changed between the baseline and the post-training wave, next to the change of those who did not take it, so that a change everyone shows is not credited to the module. The figures are published as releases: a group of fewer than {k} people, or one that would be given away by the others, stays hidden.',
  'evaluation.programme.back': 'Back to the evaluation',
  'evaluation.programme.modules': 'Modules',
  'evaluation.programme.modules.caption':
    'Modules of the programme and whether they can be evaluated',
  'evaluation.programme.modules.state': 'Completions',
  'evaluation.programme.state.enough': 'enough people completed it to show their change',
  'evaluation.programme.state.few': 'fewer than {k} completed it: their change stays hidden',
  'evaluation.programme.state.none': 'nobody has completed it yet: not published',
  'evaluation.programme.state.close':
    'not published now: its participants are almost the same as those of {module} (fewer than {k} differ), and the two together would give those few away',
  'evaluation.programme.publish': 'Publish the evaluation',
  'evaluation.programme.publishNote':
    'Publishing stores one release per module that someone has completed. A later publication is checked against the earlier ones: a group that changed by fewer than {k} people since then stays hidden.',
  'evaluation.programme.publishButton': 'Publish the evaluation of the modules',
  'evaluation.programme.publications': 'Published evaluations',
  'evaluation.programme.publications.none':
    'The evaluation of the modules has not been published yet.',
  'evaluation.programme.publications.caption': 'Published evaluations, newest first',
  'evaluation.programme.publications.modules': 'Modules',
  'evaluation.programme.publication': 'Evaluation {n}',
  'evaluation.programme.nothing':
    'Nothing to publish: no module has been completed by someone, or nobody has answered the self-assessment in the baseline or the post-training wave.',
  'evaluation.programme.refused': 'Some modules were not published:',
  'evaluation.programme.hidden': 'Hidden to protect a small group.',
  'evaluation.programme.participants': 'Participants',
  'evaluation.programme.others': 'Did not take the module',
  'evaluation.programme.release.title': 'Evaluation {n} of the modules, {date}',
  'evaluation.programme.release.lead':
    'Per module and competence: the mean score before and after the training of the people who answered in both waves, and the mean change, for those who completed the module and for the others. Each group counts at least {k} people.',
  'evaluation.programme.release.back': 'Back to the evaluation of the modules',
  'evaluation.programme.release.hiddenNote':
    'Some comparisons are hidden: they describe fewer people than the threshold, too few changed since an earlier publication, or the other figures would give them away.',
  'evaluation.programme.release.sequence': 'Release {n} of this module',
  'evaluation.programme.release.caption': 'Change between the waves in {module}',
  'evaluation.programme.release.cell': '{from} → {to} (change {change}, {n} people)',
  'evaluation.programme.done': 'The evaluation of the modules has been published.',
  'audit.action.wave-opened': 'opened a self-assessment wave',
  'audit.action.feedback-published': 'published a feedback release',
} as const;

type Texts = Record<keyof typeof en, string>;

export const de: Texts = {
  'nav.feedback': 'Rückmeldung',
  'nav.evaluation': 'Auswertung',
  'feedback.title': 'Rückmeldung zu Ihrer Fortbildung',
  'feedback.lead':
    'Sagen Sie der Fortbildungsstelle, wie ein Termin für Sie war. Ihre Antworten werden ohne Ihren Namen, Ihr Konto und die Uhrzeit gespeichert; die Stelle sieht sie nur zusammen mit denen von mindestens {k} weiteren Teilnehmenden.',
  'feedback.none':
    'Noch gibt es keinen Termin für eine Rückmeldung: Sie ist möglich, sobald ein Termin, für den Sie angemeldet sind, stattgefunden hat.',
  'feedback.caption': 'Termine, an denen Sie teilgenommen haben',
  'feedback.session': 'Termin',
  'feedback.date': 'Datum',
  'feedback.state': 'Ihre Rückmeldung',
  'feedback.give': 'Rückmeldung geben zu {session}',
  'feedback.given': 'gegeben, danke',
  'feedback.form.title': 'Rückmeldung zu {session}',
  'feedback.satisfaction': 'Wie zufrieden sind Sie mit diesem Termin?',
  'feedback.usefulness': 'Wie nützlich ist er für Ihre Arbeit?',
  'feedback.scale.1': '1 – gar nicht',
  'feedback.scale.2': '2',
  'feedback.scale.3': '3',
  'feedback.scale.4': '4',
  'feedback.scale.5': '5 – sehr',
  'feedback.comment': 'Möchten Sie noch etwas sagen? (freiwillig)',
  'feedback.comment.hint':
    'Bitte nennen Sie niemanden: Kommentare sieht die Fortbildungsstelle so, wie Sie sie schreiben.',
  'feedback.send': 'Rückmeldung senden',
  'feedback.required': 'Wählen Sie eine Antwort.',
  'feedback.tooLong': 'Höchstens {max} Zeichen.',
  'feedback.notYours':
    'Eine Rückmeldung ist nur zu einem Termin möglich, für den Sie angemeldet waren, nachdem er stattgefunden hat.',
  'feedback.thanks': 'Danke: Ihre Rückmeldung wurde ohne Ihren Namen gespeichert.',
  'feedback.already': 'Sie haben zu diesem Termin schon eine Rückmeldung gegeben.',
  'evaluation.title': 'Evaluation des Programms',
  'evaluation.lead':
    'Hat das Programm verändert, was die Beschäftigten können? Öffnen Sie die Befragungswelle nach der Fortbildung und veröffentlichen Sie dann die Ergebnisse nach Welle: Der Wellenvergleich zeigt die Veränderung für Gruppen ab {k} Personen. Die Rückmeldungen der Teilnehmenden zu den Terminen werden hier nach denselben Regeln veröffentlicht.',
  'evaluation.wave.title': 'Welle der Selbsteinschätzung',
  'evaluation.wave.current':
    'Wer die Selbsteinschätzung jetzt ausfüllt, antwortet in der Welle: {wave}.',
  'evaluation.wave.since': 'Geöffnet seit {date}.',
  'evaluation.wave.open': 'Welle öffnen: {wave}',
  'evaluation.wave.note':
    'Öffnen Sie die Welle nach der Fortbildung, wenn die Module des Programms beendet sind. Frühere Antworten bleiben in ihrer Welle. Veröffentlichen Sie dann die Ergebnisse nach Welle auf der Ergebnisseite.',
  'evaluation.wave.results': 'Ergebnisse nach Welle veröffentlichen und lesen',
  'evaluation.wave.baseline': 'vor der Fortbildung (Ausgangserhebung)',
  'evaluation.wave.post': 'nach der Fortbildung',
  'evaluation.wave.follow-up': 'Nacherhebung',
  'evaluation.feedback.title': 'Rückmeldungen der Teilnehmenden',
  'evaluation.feedback.lead':
    'Rückmeldungen werden als Veröffentlichungen bereitgestellt: Jede zeigt je Modul, wie viele geantwortet haben, die mittlere Zufriedenheit und Nützlichkeit und die Kommentare, nur für Module mit mindestens {k} Antworten. Ein Modul, dessen Rückmeldungen sich seit einer Veröffentlichung, die es zeigte, um weniger als {k} Antworten geändert haben, bleibt verborgen, bis mehr geantwortet haben.',
  'evaluation.feedback.none': 'Noch wurden keine Rückmeldungen veröffentlicht.',
  'evaluation.feedback.publish': 'Rückmeldungen veröffentlichen',
  'evaluation.feedback.noProgramme':
    'Die Stadt hat kein Programm, dessen Rückmeldungen veröffentlicht werden könnten.',
  'evaluation.feedback.caption': 'Veröffentlichte Rückmeldungen, die neueste zuerst',
  'evaluation.feedback.release': 'Rückmeldungen, Veröffentlichung {n}',
  'evaluation.feedback.published': 'Veröffentlicht am',
  'evaluation.release.title': 'Rückmeldungen, Veröffentlichung {n} vom {date}',
  'evaluation.release.caption': 'Rückmeldungen je Modul',
  'evaluation.release.module': 'Modul',
  'evaluation.release.n': 'Antworten',
  'evaluation.release.satisfaction': 'Zufriedenheit (1–5)',
  'evaluation.release.usefulness': 'Nützlichkeit (1–5)',
  'evaluation.release.hidden.small-group': 'Verborgen, um eine kleine Gruppe zu schützen.',
  'evaluation.release.hidden.small-change':
    'Verborgen: weniger als {k} Antworten, seit es zuletzt gezeigt wurde.',
  'evaluation.release.comments': 'Kommentare zu {module}',
  'evaluation.release.noComments': 'keine Kommentare',
  'evaluation.done.wave': 'Die Welle wurde geöffnet.',
  'evaluation.done.published': 'Die Rückmeldungen wurden veröffentlicht.',
  'evaluation.programme.link':
    'Module auswerten: die Veränderung der Teilnehmenden neben der der anderen',
  'evaluation.programme.title': 'Auswertung der Module',
  'evaluation.programme.lead':
    'Für jedes Modul des Programms: wie sich die Selbsteinschätzung derer, die es abgeschlossen haben, zwischen der Ausgangserhebung und der Welle nach der Fortbildung verändert hat, neben der Veränderung derer, die es nicht besucht haben. So wird eine Veränderung, die alle zeigen, nicht dem Modul zugeschrieben. Die Zahlen werden als Veröffentlichungen bereitgestellt: Eine Gruppe mit weniger als {k} Personen oder eine, die sich aus den anderen Zahlen ergäbe, bleibt verborgen.',
  'evaluation.programme.back': 'Zurück zur Evaluation',
  'evaluation.programme.modules': 'Die Module',
  'evaluation.programme.modules.caption':
    'Module des Programms und ob sie ausgewertet werden können',
  'evaluation.programme.modules.state': 'Abschlüsse',
  'evaluation.programme.state.enough':
    'genug Personen haben es abgeschlossen, um ihre Veränderung zu zeigen',
  'evaluation.programme.state.few':
    'weniger als {k} haben es abgeschlossen: ihre Veränderung bleibt verborgen',
  'evaluation.programme.state.none': 'noch niemand hat es abgeschlossen: wird nicht veröffentlicht',
  'evaluation.programme.state.close':
    'jetzt nicht veröffentlicht: Die Teilnehmenden sind fast dieselben wie bei {module} (weniger als {k} unterscheiden sich), und beide zusammen würden diese wenigen verraten',
  'evaluation.programme.publish': 'Auswertung veröffentlichen',
  'evaluation.programme.publishNote':
    'Beim Veröffentlichen wird je Modul, das jemand abgeschlossen hat, eine Veröffentlichung gespeichert. Eine spätere wird mit den früheren abgeglichen: Eine Gruppe, in der sich seitdem weniger als {k} Personen geändert haben, bleibt verborgen.',
  'evaluation.programme.publishButton': 'Auswertung der Module veröffentlichen',
  'evaluation.programme.publications': 'Veröffentlichte Auswertungen',
  'evaluation.programme.publications.none':
    'Die Auswertung der Module wurde noch nicht veröffentlicht.',
  'evaluation.programme.publications.caption': 'Veröffentlichte Auswertungen, die neueste zuerst',
  'evaluation.programme.publications.modules': 'Enthaltene Module',
  'evaluation.programme.publication': 'Auswertung {n}',
  'evaluation.programme.nothing':
    'Nichts zu veröffentlichen: Kein Modul wurde von jemandem abgeschlossen, oder niemand hat die Selbsteinschätzung in der Ausgangserhebung oder nach der Fortbildung ausgefüllt.',
  'evaluation.programme.refused': 'Einige Module wurden nicht veröffentlicht:',
  'evaluation.programme.hidden': 'Verborgen, um eine kleine Gruppe zu schützen.',
  'evaluation.programme.participants': 'Teilnehmende',
  'evaluation.programme.others': 'Ohne dieses Modul',
  'evaluation.programme.release.title': 'Auswertung {n} der Module, {date}',
  'evaluation.programme.release.lead':
    'Je Modul und Kompetenz: der mittlere Wert vor und nach der Fortbildung derer, die in beiden Wellen geantwortet haben, und die mittlere Veränderung, für die Teilnehmenden des Moduls und für die anderen. Jede Gruppe umfasst mindestens {k} Personen.',
  'evaluation.programme.release.back': 'Zurück zur Auswertung der Module',
  'evaluation.programme.release.hiddenNote':
    'Einige Vergleiche sind verborgen: Sie beschreiben weniger Personen als die Schwelle, seit einer früheren Veröffentlichung hat sich zu wenig geändert, oder die anderen Zahlen würden sie verraten.',
  'evaluation.programme.release.sequence': 'Veröffentlichung {n} dieses Moduls',
  'evaluation.programme.release.caption': 'Veränderung zwischen den Wellen in {module}',
  'evaluation.programme.release.cell': '{from} → {to} (Veränderung {change}, {n} Personen)',
  'evaluation.programme.done': 'Die Auswertung der Module wurde veröffentlicht.',
  'audit.action.wave-opened': 'Befragungswelle geöffnet',
  'audit.action.feedback-published': 'Rückmeldungen veröffentlicht',
};
export const it: Texts = {
  'nav.feedback': 'Valutazione dei corsi',
  'nav.evaluation': 'Valutazione',
  'feedback.title': 'Il vostro parere sulla formazione',
  'feedback.lead':
    'Dite all’ufficio formazione com’è andato un incontro per voi. Le risposte sono salvate senza il vostro nome, il vostro account o l’ora di invio; l’ufficio le vede solo insieme a quelle di almeno altri {k} partecipanti.',
  'feedback.none':
    'Non c’è ancora nessun incontro da valutare: sarà possibile dopo che un incontro a cui siete iscritti avrà avuto luogo.',
  'feedback.caption': 'Incontri a cui avete partecipato',
  'feedback.session': 'Incontro',
  'feedback.date': 'Data',
  'feedback.state': 'Il vostro parere',
  'feedback.give': 'Dare un parere su {session}',
  'feedback.given': 'dato, grazie',
  'feedback.form.title': 'Parere su {session}',
  'feedback.satisfaction': 'Quanto siete soddisfatti di questo incontro?',
  'feedback.usefulness': 'Quanto è utile per il vostro lavoro?',
  'feedback.scale.1': '1 – per niente',
  'feedback.scale.2': '2',
  'feedback.scale.3': '3',
  'feedback.scale.4': '4',
  'feedback.scale.5': '5 – molto',
  'feedback.comment': 'Altro da aggiungere? (facoltativo)',
  'feedback.comment.hint':
    'Non nominate nessuno: l’ufficio formazione vede i commenti così come li scrivete.',
  'feedback.send': 'Inviare il parere',
  'feedback.required': 'Scegliete una risposta.',
  'feedback.tooLong': 'Al massimo {max} caratteri.',
  'feedback.notYours':
    'Si può dare un parere solo su un incontro a cui si era iscritti, dopo che ha avuto luogo.',
  'feedback.thanks': 'Grazie: il vostro parere è stato salvato senza il vostro nome.',
  'feedback.already': 'Avete già dato un parere su questo incontro.',
  'evaluation.title': 'Valutazione del programma',
  'evaluation.lead':
    'Il programma ha cambiato ciò che il personale sa fare? Aprite la rilevazione successiva alla formazione, poi pubblicate i risultati per rilevazione: il confronto mostra il cambiamento per gruppi di almeno {k} persone. I pareri dei partecipanti sugli incontri sono pubblicati qui con le stesse regole.',
  'evaluation.wave.title': 'Rilevazione dell’autovalutazione',
  'evaluation.wave.current':
    'Chi compila ora l’autovalutazione risponde nella rilevazione: {wave}.',
  'evaluation.wave.since': 'Aperta dal {date}.',
  'evaluation.wave.open': 'Aprire la rilevazione: {wave}',
  'evaluation.wave.note':
    'Aprite la rilevazione successiva alla formazione quando i moduli del programma sono terminati. Le risposte precedenti restano nella loro rilevazione. Poi pubblicate i risultati per rilevazione nella pagina dei risultati.',
  'evaluation.wave.results': 'Pubblicare e leggere i risultati per rilevazione',
  'evaluation.wave.baseline': 'prima della formazione (iniziale)',
  'evaluation.wave.post': 'dopo la formazione',
  'evaluation.wave.follow-up': 'rilevazione di follow-up',
  'evaluation.feedback.title': 'Pareri dei partecipanti',
  'evaluation.feedback.lead':
    'I pareri sono pubblicati come rilasci: ciascuno mostra, per modulo, quante persone hanno risposto, la soddisfazione e l’utilità medie e i commenti, solo per i moduli con almeno {k} risposte. Un modulo i cui pareri sono cambiati di meno di {k} risposte rispetto a un rilascio che lo mostrava resta nascosto finché non rispondono altre persone.',
  'evaluation.feedback.none': 'Non è stato ancora pubblicato nessun rilascio dei pareri.',
  'evaluation.feedback.publish': 'Pubblicare i pareri',
  'evaluation.feedback.noProgramme': 'La città non ha un programma di cui pubblicare i pareri.',
  'evaluation.feedback.caption': 'Rilasci dei pareri, dal più recente',
  'evaluation.feedback.release': 'Pareri, rilascio {n}',
  'evaluation.feedback.published': 'Pubblicato il',
  'evaluation.release.title': 'Pareri, rilascio {n} del {date}',
  'evaluation.release.caption': 'Pareri per modulo',
  'evaluation.release.module': 'Modulo',
  'evaluation.release.n': 'Risposte',
  'evaluation.release.satisfaction': 'Soddisfazione (1–5)',
  'evaluation.release.usefulness': 'Utilità (1–5)',
  'evaluation.release.hidden.small-group': 'Nascosto per proteggere un gruppo piccolo.',
  'evaluation.release.hidden.small-change':
    'Nascosto: meno di {k} risposte da quando è stato mostrato l’ultima volta.',
  'evaluation.release.comments': 'Commenti su {module}',
  'evaluation.release.noComments': 'nessun commento',
  'evaluation.done.wave': 'La rilevazione è stata aperta.',
  'evaluation.done.published': 'I pareri sono stati pubblicati.',
  'evaluation.programme.link':
    'Valutare i moduli: il cambiamento dei partecipanti accanto a quello degli altri',
  'evaluation.programme.title': 'Valutazione dei moduli',
  'evaluation.programme.lead':
    'Per ogni modulo del programma: come è cambiata l’autovalutazione di chi lo ha completato tra la rilevazione iniziale e quella successiva alla formazione, accanto al cambiamento di chi non lo ha seguito, così che un cambiamento comune a tutti non venga attribuito al modulo. I dati sono pubblicati come rilasci: un gruppo di meno di {k} persone, o che si potrebbe ricavare dagli altri, resta nascosto.',
  'evaluation.programme.back': 'Torna alla valutazione',
  'evaluation.programme.modules': 'I moduli',
  'evaluation.programme.modules.caption': 'Moduli del programma e se possono essere valutati',
  'evaluation.programme.modules.state': 'Completamenti',
  'evaluation.programme.state.enough':
    'lo hanno completato abbastanza persone per mostrarne il cambiamento',
  'evaluation.programme.state.few':
    'lo hanno completato meno di {k} persone: il loro cambiamento resta nascosto',
  'evaluation.programme.state.none': 'nessuno lo ha ancora completato: non viene pubblicato',
  'evaluation.programme.state.close':
    'non pubblicato ora: i partecipanti sono quasi gli stessi di {module} (ne differiscono meno di {k}), e i due insieme rivelerebbero quelle poche persone',
  'evaluation.programme.publish': 'Pubblicare la valutazione',
  'evaluation.programme.publishNote':
    'La pubblicazione salva un rilascio per ogni modulo completato da qualcuno. Una pubblicazione successiva è confrontata con le precedenti: un gruppo cambiato di meno di {k} persone da allora resta nascosto.',
  'evaluation.programme.publishButton': 'Pubblicare la valutazione dei moduli',
  'evaluation.programme.publications': 'Valutazioni pubblicate',
  'evaluation.programme.publications.none':
    'La valutazione dei moduli non è ancora stata pubblicata.',
  'evaluation.programme.publications.caption': 'Valutazioni pubblicate, dalla più recente',
  'evaluation.programme.publications.modules': 'Moduli inclusi',
  'evaluation.programme.publication': 'Valutazione {n}',
  'evaluation.programme.nothing':
    'Niente da pubblicare: nessun modulo è stato completato, oppure nessuno ha compilato l’autovalutazione nella rilevazione iniziale o in quella successiva alla formazione.',
  'evaluation.programme.refused': 'Alcuni moduli non sono stati pubblicati:',
  'evaluation.programme.hidden': 'Nascosto per proteggere un gruppo piccolo.',
  'evaluation.programme.participants': 'Partecipanti',
  'evaluation.programme.others': 'Senza questo modulo',
  'evaluation.programme.release.title': 'Valutazione {n} dei moduli, {date}',
  'evaluation.programme.release.lead':
    'Per modulo e competenza: il punteggio medio prima e dopo la formazione di chi ha risposto in entrambe le rilevazioni, e il cambiamento medio, per chi ha completato il modulo e per gli altri. Ogni gruppo conta almeno {k} persone.',
  'evaluation.programme.release.back': 'Torna alla valutazione dei moduli',
  'evaluation.programme.release.hiddenNote':
    'Alcuni confronti sono nascosti: descrivono meno persone della soglia, da una pubblicazione precedente è cambiato troppo poco, oppure gli altri dati li rivelerebbero.',
  'evaluation.programme.release.sequence': 'Rilascio {n} di questo modulo',
  'evaluation.programme.release.caption': 'Cambiamento tra le rilevazioni in {module}',
  'evaluation.programme.release.cell': '{from} → {to} (cambiamento {change}, {n} persone)',
  'evaluation.programme.done': 'La valutazione dei moduli è stata pubblicata.',
  'audit.action.wave-opened': 'ha aperto una rilevazione',
  'audit.action.feedback-published': 'ha pubblicato i pareri',
};
export const es: Texts = {
  'nav.feedback': 'Valoración',
  'nav.evaluation': 'Evaluación',
  'feedback.title': 'Su valoración de la formación',
  'feedback.lead':
    'Cuente a la oficina de formación qué tal le fue una sesión. Sus respuestas se guardan sin su nombre, su cuenta ni la hora de envío; la oficina solo las ve junto con las de al menos otras {k} personas participantes.',
  'feedback.none':
    'Todavía no hay ninguna sesión que valorar: podrá hacerlo cuando se haya celebrado una sesión en la que esté inscrito o inscrita.',
  'feedback.caption': 'Sesiones en las que ha participado',
  'feedback.session': 'Sesión',
  'feedback.date': 'Fecha',
  'feedback.state': 'Su valoración',
  'feedback.give': 'Valorar {session}',
  'feedback.given': 'enviada, gracias',
  'feedback.form.title': 'Valoración de {session}',
  'feedback.satisfaction': '¿Qué grado de satisfacción tiene con esta sesión?',
  'feedback.usefulness': '¿Qué utilidad tiene para su trabajo?',
  'feedback.scale.1': '1 – ninguna',
  'feedback.scale.2': '2',
  'feedback.scale.3': '3',
  'feedback.scale.4': '4',
  'feedback.scale.5': '5 – mucha',
  'feedback.comment': '¿Algo más? (opcional)',
  'feedback.comment.hint':
    'No nombre a nadie: la oficina de formación ve los comentarios tal como los escribe.',
  'feedback.send': 'Enviar valoración',
  'feedback.required': 'Elija una respuesta.',
  'feedback.tooLong': 'Como máximo {max} caracteres.',
  'feedback.notYours':
    'Solo se puede valorar una sesión en la que se estaba inscrito o inscrita, una vez celebrada.',
  'feedback.thanks': 'Gracias: su valoración se ha guardado sin su nombre.',
  'feedback.already': 'Ya ha valorado esta sesión.',
  'evaluation.title': 'Evaluación del programa',
  'evaluation.lead':
    '¿Ha cambiado el programa lo que sabe hacer el personal? Abra la oleada posterior a la formación y publique después los resultados por oleada: la comparación muestra el cambio para grupos de al menos {k} personas. Las valoraciones de las sesiones se publican aquí con las mismas reglas.',
  'evaluation.wave.title': 'Oleada de la autoevaluación',
  'evaluation.wave.current':
    'Quien responde ahora a la autoevaluación lo hace en la oleada: {wave}.',
  'evaluation.wave.since': 'Abierta desde el {date}.',
  'evaluation.wave.open': 'Abrir la oleada: {wave}',
  'evaluation.wave.note':
    'Abra la oleada posterior a la formación cuando hayan terminado los módulos del programa. Las respuestas anteriores quedan en su oleada. Después publique los resultados por oleada en la página de resultados.',
  'evaluation.wave.results': 'Publicar y leer los resultados por oleada',
  'evaluation.wave.baseline': 'antes de la formación (inicial)',
  'evaluation.wave.post': 'después de la formación',
  'evaluation.wave.follow-up': 'seguimiento',
  'evaluation.feedback.title': 'Valoraciones de las personas participantes',
  'evaluation.feedback.lead':
    'Las valoraciones se publican como publicaciones: cada una muestra, por módulo, cuántas personas respondieron, la satisfacción y la utilidad medias y los comentarios, solo para módulos con al menos {k} respuestas. Un módulo cuyas valoraciones han cambiado en menos de {k} respuestas desde una publicación que lo mostraba queda oculto hasta que respondan más personas.',
  'evaluation.feedback.none': 'Aún no se ha publicado ninguna valoración.',
  'evaluation.feedback.publish': 'Publicar las valoraciones',
  'evaluation.feedback.noProgramme':
    'La ciudad no tiene ningún programa cuyas valoraciones se puedan publicar.',
  'evaluation.feedback.caption':
    'Publicaciones de valoraciones, de la más reciente a la más antigua',
  'evaluation.feedback.release': 'Valoraciones, publicación {n}',
  'evaluation.feedback.published': 'Publicada el',
  'evaluation.release.title': 'Valoraciones, publicación {n} del {date}',
  'evaluation.release.caption': 'Valoraciones por módulo',
  'evaluation.release.module': 'Módulo',
  'evaluation.release.n': 'Respuestas',
  'evaluation.release.satisfaction': 'Satisfacción (1–5)',
  'evaluation.release.usefulness': 'Utilidad (1–5)',
  'evaluation.release.hidden.small-group': 'Oculto para proteger a un grupo pequeño.',
  'evaluation.release.hidden.small-change':
    'Oculto: menos de {k} respuestas desde la última vez que se mostró.',
  'evaluation.release.comments': 'Comentarios sobre {module}',
  'evaluation.release.noComments': 'sin comentarios',
  'evaluation.done.wave': 'Se ha abierto la oleada.',
  'evaluation.done.published': 'Las valoraciones se han publicado.',
  'evaluation.programme.link':
    'Evaluar los módulos: el cambio de quienes participaron junto al de los demás',
  'evaluation.programme.title': 'Evaluación de los módulos',
  'evaluation.programme.lead':
    'Para cada módulo del programa: cómo cambió la autoevaluación de quienes lo completaron entre la oleada inicial y la posterior a la formación, junto al cambio de quienes no lo cursaron, para no atribuir al módulo un cambio que muestran todos. Las cifras se publican como publicaciones: un grupo de menos de {k} personas, o que se deduciría de los demás, queda oculto.',
  'evaluation.programme.back': 'Volver a la evaluación',
  'evaluation.programme.modules': 'Los módulos',
  'evaluation.programme.modules.caption': 'Módulos del programa y si se pueden evaluar',
  'evaluation.programme.modules.state': 'Finalizaciones',
  'evaluation.programme.state.enough':
    'lo han completado suficientes personas para mostrar su cambio',
  'evaluation.programme.state.few':
    'lo han completado menos de {k} personas: su cambio queda oculto',
  'evaluation.programme.state.none': 'nadie lo ha completado todavía: no se publica',
  'evaluation.programme.state.close':
    'no se publica ahora: sus participantes son casi los mismos que los de {module} (difieren menos de {k}), y ambos juntos delatarían a esas pocas personas',
  'evaluation.programme.publish': 'Publicar la evaluación',
  'evaluation.programme.publishNote':
    'Al publicar se guarda una publicación por cada módulo que alguien haya completado. Una publicación posterior se compara con las anteriores: un grupo que haya cambiado en menos de {k} personas desde entonces queda oculto.',
  'evaluation.programme.publishButton': 'Publicar la evaluación de los módulos',
  'evaluation.programme.publications': 'Evaluaciones publicadas',
  'evaluation.programme.publications.none': 'La evaluación de los módulos aún no se ha publicado.',
  'evaluation.programme.publications.caption':
    'Evaluaciones publicadas, de la más reciente a la más antigua',
  'evaluation.programme.publications.modules': 'Módulos incluidos',
  'evaluation.programme.publication': 'Evaluación {n}',
  'evaluation.programme.nothing':
    'Nada que publicar: nadie ha completado ningún módulo, o nadie ha respondido a la autoevaluación en la oleada inicial o en la posterior a la formación.',
  'evaluation.programme.refused': 'Algunos módulos no se han publicado:',
  'evaluation.programme.hidden': 'Oculto para proteger a un grupo pequeño.',
  'evaluation.programme.participants': 'Participantes',
  'evaluation.programme.others': 'Sin este módulo',
  'evaluation.programme.release.title': 'Evaluación {n} de los módulos, {date}',
  'evaluation.programme.release.lead':
    'Por módulo y competencia: la puntuación media antes y después de la formación de quienes respondieron en ambas oleadas, y el cambio medio, para quienes completaron el módulo y para los demás. Cada grupo cuenta al menos {k} personas.',
  'evaluation.programme.release.back': 'Volver a la evaluación de los módulos',
  'evaluation.programme.release.hiddenNote':
    'Algunas comparaciones están ocultas: describen a menos personas que el umbral, ha cambiado demasiado poco desde una publicación anterior, o las demás cifras las delatarían.',
  'evaluation.programme.release.sequence': 'Publicación {n} de este módulo',
  'evaluation.programme.release.caption': 'Cambio entre las oleadas en {module}',
  'evaluation.programme.release.cell': '{from} → {to} (cambio {change}, {n} personas)',
  'evaluation.programme.done': 'La evaluación de los módulos se ha publicado.',
  'audit.action.wave-opened': 'abrió una oleada',
  'audit.action.feedback-published': 'publicó las valoraciones',
};
