// Trainers' toolkit: session plans for eight workshops of the training catalogue. Each plan is
// written as data (objectives, a timed sequence per day, methods, materials, how the trainer
// checks what was learnt); ./generate.mjs turns it into the entry's plain-text body with the
// headings of each language, checks that the steps of a day follow each other without gaps
// (lunch is the one gap allowed, as a step of its own) and that the teaching time equals the
// module's hours in the catalogue. Materials name entries of the toolkit by id.

const B = 'break';
const L = 'lunch';

/** @type {import('./types.d.mts').SessionPlanSource[]} */
export default [
  {
    module: 'plain-language-letters-and-forms',
    vopiLevels: ['services-and-access'],
    objectives: [
      {
        de: 'Standardbriefe und Formulare so umschreiben, dass die Adressaten verstehen, was von ihnen verlangt wird.',
        it: 'Riscrivere lettere e moduli standard in modo che i destinatari capiscano che cosa si chiede loro.',
        es: 'Reescribir cartas y formularios estándar para que sus destinatarios entiendan qué se les pide.',
        en: 'Rewrite standard letters and forms so that the people they address understand what is asked of them.',
      },
      {
        de: 'Eine ablehnende Entscheidung mündlich mit Rechtsbehelf und Frist klar und vollständig erklären.',
        it: 'Spiegare a voce una decisione negativa, con i mezzi di ricorso e i termini, in modo chiaro e completo.',
        es: 'Explicar de palabra una resolución desfavorable, con sus recursos y plazos, de forma clara y completa.',
        en: 'Explain an unfavourable decision orally, with its remedies and deadlines, clearly and completely.',
      },
      {
        de: 'Verständnis prüfen, indem die Person die nächsten Schritte selbst zusammenfasst.',
        it: 'Verificare la comprensione chiedendo alla persona di riassumere lei stessa i passi successivi.',
        es: 'Comprobar la comprensión pidiendo a la persona que resuma ella misma los siguientes pasos.',
        en: 'Check understanding by asking the person to sum up the next steps themselves.',
      },
    ],
    days: [
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Begrüßung und Ziele; jede Person nennt den Brief, der am schwersten zu erklären ist.',
            it: 'Benvenuto e obiettivi; ognuno indica la lettera più difficile da spiegare.',
            es: 'Bienvenida y objetivos; cada persona nombra la carta que más le cuesta explicar.',
            en: 'Welcome and objectives; each participant names the letter they find hardest to explain.',
          },
        ],
        [
          '09:30',
          '10:30',
          {
            de: 'Mit fremden Augen lesen: Die Gruppe liest unter Zeitdruck einen dichten Rechtstext und notiert, woran das Verstehen scheitert.',
            it: 'Leggere con altri occhi: il gruppo legge sotto pressione un testo giuridico denso e annota dove si blocca la comprensione.',
            es: 'Leer con otros ojos: el grupo lee con prisa un texto jurídico denso y anota dónde se atasca la comprensión.',
            en: 'Reading through other eyes: the group reads a dense legal text against the clock and notes where understanding breaks down.',
          },
        ],
        ['10:30', '10:45', B],
        [
          '10:45',
          '12:30',
          {
            de: 'Die Regeln der einfachen Sprache mit Vorher-nachher-Beispielen (handout-plain-language-rules); Regelverstöße in einem Musterbrief finden.',
            it: 'Le regole del linguaggio chiaro con esempi prima e dopo (handout-plain-language-rules); trovare le violazioni in una lettera di esempio.',
            es: 'Las reglas del lenguaje claro con ejemplos de antes y después (handout-plain-language-rules); localizar los fallos en una carta de muestra.',
            en: 'The rules of plain language with before-and-after examples (handout-plain-language-rules); finding the breaches in a sample letter.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '15:00',
          {
            de: 'Fallarbeit mit case-letter-at-the-front-desk: einen Brief mündlich erklären und das Verständnis durch Wiedergeben lassen prüfen; Rollenspiel zu dritt.',
            it: 'Lavoro sul caso case-letter-at-the-front-desk: spiegare una lettera a voce e verificare la comprensione facendola ripetere; gioco di ruolo a tre.',
            es: 'Trabajo con el caso case-letter-at-the-front-desk: explicar una carta de palabra y comprobar la comprensión pidiendo que la repitan; juego de rol en tríos.',
            en: 'Case work with case-letter-at-the-front-desk: explaining a letter orally and checking understanding by having it said back; role-play in threes.',
          },
        ],
        ['15:00', '15:15', B],
        [
          '15:15',
          '16:30',
          {
            de: 'Formulare: In einem eigenen Formular Hürden markieren (Felder, Nachweise, Fachwörter) und Streichungen vorschlagen.',
            it: 'Moduli: segnare gli ostacoli in un proprio modulo (campi, documenti richiesti, termini tecnici) e proporre che cosa togliere.',
            es: 'Formularios: marcar las barreras en un formulario propio (campos, justificantes, tecnicismos) y proponer qué suprimir.',
            en: 'Forms: marking the obstacles in one of your own forms (fields, proofs, jargon) and proposing what to remove.',
          },
        ],
        [
          '16:30',
          '17:00',
          {
            de: 'Rückblick; jede Person wählt den Text, den sie morgen umschreibt.',
            it: 'Riepilogo; ognuno sceglie il testo che riscriverà domani.',
            es: 'Repaso; cada persona elige el texto que reescribirá mañana.',
            en: 'Review; each participant chooses the text they will rewrite tomorrow.',
          },
        ],
      ],
      [
        [
          '09:00',
          '09:15',
          {
            de: 'Einstieg: einen Satz aus dem Musterbrief von gestern neu schreiben.',
            it: 'Avvio: riscrivere una frase della lettera di esempio di ieri.',
            es: 'Arranque: reescribir una frase de la carta de muestra de ayer.',
            en: "Warm-up: rewriting one sentence of yesterday's sample letter.",
          },
        ],
        [
          '09:15',
          '10:45',
          {
            de: 'Umschreiben in Paaren: das Wichtigste zuerst, dann die Handlung und das Datum; die Briefvorlagen letter-missing-documents und letter-decision-and-objection als Muster.',
            it: "Riscrittura a coppie: prima l'essenziale, poi l'azione e la data; i modelli letter-missing-documents e letter-decision-and-objection come esempio.",
            es: 'Reescritura en parejas: primero lo esencial, luego la acción y la fecha; las plantillas letter-missing-documents y letter-decision-and-objection como modelo.',
            en: 'Rewriting in pairs: the main point first, then the action and the date; the templates letter-missing-documents and letter-decision-and-objection as models.',
          },
        ],
        ['10:45', '11:00', B],
        [
          '11:00',
          '12:30',
          {
            de: 'Lesetest mit einem Mitglied einer Migrantenorganisation: Der Gast liest die neuen Texte und sagt, was zu tun ist; die Paare notieren, wo er stockt.',
            it: "Prova di lettura con un membro di un'associazione di migranti: l'ospite legge i nuovi testi e dice che cosa deve fare; le coppie annotano dove si ferma.",
            es: 'Prueba de lectura con una persona de una asociación de migrantes: lee los nuevos textos y dice qué tiene que hacer; las parejas anotan dónde se atasca.',
            en: 'Reader test with a member of a migrant organisation: the guest reads the new texts and says what they must do; pairs note where the guest stumbles.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '14:45',
          {
            de: 'Eine Ablehnung mündlich erklären, mit Rechtsbehelf und Frist: Rollenspiel mit case-missed-deadline-housing-allowance.',
            it: 'Spiegare a voce un rifiuto, con ricorso e termine: gioco di ruolo con case-missed-deadline-housing-allowance.',
            es: 'Explicar de palabra una denegación, con recurso y plazo: juego de rol con case-missed-deadline-housing-allowance.',
            en: 'Explaining a refusal orally, with the remedy and the deadline: role-play with case-missed-deadline-housing-allowance.',
          },
        ],
        ['14:45', '15:00', B],
        [
          '15:00',
          '16:15',
          {
            de: 'Kollegiale Prüfung: Jedes Paar prüft den Text eines anderen mit der Checkliste; Überarbeitung.',
            it: "Revisione tra pari: ogni coppia controlla il testo di un'altra con la lista di controllo; correzione.",
            es: 'Revisión entre pares: cada pareja revisa el texto de otra con la lista de comprobación; corrección.',
            en: "Peer review: each pair checks another pair's text with the checklist; revision.",
          },
        ],
        [
          '16:15',
          '17:00',
          {
            de: 'Umsetzung planen: Wer muss die Änderung freigeben? Abschlussrunde.',
            it: "Pianificare l'uso dei testi: chi deve approvare la modifica? Giro finale.",
            es: 'Planificar el uso de los textos: ¿quién debe aprobar el cambio? Ronda de cierre.',
            en: 'Planning how the texts will be used: who must approve the change? Closing round.',
          },
        ],
      ],
    ],
    methods: [
      {
        de: 'Kurze Inputs mit Beispielen aus dem eigenen Haus',
        it: 'Brevi interventi con esempi del proprio ente',
        es: 'Exposiciones breves con ejemplos del propio organismo',
        en: 'Short inputs with examples from your own administration',
      },
      {
        de: 'Schreibarbeit in Paaren und kollegiale Prüfung',
        it: 'Scrittura a coppie e revisione tra pari',
        es: 'Redacción en parejas y revisión entre pares',
        en: 'Writing in pairs and peer review',
      },
      {
        de: 'Lesetest mit einer Person aus der Zielgruppe; Rollenspiel mit Wiedergeben lassen',
        it: 'Prova di lettura con una persona del gruppo destinatario; gioco di ruolo con ripetizione da parte della persona',
        es: 'Prueba de lectura con una persona del público destinatario; juego de rol en el que la persona repite lo explicado',
        en: 'Reader test with a member of the audience; role-play in which the person says back what was explained',
      },
    ],
    materials: [
      {
        de: 'Zwei eigene Standardbriefe oder Formulare je Person',
        it: 'Due lettere standard o moduli propri per persona',
        es: 'Dos cartas estándar o formularios propios por persona',
        en: 'Two of their own standard letters or forms per participant',
      },
      {
        de: 'handout-plain-language-rules; letter-missing-documents, letter-decision-and-objection',
        it: 'handout-plain-language-rules; letter-missing-documents, letter-decision-and-objection',
        es: 'handout-plain-language-rules; letter-missing-documents, letter-decision-and-objection',
        en: 'handout-plain-language-rules; letter-missing-documents, letter-decision-and-objection',
      },
      {
        de: 'Fälle case-letter-at-the-front-desk und case-missed-deadline-housing-allowance',
        it: 'Casi case-letter-at-the-front-desk e case-missed-deadline-housing-allowance',
        es: 'Casos case-letter-at-the-front-desk y case-missed-deadline-housing-allowance',
        en: 'Cases case-letter-at-the-front-desk and case-missed-deadline-housing-allowance',
      },
    ],
    checks: [
      {
        de: 'Der umgeschriebene Brief besteht den Lesetest: Der Gast kann die verlangte Handlung und das Datum nennen.',
        it: "La lettera riscritta supera la prova di lettura: l'ospite sa dire l'azione richiesta e la data.",
        es: 'La carta reescrita supera la prueba de lectura: la persona invitada sabe decir la acción pedida y la fecha.',
        en: 'The rewritten letter passes the reader test: the guest can name the action asked for and the date.',
      },
      {
        de: 'Im Rollenspiel lässt die Person die nächsten Schritte wiedergeben, statt zu fragen „Haben Sie das verstanden?“.',
        it: 'Nel gioco di ruolo il partecipante fa ripetere i passi successivi invece di chiedere «Ha capito?».',
        es: 'En el juego de rol, la persona pide que le repitan los siguientes pasos en vez de preguntar «¿Lo ha entendido?».',
        en: "In the role-play the participant has the next steps said back instead of asking 'Did you understand?'.",
      },
      {
        de: 'Die Trainerin vergleicht Vorher- und Nachher-Fassung mit den zehn Regeln und gibt schriftliche Rückmeldung.',
        it: 'La formatrice confronta la versione prima e dopo con le dieci regole e dà un riscontro scritto.',
        es: 'La formadora compara la versión de antes y la de después con las diez reglas y da una valoración por escrito.',
        en: 'The trainer compares the before and after versions against the ten rules and gives written feedback.',
      },
    ],
  },
  {
    module: 'working-with-interpreters-and-mediators',
    vopiLevels: ['services-and-access'],
    objectives: [
      {
        de: 'Eine Dolmetscherin oder einen Dolmetscher vor dem Gespräch einweisen und die Rollen klar trennen.',
        it: "Preparare l'interprete prima del colloquio e tenere ben distinti i ruoli.",
        es: 'Preparar al intérprete antes de la entrevista y mantener bien separados los papeles.',
        en: 'Brief an interpreter before the conversation and keep the roles clearly apart.',
      },
      {
        de: 'Heikle Themen und Missverständnisse im gedolmetschten Gespräch bewältigen, auch per Telefon oder Video.',
        it: 'Gestire temi delicati e malintesi nel colloquio con interprete, anche al telefono o in video.',
        es: 'Manejar temas delicados y malentendidos en la entrevista interpretada, también por teléfono o vídeo.',
        en: 'Handle sensitive topics and misunderstandings in an interpreted conversation, including by phone or video.',
      },
      {
        de: 'Kinder und Angehörige als Dolmetschende in amtlichen Angelegenheiten höflich ablehnen.',
        it: 'Rifiutare con garbo bambini e parenti come interpreti nelle questioni ufficiali.',
        es: 'Rechazar con cortesía a niños y familiares como intérpretes en asuntos oficiales.',
        en: 'Politely decline children and relatives as interpreters in official matters.',
      },
    ],
    days: [
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Begrüßung; Erfahrungen: das beste und das schwierigste gedolmetschte Gespräch.',
            it: 'Benvenuto; esperienze: il colloquio con interprete migliore e quello più difficile.',
            es: 'Bienvenida; experiencias: la mejor entrevista interpretada y la más difícil.',
            en: 'Welcome; experiences: the best and the hardest interpreted conversation.',
          },
        ],
        [
          '09:30',
          '10:30',
          {
            de: 'Rollen im Gespräch zu dritt: Genauigkeit, Unparteilichkeit und Schweigepflicht der Dolmetschenden; direkt mit der Person sprechen, in kurzen Abschnitten; die Sprachdienste des eigenen Hauses buchen.',
            it: "I ruoli nel colloquio a tre: precisione, imparzialità e riservatezza dell'interprete; parlare direttamente alla persona, a brevi segmenti; prenotare i servizi linguistici del proprio ente.",
            es: 'Los papeles en la conversación a tres: exactitud, imparcialidad y confidencialidad del intérprete; hablar directamente a la persona, en fragmentos cortos; reservar los servicios lingüísticos del propio organismo.',
            en: "Roles in a three-way conversation: the interpreter's accuracy, impartiality and confidentiality; speaking directly to the person in short segments; booking your administration's language services.",
          },
        ],
        ['10:30', '10:45', B],
        [
          '10:45',
          '12:30',
          {
            de: 'Übung mit professionellen Dolmetschenden: Einweisung, Gespräch in kurzen Abschnitten, Nachbesprechung; Beobachtende nutzen handout-interpreter-checklist.',
            it: 'Esercitazione con interpreti professionisti: briefing, colloquio a brevi segmenti, debriefing; chi osserva usa handout-interpreter-checklist.',
            es: 'Práctica con intérpretes profesionales: preparación, entrevista en fragmentos cortos y repaso final; quienes observan usan handout-interpreter-checklist.',
            en: 'Practice with professional interpreters: briefing, conversation in short segments, debriefing; observers use handout-interpreter-checklist.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '14:30',
          {
            de: 'Fallarbeit mit case-daughter-offers-to-interpret und case-colleague-always-interpreting: warum weder Kinder noch Kolleginnen nebenbei dolmetschen sollten, und wie man höflich ablehnt.',
            it: 'Lavoro sui casi case-daughter-offers-to-interpret e case-colleague-always-interpreting: perché né i bambini né i colleghi dovrebbero fare da interpreti di ripiego, e come rifiutare con garbo.',
            es: 'Trabajo con los casos case-daughter-offers-to-interpret y case-colleague-always-interpreting: por qué ni los niños ni los compañeros deberían interpretar de paso, y cómo decir que no con cortesía.',
            en: 'Case work with case-daughter-offers-to-interpret and case-colleague-always-interpreting: why neither children nor colleagues should interpret on the side, and how to decline politely.',
          },
        ],
        [
          '14:30',
          '15:30',
          {
            de: 'Telefon- und Videodolmetschen: Technik, Sitzordnung, Zeichen für Pausen, Verständnis auf Distanz prüfen; Übungsanruf.',
            it: 'Interpretariato telefonico e in video: tecnica, disposizione dei posti, segnali per le pause, verificare la comprensione a distanza; chiamata di prova.',
            es: 'Interpretación telefónica y por vídeo: técnica, colocación, señales para las pausas, comprobar la comprensión a distancia; llamada de prueba.',
            en: 'Telephone and video interpreting: equipment, seating, signals for pauses, checking understanding at a distance; a practice call.',
          },
        ],
        ['15:30', '15:45', B],
        [
          '15:45',
          '16:40',
          {
            de: 'Schwierige Momente im Rollenspiel: Eine Dolmetscherin gibt eigene Ratschläge; ein Gespräch über Gewalt oder Krankheit; unterbrechen und die Rollen klären.',
            it: "Momenti difficili in gioco di ruolo: un'interprete aggiunge consigli propri; un colloquio su violenza o malattia; interrompere e chiarire i ruoli.",
            es: 'Momentos difíciles en juego de rol: una intérprete añade consejos propios; una entrevista sobre violencia o enfermedad; interrumpir y aclarar los papeles.',
            en: 'Difficult moments in role-play: an interpreter adds advice of her own; a conversation about violence or illness; stopping and clarifying the roles.',
          },
        ],
        [
          '16:40',
          '17:00',
          {
            de: 'Abschluss: Jede Person nennt eine Änderung in ihrer Praxis.',
            it: 'Chiusura: ognuno indica un cambiamento nella propria pratica.',
            es: 'Cierre: cada persona nombra un cambio en su práctica.',
            en: 'Close: each participant names one change in their practice.',
          },
        ],
      ],
    ],
    methods: [
      {
        de: 'Rollenspiele mit professionellen Dolmetschenden des kommunalen Sprachmittlungsdienstes',
        it: 'Giochi di ruolo con interpreti professionisti del servizio di mediazione linguistica',
        es: 'Juegos de rol con intérpretes profesionales del servicio de interpretación',
        en: 'Role-plays with professional interpreters from the community interpreting service',
      },
      {
        de: 'Beobachtung mit Checkliste und strukturierte Rückmeldung',
        it: 'Osservazione con lista di controllo e riscontro strutturato',
        es: 'Observación con lista de comprobación y valoración estructurada',
        en: 'Observation with a checklist and structured feedback',
      },
      {
        de: 'Fallbesprechung in Kleingruppen',
        it: 'Discussione di casi in piccoli gruppi',
        es: 'Análisis de casos en grupos pequeños',
        en: 'Case discussion in small groups',
      },
    ],
    materials: [
      {
        de: 'handout-interpreter-checklist, eine Kopie je Person',
        it: 'handout-interpreter-checklist, una copia a testa',
        es: 'handout-interpreter-checklist, una copia por persona',
        en: 'handout-interpreter-checklist, one copy per participant',
      },
      {
        de: 'Fälle case-daughter-offers-to-interpret und case-colleague-always-interpreting',
        it: 'Casi case-daughter-offers-to-interpret e case-colleague-always-interpreting',
        es: 'Casos case-daughter-offers-to-interpret y case-colleague-always-interpreting',
        en: 'Cases case-daughter-offers-to-interpret and case-colleague-always-interpreting',
      },
      {
        de: 'Telefon mit Lautsprecher und ein Gerät für Videodolmetschen; das Buchungsformular des eigenen Hauses',
        it: "Telefono con vivavoce e un dispositivo per l'interpretariato video; il modulo di prenotazione del proprio ente",
        es: 'Teléfono con altavoz y un equipo para interpretación por vídeo; el formulario de reserva del propio organismo',
        en: "A speakerphone and a device for video interpreting; your administration's booking form",
      },
    ],
    checks: [
      {
        de: 'Im Rollenspiel weist die Person die Dolmetscherin ein, spricht die Klientin direkt an und fasst am Ende die Vereinbarung zusammen; die Beobachtenden haken die Checkliste ab.',
        it: "Nel gioco di ruolo il partecipante prepara l'interprete, si rivolge direttamente all'utente e alla fine riassume gli accordi; chi osserva spunta la lista di controllo.",
        es: 'En el juego de rol, la persona prepara a la intérprete, se dirige directamente a la usuaria y al final resume lo acordado; quienes observan marcan la lista.',
        en: 'In the role-play the participant briefs the interpreter, addresses the client directly and sums up what was agreed; observers tick the checklist.',
      },
      {
        de: 'Jede Person formuliert einen Satz, mit dem sie ein Kind als Dolmetscher ablehnt, und die Gruppe prüft ihn auf Freundlichkeit und Klarheit.',
        it: 'Ognuno formula una frase per rifiutare un bambino come interprete e il gruppo ne valuta gentilezza e chiarezza.',
        es: 'Cada persona formula una frase para rechazar a un niño como intérprete y el grupo valora su amabilidad y claridad.',
        en: 'Each participant words a sentence declining a child as interpreter, and the group checks it for kindness and clarity.',
      },
    ],
  },
  {
    module: 'de-escalation-at-the-counter',
    vopiLevels: ['services-and-access', 'personnel'],
    objectives: [
      {
        de: 'Frühe Zeichen einer Eskalation erkennen und ein angespanntes Gespräch durch Ton, Tempo, Abstand und klare Aussagen beruhigen.',
        it: 'Riconoscere i primi segnali di escalation e calmare un colloquio teso con il tono, il ritmo, la distanza e affermazioni chiare.',
        es: 'Reconocer las primeras señales de escalada y calmar una conversación tensa con el tono, el ritmo, la distancia y mensajes claros.',
        en: 'Spot early signs of escalation and calm a tense conversation through tone, pace, distance and clear statements.',
      },
      {
        de: 'Eine bereits eskalierte Lage bewältigen, ohne sich oder andere zu gefährden, und die Alarmkette des Hauses anwenden.',
        it: "Gestire una situazione già degenerata senza mettere a rischio sé o altri, applicando la catena d'allarme dell'edificio.",
        es: 'Manejar una situación ya desbordada sin ponerse en riesgo ni poner a otros, aplicando la cadena de alarma del edificio.',
        en: "Handle a situation that has already escalated without endangering yourself or others, using the building's alarm chain.",
      },
      {
        de: 'Nach einem Vorfall mit einer kurzen Nachbesprechung im Team wieder zur Ruhe kommen.',
        it: 'Ritrovare la calma dopo un episodio con un breve debriefing di gruppo.',
        es: 'Recuperarse tras un incidente con una breve sesión de repaso en equipo.',
        en: 'Recover after an incident through a short team debriefing.',
      },
    ],
    days: [
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Begrüßung; Sicherheitsabsprache für die Rollenspiele mit einem Stoppzeichen; Erwartungen.',
            it: 'Benvenuto; accordo di sicurezza per i giochi di ruolo con un segnale di stop; aspettative.',
            es: 'Bienvenida; acuerdo de seguridad para los juegos de rol con una señal de parada; expectativas.',
            en: 'Welcome; a safety agreement for the role-plays with a stop signal; expectations.',
          },
        ],
        [
          '09:30',
          '10:30',
          {
            de: 'Wie Konflikte eskalieren: Stufen, frühe Zeichen, was Wartezeit, Ablehnung und Angst um den Aufenthalt mit Menschen machen.',
            it: 'Come degenerano i conflitti: fasi, primi segnali, che effetto hanno attesa, rifiuto e paura per il permesso di soggiorno.',
            es: 'Cómo escalan los conflictos: fases, primeras señales, qué provocan la espera, la denegación y el miedo por la residencia.',
            en: 'How conflicts escalate: stages, early signs, and what waiting, refusal and fear for residence do to people.',
          },
        ],
        ['10:30', '10:45', B],
        [
          '10:45',
          '12:30',
          {
            de: 'Stimme, Tempo, Abstand, Sitzordnung: Übungen in Paaren; klar sagen, was möglich ist und was nicht.',
            it: 'Voce, ritmo, distanza, posizione: esercizi a coppie; dire con chiarezza che cosa è possibile e che cosa no.',
            es: 'Voz, ritmo, distancia, colocación: ejercicios en parejas; decir con claridad qué es posible y qué no.',
            en: 'Voice, pace, distance, seating: exercises in pairs; saying clearly what is and is not possible.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '15:00',
          {
            de: 'Fallarbeit mit case-shouting-in-the-waiting-room in Kleingruppen, danach mit einem Schauspieler gespielt.',
            it: 'Lavoro sul caso case-shouting-in-the-waiting-room in piccoli gruppi, poi recitato con un attore.',
            es: 'Trabajo con el caso case-shouting-in-the-waiting-room en grupos pequeños y después representado con un actor.',
            en: 'Case work with case-shouting-in-the-waiting-room in small groups, then played with an actor.',
          },
        ],
        ['15:00', '15:15', B],
        [
          '15:15',
          '16:30',
          {
            de: 'Kulturelles Missverständnis oder Regelverstoß? case-two-dates-of-birth und kurze Szenen; Unklarheit aushalten.',
            it: "Malinteso culturale o violazione delle regole? case-two-dates-of-birth e brevi scene; reggere l'incertezza.",
            es: '¿Malentendido cultural o incumplimiento de normas? case-two-dates-of-birth y escenas breves; sostener la incertidumbre.',
            en: 'Cultural misunderstanding or breach of the rules? case-two-dates-of-birth and short scenes; tolerating uncertainty.',
          },
        ],
        [
          '16:30',
          '17:00',
          {
            de: 'Rückblick; persönliches Lerntagebuch.',
            it: 'Riepilogo; diario di apprendimento personale.',
            es: 'Repaso; diario personal de aprendizaje.',
            en: 'Review; personal learning journal.',
          },
        ],
      ],
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Ankommen: Was ist vom ersten Tag geblieben?',
            it: 'Avvio: che cosa è rimasto del primo giorno?',
            es: 'Llegada: ¿qué queda del primer día?',
            en: 'Check-in: what has stayed from day one?',
          },
        ],
        [
          '09:30',
          '10:45',
          {
            de: 'Szenen mit Schauspielern: ein Besucher, der zu schreien beginnt; eine Drohung. Ausprobieren, anhalten, neu spielen.',
            it: 'Scene con attori: un utente che comincia a gridare; una minaccia. Provare, fermarsi, rifare.',
            es: 'Escenas con actores: un usuario que empieza a gritar; una amenaza. Probar, parar, repetir.',
            en: 'Scenes with actors: a visitor who starts shouting; a threat. Try, pause, replay.',
          },
        ],
        ['10:45', '11:00', B],
        [
          '11:00',
          '12:30',
          {
            de: 'Szene mit Schauspielern: Streit zwischen zwei Wartenden; als Team handeln.',
            it: 'Scena con attori: lite tra due persone in attesa; agire come gruppo.',
            es: 'Escena con actores: una pelea entre dos personas que esperan; actuar en equipo.',
            en: 'Scene with actors: a quarrel between two people in the waiting area; acting as a team.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '14:45',
          {
            de: 'Die Alarmkette des Hauses: wer tut was; Begehung vor Ort oder am Grundriss.',
            it: "La catena d'allarme dell'edificio: chi fa che cosa; sopralluogo o simulazione sulla pianta.",
            es: 'La cadena de alarma del edificio: quién hace qué; recorrido in situ o sobre el plano.',
            en: "The building's alarm chain: who does what; a walk-through on site or on the floor plan.",
          },
        ],
        ['14:45', '15:00', B],
        [
          '15:00',
          '16:15',
          {
            de: 'Nachbesprechung nach einem Vorfall: eine kurze, strukturierte Runde üben; auf sich selbst achten.',
            it: 'Debriefing dopo un episodio: esercitarsi in un breve giro strutturato; prendersi cura di sé.',
            es: 'Repaso tras un incidente: practicar una ronda breve y estructurada; cuidarse.',
            en: 'Debriefing after an incident: practising a short, structured round; looking after yourself.',
          },
        ],
        [
          '16:15',
          '17:00',
          {
            de: 'Transfer: die Deeskalationskarte (handout-de-escalation-card) für den eigenen Arbeitsplatz ausfüllen; Rückmeldung.',
            it: 'Trasferimento: compilare la scheda di de-escalation (handout-de-escalation-card) per la propria postazione; riscontro.',
            es: 'Transferencia: completar la tarjeta de desescalada (handout-de-escalation-card) para el propio puesto; valoración.',
            en: 'Transfer: filling in the de-escalation card (handout-de-escalation-card) for your own workplace; feedback.',
          },
        ],
      ],
    ],
    methods: [
      {
        de: 'Szenen mit Schauspielerinnen und Schauspielern, mit Anhalten und Wiederholen',
        it: 'Scene con attori, con pause e ripetizioni',
        es: 'Escenas con actores, con pausas y repeticiones',
        en: 'Scenes with actors, with pausing and replaying',
      },
      {
        de: 'Körper- und Stimmübungen in Paaren',
        it: 'Esercizi di corpo e voce a coppie',
        es: 'Ejercicios de cuerpo y voz en parejas',
        en: 'Body and voice exercises in pairs',
      },
      {
        de: 'Begehung der Alarmwege und Übung einer Nachbesprechung',
        it: "Sopralluogo delle vie d'allarme ed esercitazione di debriefing",
        es: 'Recorrido de las vías de alarma y práctica de un repaso',
        en: 'Walk-through of the alarm routes and practice of a debriefing',
      },
    ],
    materials: [
      {
        de: 'Fälle case-shouting-in-the-waiting-room und case-two-dates-of-birth',
        it: 'Casi case-shouting-in-the-waiting-room e case-two-dates-of-birth',
        es: 'Casos case-shouting-in-the-waiting-room y case-two-dates-of-birth',
        en: 'Cases case-shouting-in-the-waiting-room and case-two-dates-of-birth',
      },
      {
        de: 'handout-de-escalation-card, eine Karte je Person',
        it: 'handout-de-escalation-card, una scheda a testa',
        es: 'handout-de-escalation-card, una tarjeta por persona',
        en: 'handout-de-escalation-card, one card per participant',
      },
      {
        de: 'Grundriss des Gebäudes mit Notausgängen und Alarmknöpfen',
        it: "Pianta dell'edificio con uscite di emergenza e pulsanti d'allarme",
        es: 'Plano del edificio con salidas de emergencia y botones de alarma',
        en: 'Floor plan of the building with emergency exits and alarm buttons',
      },
    ],
    checks: [
      {
        de: 'In der Szene am zweiten Tag geht die Person auf den Besucher zu, erkennt seinen Ärger an und sagt, was als Nächstes passiert; die Trainerin hält fest, welche Schritte gelingen.',
        it: "Nella scena del secondo giorno il partecipante va verso l'utente, riconosce la sua rabbia e dice che cosa succede dopo; la formatrice annota quali passi riescono.",
        es: 'En la escena del segundo día, la persona se acerca al usuario, reconoce su enfado y dice qué pasará después; la formadora anota qué pasos salen bien.',
        en: 'In the day-two scene the participant approaches the visitor, acknowledges the anger and says what happens next; the trainer notes which steps succeed.',
      },
      {
        de: 'Jede Person kann die Alarmkette ihres Arbeitsplatzes ohne Unterlagen beschreiben.',
        it: "Ognuno sa descrivere senza appunti la catena d'allarme della propria postazione.",
        es: 'Cada persona sabe describir sin apuntes la cadena de alarma de su puesto.',
        en: 'Each participant can describe the alarm chain of their workplace without notes.',
      },
    ],
  },
  {
    module: 'trauma-aware-communication',
    vopiLevels: ['services-and-access', 'personnel'],
    objectives: [
      {
        de: 'Mögliche Zeichen von Traumatisierung im Gespräch erkennen, ohne Diagnosen zu stellen.',
        it: 'Riconoscere nel colloquio possibili segni di trauma, senza fare diagnosi.',
        es: 'Reconocer en la conversación posibles señales de trauma, sin hacer diagnósticos.',
        en: 'Recognise possible signs of trauma in a conversation without making diagnoses.',
      },
      {
        de: 'Ein schwieriges Gespräch so planen und führen, dass die Person Sicherheit und Wahlmöglichkeiten hat.',
        it: 'Pianificare e condurre un colloquio difficile in modo che la persona abbia sicurezza e possibilità di scelta.',
        es: 'Planificar y llevar una conversación difícil de manera que la persona tenga seguridad y opciones.',
        en: 'Plan and hold a difficult conversation so that the person has safety and choice.',
      },
      {
        de: 'An psychosoziale Fachdienste weitervermitteln und Zeichen von Überlastung bei sich und anderen bemerken.',
        it: 'Indirizzare ai servizi psicosociali specializzati e notare i segni di sovraccarico in sé e negli altri.',
        es: 'Derivar a servicios psicosociales especializados y notar las señales de sobrecarga en uno mismo y en otros.',
        en: 'Refer to specialised psychosocial services and notice signs of overload in yourself and others.',
      },
    ],
    days: [
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Begrüßung; Absprachen zu Vertraulichkeit und dazu, dass jede Person den Raum jederzeit verlassen darf.',
            it: 'Benvenuto; accordi sulla riservatezza e sulla libertà di lasciare la stanza in qualsiasi momento.',
            es: 'Bienvenida; acuerdos sobre confidencialidad y sobre la libertad de salir de la sala en cualquier momento.',
            en: 'Welcome; agreements on confidentiality and on everyone being free to leave the room at any time.',
          },
        ],
        [
          '09:30',
          '10:45',
          {
            de: 'Was Trauma ist und wie es sich im Termin zeigen kann: Konzentration, Gedächtnis, Misstrauen, plötzlicher Ärger oder Erstarrung; was es nicht bedeutet.',
            it: "Che cos'è il trauma e come può manifestarsi in un appuntamento: concentrazione, memoria, diffidenza, rabbia improvvisa o blocco; che cosa non significa.",
            es: 'Qué es el trauma y cómo puede mostrarse en una cita: concentración, memoria, desconfianza, enfado repentino o bloqueo; qué no significa.',
            en: 'What trauma is and how it can show in an appointment: concentration, memory, mistrust, sudden anger or numbness; what it does not mean.',
          },
        ],
        ['10:45', '11:00', B],
        [
          '11:00',
          '12:30',
          {
            de: 'Was hilft: Vorhersehbarkeit, Wahlmöglichkeiten, ein ruhiger Rahmen, Fragen, die niemanden zum Wiedererleben zwingen; Fragen umformulieren.',
            it: 'Che cosa aiuta: prevedibilità, possibilità di scelta, un ambiente tranquillo, domande che non costringono a rivivere gli eventi; riformulare domande.',
            es: 'Qué ayuda: previsibilidad, opciones, un entorno tranquilo, preguntas que no obligan a revivir lo ocurrido; reformular preguntas.',
            en: 'What helps: predictability, choice, a calm setting, questions that force nobody to relive events; rewording questions.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '15:00',
          {
            de: 'Fallarbeit mit case-yes-that-means-no: scheinbar fehlende Mitwirkung als mögliches Zeichen von Belastung neu betrachten; aktives Zuhören in Paaren.',
            it: "Lavoro sul caso case-yes-that-means-no: rileggere l'apparente mancata collaborazione come possibile segno di sofferenza; ascolto attivo a coppie.",
            es: 'Trabajo con el caso case-yes-that-means-no: ver la aparente falta de colaboración como posible señal de malestar; escucha activa en parejas.',
            en: 'Case work with case-yes-that-means-no: seeing apparent non-cooperation as a possible sign of strain; active listening in pairs.',
          },
        ],
        ['15:00', '15:15', B],
        [
          '15:15',
          '16:30',
          {
            de: 'Kultur und Kommunikation: wie Menschen auf unterschiedliche Weise über Belastung sprechen; Dolmetschende in sensiblen Gesprächen.',
            it: 'Cultura e comunicazione: come le persone parlano in modi diversi del proprio disagio; interpreti nei colloqui delicati.',
            es: 'Cultura y comunicación: cómo habla cada cual de su malestar; intérpretes en conversaciones delicadas.',
            en: 'Culture and communication: the different ways people speak about distress; interpreters in sensitive conversations.',
          },
        ],
        [
          '16:30',
          '17:00',
          {
            de: 'Rückblick und kurze Übung zum Ankommen im Hier und Jetzt.',
            it: 'Riepilogo e breve esercizio per tornare al qui e ora.',
            es: 'Repaso y breve ejercicio para volver al aquí y ahora.',
            en: 'Review and a short grounding exercise.',
          },
        ],
      ],
      [
        [
          '09:00',
          '09:30',
          { de: 'Ankommen.', it: 'Avvio della giornata.', es: 'Llegada.', en: 'Check-in.' },
        ],
        [
          '09:30',
          '10:45',
          {
            de: 'Ein schwieriges Gespräch planen, etwa über Angehörige oder eine Ablehnung: Einstieg, Information, Wahlmöglichkeiten, Abschluss.',
            it: 'Pianificare un colloquio difficile, per esempio sui familiari o su un rifiuto: apertura, informazioni, scelte, chiusura.',
            es: 'Planificar una conversación difícil, por ejemplo sobre familiares o una denegación: apertura, información, opciones, cierre.',
            en: 'Planning a difficult conversation, for example about family members or a refusal: opening, information, choices, close.',
          },
        ],
        ['10:45', '11:00', B],
        [
          '11:00',
          '12:30',
          {
            de: 'Probe mit einer Dolmetscherin; Beobachtende geben Rückmeldung nach einer Checkliste.',
            it: "Prova con un'interprete; chi osserva dà un riscontro secondo una lista di controllo.",
            es: 'Ensayo con una intérprete; quienes observan dan su valoración con una lista de comprobación.',
            en: 'Rehearsal with an interpreter; observers give feedback against a checklist.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '14:30',
          {
            de: 'Grenzen der eigenen Rolle und Weitervermittlung an psychosoziale Dienste vor Ort; case-companion-holds-the-passport als Grenzfall.',
            it: 'Limiti del proprio ruolo e invio ai servizi psicosociali del territorio; case-companion-holds-the-passport come caso limite.',
            es: 'Límites del propio papel y derivación a los servicios psicosociales de la zona; case-companion-holds-the-passport como caso límite.',
            en: 'The limits of your role and referral to local psychosocial services; case-companion-holds-the-passport as a borderline case.',
          },
        ],
        ['14:30', '14:45', B],
        [
          '14:45',
          '16:15',
          {
            de: 'Sich selbst schützen: sekundäre Traumatisierung, Zeichen von Überlastung bei sich und im Team, Absprachen im Team.',
            it: 'Proteggere sé stessi: traumatizzazione secondaria, segni di sovraccarico in sé e nel gruppo, accordi di gruppo.',
            es: 'Protegerse: traumatización secundaria, señales de sobrecarga en uno mismo y en el equipo, acuerdos de equipo.',
            en: 'Protecting yourself: secondary traumatisation, signs of overload in yourself and the team, team arrangements.',
          },
        ],
        [
          '16:15',
          '17:00',
          {
            de: 'Persönlicher Plan; Abschlussrunde.',
            it: 'Piano personale; giro finale.',
            es: 'Plan personal; ronda de cierre.',
            en: 'Personal plan; closing round.',
          },
        ],
      ],
    ],
    methods: [
      {
        de: 'Input einer Fachkraft aus einem psychosozialen Zentrum für Geflüchtete',
        it: 'Intervento di una specialista di un centro psicosociale per rifugiati',
        es: 'Exposición de una especialista de un centro psicosocial para refugiados',
        en: 'Input from a specialist at a psychosocial centre for refugees',
      },
      {
        de: 'Übungen zum aktiven Zuhören und Umformulieren von Fragen',
        it: 'Esercizi di ascolto attivo e di riformulazione delle domande',
        es: 'Ejercicios de escucha activa y de reformulación de preguntas',
        en: 'Exercises in active listening and rewording questions',
      },
      {
        de: 'Gesprächsprobe mit Dolmetschenden und Beobachtung',
        it: 'Prova di colloquio con interpreti e osservazione',
        es: 'Ensayo de entrevista con intérpretes y observación',
        en: 'Rehearsed conversation with interpreters, observed',
      },
    ],
    materials: [
      {
        de: 'Fälle case-yes-that-means-no und case-companion-holds-the-passport',
        it: 'Casi case-yes-that-means-no e case-companion-holds-the-passport',
        es: 'Casos case-yes-that-means-no y case-companion-holds-the-passport',
        en: 'Cases case-yes-that-means-no and case-companion-holds-the-passport',
      },
      {
        de: 'Liste der psychosozialen Dienste vor Ort mit Zugangswegen',
        it: 'Elenco dei servizi psicosociali del territorio con le modalità di accesso',
        es: 'Lista de los servicios psicosociales de la zona con sus vías de acceso',
        en: 'List of local psychosocial services and how to reach them',
      },
      {
        de: 'handout-interpreter-checklist für die Probe mit Dolmetschenden',
        it: "handout-interpreter-checklist per la prova con l'interprete",
        es: 'handout-interpreter-checklist para el ensayo con intérpretes',
        en: 'handout-interpreter-checklist for the rehearsal with interpreters',
      },
    ],
    checks: [
      {
        de: 'Der Gesprächsplan jeder Person enthält einen angekündigten Ablauf, mindestens eine echte Wahlmöglichkeit und einen Abschluss mit nächstem Schritt.',
        it: 'Il piano di colloquio di ciascuno contiene una sequenza annunciata, almeno una vera possibilità di scelta e una chiusura con il passo successivo.',
        es: 'El plan de conversación de cada persona incluye un desarrollo anunciado, al menos una opción real y un cierre con el siguiente paso.',
        en: "Each participant's conversation plan contains an announced sequence, at least one real choice and a close with a next step.",
      },
      {
        de: 'Jede Person nennt für ihren Arbeitsort die psychosoziale Stelle, an die sie vermittelt, und wie.',
        it: 'Ognuno indica per la propria sede il servizio psicosociale a cui invia e in che modo.',
        es: 'Cada persona nombra para su lugar de trabajo el servicio psicosocial al que deriva y cómo.',
        en: 'Each participant names the psychosocial service they refer to from their workplace, and how.',
      },
    ],
  },
  {
    module: 'anti-discrimination-and-unconscious-bias',
    vopiLevels: ['services-and-access', 'organisation'],
    objectives: [
      {
        de: 'Eigene Einschätzungen auf Stereotype prüfen.',
        it: 'Verificare le proprie valutazioni alla ricerca di stereotipi.',
        es: 'Revisar las propias valoraciones en busca de estereotipos.',
        en: 'Check your own assessments for stereotypes.',
      },
      {
        de: 'Eine Diskriminierungsbeschwerde an den rechtlichen Kriterien messen und transparent bearbeiten; mittelbare Benachteiligung in Verfahren erkennen.',
        it: 'Valutare un reclamo per discriminazione secondo i criteri giuridici e trattarlo in modo trasparente; riconoscere la discriminazione indiretta nelle procedure.',
        es: 'Valorar una queja por discriminación según los criterios jurídicos y tramitarla con transparencia; reconocer la discriminación indirecta en los procedimientos.',
        en: 'Assess a complaint of discrimination against the legal criteria and handle it transparently; recognise indirect discrimination in procedures.',
      },
      {
        de: 'Für die Würde von Leistungsberechtigten eintreten, wenn andere respektlos über sie sprechen.',
        it: 'Difendere la dignità degli utenti quando altri ne parlano con mancanza di rispetto.',
        es: 'Defender la dignidad de las personas usuarias cuando otros hablan de ellas sin respeto.',
        en: "Stand up for service users' dignity when others speak of them without respect.",
      },
    ],
    days: [
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Begrüßung; Gesprächsregeln für das Reden über Vorurteile.',
            it: 'Benvenuto; regole per parlare di pregiudizi.',
            es: 'Bienvenida; normas para hablar de prejuicios.',
            en: 'Welcome; ground rules for talking about bias.',
          },
        ],
        [
          '09:30',
          '10:30',
          {
            de: 'Schnelle Urteile: kurze Übungen zu Namen, Akzenten und Kleidung; wie erste Eindrücke Einschätzungen färben.',
            it: 'Giudizi rapidi: brevi esercizi su nomi, accenti e abbigliamento; come le prime impressioni colorano le valutazioni.',
            es: 'Juicios rápidos: ejercicios breves sobre nombres, acentos y vestimenta; cómo las primeras impresiones tiñen las valoraciones.',
            en: 'Quick judgements: short exercises on names, accents and clothing; how first impressions colour assessments.',
          },
        ],
        ['10:30', '10:45', B],
        [
          '10:45',
          '12:30',
          {
            de: 'Rechtliche Kriterien mit der örtlichen Antidiskriminierungsstelle: unmittelbare und mittelbare Benachteiligung, geschützte Merkmale, sachliche Rechtfertigung.',
            it: "Criteri giuridici con l'ufficio antidiscriminazione locale: discriminazione diretta e indiretta, caratteristiche protette, giustificazione oggettiva.",
            es: 'Criterios jurídicos con la oficina local contra la discriminación: discriminación directa e indirecta, motivos protegidos, justificación objetiva.',
            en: 'Legal criteria with the local anti-discrimination office: direct and indirect discrimination, protected characteristics, objective justification.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '15:00',
          {
            de: 'Kriterien auf Beschwerden anwenden: case-turned-away-for-language und zwei anonymisierte echte Beschwerden.',
            it: 'Applicare i criteri ai reclami: case-turned-away-for-language e due reclami reali resi anonimi.',
            es: 'Aplicar los criterios a quejas: case-turned-away-for-language y dos quejas reales anonimizadas.',
            en: 'Applying the criteria to complaints: case-turned-away-for-language and two real, anonymised complaints.',
          },
        ],
        ['15:00', '15:15', B],
        [
          '15:15',
          '16:30',
          {
            de: 'Mittelbare Benachteiligung in Verfahren: Formulare, Nachweispflichten, Online-Buchung (case-online-booking-only).',
            it: 'Discriminazione indiretta nelle procedure: moduli, documenti richiesti, prenotazione online (case-online-booking-only).',
            es: 'Discriminación indirecta en los procedimientos: formularios, justificantes exigidos, cita en línea (case-online-booking-only).',
            en: 'Indirect discrimination in procedures: forms, proof requirements, online booking (case-online-booking-only).',
          },
        ],
        ['16:30', '17:00', { de: 'Rückblick.', it: 'Riepilogo.', es: 'Repaso.', en: 'Review.' }],
      ],
      [
        [
          '09:00',
          '09:30',
          { de: 'Ankommen.', it: 'Avvio della giornata.', es: 'Llegada.', en: 'Check-in.' },
        ],
        [
          '09:30',
          '10:45',
          {
            de: 'Gleichbehandlung unter Druck: case-closing-time-two-visitors und case-neighbour-at-the-desk; unparteiisch bleiben, wenn Sympathie oder Misstrauen ziehen.',
            it: 'Parità di trattamento sotto pressione: case-closing-time-two-visitors e case-neighbour-at-the-desk; restare imparziali quando simpatia o sospetto spingono altrove.',
            es: 'Igualdad de trato bajo presión: case-closing-time-two-visitors y case-neighbour-at-the-desk; mantener la imparcialidad cuando la simpatía o la sospecha empujan.',
            en: 'Equal treatment under pressure: case-closing-time-two-visitors and case-neighbour-at-the-desk; staying impartial when sympathy or suspicion pull.',
          },
        ],
        ['10:45', '11:00', B],
        [
          '11:00',
          '12:30',
          {
            de: 'Einschreiten: case-double-booking-proposal; den ersten Satz in der Teambesprechung üben; Rollenspiel.',
            it: 'Intervenire: case-double-booking-proposal; esercitarsi sulla prima frase in riunione; gioco di ruolo.',
            es: 'Intervenir: case-double-booking-proposal; practicar la primera frase en la reunión; juego de rol.',
            en: 'Stepping in: case-double-booking-proposal; practising the first sentence in the team meeting; role-play.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '14:45',
          {
            de: 'Eine Beschwerde transparent bearbeiten: Schritte, Dokumentation, Rückmeldung an die Person.',
            it: 'Trattare un reclamo in modo trasparente: passi, documentazione, risposta alla persona.',
            es: 'Tramitar una queja con transparencia: pasos, documentación, respuesta a la persona.',
            en: 'Handling a complaint transparently: steps, records, feedback to the person.',
          },
        ],
        ['14:45', '15:00', B],
        [
          '15:00',
          '16:15',
          {
            de: 'Die Checkliste vor Ermessensentscheidungen: entwerfen und an eigenen Entscheidungen erproben.',
            it: 'La lista di controllo prima delle decisioni discrezionali: redigerla e provarla su decisioni proprie.',
            es: 'La lista de comprobación antes de las decisiones discrecionales: redactarla y probarla con decisiones propias.',
            en: 'The checklist before discretionary decisions: drafting it and testing it on your own decisions.',
          },
        ],
        [
          '16:15',
          '17:00',
          {
            de: 'Transfer und Abschluss.',
            it: 'Trasferimento e chiusura.',
            es: 'Transferencia y cierre.',
            en: 'Transfer and close.',
          },
        ],
      ],
    ],
    methods: [
      {
        de: 'Selbsterfahrungsübungen mit anschließender Auswertung',
        it: 'Esercizi di esperienza personale con successiva analisi',
        es: 'Ejercicios de autoobservación con análisis posterior',
        en: 'Self-observation exercises followed by debriefing',
      },
      {
        de: 'Fallprüfung nach rechtlichen Kriterien in Kleingruppen',
        it: 'Esame di casi secondo i criteri giuridici in piccoli gruppi',
        es: 'Análisis de casos según criterios jurídicos en grupos pequeños',
        en: 'Testing cases against the legal criteria in small groups',
      },
      {
        de: 'Rollenspiel zum Einschreiten im Team',
        it: "Gioco di ruolo sull'intervento nel gruppo",
        es: 'Juego de rol sobre cómo intervenir en el equipo',
        en: 'Role-play on stepping in within the team',
      },
    ],
    materials: [
      {
        de: 'Fälle case-turned-away-for-language, case-online-booking-only, case-closing-time-two-visitors, case-neighbour-at-the-desk, case-double-booking-proposal',
        it: 'Casi case-turned-away-for-language, case-online-booking-only, case-closing-time-two-visitors, case-neighbour-at-the-desk, case-double-booking-proposal',
        es: 'Casos case-turned-away-for-language, case-online-booking-only, case-closing-time-two-visitors, case-neighbour-at-the-desk, case-double-booking-proposal',
        en: 'Cases case-turned-away-for-language, case-online-booking-only, case-closing-time-two-visitors, case-neighbour-at-the-desk, case-double-booking-proposal',
      },
      {
        de: 'Zwei anonymisierte Beschwerden aus dem eigenen Haus, vorab mit der Antidiskriminierungsstelle ausgewählt',
        it: "Due reclami resi anonimi del proprio ente, scelti prima con l'ufficio antidiscriminazione",
        es: 'Dos quejas anonimizadas del propio organismo, elegidas de antemano con la oficina contra la discriminación',
        en: 'Two anonymised complaints from your own administration, chosen beforehand with the anti-discrimination office',
      },
    ],
    checks: [
      {
        de: 'Die Kleingruppen prüfen eine neue Beschwerde Schritt für Schritt an den Kriterien; die Trainerin vergleicht ihr Ergebnis mit der Einschätzung der Antidiskriminierungsstelle.',
        it: "I piccoli gruppi esaminano un nuovo reclamo passo per passo secondo i criteri; la formatrice confronta il risultato con la valutazione dell'ufficio antidiscriminazione.",
        es: 'Los grupos analizan una queja nueva paso a paso según los criterios; la formadora compara el resultado con la valoración de la oficina contra la discriminación.',
        en: "Small groups test a new complaint step by step against the criteria; the trainer compares their result with the anti-discrimination office's assessment.",
      },
      {
        de: 'Jede Person wendet die Checkliste auf eine eigene Ermessensentscheidung an und benennt eine Stelle, an der ein Stereotyp mitwirken könnte.',
        it: 'Ognuno applica la lista a una propria decisione discrezionale e indica un punto in cui potrebbe entrare uno stereotipo.',
        es: 'Cada persona aplica la lista a una decisión discrecional propia y señala un punto donde podría influir un estereotipo.',
        en: 'Each participant applies the checklist to one of their own discretionary decisions and names a point where a stereotype could play a part.',
      },
    ],
  },
  {
    module: 'case-conferences-and-data-sharing',
    vopiLevels: ['cooperation', 'organisation'],
    objectives: [
      {
        de: 'Eine Fallkonferenz mit mehreren Behörden und Trägern vorbereiten, leiten und die vereinbarten Maßnahmen festhalten.',
        it: 'Preparare e condurre una riunione di caso con più enti e organizzazioni, e verbalizzare le misure concordate.',
        es: 'Preparar y moderar una reunión de caso con varios organismos y entidades, y dejar constancia de las medidas acordadas.',
        en: 'Prepare and chair a case conference with several authorities and NGOs and record the measures agreed.',
      },
      {
        de: 'In schwierigen Fällen entscheiden, ob und welche Daten weitergegeben werden dürfen.',
        it: 'Decidere nei casi difficili se e quali dati possono essere comunicati.',
        es: 'Decidir en casos difíciles si pueden comunicarse datos y cuáles.',
        en: 'Decide in difficult cases whether and which data may be shared.',
      },
      {
        de: 'Prüfen, ob eine Weitervermittlung angekommen ist.',
        it: 'Verificare che un invio ad altro servizio sia andato a buon fine.',
        es: 'Comprobar que una derivación ha llegado a su destino.',
        en: 'Check that a referral has worked.',
      },
    ],
    days: [
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Begrüßung; wer im Raum ist (Verwaltung, Jobcenter, freie Träger); jeder Auftrag in einem Satz.',
            it: "Benvenuto; chi è presente (amministrazione, centro per l'impiego, terzo settore); ogni mandato in una frase.",
            es: 'Bienvenida; quién está en la sala (administración, servicio de empleo, entidades sociales); cada mandato en una frase.',
            en: 'Welcome; who is in the room (administration, job centre, NGOs); each mandate in one sentence.',
          },
        ],
        [
          '09:30',
          '10:30',
          {
            de: 'Wenn mehrere Stellen an einem Leben arbeiten: case-school-form-and-three-crises; Dienste und Übergaben aufzeichnen.',
            it: 'Quando più servizi lavorano su una sola vita: case-school-form-and-three-crises; mappare servizi e passaggi.',
            es: 'Cuando varios servicios trabajan sobre una misma vida: case-school-form-and-three-crises; mapa de servicios y derivaciones.',
            en: 'When several bodies work on one life: case-school-form-and-three-crises; mapping services and handovers.',
          },
        ],
        ['10:30', '10:45', B],
        [
          '10:45',
          '12:30',
          {
            de: 'Fallkonferenz vorbereiten und leiten: Einladung, Einwilligung, Tagesordnung, Rollen, Protokoll „wer macht was bis wann“; Vorführung.',
            it: 'Preparare e condurre una riunione di caso: invito, consenso, ordine del giorno, ruoli, verbale «chi fa che cosa entro quando»; dimostrazione.',
            es: 'Preparar y moderar una reunión de caso: convocatoria, consentimiento, orden del día, papeles, acta «quién hace qué y para cuándo»; demostración.',
            en: "Preparing and chairing a case conference: invitation, consent, agenda, roles, a record of 'who does what by when'; demonstration.",
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '15:00',
          {
            de: 'Simulierte Fallkonferenz zu einem anonymisierten Fall aus der Gruppe; wechselnde Leitung.',
            it: 'Riunione di caso simulata su un caso reso anonimo portato dal gruppo; conduzione a rotazione.',
            es: 'Reunión de caso simulada sobre un caso anonimizado aportado por el grupo; moderación rotatoria.',
            en: 'Simulated case conference on an anonymised case brought by the group; rotating chair.',
          },
        ],
        ['15:00', '15:15', B],
        [
          '15:15',
          '16:30',
          {
            de: 'Wenn Aufträge kollidieren: Vermitteln; case-unanswered-inbox und Fristen zwischen Behörden vereinbaren.',
            it: 'Quando i mandati entrano in conflitto: mediare; case-unanswered-inbox e concordare scadenze tra enti.',
            es: 'Cuando los mandatos chocan: mediar; case-unanswered-inbox y acordar plazos entre organismos.',
            en: 'When mandates conflict: mediating; case-unanswered-inbox and agreeing deadlines between authorities.',
          },
        ],
        [
          '16:30',
          '17:00',
          {
            de: 'Rückblick; Fragen an die Datenschutzbeauftragte sammeln.',
            it: 'Riepilogo; raccogliere domande per il responsabile della protezione dei dati.',
            es: 'Repaso; recoger preguntas para la persona delegada de protección de datos.',
            en: 'Review; collecting questions for the data protection officer.',
          },
        ],
      ],
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Ankommen; Fragen vom Vortag ordnen.',
            it: 'Avvio; ordinare le domande del giorno prima.',
            es: 'Llegada; ordenar las preguntas del día anterior.',
            en: "Check-in; sorting the previous day's questions.",
          },
        ],
        [
          '09:30',
          '10:45',
          {
            de: 'Welche Information an wen darf: Rechtsgrundlage, Einwilligung, Zweckbindung, Datensparsamkeit; mit der oder dem Datenschutzbeauftragten.',
            it: 'Quali informazioni a chi: base giuridica, consenso, limitazione della finalità, minimizzazione; con il responsabile della protezione dei dati.',
            es: 'Qué información puede ir a quién: base jurídica, consentimiento, limitación de la finalidad, minimización; con la persona delegada de protección de datos.',
            en: 'Which information may go to whom: legal basis, consent, purpose limitation, data minimisation; with the data protection officer.',
          },
        ],
        ['10:45', '11:00', B],
        [
          '11:00',
          '12:30',
          {
            de: 'Anfragen anderer Behörden: case-urgent-call-from-another-authority; schriftliche Anfrage, Prüfung, Antwort.',
            it: 'Richieste di altri enti: case-urgent-call-from-another-authority; richiesta scritta, verifica, risposta.',
            es: 'Peticiones de otros organismos: case-urgent-call-from-another-authority; solicitud por escrito, comprobación, respuesta.',
            en: 'Requests from other authorities: case-urgent-call-from-another-authority; written request, checking, answer.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '14:45',
          {
            de: 'Wenn das Wohl eines Kindes gefährdet ist: was sich ändert, wen man informiert, was man dokumentiert.',
            it: 'Quando è a rischio il benessere di un minore: che cosa cambia, chi informare, che cosa documentare.',
            es: 'Cuando está en riesgo el bienestar de un menor: qué cambia, a quién informar, qué documentar.',
            en: "When a child's welfare is at risk: what changes, whom to inform, what to record.",
          },
        ],
        ['14:45', '15:00', B],
        [
          '15:00',
          '16:15',
          {
            de: 'Zweite Fallkonferenz, nun mit den Datenschutzregeln: was ins Protokoll gehört und was nicht; prüfen, ob eine Weitervermittlung gewirkt hat.',
            it: 'Seconda riunione di caso, ora con le regole sulla protezione dei dati: che cosa va a verbale e che cosa no; verificare se un invio ha funzionato.',
            es: 'Segunda reunión de caso, ahora con las normas de protección de datos: qué va al acta y qué no; comprobar si una derivación ha funcionado.',
            en: 'A second case conference, now with the data rules: what goes into the record and what stays out; checking that a referral has worked.',
          },
        ],
        [
          '16:15',
          '17:00',
          {
            de: 'Transfer: Absprachen für Fallkonferenzen vor Ort; Abschluss.',
            it: 'Trasferimento: accordi per le riunioni di caso sul territorio; chiusura.',
            es: 'Transferencia: acuerdos para las reuniones de caso en la zona; cierre.',
            en: 'Transfer: agreements for local case conferences; close.',
          },
        ],
      ],
    ],
    methods: [
      {
        de: 'Simulierte Fallkonferenzen mit gemischten Gruppen aus Verwaltung, Jobcenter und Trägern',
        it: "Riunioni di caso simulate con gruppi misti di amministrazione, centro per l'impiego e terzo settore",
        es: 'Reuniones de caso simuladas con grupos mixtos de administración, servicio de empleo y entidades',
        en: 'Simulated case conferences with mixed groups from the administration, the job centre and NGOs',
      },
      {
        de: 'Fragestunde mit der oder dem Datenschutzbeauftragten an echten, anonymisierten Fällen',
        it: 'Sessione di domande con il responsabile della protezione dei dati su casi reali resi anonimi',
        es: 'Turno de preguntas con la persona delegada de protección de datos sobre casos reales anonimizados',
        en: 'Question time with the data protection officer on real, anonymised cases',
      },
    ],
    materials: [
      {
        de: 'Fälle case-school-form-and-three-crises, case-unanswered-inbox, case-urgent-call-from-another-authority',
        it: 'Casi case-school-form-and-three-crises, case-unanswered-inbox, case-urgent-call-from-another-authority',
        es: 'Casos case-school-form-and-three-crises, case-unanswered-inbox, case-urgent-call-from-another-authority',
        en: 'Cases case-school-form-and-three-crises, case-unanswered-inbox, case-urgent-call-from-another-authority',
      },
      {
        de: 'Vorlage für Einwilligung und Protokoll einer Fallkonferenz; von den Teilnehmenden mitgebrachte anonymisierte Fälle',
        it: 'Modello di consenso e di verbale della riunione di caso; casi resi anonimi portati dai partecipanti',
        es: 'Modelo de consentimiento y de acta de la reunión de caso; casos anonimizados aportados por los participantes',
        en: 'Template for consent and for the record of a case conference; anonymised cases brought by the participants',
      },
    ],
    checks: [
      {
        de: 'Das Protokoll der zweiten Fallkonferenz nennt für jede Maßnahme, wer sie bis wann erledigt, und enthält keine Angaben, die für den Zweck nicht nötig sind.',
        it: 'Il verbale della seconda riunione indica per ogni misura chi la svolge ed entro quando, e non contiene dati non necessari allo scopo.',
        es: 'El acta de la segunda reunión indica para cada medida quién la realiza y para cuándo, y no contiene datos innecesarios para el fin.',
        en: 'The record of the second conference names who does each measure by when and contains no data the purpose does not need.',
      },
      {
        de: 'Jede Person beantwortet eine neue Anfrage einer Behörde schriftlich; die Datenschutzbeauftragte gibt Rückmeldung.',
        it: 'Ognuno risponde per iscritto a una nuova richiesta di un ente; il responsabile della protezione dei dati dà un riscontro.',
        es: 'Cada persona responde por escrito a una nueva petición de un organismo; la persona delegada de protección de datos da su valoración.',
        en: 'Each participant answers a new request from an authority in writing; the data protection officer gives feedback.',
      },
    ],
  },
  {
    module: 'outreach-with-migrant-organisations',
    vopiLevels: ['cooperation', 'services-and-access'],
    objectives: [
      {
        de: 'Rückmeldungen von Leistungsberechtigten und Beratungsstellen strukturiert und anonym einholen.',
        it: 'Raccogliere in modo strutturato e anonimo i riscontri di utenti e servizi di consulenza.',
        es: 'Recoger de forma estructurada y anónima las opiniones de personas usuarias y servicios de asesoramiento.',
        en: 'Gather feedback from service users and counselling services in a structured, anonymous way.',
      },
      {
        de: 'Erkennen, welche Gruppen der Dienst schlecht erreicht, und mit Multiplikatorinnen und Migrantenorganisationen eine Aufsuchaktion planen.',
        it: "Individuare quali gruppi il servizio raggiunge poco e pianificare con mediatori e associazioni di migranti un'azione di prossimità.",
        es: 'Detectar a qué grupos llega mal el servicio y planificar con mediadores y asociaciones de migrantes una acción de proximidad.',
        en: 'Identify which groups the service reaches poorly and plan outreach together with multipliers and migrant organisations.',
      },
      {
        de: 'Migrantenorganisationen als gleichberechtigte Partner beteiligen.',
        it: 'Coinvolgere le associazioni di migranti come partner alla pari.',
        es: 'Implicar a las asociaciones de migrantes como socias en pie de igualdad.',
        en: 'Involve migrant organisations as equal partners.',
      },
    ],
    days: [
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Begrüßung; Beschäftigte und Vertreterinnen von Migrantenorganisationen stellen sich in gemischten Paaren gegenseitig vor.',
            it: 'Benvenuto; personale e rappresentanti delle associazioni di migranti si presentano a vicenda in coppie miste.',
            es: 'Bienvenida; personal y representantes de asociaciones de migrantes se presentan mutuamente en parejas mixtas.',
            en: 'Welcome; staff and representatives of migrant organisations introduce each other in mixed pairs.',
          },
        ],
        [
          '09:30',
          '10:30',
          {
            de: 'Wer uns nicht erreicht und warum: Unkenntnis, Misstrauen, Hürden wie Online-Formulare; case-online-booking-only.',
            it: 'Chi non ci raggiunge e perché: non conoscenza, diffidenza, ostacoli come i moduli online; case-online-booking-only.',
            es: 'Quién no llega hasta nosotros y por qué: desconocimiento, desconfianza, barreras como los formularios en línea; case-online-booking-only.',
            en: 'Who does not reach us, and why: not knowing, mistrust, barriers such as online forms; case-online-booking-only.',
          },
        ],
        ['10:30', '10:45', B],
        [
          '10:45',
          '12:30',
          {
            de: 'Rückmeldungen einholen: der kurze Leitfaden für anonyme Rückmeldegespräche; Übung in gemischten Paaren.',
            it: 'Raccogliere riscontri: la breve guida per colloqui anonimi di feedback; esercizio in coppie miste.',
            es: 'Recoger opiniones: la guía breve para conversaciones anónimas; práctica en parejas mixtas.',
            en: 'Gathering feedback: the short guide for anonymous feedback conversations; practice in mixed pairs.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '15:00',
          {
            de: 'Die Reichweite des Dienstes auswerten: welche Gruppen er schlecht erreicht, mit Zahlen und dem Wissen der Vertreterinnen.',
            it: 'Analizzare la portata del servizio: quali gruppi raggiunge poco, con i dati e con le conoscenze dei rappresentanti.',
            es: 'Analizar el alcance del servicio: a qué grupos llega mal, con datos y con el conocimiento de las personas representantes.',
            en: "Analysing the service's reach: which groups it reaches poorly, with figures and the representatives' knowledge.",
          },
        ],
        ['15:00', '15:15', B],
        [
          '15:15',
          '16:30',
          {
            de: 'Kanäle, die ankommen: Messengergruppen, Community-Radio, Infoveranstaltungen in Sprachkursen oder Glaubensgemeinschaften; letter-information-session als Beispiel.',
            it: 'Canali che arrivano: gruppi di messaggistica, radio comunitarie, incontri informativi nei corsi di lingua o nelle comunità religiose; letter-information-session come esempio.',
            es: 'Canales que llegan: grupos de mensajería, radios comunitarias, sesiones informativas en cursos de idioma o comunidades religiosas; letter-information-session como ejemplo.',
            en: 'Channels that reach people: messenger groups, community radio, information sessions in language courses or faith communities; letter-information-session as an example.',
          },
        ],
        ['16:30', '17:00', { de: 'Rückblick.', it: 'Riepilogo.', es: 'Repaso.', en: 'Review.' }],
      ],
      [
        [
          '09:00',
          '09:30',
          { de: 'Ankommen.', it: 'Avvio della giornata.', es: 'Llegada.', en: 'Check-in.' },
        ],
        [
          '09:30',
          '10:45',
          {
            de: 'Faire Partnerschaft: Organisationen von Anfang an beteiligen, ihre Arbeit bezahlen, ihren Beitrag sichtbar anerkennen; was bisher schiefging.',
            it: "Partenariato equo: coinvolgere le associazioni fin dall'inizio, pagare il loro lavoro, riconoscerne il contributo in modo visibile; che cosa è andato storto finora.",
            es: 'Colaboración justa: implicar a las asociaciones desde el principio, pagar su trabajo, reconocer su aportación de forma visible; qué ha fallado hasta ahora.',
            en: 'Fair partnership: involving organisations from the start, paying for their work, acknowledging their contribution visibly; what has gone wrong so far.',
          },
        ],
        ['10:45', '11:00', B],
        [
          '11:00',
          '12:30',
          {
            de: 'In gemischten Gruppen eine Aufsuchaktion planen, etwa eine Sprechstunde im Stadtteilzentrum: Ziel, Gruppe, Ort, Sprache, Finanzierung.',
            it: "Pianificare in gruppi misti un'azione di prossimità, per esempio uno sportello in un centro di quartiere: obiettivo, gruppo, luogo, lingua, finanziamento.",
            es: 'Planificar en grupos mixtos una acción de proximidad, por ejemplo una atención en un centro cívico: objetivo, grupo, lugar, idioma, financiación.',
            en: 'Planning an outreach activity in mixed groups, such as a consultation hour in a neighbourhood centre: aim, group, place, language, funding.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '14:45',
          {
            de: 'Eine Änderung eines Ablaufs aus Sicht der Nutzenden vorschlagen; case-double-booking-proposal als Beispiel dafür, wie Annahmen Fakten ersetzen.',
            it: 'Proporre una modifica di una procedura dal punto di vista degli utenti; case-double-booking-proposal come esempio di come le supposizioni sostituiscono i fatti.',
            es: 'Proponer un cambio en un procedimiento desde el punto de vista de las personas usuarias; case-double-booking-proposal como ejemplo de cómo las suposiciones sustituyen a los hechos.',
            en: "Proposing a change to a service process from the users' point of view; case-double-booking-proposal as an example of assumptions replacing facts.",
          },
        ],
        ['14:45', '15:00', B],
        [
          '15:00',
          '16:15',
          {
            de: 'Die Pläne vorstellen; Rückmeldung der Vertreterinnen und Vertreter.',
            it: 'Presentazione dei piani; riscontro dei rappresentanti.',
            es: 'Presentación de los planes; valoración de las personas representantes.',
            en: 'Presenting the plans; feedback from the representatives.',
          },
        ],
        [
          '16:15',
          '17:00',
          {
            de: 'Nächste Schritte in den Arbeitsgruppen des lokalen Netzwerks; Abschluss.',
            it: 'Prossimi passi nei gruppi di lavoro della rete locale; chiusura.',
            es: 'Próximos pasos en los grupos de trabajo de la red local; cierre.',
            en: "Next steps in the local network's working groups; close.",
          },
        ],
      ],
    ],
    methods: [
      {
        de: 'Gemischte Paare und Gruppen aus Verwaltung und Migrantenorganisationen',
        it: 'Coppie e gruppi misti di amministrazione e associazioni di migranti',
        es: 'Parejas y grupos mixtos de administración y asociaciones de migrantes',
        en: 'Mixed pairs and groups from the administration and migrant organisations',
      },
      {
        de: 'Auswertung von Zahlen des Dienstes zusammen mit Erfahrungswissen',
        it: 'Analisi dei dati del servizio insieme al sapere esperienziale',
        es: 'Análisis de los datos del servicio junto con el conocimiento de la experiencia',
        en: "Analysis of the service's figures together with lived knowledge",
      },
      {
        de: 'Gemeinsame Planung mit einer einfachen Vorlage',
        it: 'Pianificazione comune con un modello semplice',
        es: 'Planificación conjunta con una plantilla sencilla',
        en: 'Joint planning with a simple template',
      },
    ],
    materials: [
      {
        de: 'Leitfaden für Rückmeldegespräche; Zahlen zur Nutzung des eigenen Dienstes',
        it: "Guida per i colloqui di feedback; dati sull'uso del proprio servizio",
        es: 'Guía para las conversaciones de opinión; datos de uso del propio servicio',
        en: 'Guide for feedback conversations; figures on the use of your own service',
      },
      {
        de: 'Fälle case-online-booking-only und case-double-booking-proposal; Vorlage letter-information-session',
        it: 'Casi case-online-booking-only e case-double-booking-proposal; modello letter-information-session',
        es: 'Casos case-online-booking-only y case-double-booking-proposal; plantilla letter-information-session',
        en: 'Cases case-online-booking-only and case-double-booking-proposal; template letter-information-session',
      },
      {
        de: 'Honorare für die beteiligten Vertreterinnen und Vertreter, vorab geklärt',
        it: 'Compensi per i rappresentanti coinvolti, concordati in anticipo',
        es: 'Honorarios para las personas representantes, acordados de antemano',
        en: 'Fees for the representatives taking part, agreed beforehand',
      },
    ],
    checks: [
      {
        de: 'Jede Gruppe legt einen Plan vor, der Zielgruppe, Kanal, Ort, Sprache, Verantwortliche und Finanzierung nennt; die Vertreterinnen bewerten, ob er ihre Leute erreichen würde.',
        it: 'Ogni gruppo presenta un piano che indica gruppo destinatario, canale, luogo, lingua, responsabili e finanziamento; i rappresentanti valutano se raggiungerebbe la loro gente.',
        es: 'Cada grupo presenta un plan con público, canal, lugar, idioma, responsables y financiación; las personas representantes valoran si llegaría a su gente.',
        en: 'Each group presents a plan naming audience, channel, place, language, who is responsible and funding; the representatives judge whether it would reach their people.',
      },
      {
        de: 'Nach drei Monaten fragt die Trainerin nach, ob die Aktion stattgefunden hat und was sie ergab.',
        it: "Dopo tre mesi la formatrice chiede se l'azione si è svolta e con quale esito.",
        es: 'A los tres meses, la formadora pregunta si la acción se realizó y con qué resultado.',
        en: 'After three months the trainer asks whether the activity took place and what came of it.',
      },
    ],
  },
  {
    module: 'safe-referral-complex-cases',
    vopiLevels: ['services-and-access', 'cooperation'],
    objectives: [
      {
        de: 'Risiken in unklaren oder dringenden Schutzfällen mit den zuständigen Fachdiensten abwägen.',
        it: 'Valutare i rischi nei casi di protezione incerti o urgenti insieme ai servizi specializzati competenti.',
        es: 'Sopesar los riesgos en casos de protección dudosos o urgentes junto con los servicios especializados competentes.',
        en: 'Weigh the risks in unclear or urgent protection cases with the competent specialised services.',
      },
      {
        de: 'Einen Schutzplan vereinbaren, datenschutzgerecht dokumentieren und nachhalten, dass Hilfe angekommen ist.',
        it: "Concordare un piano di protezione, documentarlo nel rispetto della protezione dei dati e verificare che l'aiuto sia arrivato.",
        es: 'Acordar un plan de protección, documentarlo conforme a la protección de datos y comprobar que la ayuda ha llegado.',
        en: 'Agree a protection plan, document it in line with data protection rules and follow up that help has arrived.',
      },
      {
        de: 'Auf die eigene Belastung achten.',
        it: 'Prendersi cura del proprio carico emotivo.',
        es: 'Cuidar la propia carga emocional.',
        en: 'Look after your own strain.',
      },
    ],
    days: [
      [
        [
          '09:00',
          '09:30',
          {
            de: 'Begrüßung; Wiederholung des E-Learnings; Vertraulichkeit.',
            it: "Benvenuto; ripasso dell'e-learning; riservatezza.",
            es: 'Bienvenida; repaso del curso en línea; confidencialidad.',
            en: 'Welcome; recap of the e-learning; confidentiality.',
          },
        ],
        [
          '09:30',
          '10:30',
          {
            de: 'Zeichen von Verletzlichkeit und was sie belegen und was nicht; handout-vulnerability-referral-checklist.',
            it: 'Segnali di vulnerabilità: che cosa provano e che cosa no; handout-vulnerability-referral-checklist.',
            es: 'Señales de vulnerabilidad: qué demuestran y qué no; handout-vulnerability-referral-checklist.',
            en: 'Signs of vulnerability and what they do and do not prove; handout-vulnerability-referral-checklist.',
          },
        ],
        ['10:30', '10:45', B],
        [
          '10:45',
          '12:30',
          {
            de: 'case-companion-holds-the-passport mit der Fachberatungsstelle: die ersten Minuten, sicherer Kontakt, was man nicht verspricht.',
            it: 'case-companion-holds-the-passport con il servizio specializzato: i primi minuti, un contatto sicuro, che cosa non promettere.',
            es: 'case-companion-holds-the-passport con el servicio especializado: los primeros minutos, un contacto seguro, qué no prometer.',
            en: 'case-companion-holds-the-passport with the specialised counselling service: the first minutes, safe contact, what not to promise.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '15:00',
          {
            de: 'Unklare oder dringende Lagen in Kleingruppen mit dem Jugendamt: Zweifel am Alter eines jungen Menschen; eine Frau, die Gewalt schildert, aber keine Anzeige will.',
            it: "Situazioni incerte o urgenti in piccoli gruppi con i servizi per i minori: dubbi sull'età di un giovane; una donna che racconta violenze ma non vuole denunciare.",
            es: 'Situaciones dudosas o urgentes en grupos pequeños con los servicios de protección de menores: dudas sobre la edad de un joven; una mujer que relata violencia pero no quiere denunciar.',
            en: "Unclear or urgent situations in small groups with the youth welfare office: doubts about a young person's age; a woman who describes violence but does not want to report it.",
          },
        ],
        ['15:00', '15:15', B],
        [
          '15:15',
          '16:30',
          {
            de: 'Risiken mit den Fachdiensten abwägen: wer entscheidet was, wann die Polizei zu rufen ist.',
            it: "Valutare i rischi con i servizi specializzati: chi decide che cosa, quando chiamare le forze dell'ordine.",
            es: 'Sopesar riesgos con los servicios especializados: quién decide qué, cuándo llamar a la policía.',
            en: 'Weighing risks with the specialised services: who decides what, when to call the police.',
          },
        ],
        ['16:30', '17:00', { de: 'Rückblick.', it: 'Riepilogo.', es: 'Repaso.', en: 'Review.' }],
      ],
      [
        [
          '09:00',
          '09:30',
          { de: 'Ankommen.', it: 'Avvio della giornata.', es: 'Llegada.', en: 'Check-in.' },
        ],
        [
          '09:30',
          '10:45',
          {
            de: 'Einen Schutzplan für einen Fall erstellen: Schritte, Zuständigkeiten, Termine.',
            it: 'Redigere un piano di protezione per un caso: passi, responsabilità, date.',
            es: 'Elaborar un plan de protección para un caso: pasos, responsabilidades, fechas.',
            en: 'Drawing up a protection plan for one case: steps, responsibilities, dates.',
          },
        ],
        ['10:45', '11:00', B],
        [
          '11:00',
          '12:30',
          {
            de: 'Datenschutzgerecht dokumentieren: was in die Akte gehört, wer sie sieht; Weitergabe mit Einwilligung.',
            it: 'Documentare nel rispetto della protezione dei dati: che cosa va nel fascicolo, chi lo vede; comunicazione con consenso.',
            es: 'Documentar conforme a la protección de datos: qué va al expediente, quién lo ve; comunicación con consentimiento.',
            en: 'Documenting in line with data protection rules: what goes on file, who sees it; sharing with consent.',
          },
        ],
        ['12:30', '13:30', L],
        [
          '13:30',
          '14:30',
          {
            de: 'Nachhalten, dass Hilfe angekommen ist: case-school-form-and-three-crises als Muster für das Nachfragen.',
            it: "Verificare che l'aiuto sia arrivato: case-school-form-and-three-crises come modello per ricontrollare.",
            es: 'Comprobar que la ayuda ha llegado: case-school-form-and-three-crises como modelo de seguimiento.',
            en: 'Following up that help has arrived: case-school-form-and-three-crises as a model for checking back.',
          },
        ],
        ['14:30', '14:45', B],
        [
          '14:45',
          '16:15',
          {
            de: 'Eigene Belastung: was diese Fälle mit Beschäftigten machen; Nachbesprechung und Supervision.',
            it: 'Il proprio carico: che effetto hanno questi casi su chi lavora; debriefing e supervisione.',
            es: 'La propia carga: qué provocan estos casos en quien trabaja; repaso y supervisión.',
            en: 'Your own strain: what these cases do to staff; debriefing and supervision.',
          },
        ],
        [
          '16:15',
          '17:00',
          {
            de: 'Transfer: Vermittlungswege vor Ort; Abschluss.',
            it: 'Trasferimento: percorsi di invio sul territorio; chiusura.',
            es: 'Transferencia: vías de derivación en la zona; cierre.',
            en: 'Transfer: local referral routes; close.',
          },
        ],
      ],
    ],
    methods: [
      {
        de: 'Fallarbeit in Kleingruppen zusammen mit Fachkräften des Jugendamts und spezialisierter Beratungsstellen',
        it: 'Lavoro sui casi in piccoli gruppi con operatori dei servizi per i minori e dei servizi specializzati',
        es: 'Trabajo de casos en grupos pequeños con profesionales de protección de menores y de servicios especializados',
        en: 'Case work in small groups with practitioners from the youth welfare office and specialised services',
      },
      {
        de: 'Erstellen eines Schutzplans nach einer Vorlage',
        it: 'Redazione di un piano di protezione secondo un modello',
        es: 'Elaboración de un plan de protección con una plantilla',
        en: 'Drawing up a protection plan from a template',
      },
      {
        de: 'Angeleitete Nachbesprechung zur eigenen Belastung',
        it: 'Debriefing guidato sul proprio carico',
        es: 'Repaso guiado sobre la propia carga',
        en: 'Guided debriefing on personal strain',
      },
    ],
    materials: [
      {
        de: 'handout-vulnerability-referral-checklist; Liste der Fachdienste vor Ort mit Erreichbarkeit',
        it: 'handout-vulnerability-referral-checklist; elenco dei servizi specializzati del territorio con i recapiti',
        es: 'handout-vulnerability-referral-checklist; lista de servicios especializados de la zona con sus horarios y contactos',
        en: 'handout-vulnerability-referral-checklist; list of local specialised services and how to reach them',
      },
      {
        de: 'Fälle case-companion-holds-the-passport und case-school-form-and-three-crises',
        it: 'Casi case-companion-holds-the-passport e case-school-form-and-three-crises',
        es: 'Casos case-companion-holds-the-passport y case-school-form-and-three-crises',
        en: 'Cases case-companion-holds-the-passport and case-school-form-and-three-crises',
      },
    ],
    checks: [
      {
        de: 'Jede Kleingruppe legt einen Schutzplan vor, den die Fachkräfte auf Vollständigkeit und Sicherheit prüfen.',
        it: 'Ogni piccolo gruppo presenta un piano di protezione che gli operatori specializzati controllano per completezza e sicurezza.',
        es: 'Cada grupo presenta un plan de protección que los profesionales especializados revisan en cuanto a exhaustividad y seguridad.',
        en: 'Each small group presents a protection plan that the practitioners check for completeness and safety.',
      },
      {
        de: 'Jede Person nennt, ohne Unterlagen, die Fachstelle, an die sie in einem Fall von Arbeitsausbeutung vermittelt, und wann sie sofort die Polizei ruft.',
        it: "Ognuno indica senza appunti il servizio a cui invia un caso di sfruttamento lavorativo e quando chiama subito le forze dell'ordine.",
        es: 'Cada persona nombra sin apuntes el servicio al que deriva un caso de explotación laboral y cuándo llama enseguida a la policía.',
        en: 'Each participant names, without notes, the service they refer a case of labour exploitation to, and when they call the police at once.',
      },
    ],
  },
];
