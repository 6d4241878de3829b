// Staff self-assessment, section "intercultural-communication": one statement anchored to each
// level's descriptor in content/framework.json, plus the scenarios. Generated into the
// instrument by ../generate-self-assessment.mjs.

/** @type {import('./types.d.mts').CompetenceBlock[]} */
export default [
  {
    competence: 'plain-language-communication',
    items: [
      {
        id: 'pl-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Im Gespräch mit Ratsuchenden verwende ich kurze Sätze und Alltagswörter statt Fachbegriffen und Abkürzungen.',
          it: "Nei colloqui con l'utenza uso frasi brevi e parole di tutti i giorni invece di termini tecnici e sigle.",
          es: 'En las conversaciones con las personas usuarias utilizo frases cortas y palabras cotidianas en lugar de términos técnicos y siglas.',
          en: 'In conversations with service users I use short sentences and everyday words instead of technical terms and abbreviations.',
        },
      },
      {
        id: 'pl-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Um zu prüfen, ob ich verstanden wurde, bitte ich die Person, mit eigenen Worten zu sagen, was sie als Nächstes tun wird.',
          it: 'Per verificare che la persona abbia capito, le chiedo di dirmi con parole sue che cosa farà ora.',
          es: 'Para comprobar que me han entendido, pido a la persona que me diga con sus propias palabras qué va a hacer a continuación.',
          en: 'To check understanding, I ask people to tell me in their own words what they will do next.',
        },
      },
      {
        id: 'pl-sjt-1',
        level: 'practitioner',
        type: 'situational-judgement',
        scenario: {
          de: 'Eine Frau kommt mit einem Schreiben Ihrer Verwaltung an die Information. Sie sagt zögernd: „Brief … ich muss etwas machen? Ich verstehe nicht.“ Das Schreiben fordert sie auf, innerhalb von vierzehn Tagen drei Unterlagen einzureichen; sonst wird ihr Antrag abgelehnt.',
          it: 'Una donna si presenta al banco informazioni con una lettera della Sua amministrazione. Dice esitando: «Lettera… devo fare qualcosa? Non capisco.» La lettera le chiede di presentare tre documenti entro quattordici giorni; altrimenti la sua domanda sarà respinta.',
          es: 'Una mujer llega al mostrador de información con una carta de su administración. Dice con dudas: «Carta… ¿tengo que hacer algo? No entiendo.» La carta le pide que presente tres documentos en un plazo de catorce días; de lo contrario, su solicitud será denegada.',
          en: "A woman comes to the front desk holding a letter from your administration. She says hesitantly: “Letter … I must do something? I don't understand.” The letter asks her to submit three documents within fourteen days; otherwise her application will be rejected.",
        },
        prompt: {
          de: 'Wie erklären Sie ihr das Schreiben?',
          it: 'Come le spiega la lettera?',
          es: '¿Cómo le explica la carta?',
          en: 'How do you explain the letter to her?',
        },
        options: [
          {
            id: 'check-explain-note',
            label: {
              de: 'Fragen, was sie verstanden hat, Unterlagen und Frist in kurzen Sätzen erklären, beides aufschreiben und sie den nächsten Schritt wiederholen lassen.',
              it: 'Chiederle che cosa ha capito, spiegare con frasi brevi documenti e scadenza, scriverli su un foglietto e farle ripetere il passo successivo.',
              es: 'Preguntarle qué ha entendido, explicar con frases cortas los documentos y el plazo, anotarlo y pedirle que repita el siguiente paso.',
              en: 'Ask what she has understood, explain the documents and the deadline in short sentences, write both down and have her repeat the next step.',
            },
            points: 2,
            feedback: {
              de: 'Vorwissen erfragen, einfach erklären, schriftlich festhalten und Verständnis prüfen: So weiß sie sicher, was bis wann zu tun ist.',
              it: 'Partire da ciò che sa, spiegare in modo semplice, lasciare un appunto scritto e verificare la comprensione: così sa con certezza che cosa fare ed entro quando.',
              es: 'Partir de lo que ya sabe, explicar de forma sencilla, dejarlo por escrito y comprobar la comprensión: así sabe con seguridad qué hacer y para cuándo.',
              en: 'Starting from what she knows, explaining simply, putting it in writing and checking understanding make sure she knows what to do and by when.',
            },
          },
          {
            id: 'read-aloud',
            label: {
              de: 'Ihr das ganze Schreiben langsam und deutlich Satz für Satz vorlesen, damit sie genau hört, was die Verwaltung geschrieben hat.',
              it: "Leggerle ad alta voce tutta la lettera, lentamente e con chiarezza, frase per frase, così che senta esattamente ciò che ha scritto l'amministrazione.",
              es: 'Leerle en voz alta toda la carta, despacio y con claridad, frase por frase, para que oiga exactamente lo que ha escrito la administración.',
              en: 'Read the whole letter aloud to her, slowly and clearly, sentence by sentence, so that she hears exactly what the administration has written.',
            },
            points: 0,
            feedback: {
              de: 'Amtssprache bleibt auch vorgelesen schwer verständlich, und ob sie die Frist verstanden hat, bleibt offen.',
              it: 'Il linguaggio burocratico resta difficile anche letto ad alta voce, e non si sa se abbia capito la scadenza.',
              es: 'El lenguaje administrativo sigue siendo difícil aunque se lea en voz alta, y no se sabe si ha entendido el plazo.',
              en: 'Official language remains hard to follow even when read aloud, and it is still unclear whether she has understood the deadline.',
            },
          },
          {
            id: 'refer-counselling',
            label: {
              de: 'Ihr Adresse und Öffnungszeiten einer nahen Migrationsberatung geben, wo jemand, der ihre Sprache spricht, das Schreiben in Ruhe mit ihr durchgehen kann.',
              it: 'Darle indirizzo e orari di uno sportello di consulenza per migranti vicino, dove qualcuno che parla la sua lingua può esaminare con calma la lettera insieme a lei.',
              es: 'Darle la dirección y el horario de un servicio de orientación para migrantes cercano, donde alguien que hable su idioma pueda revisar la carta con ella con calma.',
              en: 'Give her the address and opening hours of a migration counselling service nearby, where someone who speaks her language can go through the letter with her at leisure.',
            },
            points: 1,
            feedback: {
              de: 'Die Beratung kann helfen, doch die Frist läuft, und das Schreiben stammt von Ihrer Verwaltung: Erklären können Sie es selbst am schnellsten.',
              it: 'La consulenza può aiutare, ma la scadenza corre e la lettera viene dalla Sua amministrazione: la via più rapida è spiegarla direttamente.',
              es: 'El servicio de orientación puede ayudar, pero el plazo corre y la carta es de su administración: explicarla usted es lo más rápido.',
              en: 'The counselling service may help, but the deadline is running and the letter comes from your administration: explaining it yourself is quickest.',
            },
          },
        ],
      },
      {
        id: 'pl-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn ich eine Ablehnung mitteile, erkläre ich Gründe, Rechtsbehelf und Frist so, dass die Person sie nachvollziehen kann.',
          it: 'Quando comunico un diniego, spiego motivi, possibilità di ricorso e scadenza in modo che la persona possa seguirli.',
          es: 'Cuando comunico una denegación, explico los motivos, el recurso posible y el plazo de forma que la persona pueda entenderlos.',
          en: 'When I communicate a refusal, I explain the reasons, the remedy and the deadline in a way the person can follow.',
        },
      },
      {
        id: 'pl-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe die Überarbeitung von Bescheiden oder Formularen in einfache Sprache geleitet und die neuen Fassungen mit Ratsuchenden erprobt.',
          it: "Ho guidato la riscrittura di provvedimenti o moduli in linguaggio semplice e ho provato le nuove versioni con l'utenza.",
          es: 'He dirigido la reescritura de resoluciones o formularios en lenguaje claro y he probado las nuevas versiones con personas usuarias.',
          en: 'I have led the rewriting of official letters or forms in plain language and tested the new versions with service users.',
        },
      },
    ],
  },
  {
    competence: 'working-with-interpreters',
    items: [
      {
        id: 'wi-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn ein Gespräch ohne Sprachunterstützung nicht verlässlich geführt werden kann, organisiere ich nach dem Verfahren unserer Dienststelle eine Dolmetschung.',
          it: 'Quando un colloquio non può svolgersi in modo affidabile senza supporto linguistico, attivo un interprete secondo la procedura del nostro ufficio.',
          es: 'Cuando una conversación no puede mantenerse con garantías sin apoyo lingüístico, solicito un intérprete según el procedimiento de nuestra oficina.',
          en: "When a conversation cannot be held reliably without language support, I arrange an interpreter following our unit's procedure.",
        },
      },
      {
        id: 'wi-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Vor einem gedolmetschten Gespräch informiere ich die Dolmetscherin oder den Dolmetscher über Zweck und Fachbegriffe.',
          it: "Prima di un colloquio con interprete, informo l'interprete sullo scopo e sui termini tecnici.",
          es: 'Antes de una conversación con intérprete, informo al intérprete sobre su finalidad y los términos técnicos.',
          en: 'Before an interpreted conversation, I brief the interpreter on its purpose and the technical terms.',
        },
      },
      {
        id: 'wi-sjt-1',
        level: 'practitioner',
        type: 'situational-judgement',
        scenario: {
          de: 'Eine Mutter kommt zum Sozialamt für ein Gespräch über ihre Mietschulden und eine mögliche Räumung. Sie spricht sehr wenig Deutsch. Ihre zwölfjährige Tochter, die mitgekommen ist, sagt: „Ich kann übersetzen, ich spreche gut Deutsch.“',
          it: "Una madre si presenta ai servizi sociali per un colloquio sui suoi arretrati d'affitto e su un possibile sfratto. Parla pochissimo l'italiano. La figlia di dodici anni, che l'ha accompagnata, dice: «Posso tradurre io, parlo bene l'italiano.»",
          es: 'Una madre acude a los servicios sociales para hablar de sus deudas de alquiler y de un posible desahucio. Habla muy poco español. Su hija de doce años, que la acompaña, dice: «Yo puedo traducir, hablo bien español.»',
          en: 'A mother comes to social services for a conversation about her rent arrears and a possible eviction. She speaks very little of the local language. Her twelve-year-old daughter, who has come with her, says: “I can translate, I speak it well.”',
        },
        prompt: {
          de: 'Wie reagieren Sie auf das Angebot der Tochter?',
          it: "Come risponde all'offerta della figlia?",
          es: '¿Cómo responde al ofrecimiento de la hija?',
          en: "How do you respond to the daughter's offer?",
        },
        options: [
          {
            id: 'accept-child',
            label: {
              de: 'Das Angebot dankbar annehmen: Die Tochter spricht gut Deutsch, die Mutter vertraut ihr, und allen bleibt ein zweiter Termin erspart.',
              it: "Accettare l'offerta con gratitudine: la figlia parla bene l'italiano, la madre si fida di lei e a tutti si risparmia un secondo appuntamento.",
              es: 'Aceptar el ofrecimiento con gratitud: la hija habla bien español, la madre confía en ella y todo el mundo se ahorra una segunda cita.',
              en: 'Accept the offer gratefully: the daughter speaks the language well, her mother trusts her, and everyone is spared a second appointment.',
            },
            points: 0,
            feedback: {
              de: 'Ein Kind mit Mietschulden und Räumung zu belasten, ist unzumutbar, und die Verständigung ist nicht gesichert.',
              it: 'Caricare una bambina di arretrati e sfratto è inaccettabile, e la comprensione non è garantita.',
              es: 'Cargar a una niña con deudas y un desahucio es inaceptable, y la comprensión no está garantizada.',
              en: 'Burdening a child with rent arrears and eviction is unacceptable, and accurate understanding is not ensured.',
            },
          },
          {
            id: 'child-for-booking',
            label: {
              de: 'Die Tochter nur bei der Vereinbarung eines neuen Termins helfen lassen und für das Gespräch über die Mietschulden selbst eine Dolmetscherin oder einen Dolmetscher buchen.',
              it: "Lasciare che la figlia aiuti solo a fissare un nuovo appuntamento e prenotare un interprete professionista per il colloquio vero e proprio sugli arretrati d'affitto.",
              es: 'Dejar que la hija ayude solo a concertar una nueva cita y reservar un intérprete profesional para la conversación sobre las deudas de alquiler en sí.',
              en: 'Let the daughter help only to arrange a new appointment, and book a professional interpreter for the conversation about the rent arrears itself.',
            },
            points: 1,
            feedback: {
              de: 'Das eigentliche Gespräch wird richtig gedolmetscht, doch die Familie muss wiederkommen, obwohl oft sofort eine Telefon- oder Videodolmetschung möglich wäre.',
              it: 'Il colloquio vero e proprio è interpretato correttamente, ma la famiglia deve tornare, quando spesso sarebbe possibile subito un interprete al telefono o in video.',
              es: 'La conversación en sí se interpreta como es debido, pero la familia tiene que volver, cuando a menudo cabría un intérprete por teléfono o vídeo al momento.',
              en: 'The conversation itself is interpreted properly, but the family has to come back, although a telephone or video interpreter is often available at once.',
            },
          },
          {
            id: 'professional',
            label: {
              de: 'Der Tochter danken und das Gespräch mit professioneller Dolmetschung führen: jetzt per Telefon oder Video oder bei einem neuen Termin.',
              it: 'Ringraziare la figlia e svolgere il colloquio con un interprete professionista: subito al telefono o in video, oppure a un nuovo appuntamento.',
              es: 'Dar las gracias a la hija y mantener la conversación con un intérprete profesional: ahora por teléfono o vídeo, o en una nueva cita.',
              en: 'Thank the daughter and hold the conversation with a professional interpreter: now by phone or video, or at a new appointment.',
            },
            points: 2,
            feedback: {
              de: 'Kinder dolmetschen nicht in Amtsangelegenheiten; eine professionelle Dolmetschung schützt die Tochter und sichert ein genaues Verständnis.',
              it: 'I minori non fanno da interpreti nelle questioni ufficiali; un interprete professionista tutela la figlia e garantisce una comprensione precisa.',
              es: 'Los menores no hacen de intérpretes en asuntos oficiales; un intérprete profesional protege a la hija y garantiza una comprensión precisa.',
              en: 'Children do not interpret in official matters; a professional interpreter protects the daughter and ensures accurate understanding.',
            },
          },
        ],
      },
      {
        id: 'wi-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Wenn Dolmetschende in einem heiklen Gespräch eigene Ratschläge oder Bewertungen einbringen, lasse ich das laufen, um das Gespräch nicht zu stören.',
          it: "Quando in un colloquio delicato l'interprete aggiunge consigli o giudizi propri, lascio correre per non disturbare il colloquio.",
          es: 'Cuando en una conversación delicada el intérprete añade consejos o valoraciones propias, lo dejo pasar para no interrumpir la conversación.',
          en: 'When an interpreter adds their own advice or opinions in a sensitive conversation, I let it pass so as not to disrupt the conversation.',
        },
      },
      {
        id: 'wi-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe Qualitätskriterien und Leitlinien für die Sprachmittlung in unserer Verwaltung entwickelt, nach denen Dolmetscher:innen ausgewählt und eingesetzt werden.',
          it: 'Ho elaborato criteri di qualità e linee guida per la mediazione linguistica nella nostra amministrazione, secondo cui gli interpreti sono scelti e impiegati.',
          es: 'He elaborado criterios de calidad y pautas para la mediación lingüística en nuestra administración, con los que se selecciona y se recurre a intérpretes.',
          en: 'I have developed the quality criteria and guidance by which our administration selects and uses interpreters.',
        },
      },
    ],
  },
  {
    competence: 'active-listening-clarification',
    items: [
      {
        id: 'al-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Bevor ich antworte, fasse ich das Anliegen der Person mit eigenen Worten zusammen, um sicherzugehen, dass ich es richtig verstanden habe.',
          it: 'Prima di rispondere riassumo con parole mie la richiesta della persona, per assicurarmi di averla capita bene.',
          es: 'Antes de responder, resumo con mis palabras lo que la persona me pide para asegurarme de haberlo entendido bien.',
          en: "Before answering, I sum up the person's request in my own words to make sure I have understood it correctly.",
        },
      },
      {
        id: 'al-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich bemerke nonverbale Zeichen von Verwirrung oder Belastung im Gespräch und gehe darauf ein.',
          it: 'Durante il colloquio colgo i segnali non verbali di confusione o di disagio e ne tengo conto.',
          es: 'Durante la conversación percibo las señales no verbales de confusión o malestar y respondo a ellas.',
          en: 'I notice non-verbal signs of confusion or distress during a conversation and respond to them.',
        },
      },
      {
        id: 'al-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Wenn mehrere Familienmitglieder mit unterschiedlichen Anliegen gleichzeitig sprechen, kümmere ich mich nur um das Anliegen, das zuerst genannt wird.',
          it: 'Quando più familiari con richieste diverse parlano insieme, mi occupo solo della richiesta espressa per prima.',
          es: 'Cuando varios miembros de una familia con peticiones distintas hablan a la vez, me ocupo solo de la petición que se plantea primero.',
          en: 'When several family members with different concerns speak at once, I deal only with the request that is raised first.',
        },
      },
      {
        id: 'al-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe den Gesprächsleitfaden für Erstgespräche in unserer Dienststelle so gestaltet, dass er feste Schritte zum Zuhören und Nachfragen enthält.',
          it: 'Ho impostato la traccia per i primi colloqui del nostro ufficio in modo che preveda passaggi fissi per ascoltare e fare domande di chiarimento.',
          es: 'He diseñado la guía de primeras entrevistas de nuestra oficina de modo que incluya pasos fijos para escuchar y aclarar.',
          en: "I have designed our unit's guide for first conversations so that it includes set steps for listening and clarifying.",
        },
      },
    ],
  },
  {
    competence: 'de-escalation-conflict-handling',
    items: [
      {
        id: 'dc-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Wenn jemand mir gegenüber laut wird, antworte ich am Ende selbst scharf.',
          it: "Quando qualcuno alza la voce con me, finisco per rispondere anch'io in modo brusco.",
          es: 'Cuando alguien me levanta la voz, acabo respondiendo yo también de forma brusca.',
          en: 'When someone raises their voice at me, I end up answering sharply myself.',
        },
      },
      {
        id: 'dc-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn ein Gespräch angespannt wird, beruhige ich es durch Tonfall, Tempo und klare Informationen darüber, was möglich ist.',
          it: 'Quando un colloquio si fa teso, lo calmo con il tono, il ritmo e informazioni chiare su ciò che è possibile.',
          es: 'Cuando una conversación se pone tensa, la calmo con el tono, el ritmo y una información clara sobre lo que es posible.',
          en: 'When a conversation becomes tense, I calm it down through my tone, pace and clear information about what is possible.',
        },
      },
      {
        id: 'dc-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Nach einem eskalierten Vorfall bespreche ich ihn mit den beteiligten Kolleginnen und Kollegen nach.',
          it: 'Dopo un episodio degenerato, lo riesamino con le colleghe e i colleghi coinvolti.',
          es: 'Después de un incidente que se ha agravado, lo analizo con los compañeros y compañeras implicados.',
          en: 'After an incident has escalated, I hold a debriefing with the colleagues involved.',
        },
      },
      {
        id: 'dc-sjt-1',
        level: 'advanced',
        type: 'situational-judgement',
        scenario: {
          de: 'Der Wartebereich im Jobcenter ist voll. Ein Mann, der seit fast zwei Stunden wartet, ruft laut, dass Leute, die nach ihm gekommen sind, zuerst aufgerufen werden und er so behandelt werde, „weil ich Ausländer bin“. Andere Wartende werden unruhig.',
          it: "La sala d'attesa del centro per l'impiego è piena. Un uomo che aspetta da quasi due ore comincia a gridare che chi è arrivato dopo di lui viene chiamato prima e che lo trattano così «perché sono straniero». Le altre persone in fila si innervosiscono.",
          es: 'La sala de espera de la oficina de empleo está llena. Un hombre que lleva casi dos horas esperando empieza a gritar que llaman antes a personas que llegaron después que él y que le tratan así «porque soy extranjero». El resto de la gente que espera se inquieta.',
          en: 'The waiting area at the job centre is full. A man who has been waiting for almost two hours starts shouting that people who arrived after him are being called first, and that he is treated like this “because I am a foreigner”. Others in the queue are getting restless.',
        },
        prompt: {
          de: 'Wie reagieren Sie als Erstes?',
          it: 'Qual è la Sua prima reazione?',
          es: '¿Cuál es su primera reacción?',
          en: 'What is your first reaction?',
        },
        options: [
          {
            id: 'threaten',
            label: {
              de: 'Ihm von Ihrem Platz aus sagen, dass der Sicherheitsdienst ihn hinausbringt, wenn er sich nicht sofort beruhigt.',
              it: 'Dirgli dalla Sua postazione che la vigilanza lo farà uscire se non si calma subito.',
              es: 'Decirle desde su puesto que el personal de seguridad le sacará si no se calma de inmediato.',
              en: 'Tell him from your desk that security will remove him if he does not calm down immediately.',
            },
            points: 0,
            feedback: {
              de: 'Drohungen aus der Distanz steigern die Spannung und übergehen sein Anliegen; das Alarmverfahren ist für echte Gefahr gedacht.',
              it: 'Minacciare da lontano aumenta la tensione e ignora la sua richiesta; la procedura di allarme serve per i pericoli reali.',
              es: 'Amenazar desde lejos aumenta la tensión y pasa por alto su queja; el protocolo de alarma está pensado para un peligro real.',
              en: 'Threatening from a distance raises the tension and ignores his concern; the alarm procedure is meant for real danger.',
            },
          },
          {
            id: 'jump-queue',
            label: {
              de: 'Ihn als Nächsten vor allen anderen aufrufen, damit sich die Lage im Wartebereich beruhigt.',
              it: "Chiamarlo subito, prima di tutti gli altri, perché la situazione in sala d'attesa si calmi.",
              es: 'Llamarle el siguiente, antes que a los demás, para que se calme la situación en la sala de espera.',
              en: 'Call him in next, ahead of everyone else, so that the situation in the waiting area calms down.',
            },
            points: 0,
            feedback: {
              de: 'Ihn vorzuziehen belohnt das Schreien und ist unfair gegenüber den anderen Wartenden, was weitere Konflikte auslösen kann.',
              it: 'Farlo passare avanti premia le urla ed è ingiusto verso chi aspetta, con il rischio di nuovi conflitti.',
              es: 'Adelantar su turno premia los gritos y es injusto con quienes esperan, lo que puede provocar nuevos conflictos.',
              en: 'Letting him jump the queue rewards shouting and is unfair to the others waiting, which can lead to further conflicts.',
            },
          },
          {
            id: 'rules-only',
            label: {
              de: 'Ihm höflich, aber bestimmt sagen, dass die Reihenfolge für niemanden geändert werden kann und er wie alle anderen im Raum warten muss.',
              it: "Dirgli con cortesia ma con fermezza che l'ordine di chiamata non si può cambiare per nessuno e che deve aspettare come tutti gli altri presenti.",
              es: 'Decirle con educación pero con firmeza que el orden de llamada no se puede cambiar para nadie y que debe esperar como todas las demás personas de la sala.',
              en: 'Tell him politely but firmly that the order in which people are called cannot be changed for anyone and that he must wait like everyone else in the room.',
            },
            points: 1,
            feedback: {
              de: 'Das stimmt und bleibt höflich, doch ohne Anerkennung seines Ärgers und ohne Erklärung des Systems bleibt sein Verdacht ungerechter Behandlung bestehen.',
              it: 'È vero e resta cortese, ma senza riconoscere la sua frustrazione né spiegare il sistema, il sospetto di un trattamento ingiusto rimane.',
              es: 'Es cierto y se mantiene la cortesía, pero sin reconocer su frustración ni explicar el sistema, la sospecha de trato injusto persiste.',
              en: 'This is true and stays polite, but without acknowledging his frustration or explaining the system, his suspicion of unfair treatment remains.',
            },
          },
          {
            id: 'acknowledge-explain',
            label: {
              de: 'Zu ihm gehen, die lange Wartezeit anerkennen, erklären, wie Termine aufgerufen werden, und ihm realistisch sagen, wann er dran ist.',
              it: 'Andare da lui, riconoscere la lunga attesa, spiegare come vengono chiamati gli appuntamenti e dirgli realisticamente quando toccherà a lui.',
              es: 'Acercarse a él, reconocer la larga espera, explicar cómo se llama a las citas y decirle de forma realista cuándo le tocará.',
              en: 'Go over to him, acknowledge the long wait, explain how appointments are called and tell him realistically when his turn will come.',
            },
            points: 2,
            feedback: {
              de: 'Den Ärger anzuerkennen und das Aufrufsystem mit einer realistischen Zeitangabe zu erklären, nimmt Druck heraus und korrigiert den Eindruck ungerechter Behandlung.',
              it: "Riconoscere la frustrazione e spiegare il sistema di chiamata con tempi realistici smorza la tensione e corregge l'impressione di un trattamento ingiusto.",
              es: 'Reconocer la frustración y explicar el sistema de llamada con un plazo realista rebaja la tensión y corrige la impresión de trato injusto.',
              en: 'Acknowledging the frustration and explaining the calling system with a realistic time frame takes the heat out and corrects the impression of unfair treatment.',
            },
          },
        ],
      },
      {
        id: 'dc-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe das Sicherheits- und Deeskalationskonzept unserer Dienststelle entwickelt, von der Raumgestaltung über Alarmketten bis zur Nachsorge.',
          it: 'Ho elaborato il piano di sicurezza e de-escalation del nostro ufficio, dalla disposizione degli spazi alle catene di allarme fino al supporto successivo.',
          es: 'He elaborado el plan de seguridad y desescalada de nuestra oficina, desde la distribución de los espacios y las cadenas de alarma hasta la atención posterior.',
          en: "I have developed our unit's safety and de-escalation concept, from the layout of the rooms to alarm chains and aftercare.",
        },
      },
    ],
  },
  {
    competence: 'culture-and-communication-knowledge',
    items: [
      {
        id: 'cc-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich kann mehrere Gründe nennen, aus denen ein Gespräch am Schalter schiefgehen kann, etwa andere Erwartungen an Behörden, Anredeformen oder die Bedeutung von Fristen.',
          it: 'So indicare diversi motivi per cui un colloquio allo sportello può andare storto, come aspettative diverse verso le istituzioni, le forme di cortesia o il valore delle scadenze.',
          es: 'Sé nombrar varios motivos por los que una conversación en la ventanilla puede salir mal, como expectativas distintas hacia la administración, las formas de tratamiento o el valor de los plazos.',
          en: 'I can name several reasons why a conversation at the counter may go wrong, such as different expectations of authorities, forms of address or what a deadline means.',
        },
      },
      {
        id: 'cc-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'An der Staatsangehörigkeit einer Person erkenne ich meist schon vorher, wie das Gespräch mit ihr verlaufen wird.',
          it: 'Dalla cittadinanza di una persona capisco di solito già in anticipo come andrà il colloquio.',
          es: 'Por la nacionalidad de una persona suelo saber de antemano cómo irá la conversación.',
          en: "From a person's nationality I can usually tell in advance how a conversation with them will go.",
        },
      },
      {
        id: 'cc-sjt-1',
        level: 'practitioner',
        type: 'situational-judgement',
        scenario: {
          de: 'Ein Mann hat schon mehrmals zugesagt, bestimmte Unterlagen zum nächsten Termin mitzubringen, hat dabei genickt und „ja, ja“ gesagt und kam jedes Mal ohne sie. Ein Kollege meint: „Das ist eben deren Kultur. Die sagen zu allem Ja.“',
          it: "Più volte un uomo ha assicurato che avrebbe portato certi documenti all'appuntamento successivo, annuendo e dicendo «sì, sì», e ogni volta si è presentato senza. Un collega commenta: «È la loro cultura. Dicono sì a tutto.»",
          es: 'En varias ocasiones un hombre se ha comprometido a traer ciertos documentos a la siguiente cita, asintiendo y diciendo «sí, sí», y cada vez ha venido sin ellos. Un compañero comenta: «Es su cultura. Dicen que sí a todo.»',
          en: "Several times, a man has agreed to bring particular documents to his next appointment, nodding and saying “yes, yes”, and each time he has arrived without them. A colleague comments: “That's just their culture. They say yes to everything.”",
        },
        prompt: {
          de: 'Wie deuten Sie die Situation, und was tun Sie?',
          it: 'Come interpreta la situazione e che cosa fa?',
          es: '¿Cómo interpreta la situación y qué hace?',
          en: 'How do you interpret the situation, and what do you do?',
        },
        options: [
          {
            id: 'accept-culture',
            label: {
              de: 'Die Erklärung des Kollegen übernehmen und dem Mann künftig nur noch die Liste der Unterlagen aushändigen.',
              it: "Accettare la spiegazione del collega e d'ora in poi consegnargli soltanto l'elenco dei documenti.",
              es: 'Aceptar la explicación del compañero y, a partir de ahora, entregarle solo la lista de documentos.',
              en: "Accept your colleague's explanation and, from now on, simply hand him the list of documents.",
            },
            points: 0,
            feedback: {
              de: 'Verhalten allein mit „Kultur“ zu erklären, übersieht andere Ursachen und lässt das eigentliche Problem ungelöst.',
              it: 'Spiegare un comportamento solo con la «cultura» trascura altre cause e lascia irrisolto il problema reale.',
              es: 'Explicar un comportamiento solo por la «cultura» pasa por alto otras causas y deja sin resolver el problema real.',
              en: 'Explaining behaviour by “culture” alone overlooks other causes and leaves the actual problem unsolved.',
            },
          },
          {
            id: 'weigh-and-ask',
            label: {
              de: 'Andere Ursachen bedenken, etwa Sprache, Scheu vor einem Nein oder schwer beschaffbare Unterlagen, und ihn nächstes Mal offen fragen, was schwierig ist.',
              it: 'Considerare altre cause, come la lingua, il timore di dire di no o documenti difficili da ottenere, e la prossima volta chiedergli apertamente che cosa è difficile.',
              es: 'Pensar en otras causas, como el idioma, el reparo a decir que no o documentos difíciles de conseguir, y la próxima vez preguntarle abiertamente qué le cuesta.',
              en: 'Consider other causes, such as language, reluctance to say no or hard-to-get documents, and next time ask him openly what is difficult.',
            },
            points: 2,
            feedback: {
              de: 'Mehrere Faktoren abzuwägen und direkt nachzufragen, findet das tatsächliche Hindernis, statt sich auf ein Stereotyp zu verlassen.',
              it: "Valutare più fattori e chiedere direttamente permette di individuare l'ostacolo reale invece di affidarsi a uno stereotipo.",
              es: 'Sopesar varios factores y preguntar directamente permite encontrar el obstáculo real en lugar de apoyarse en un estereotipo.',
              en: 'Weighing several factors and asking directly finds the real obstacle instead of relying on a stereotype.',
            },
          },
          {
            id: 'translated-list',
            label: {
              de: 'Ihm eine schriftliche Checkliste der Unterlagen in seiner Sprache geben, mit einem kurzen Hinweis, wo er jede Unterlage bekommt.',
              it: 'Dargli un elenco scritto dei documenti nella sua lingua, con una breve indicazione di dove può ottenere ciascun documento.',
              es: 'Darle una lista escrita de los documentos en su idioma, con una breve indicación de dónde puede conseguir cada uno.',
              en: 'Give him a written checklist of the documents in his own language, with a short note on where each one can be obtained.',
            },
            points: 1,
            feedback: {
              de: 'Eine übersetzte Checkliste hilft, wenn die Sprache das Problem ist, klärt aber nicht, was ihn tatsächlich hindert.',
              it: 'Un elenco tradotto aiuta se il problema è la lingua, ma non chiarisce che cosa lo ostacola davvero.',
              es: 'Una lista traducida ayuda si el problema es el idioma, pero no aclara qué se lo impide realmente.',
              en: 'A translated checklist helps if language is the problem, but does not reveal what is actually stopping him.',
            },
          },
          {
            id: 'press-harder',
            label: {
              de: 'Die Liste noch einmal langsamer und nachdrücklicher mit ihm durchgehen und ihn deutlich auf die Folgen für seinen Antrag hinweisen, falls die Unterlagen wieder fehlen.',
              it: "Ripassare ancora una volta con lui tutto l'elenco, più lentamente e con più fermezza, avvertendolo chiaramente delle conseguenze per la sua domanda se i documenti mancheranno di nuovo.",
              es: 'Repasar la lista con él otra vez, más despacio y con más firmeza, y advertirle claramente de las consecuencias para su solicitud si los documentos vuelven a faltar.',
              en: 'Go through the list with him again, more slowly and firmly, and warn him clearly of the consequences for his application if the documents are missing again.',
            },
            points: 0,
            feedback: {
              de: 'Wiederholung mit mehr Druck klärt nicht, warum er die Unterlagen nicht mitbrachte, und kann es ihm noch schwerer machen, Probleme zuzugeben.',
              it: 'Ripetere con più pressione non chiarisce perché non ha portato i documenti e può renderlo ancora meno disposto ad ammettere le difficoltà.',
              es: 'Repetir con más presión no aclara por qué no trajo los documentos y puede hacer que le cueste todavía más reconocer las dificultades.',
              en: 'Repeating with more pressure does not address why he did not bring the documents and may make him even less willing to admit problems.',
            },
          },
        ],
      },
      {
        id: 'cc-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn in einer Fallbesprechung das Verhalten einer Person allein mit ihrer Kultur erklärt wird, widerspreche ich und bringe andere Erklärungen ein.',
          it: 'Quando in una discussione di un caso il comportamento di una persona viene spiegato solo con la sua cultura, obietto e propongo altre spiegazioni.',
          es: 'Cuando en una reunión sobre un caso se explica el comportamiento de una persona solo por su cultura, lo cuestiono y aporto otras explicaciones.',
          en: "When a person's behaviour is explained by their culture alone in a case discussion, I object and offer other explanations.",
        },
      },
      {
        id: 'cc-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich halte das Wissen unserer Dienststelle über Sprachen, Herkunft und Migrationswege der örtlichen Bevölkerung mit Statistiken und Kontakten zu migrantischen Gemeinschaften aktuell.',
          it: 'Tengo aggiornate le conoscenze del nostro ufficio su lingue, provenienze e percorsi migratori della popolazione locale, grazie a statistiche e contatti con le comunità.',
          es: 'Mantengo al día lo que nuestra oficina sabe sobre los idiomas, orígenes y rutas migratorias de la población local, con estadísticas y contactos con las comunidades.',
          en: "I keep our unit's knowledge of the local population's languages, origins and migration routes up to date, using statistics and contacts with communities.",
        },
      },
    ],
  },
];
