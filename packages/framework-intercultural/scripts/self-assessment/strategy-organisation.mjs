// Section "Strategy, steering and organisational development" of the staff self-assessment: one
// statement anchored to each level descriptor of the domain's four competences (framework.json),
// plus the leadership scenario. The foundation statements are answerable by any member of staff;
// from practitioner or advanced up they describe the work of team leads and coordinators, whose
// role profiles are the ones that target those levels. Reverse-keyed: is-f1 (agreement),
// na-e1 (agreement), pd-f1 (frequency), dl-a1 (frequency).
// A reverse-keyed statement about a task beyond one's own casework says "I leave it to others",
// without a condition, so that someone whose post does not include the task agrees with it (the
// instructions ask such people to answer "Never" or "Strongly disagree" to the positive ones).
//
// The former ranking item na-rank-1 (order the steps of a needs review) is replaced by the
// statement na-a1: under anchored scoring its partial credit (two defensible swaps score 0.67)
// would pull a competent designer below the endorsement of 0.75, and the order it asked for can
// be worked out by logic without ever having designed a review.

/** @type {import('./types.d.mts').CompetenceBlock[]} */
export default [
  {
    competence: 'integration-strategy-steering',
    items: [
      {
        id: 'is-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Das kommunale Integrationskonzept hat mit meiner täglichen Arbeit wenig zu tun.',
          it: "La strategia locale per l'integrazione ha poco a che fare con il mio lavoro quotidiano.",
          es: 'La estrategia local de integración tiene poco que ver con mi trabajo diario.',
          en: 'Our local integration strategy has little to do with my day-to-day work.',
        },
      },
      {
        id: 'is-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Für die Integrationsmaßnahmen, für die meine Dienststelle zuständig ist, liefere ich die vereinbarten Zahlen pünktlich und sage Bescheid, wenn eine Maßnahme nicht wie geplant läuft.',
          it: 'Per le misure di integrazione di competenza della mia unità fornisco puntualmente i dati concordati e segnalo quando una misura non procede come previsto.',
          es: 'En las medidas de integración que corresponden a mi unidad, entrego a tiempo los datos acordados y aviso cuando una medida no avanza según lo previsto.',
          en: 'For the integration measures my unit is responsible for, I deliver the agreed figures on time and say so when a measure is not working as planned.',
        },
      },
      {
        id: 'is-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich übersetze die Ziele des Integrationskonzepts in die Jahresplanung meines Fachbereichs und stimme sie mit den beteiligten Fachbereichen ab.',
          it: "Traduco gli obiettivi della strategia per l'integrazione nella programmazione annuale del mio settore, in accordo con gli altri settori coinvolti.",
          es: 'Traslado los objetivos de la estrategia de integración a la planificación anual de mi área, de acuerdo con las demás áreas implicadas.',
          en: "I translate the integration strategy's objectives into my department's annual plan, in agreement with the other departments involved.",
        },
      },
      {
        id: 'is-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Wenn unser Integrationskonzept erarbeitet oder fortgeschrieben wird, leite ich den Prozess und hole Politik, Fachbereiche und Zivilgesellschaft an einen Tisch.',
          it: "Quando la nostra strategia per l'integrazione viene elaborata o aggiornata, guido il processo e riunisco attorno a un tavolo politica, settori dell'amministrazione e società civile.",
          es: 'Cuando se elabora o se revisa nuestra estrategia de integración, dirijo el proceso y reúno en torno a una mesa a representantes políticos, áreas municipales y sociedad civil.',
          en: 'When our integration strategy is drafted or revised, I run the process and bring council members, departments and civil society to the table.',
        },
      },
    ],
  },
  {
    competence: 'needs-analysis-evaluation',
    items: [
      {
        id: 'na-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich gebe Beobachtungen aus meinem Arbeitsalltag weiter, die zeigen, wo Ratsuchende oder Mitarbeitende etwas anderes brauchen.',
          it: "Riferisco osservazioni del mio lavoro quotidiano che mostrano dove l'utenza o il personale hanno bisogno di qualcosa di diverso.",
          es: 'Transmito observaciones de mi trabajo diario que muestran dónde las personas usuarias o el personal necesitan algo distinto.',
          en: 'I pass on observations from my daily work that show where service users or staff need something different.',
        },
      },
      {
        id: 'na-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe Ratsuchende oder Kolleginnen und Kollegen anhand eines Gesprächsleitfadens zu ihren Erfahrungen befragt und ihre Antworten ohne Namen schriftlich festgehalten.',
          it: 'Ho intervistato utenti, colleghe o colleghi sulla loro esperienza seguendo una traccia e ho messo per iscritto le risposte senza nomi.',
          es: 'He entrevistado a personas usuarias o a compañeros y compañeras sobre su experiencia siguiendo un guion, y he anotado sus respuestas sin nombres.',
          en: 'I have used an interview guide to ask service users or colleagues about their experience, and written up their answers without names.',
        },
      },
      {
        id: 'na-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe für eine Dienststelle eine Bedarfserhebung konzipiert, die mehrere Methoden verbindet, etwa Desk Research, Interviews und Fokusgruppen, und in einen Bericht mit priorisierten Bedarfen mündet.',
          it: "Ho progettato per un'unità un'analisi dei bisogni che combina più metodi, come ricerca documentale, interviste e focus group, e si conclude con una relazione che ordina i bisogni per priorità.",
          es: 'He diseñado para una unidad un análisis de necesidades que combina varios métodos, como el análisis documental, las entrevistas y los grupos focales, y termina en un informe con las necesidades priorizadas.',
          en: 'I have designed a needs review for a unit that combines several methods, such as desk research, interviews and focus groups, and ends in a report with prioritised needs.',
        },
      },
      {
        id: 'na-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Dafür zu sorgen, dass die Ergebnisse von Bedarfsanalysen und Evaluationen in unsere Fortbildungsplanung und Strategie einfließen, überlasse ich anderen.',
          it: 'Lascio ad altri il compito di far sì che i risultati delle analisi dei bisogni e delle valutazioni confluiscano nella programmazione della formazione e nella strategia.',
          es: 'Dejo en manos de otras personas que los resultados de los análisis de necesidades y de las evaluaciones se tengan en cuenta en la planificación de la formación y en la estrategia.',
          en: 'I leave it to others to make sure that the findings of needs analyses and evaluations feed into our training plans and strategy.',
        },
      },
    ],
  },
  {
    competence: 'diversity-oriented-personnel-development',
    items: [
      {
        id: 'pd-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Ich sage die Teilnahme an angebotenen interkulturellen Fortbildungen ab, weil die Fallarbeit vorgeht.',
          it: 'Rinuncio ai corsi di formazione interculturale offerti perché le pratiche da sbrigare hanno la precedenza.',
          es: 'Renuncio a la formación intercultural que se ofrece porque los expedientes tienen prioridad.',
          en: 'I skip the intercultural training on offer because casework comes first.',
        },
      },
      {
        id: 'pd-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn eine neue Person ins Team kommt, zeige ich ihr die interkulturellen Seiten unserer Arbeit, etwa indem ich sie bei meinen Gesprächen hospitieren lasse.',
          it: 'Quando una persona nuova entra nel gruppo, le mostro gli aspetti interculturali del nostro lavoro, per esempio invitandola ad assistere ai miei colloqui.',
          es: 'Cuando se incorpora una persona nueva al equipo, le enseño los aspectos interculturales de nuestro trabajo, por ejemplo invitándola a asistir a mis entrevistas.',
          en: 'When someone new joins the team, I show them the intercultural side of our work, for example by letting them sit in on my conversations.',
        },
      },
      {
        id: 'pd-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Für die Stellen meiner Dienststelle habe ich festgehalten, welche interkulturellen Fähigkeiten sie jeweils erfordern, und frage in Auswahlgesprächen danach.',
          it: 'Per i posti della mia unità ho messo per iscritto quali capacità interculturali richiede ciascuno e le verifico nei colloqui di selezione.',
          es: 'Para los puestos de mi unidad he dejado por escrito qué capacidades interculturales exige cada uno, y pregunto por ellas en las entrevistas de selección.',
          en: 'For the posts in my unit, I have written down which intercultural skills each one needs, and I ask about them in selection interviews.',
        },
      },
      {
        id: 'pd-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe die Entwicklung des Kompetenzmodells oder des Fortbildungsprogramms unserer Verwaltung zur interkulturellen Öffnung geleitet.',
          it: "Ho guidato lo sviluppo del modello di competenze o del programma di formazione della nostra amministrazione per l'apertura interculturale.",
          es: 'He dirigido el desarrollo del modelo de competencias o del programa de formación de nuestra administración para la apertura intercultural.',
          en: "I have led the development of our administration's competence model or training programme for intercultural opening.",
        },
      },
    ],
  },
  {
    competence: 'diversity-sensitive-leadership',
    items: [
      {
        id: 'dl-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich unterstütze Kolleginnen und Kollegen dabei, an interkulturellen Fortbildungen teilzunehmen, etwa indem ich während ihrer Abwesenheit ihre Fälle übernehme.',
          it: 'Sostengo colleghe e colleghi nella partecipazione alla formazione interculturale, ad esempio occupandomi delle loro pratiche mentre sono assenti.',
          es: 'Apoyo a mis compañeros y compañeras para que asistan a la formación intercultural, por ejemplo atendiendo sus casos mientras están fuera.',
          en: 'I support colleagues in attending intercultural training, for example by covering their cases while they are away.',
        },
      },
      {
        id: 'dl-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn in unserem vielfältigen Team Missverständnisse oder Spannungen entstehen, spreche ich sie zeitnah an, etwa in der Teambesprechung.',
          it: 'Quando nel nostro gruppo di lavoro eterogeneo nascono incomprensioni o tensioni, le affronto tempestivamente, per esempio nella riunione di gruppo.',
          es: 'Cuando surgen malentendidos o tensiones en nuestro equipo diverso, los abordo sin demora, por ejemplo en la reunión de equipo.',
          en: 'When misunderstandings or tensions arise in our diverse team, I address them promptly, for example at the team meeting.',
        },
      },
      {
        id: 'dl-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Diskriminierende Witze oder Bemerkungen im Team lasse ich durchgehen, um die Stimmung nicht zu verderben.',
          it: 'Lascio correre battute o commenti discriminatori nel gruppo per non rovinare il clima.',
          es: 'Dejo pasar chistes o comentarios discriminatorios en el equipo para no estropear el ambiente.',
          en: 'I let discriminatory jokes or remarks in the team pass so as not to spoil the atmosphere.',
        },
      },
      {
        id: 'dl-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich berate andere Führungskräfte dabei, vielfältige Teams zu führen und interkulturelle Öffnung als Leitungsaufgabe wahrzunehmen.',
          it: "Affianco altre e altri responsabili nella guida di gruppi eterogenei e nell'assumere l'apertura interculturale come compito di direzione.",
          es: 'Asesoro a otras personas con cargos de dirección sobre cómo dirigir equipos diversos y asumir la apertura intercultural como tarea directiva.',
          en: 'I coach other managers in leading diverse teams and in treating intercultural opening as a management task.',
        },
      },
      {
        id: 'dl-sjt-1',
        level: 'advanced',
        type: 'situational-judgement',
        scenario: {
          de: 'Sie koordinieren ein Team. Eine Kollegin, die Arabisch spricht, wird mehrmals täglich gebeten, für andere zu dolmetschen, zusätzlich zu ihren eigenen Fällen. Sie sagt Ihnen, dass sie mit ihrer Arbeit in Rückstand gerät und sich erschöpft fühlt.',
          it: 'Lei coordina un gruppo di lavoro. A una collega che parla arabo viene chiesto più volte al giorno di fare da interprete per altri, oltre alle sue pratiche. La collega Le dice che è rimasta indietro con il lavoro e si sente esausta.',
          es: 'Usted coordina un equipo. A una compañera que habla árabe le piden varias veces al día que interprete para otras personas del equipo, además de llevar sus propios casos. Ella le cuenta que se está retrasando en su trabajo y que se siente agotada.',
          en: 'You coordinate a team. A colleague who speaks Arabic is asked several times a day to interpret for others, on top of her own caseload. She tells you that she is falling behind and feels exhausted.',
        },
        prompt: {
          de: 'Wie reagieren Sie als Koordinatorin oder Koordinator?',
          it: 'Come reagisce in qualità di coordinatrice o coordinatore?',
          es: '¿Cómo reacciona como persona coordinadora?',
          en: 'How do you respond as coordinator?',
        },
        options: [
          {
            id: 'praise-only',
            label: {
              de: 'Ihr danken und ihr sagen, wie wertvoll ihre Sprachkenntnisse für das Team sind.',
              it: 'Ringraziarla e dirle quanto le sue competenze linguistiche siano preziose per il gruppo.',
              es: 'Darle las gracias y decirle lo valiosos que son sus idiomas para el equipo.',
              en: 'Thank her and tell her how valuable her language skills are for the team.',
            },
            points: 0,
            feedback: {
              de: 'Lob ohne Veränderung lässt die Überlastung und die unklaren Regeln bestehen.',
              it: 'Un apprezzamento senza cambiamenti lascia invariati sia il sovraccarico sia la mancanza di regole chiare.',
              es: 'El elogio sin cambios deja intactas tanto la sobrecarga como la falta de reglas claras.',
              en: 'Praise without any change leaves both the overload and the unclear rules in place.',
            },
          },
          {
            id: 'rules-and-resources',
            label: {
              de: 'Mit dem Team vereinbaren, wann kollegiales Dolmetschen vertretbar ist, es als Arbeitszeit anrechnen und sonst professionelle Sprachmittlung buchen.',
              it: 'Concordare con il gruppo quando è accettabile che interpreti una collega, contarlo come orario di lavoro e altrimenti prenotare interpreti.',
              es: 'Acordar con el equipo cuándo puede interpretar una compañera, contarlo como tiempo de trabajo y, en los demás casos, reservar intérpretes.',
              en: 'Agree with the team when colleagues may interpret, count it as working time, and book interpreters otherwise.',
            },
            points: 2,
            feedback: {
              de: 'Das würdigt ihre Arbeit, verringert die Überlastung und sichert professionelle Sprachmittlung dort, wo sie nötig ist.',
              it: 'Così si valorizza il suo lavoro, si riduce il sovraccarico e si garantisce un supporto linguistico professionale dove serve.',
              es: 'Así se valora su trabajo, se reduce la sobrecarga y se garantiza apoyo lingüístico profesional donde hace falta.',
              en: 'This recognises her work, reduces the overload and ensures professional language support where it is needed.',
            },
          },
          {
            id: 'ban',
            label: {
              de: 'In der nächsten Teambesprechung verkünden, dass sie ab sofort nicht mehr um Dolmetschen gebeten werden darf, und jede Person selbst eine andere Lösung finden lassen.',
              it: "Annunciare alla prossima riunione che d'ora in poi nessuno può chiederle di fare da interprete e lasciare che ciascuno trovi da sé un'altra soluzione.",
              es: 'Anunciar en la próxima reunión de equipo que, a partir de ahora, nadie puede pedirle que interprete, y dejar que cada cual busque otra solución.',
              en: 'Announce at the next team meeting that, from now on, nobody may ask her to interpret, and leave each colleague to find another solution.',
            },
            points: 1,
            feedback: {
              de: 'Das schützt sie, doch ohne organisierte Alternativen greift das Team womöglich auf Angehörige oder gar keine Sprachmittlung zurück.',
              it: 'La protegge, ma senza alternative organizzate il gruppo potrebbe ricorrere ai familiari o a nessun supporto linguistico.',
              es: 'La protege, pero sin alternativas organizadas el equipo puede acabar recurriendo a familiares o a ningún apoyo lingüístico.',
              en: 'This protects her, but without organising alternatives the team may fall back on relatives or on no language support at all.',
            },
          },
          {
            id: 'relatives',
            label: {
              de: 'Das Team bitten, Ratsuchende künftig eine angehörige Person oder ein älteres Kind zum Dolmetschen mitbringen zu lassen, damit die Kollegin entlastet wird.',
              it: "Chiedere al gruppo di invitare d'ora in poi l'utenza a portare un familiare o un figlio più grande che faccia da interprete, così da sollevare la collega.",
              es: 'Pedir al equipo que, en adelante, las personas usuarias traigan a un familiar o a un hijo mayor para interpretar, de modo que la compañera quede descargada.',
              en: 'Ask the team to have service users bring a relative or an older child to interpret from now on, so that she is relieved.',
            },
            points: -1,
            feedback: {
              de: 'Angehörige, erst recht Kinder, dolmetschen nicht neutral: Vertraulichkeit und Genauigkeit leiden, und das Kind wird belastet.',
              it: 'I familiari, e a maggior ragione i figli, non sono interpreti neutrali: riservatezza e precisione ne risentono e il figlio viene caricato di un peso.',
              es: 'Los familiares, y aún más los hijos, no son intérpretes neutrales: se resienten la confidencialidad y la exactitud, y se carga al menor con un peso.',
              en: 'Relatives, and children above all, are not neutral interpreters: confidentiality and accuracy suffer, and the child is burdened.',
            },
          },
        ],
      },
    ],
  },
];
