// Staff self-assessment, section "attitudes-values": one statement anchored to each level's
// descriptor in content/framework.json, plus the scenarios. Generated into the instrument by
// ../generate-self-assessment.mjs.

/** @type {import('./types.d.mts').CompetenceBlock[]} */
export default [
  {
    competence: 'human-dignity-equal-treatment',
    items: [
      {
        id: 'hd-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich spreche alle Menschen höflich und mit „Sie“ an, auch wenn sie nur wenig Deutsch sprechen.',
          it: "Mi rivolgo a ogni persona con cortesia e dandole del Lei, anche se parla poco l'italiano.",
          es: 'Trato a todas las personas con cortesía y de usted, aunque hablen poco español.',
          en: 'I address every person courteously and formally, even if they speak little of the local language.',
        },
      },
      {
        id: 'hd-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Wenn eine Person keinen gesicherten Aufenthaltsstatus hat, fühle ich mich weniger verpflichtet, ihr alle Möglichkeiten zu erklären.',
          it: "Quando una persona non ha un titolo di soggiorno stabile, sento meno l'obbligo di spiegarle tutte le possibilità che ha.",
          es: 'Cuando una persona no tiene una situación de residencia estable, siento menos obligación de explicarle todas sus opciones.',
          en: 'When someone has no secure residence status, I feel less obliged to explain all their options to them.',
        },
      },
      {
        id: 'hd-sjt-1',
        level: 'practitioner',
        type: 'situational-judgement',
        scenario: {
          de: 'Zwanzig Minuten vor Ende der Öffnungszeit warten im Bürgerbüro noch zwei Personen ohne Termin: eine Frau, die fließend Deutsch spricht, und ein Mann, der nur wenig Deutsch spricht und dessen Anliegen vermutlich länger dauert. Ein Kollege sagt: „Nehmen wir nur noch sie dran. Bei ihm dauert das ewig, er kann an einem anderen Tag wiederkommen.“',
          it: "Venti minuti prima della chiusura dello sportello al cittadino sono ancora in attesa due persone senza appuntamento: una donna che parla correntemente l'italiano e un uomo che lo parla poco e la cui pratica richiederà probabilmente più tempo. Un collega dice: «Facciamo passare solo lei. Con lui ci vuole una vita, può tornare un altro giorno.»",
          es: 'Veinte minutos antes del cierre de la oficina de atención a la ciudadanía, aún esperan dos personas sin cita: una mujer que habla español con fluidez y un hombre que lo habla poco y cuyo trámite probablemente llevará más tiempo. Un compañero comenta: «Atendamos solo a ella. Con él vamos a tardar una eternidad; que vuelva otro día.»',
          en: "Twenty minutes before the end of opening hours at the citizens' office, two people without an appointment are still waiting: a woman who speaks the local language fluently, and a man who speaks only a little of it and whose request will probably take longer. A colleague says: “Let's just take her. With him it will take ages; he can come back another day.”",
        },
        prompt: {
          de: 'Wie gehen Sie mit den beiden noch Wartenden um?',
          it: 'Come gestisce le due persone ancora in attesa?',
          es: '¿Cómo actúa con las dos personas que siguen esperando?',
          en: 'How do you handle the two people who are still waiting?',
        },
        options: [
          {
            id: 'send-away',
            label: {
              de: 'Dem Vorschlag des Kollegen folgen und dem Mann ein allgemeines Infoblatt mitgeben, damit er sich für einen anderen Tag vorbereiten kann.',
              it: "Seguire il suggerimento del collega e dare all'uomo un volantino informativo generico, perché possa prepararsi per un altro giorno.",
              es: 'Seguir la propuesta del compañero y dar al hombre un folleto informativo general para que pueda prepararse para otro día.',
              en: "Follow your colleague's suggestion and give the man a general information leaflet so that he can prepare for another day.",
            },
            points: 0,
            feedback: {
              de: 'Jemanden wegzuschicken, weil seine Bedienung mehr Aufwand macht, benachteiligt ihn wegen seiner Sprache.',
              it: 'Mandare via una persona perché servirla richiede più impegno la svantaggia a causa della sua lingua.',
              es: 'Despedir a alguien porque atenderle exige más esfuerzo le perjudica por razón de su idioma.',
              en: 'Sending someone away because serving him takes more effort puts him at a disadvantage because of his language.',
            },
          },
          {
            id: 'bring-someone',
            label: {
              de: 'Beide bedienen, den Mann aber bitten, beim nächsten Mal eine Bekannte oder einen Bekannten mitzubringen, die oder der Deutsch spricht, damit es schneller geht.',
              it: "Servire entrambe le persone, ma chiedere all'uomo di venire la prossima volta con un conoscente che parli italiano, così la pratica si sbriga più in fretta.",
              es: 'Atender a ambas personas, pero pedir al hombre que la próxima vez venga con algún conocido que hable español, para que el trámite se resuelva más deprisa.',
              en: 'Serve both, but ask the man to bring along an acquaintance who speaks the local language next time, so that his request can be dealt with more quickly.',
            },
            points: 1,
            feedback: {
              de: 'Er wird bedient, doch die Sprachmittlung wird auf ihn und sein privates Umfeld abgewälzt, obwohl die Dienststelle sie organisieren sollte.',
              it: "Viene servito, ma l'onere del supporto linguistico ricade su di lui e sulle sue conoscenze, mentre dovrebbe organizzarlo l'ufficio.",
              es: 'Se le atiende, pero la carga del apoyo lingüístico recae en él y en su entorno, cuando debería organizarla la oficina.',
              en: 'He is served, but the burden of language support is shifted onto him and his private contacts, although the office should arrange it.',
            },
          },
          {
            id: 'same-rule',
            label: {
              de: 'Beide der Reihe nach bedienen und, falls die Zeit nicht reicht, der verbleibenden Person schriftlich einen baldigen Termin geben.',
              it: 'Servire entrambi in ordine di arrivo e, se il tempo non basta, dare per iscritto a chi resta un appuntamento ravvicinato.',
              es: 'Atender a ambas personas por orden de llegada y, si no da tiempo, dar por escrito a quien quede una cita próxima.',
              en: 'Serve both in order of arrival; if time runs out, give whoever is left an early appointment in writing.',
            },
            points: 2,
            feedback: {
              de: 'Für beide gilt dieselbe Regel, und niemand geht mit leeren Händen: So sieht Gleichbehandlung im Alltag aus.',
              it: 'La stessa regola vale per entrambi e nessuno se ne va a mani vuote: è così che la parità di trattamento si vede nei fatti.',
              es: 'La misma regla vale para ambas personas y nadie se va con las manos vacías: así se ve la igualdad de trato en la práctica.',
              en: 'The same rule applies to both and nobody leaves empty-handed: this is what equal treatment looks like in practice.',
            },
          },
        ],
      },
      {
        id: 'hd-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn Kolleginnen und Kollegen oder andere Wartende abfällig über Ratsuchende sprechen, spreche ich das sofort an.',
          it: "Quando colleghe e colleghi o altre persone in sala d'attesa parlano in modo irrispettoso di chi si rivolge al servizio, lo faccio notare subito.",
          es: 'Cuando algún compañero o compañera, u otras personas que esperan, hablan de forma despectiva de una persona usuaria, lo hago notar en el momento.',
          en: 'When colleagues or other people in the waiting area speak disrespectfully about a service user, I say something there and then.',
        },
      },
      {
        id: 'hd-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich sorge dafür, dass berechtigte Beschwerden über Ungleichbehandlung in unserer Dienststelle zu einer Änderung unserer Abläufe führen.',
          it: 'Faccio in modo che i reclami fondati per disparità di trattamento nel nostro ufficio portino a una modifica delle nostre procedure.',
          es: 'Me ocupo de que las quejas fundadas por trato desigual en nuestra oficina den lugar a un cambio en nuestros procedimientos.',
          en: 'I make sure that justified complaints about unequal treatment in our unit lead to a change in how we work.',
        },
      },
    ],
  },
  {
    competence: 'valuing-diversity',
    items: [
      {
        id: 'vd-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Im Gespräch mit Kolleginnen und Kollegen spreche ich manchmal über Ratsuchende einer bestimmten Herkunft als Gruppe („die machen immer …“).',
          it: 'Parlando con colleghe e colleghi, a volte descrivo le persone di una certa provenienza come un gruppo («loro fanno sempre …»).',
          es: 'Cuando hablo con mis compañeros y compañeras, a veces me refiero a las personas usuarias de un determinado origen como grupo («siempre hacen …»).',
          en: 'When talking with colleagues, I sometimes describe service users of a particular origin as a group (“they always …”).',
        },
      },
      {
        id: 'vd-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich nutze die Sprachkenntnisse und Erfahrungen von Kolleginnen und Kollegen im Team, wenn das Ratsuchenden weiterhilft.',
          it: "Mi avvalgo delle lingue e delle esperienze di colleghe e colleghi del mio gruppo di lavoro quando questo è utile all'utenza.",
          es: 'Recurro a los idiomas y la experiencia de mis compañeros y compañeras de equipo cuando eso ayuda a una persona usuaria.',
          en: 'I draw on the languages and experience of colleagues in my team when it helps a service user.',
        },
      },
      {
        id: 'vd-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Auf feindselige Äußerungen über Zugewanderte, ob im Team oder von Bürgerinnen und Bürgern, antworte ich ruhig und mit Sachargumenten.',
          it: 'Alle affermazioni ostili sulle persone migranti, da parte di colleghi o di cittadini, rispondo con calma e con argomenti concreti.',
          es: 'Ante comentarios hostiles sobre las personas migrantes, ya vengan del equipo o del público, respondo con calma y con argumentos.',
          en: 'When someone in the team or a member of the public makes hostile remarks about migrants, I respond calmly and with arguments.',
        },
      },
      {
        id: 'vd-sjt-1',
        level: 'advanced',
        type: 'situational-judgement',
        scenario: {
          de: 'In einer Teambesprechung sagt eine Kollegin über Ratsuchende aus einem bestimmten Land: „Die kommen doch sowieso nie zu ihren Terminen. Wir sollten ihre Termine einfach doppelt vergeben.“ Mehrere Kolleginnen und Kollegen nicken.',
          it: 'Durante una riunione di servizio, una collega dice a proposito degli utenti provenienti da un certo Paese: «Tanto agli appuntamenti non si presentano mai. Dovremmo semplicemente assegnare due volte i loro orari.» Diverse colleghe e colleghi annuiscono.',
          es: 'En una reunión de equipo, una compañera dice sobre las personas usuarias de un país concreto: «Total, nunca vienen a sus citas. Deberíamos dar sus horas dos veces.» Varios compañeros y compañeras asienten.',
          en: 'At a team meeting, a colleague says about service users from one particular country: “They never turn up to their appointments anyway. We should simply double-book their slots.” Several colleagues nod.',
        },
        prompt: {
          de: 'Wie reagieren Sie in der Besprechung?',
          it: 'Come reagisce durante la riunione?',
          es: '¿Cómo reacciona en la reunión?',
          en: 'How do you respond in the meeting?',
        },
        options: [
          {
            id: 'stay-silent',
            label: {
              de: 'Nichts sagen, da die Bemerkung sich gegen niemanden im Raum richtete.',
              it: "Non dire nulla, dato che l'osservazione non era rivolta a nessuno dei presenti.",
              es: 'No decir nada, ya que el comentario no iba dirigido a nadie de los presentes.',
              en: 'Say nothing, since the remark was not aimed at anyone present.',
            },
            points: 0,
            feedback: {
              de: 'Schweigen lässt eine Verallgemeinerung stehen und kann sie zur Teampraxis machen, die eine ganze Gruppe benachteiligt.',
              it: "Il silenzio lascia in piedi una generalizzazione e può trasformarla in una prassi del gruppo che svantaggia un'intera categoria di persone.",
              es: 'El silencio deja en pie una generalización que puede convertirse en una práctica del equipo que perjudique a todo un colectivo.',
              en: 'Silence lets a generalisation stand and can turn it into team practice that disadvantages a whole group.',
            },
          },
          {
            id: 'private-word',
            label: {
              de: 'In der Besprechung nichts sagen, die Kollegin aber danach beiseitenehmen und ihr unter vier Augen sagen, dass Sie die Bemerkung unangemessen und ungerecht fanden.',
              it: "Non dire nulla durante la riunione, ma dopo prendere da parte la collega e dirle in privato che l'osservazione Le è sembrata inopportuna e ingiusta.",
              es: 'No decir nada en la reunión, pero después hablar aparte con la compañera y decirle en privado que el comentario le pareció inapropiado e injusto.',
              en: 'Say nothing in the meeting, but afterwards take the colleague aside and tell her in private that you found the remark inappropriate and unfair.',
            },
            points: 1,
            feedback: {
              de: 'Das Gespräch unter vier Augen ist besser als nichts, doch vor dem Team bleibt die Verallgemeinerung unwidersprochen.',
              it: 'Parlarne in privato è meglio di niente, ma davanti al gruppo la generalizzazione resta senza risposta.',
              es: 'Hablarlo en privado es mejor que nada, pero ante el equipo la generalización queda sin respuesta.',
              en: 'Speaking up in private is better than nothing, but the generalisation remains unchallenged in front of the team.',
            },
          },
          {
            id: 'agree',
            label: {
              de: 'Zustimmen, dass etwas geschehen muss, und die doppelte Terminvergabe für diese Gruppe unterstützen.',
              it: 'Convenire che bisogna fare qualcosa e appoggiare la doppia assegnazione degli appuntamenti per quel gruppo.',
              es: 'Coincidir en que hay que hacer algo y apoyar que se dupliquen las citas para ese colectivo.',
              en: 'Agree that something must be done and support double-booking for that group.',
            },
            points: 0,
            feedback: {
              de: 'Eine Gruppe wegen ihrer Herkunft anders zu behandeln, ist diskriminierend, gleich aus welchem praktischen Grund.',
              it: 'Trattare un gruppo in modo diverso per la sua provenienza è discriminatorio, qualunque sia il motivo pratico.',
              es: 'Tratar de forma distinta a un colectivo por su origen es discriminatorio, sea cual sea el motivo práctico.',
              en: 'Treating a group differently because of its origin is discriminatory, whatever the practical motive.',
            },
          },
          {
            id: 'ask-and-reframe',
            label: {
              de: 'Ruhig fragen, worauf die Beobachtung beruht, behebbare Ursachen wie unverständliche Schreiben nennen und Erinnerungen für alle vorschlagen.',
              it: "Chiedere con calma su che cosa si basa l'osservazione, indicare cause risolvibili come lettere poco chiare e proporre promemoria per tutti.",
              es: 'Preguntar con calma en qué se basa, señalar causas que tienen arreglo, como cartas poco claras, y proponer recordatorios para todos.',
              en: 'Ask calmly what the observation is based on, name causes that can be fixed, such as unclear letters, and suggest reminders for everyone.',
            },
            points: 2,
            feedback: {
              de: 'So wird das Anliegen ernst genommen, die Verallgemeinerung durch behebbare Ursachen ersetzt und eine für alle faire Lösung angeboten.',
              it: 'Così si prende sul serio il problema, si sostituisce la generalizzazione con cause su cui si può intervenire e si offre una soluzione equa per tutti.',
              es: 'Así se toma en serio la preocupación, se sustituye la generalización por causas que se pueden abordar y se ofrece una solución justa para todo el mundo.',
              en: 'This takes the concern seriously, replaces the generalisation with causes that can be addressed, and offers a solution that is fair to everyone.',
            },
          },
        ],
      },
      {
        id: 'vd-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe konkrete Ziele zur Vielfalt in die Jahresplanung unserer Dienststelle aufgenommen, etwa für die Personalgewinnung oder die Reichweite unserer Angebote.',
          it: 'Ho inserito obiettivi concreti sulla diversità nella programmazione annuale del nostro ufficio, per esempio per il reclutamento o per la portata dei nostri servizi.',
          es: 'He incluido objetivos concretos de diversidad en la planificación anual de nuestra oficina, por ejemplo para la selección de personal o el alcance de nuestros servicios.',
          en: "I have built concrete diversity goals into our unit's annual plan, for example for recruitment or for the reach of our services.",
        },
      },
    ],
  },
  {
    competence: 'impartiality-professional-ethics',
    items: [
      {
        id: 'ip-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Menschen, die mir sympathisch sind, gewähre ich großzügigere Fristen oder Ausnahmen als anderen.',
          it: 'Alle persone che mi sono simpatiche concedo scadenze o eccezioni più generose che agli altri.',
          es: 'A las personas que me caen bien les concedo plazos o excepciones más generosos que a las demás.',
          en: 'I give people I find likeable more generous deadlines or exceptions than others.',
        },
      },
      {
        id: 'ip-sjt-1',
        level: 'foundation',
        type: 'situational-judgement',
        scenario: {
          de: 'Eine Nachbarin aus Ihrer Straße, die Sie recht gut kennen, kommt wegen ihres Wohngeldantrags an Ihren Schalter. Sie fragt leise, ob Sie ihn nicht „ein bisschen weiter nach oben legen“ könnten.',
          it: "Una vicina della Sua via, che conosce piuttosto bene, si presenta al Suo sportello per la sua domanda di contributo per l'affitto. Le chiede sottovoce se non potrebbe metterla «un po' più in cima alla pila».",
          es: 'Una vecina de su calle, a la que conoce bastante bien, acude a su ventanilla por su solicitud de ayuda al alquiler. Le pregunta en voz baja si no podría ponerla «un poco más arriba en la pila».',
          en: 'A neighbour from your street, whom you know quite well, comes to your desk about her application for housing allowance. She asks you quietly whether you could move it “a little further up the pile”.',
        },
        prompt: {
          de: 'Wie gehen Sie mit der Bitte Ihrer Nachbarin um?',
          it: 'Come risponde alla richiesta della Sua vicina?',
          es: '¿Cómo responde a la petición de su vecina?',
          en: "How do you deal with your neighbour's request?",
        },
        options: [
          {
            id: 'disclose',
            label: {
              de: 'Erklären, dass Anträge der Reihe nach bearbeitet werden, die Bekanntschaft der vorgesetzten Person melden und den Fall möglichst abgeben.',
              it: 'Spiegare che le domande sono trattate in ordine, segnalare la conoscenza al superiore e, se possibile, cedere il caso.',
              es: 'Explicar que las solicitudes se tramitan por orden, comunicar la relación a su superior y, si es posible, ceder el caso.',
              en: 'Explain that applications are dealt with in order, tell your line manager you know her and, if possible, hand over the case.',
            },
            points: 2,
            feedback: {
              de: 'Gleiche Reihenfolge für alle und eine offen gemachte Bekanntschaft schützen die Entscheidung und Sie selbst vor dem Verdacht der Bevorzugung.',
              it: 'Lo stesso ordine per tutti e una conoscenza dichiarata apertamente proteggono la decisione, e anche Lei, dal sospetto di favoritismi.',
              es: 'El mismo orden para todo el mundo y una relación declarada abiertamente protegen la decisión, y a usted, de la sospecha de favoritismo.',
              en: 'The same order for everyone and an openly declared acquaintance protect the decision, and you, from any suspicion of favouritism.',
            },
          },
          {
            id: 'favour',
            label: {
              de: 'Den Antrag als Gefallen sofort bearbeiten: Er ist ohnehin berechtigt, und niemand anderem schadet es, wenn er einen Tag früher erledigt ist.',
              it: 'Trattare subito la domanda come un favore personale: è comunque fondata, e a nessun altro nuoce se viene sbrigata un giorno prima.',
              es: 'Tramitar la solicitud enseguida como un favor: de todos modos es legítima, y a nadie más le perjudica que se resuelva un día antes.',
              en: 'Process the application straight away as a favour: it is a legitimate application anyway, and nobody else loses out if it is done a day earlier.',
            },
            points: 0,
            feedback: {
              de: 'Jede Bevorzugung aus persönlicher Bekanntschaft verstößt gegen die Gleichbehandlung, auch wenn der Antrag selbst berechtigt ist; andere warten dafür länger.',
              it: 'Ogni trattamento di favore dovuto a una conoscenza personale viola la parità di trattamento, anche se la domanda è fondata: altri aspettano di più.',
              es: 'Cualquier trato de favor por una relación personal vulnera la igualdad de trato, aunque la solicitud sea legítima: otras personas esperan más por ello.',
              en: 'Any preference based on personal acquaintance breaches equal treatment, even if the application itself is legitimate; others wait longer because of it.',
            },
          },
          {
            id: 'say-nothing',
            label: {
              de: 'Den Antrag in der üblichen Reihenfolge bearbeiten, ohne die Bekanntschaft jemandem gegenüber zu erwähnen.',
              it: "Trattare la domanda nell'ordine consueto, senza parlare con nessuno della conoscenza.",
              es: 'Tramitar la solicitud en el orden habitual, sin mencionar a nadie la relación.',
              en: 'Process the application in the usual order without mentioning the acquaintance to anyone.',
            },
            points: 1,
            feedback: {
              de: 'Die Reihenfolge bleibt fair, doch die nicht offengelegte Bekanntschaft kann später den Verdacht der Befangenheit wecken.',
              it: "L'ordine resta equo, ma la conoscenza non dichiarata può far nascere in seguito il sospetto di parzialità.",
              es: 'El orden sigue siendo justo, pero la relación no declarada puede despertar más adelante la sospecha de parcialidad.',
              en: 'The order stays fair, but the undisclosed acquaintance may later raise a suspicion of bias.',
            },
          },
        ],
      },
      {
        id: 'ip-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich halte die Gründe für meine Ermessensentscheidungen so fest, dass andere sie nachvollziehen können.',
          it: 'Metto per iscritto le motivazioni delle mie decisioni discrezionali in modo che altri possano ricostruirle.',
          es: 'Dejo constancia de los motivos de mis decisiones discrecionales para que otras personas puedan seguirlos.',
          en: 'I record the reasons for my discretionary decisions so that others can follow them.',
        },
      },
      {
        id: 'ip-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn eine Kollegin oder ein Kollege ähnliche Fälle anders entscheidet als ich, gehen wir unsere Begründungen gemeinsam anhand der rechtlichen Kriterien durch.',
          it: 'Quando una collega o un collega decide casi simili in modo diverso da me, esaminiamo insieme le nostre motivazioni alla luce dei criteri di legge.',
          es: 'Cuando un compañero o una compañera resuelve casos parecidos de forma distinta a mí, revisamos juntos nuestros motivos a la luz de los criterios legales.',
          en: 'When a colleague decides similar cases differently from me, we go through our reasoning together against the legal criteria.',
        },
      },
      {
        id: 'ip-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe in unserer Dienststelle Fallbesprechungen oder Entscheidungsleitfäden eingeführt, damit Ermessen von allen gleich ausgeübt wird.',
          it: 'Nel nostro ufficio ho introdotto revisioni dei casi o linee guida per le decisioni, perché la discrezionalità sia esercitata da tutti allo stesso modo.',
          es: 'En nuestra oficina he introducido revisiones de casos o pautas de decisión para que todo el mundo ejerza la discrecionalidad de la misma manera.',
          en: 'I have introduced case reviews or decision guidelines in our unit so that everyone uses discretion in the same way.',
        },
      },
    ],
  },
  {
    competence: 'openness-to-otherness',
    items: [
      {
        id: 'oo-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn mir ein Anliegen oder ein Verhalten ungewöhnlich vorkommt, frage ich nach dem Hintergrund, bevor ich Schlüsse ziehe.',
          it: 'Quando una richiesta o un comportamento mi sembra insolito, chiedo quale sia il contesto prima di trarre conclusioni.',
          es: 'Cuando una petición o un comportamiento me parece inusual, pregunto por el contexto antes de sacar conclusiones.',
          en: 'When a request or behaviour seems unusual to me, I ask about the background before drawing conclusions.',
        },
      },
      {
        id: 'oo-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich passe die Gesprächsführung der Situation der Person an, etwa wen ich anspreche oder wie viel Zeit ich einplane, ohne die Verfahrensregeln aufzugeben.',
          it: 'Adatto il modo di condurre il colloquio alla situazione della persona, per esempio a chi mi rivolgo o quanto tempo prevedo, senza rinunciare alle regole della procedura.',
          es: 'Adapto la forma de llevar la conversación a la situación de la persona, por ejemplo a quién me dirijo o cuánto tiempo dedico, sin dejar de lado las reglas del procedimiento.',
          en: "I adapt how I conduct a conversation to the person's situation, for example whom I address or how much time I allow, without setting aside the rules of the procedure.",
        },
      },
      {
        id: 'oo-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Wenn die Vorstellungen einer Familie über Rollen von Frauen und Männern oder über Erziehung meinen eigenen widersprechen, lasse ich im Gespräch meine Ablehnung spüren.',
          it: "Quando le idee di una famiglia sui ruoli di donne e uomini o sull'educazione dei figli contrastano con le mie, nel colloquio lascio trasparire la mia disapprovazione.",
          es: 'Cuando las ideas de una familia sobre los papeles de mujeres y hombres o sobre la crianza chocan con las mías, dejo notar mi desaprobación en la conversación.',
          en: "When a family's views on the roles of women and men or on bringing up children clash with my own, I let my disapproval show in the conversation.",
        },
      },
      {
        id: 'oo-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe Begegnungen mit Gemeinschaften organisiert, die unser Team selten erreicht, etwa Besuche bei Migrantenorganisationen, und daraufhin Abläufe unseres Dienstes geändert.',
          it: 'Ho organizzato incontri con comunità che il nostro gruppo raggiunge di rado, come visite ad associazioni di migranti, e ne ho tratto modifiche alle procedure del servizio.',
          es: 'He organizado encuentros con comunidades a las que nuestro equipo rara vez llega, como visitas a asociaciones de migrantes, y a partir de ellos he cambiado rutinas del servicio.',
          en: 'I have organised meetings with communities our team rarely reaches, such as visits to migrant associations, and changed our service routines as a result.',
        },
      },
    ],
  },
  {
    competence: 'tolerance-of-ambiguity',
    items: [
      {
        id: 'ta-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Wenn ich eine Situation nicht schnell durchschaue, beende ich das Gespräch.',
          it: 'Se non riesco a capire in fretta una situazione, chiudo il colloquio.',
          es: 'Si no consigo entender rápido una situación, doy por terminada la conversación.',
          en: 'If I cannot make sense of a situation quickly, I bring the conversation to an end.',
        },
      },
      {
        id: 'ta-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn Unterlagen fehlen oder sich Angaben widersprechen, notiere ich die offenen Fragen und bearbeite den Fall Schritt für Schritt weiter.',
          it: 'Quando mancano documenti o le dichiarazioni si contraddicono, annoto le questioni aperte e porto avanti la pratica passo dopo passo.',
          es: 'Cuando faltan documentos o los datos se contradicen, anoto las cuestiones pendientes y sigo tramitando el caso paso a paso.',
          en: 'When documents are missing or statements contradict each other, I note the open questions and keep working on the case step by step.',
        },
      },
      {
        id: 'ta-sjt-1',
        level: 'practitioner',
        type: 'situational-judgement',
        scenario: {
          de: 'Bei der Bearbeitung eines Antrags stellen Sie fest, dass das Geburtsdatum im Pass eines Mannes um zwei Jahre von dem auf einer Urkunde aus seinem Herkunftsland abweicht. Er sagt, dass verschiedene Ämter dort unterschiedliche Daten eingetragen haben und er nicht weiß, welches stimmt.',
          it: "Durante l'esame di una domanda nota che la data di nascita sul passaporto di un uomo differisce di due anni da quella riportata su un certificato del suo Paese d'origine. Lui spiega che lì uffici diversi hanno registrato date diverse e che non sa quale sia quella giusta.",
          es: 'Al tramitar una solicitud, observa que la fecha de nacimiento del pasaporte de un hombre difiere en dos años de la que figura en un certificado de su país de origen. Él explica que allí distintas oficinas anotaron fechas diferentes y que no sabe cuál es la correcta.',
          en: "While processing an application, you notice that the date of birth in a man's passport differs by two years from the one on a certificate from his country of origin. He says that different offices there entered different dates and that he does not know which one is correct.",
        },
        prompt: {
          de: 'Wie gehen Sie mit dem Antrag weiter vor?',
          it: 'Come procede con la domanda?',
          es: '¿Cómo continúa con la solicitud?',
          en: 'How do you proceed with the application?',
        },
        options: [
          {
            id: 'put-on-hold',
            label: {
              de: 'Den ganzen Antrag ruhen lassen und ihm sagen, dass erst weitergearbeitet wird, wenn er eine Urkunde aus seinem Herkunftsland mit einheitlichem Geburtsdatum vorlegt.',
              it: "Sospendere tutta la domanda e dirgli che si andrà avanti solo quando presenterà un documento del suo Paese d'origine con una data di nascita coerente.",
              es: 'Dejar en suspenso toda la solicitud y decirle que no se seguirá hasta que presente un documento de su país de origen con una fecha de nacimiento coherente.',
              en: 'Put the whole application on hold and tell him that nothing more will happen until he brings a document from his country of origin with a consistent date of birth.',
            },
            points: 1,
            feedback: {
              de: 'Das vermeidet eine voreilige Entscheidung, blockiert aber auch alles, was vom Datum gar nicht abhängt, und verlangt womöglich Unmögliches.',
              it: 'Evita una decisione affrettata, ma blocca anche tutto ciò che non dipende dalla data e forse chiede qualcosa di impossibile.',
              es: 'Evita una decisión precipitada, pero bloquea también todo lo que no depende de la fecha y quizá exige algo imposible.',
              en: 'This avoids a hasty decision, but it also blocks everything that does not depend on the date and may ask for something impossible.',
            },
          },
          {
            id: 'record-and-clarify',
            label: {
              de: 'Beide Daten und seine Erklärung als offene Frage vermerken, den Rest weiterbearbeiten und die zuständige Stelle fragen, wie solche Fälle zu behandeln sind.',
              it: "Annotare le due date e la sua spiegazione come questione aperta, proseguire con il resto e chiedere all'ufficio competente come trattare questi casi.",
              es: 'Anotar ambas fechas y su explicación como cuestión pendiente, seguir con lo demás y preguntar a la oficina competente cómo se tratan estos casos.',
              en: 'Record both dates and his explanation as an open question, carry on with everything else, and ask the competent office how such cases are handled.',
            },
            points: 2,
            feedback: {
              de: 'Die Unklarheit wird festgehalten, ohne den Fall anzuhalten oder vorschnell zu entscheiden, und die Frage geht an die Stelle, die sie klären kann.',
              it: "L'incertezza viene registrata senza fermare la pratica né decidere in fretta, e la domanda arriva a chi può chiarirla.",
              es: 'La incertidumbre queda registrada sin detener el caso ni decidir a la ligera, y la pregunta llega a quien puede aclararla.',
              en: 'The uncertainty is recorded without stopping the case or deciding too quickly, and the question goes to the office that can settle it.',
            },
          },
          {
            id: 'assume-deception',
            label: {
              de: 'Die Abweichung als Hinweis auf eine Täuschung werten und den Antrag ablehnen.',
              it: 'Considerare la discrepanza un indizio di inganno e respingere la domanda.',
              es: 'Considerar la discrepancia un indicio de engaño y denegar la solicitud.',
              en: 'Treat the discrepancy as a sign of deception and reject the application.',
            },
            points: 0,
            feedback: {
              de: 'Abweichende Daten sind in manchen Herkunftsländern häufig; eine Täuschung zu unterstellen, ist vorschnell und kann rechtswidrig sein.',
              it: "Date discordanti sono frequenti in alcuni Paesi d'origine; presumere un inganno è affrettato e può essere illegittimo.",
              es: 'Las fechas discrepantes son frecuentes en algunos países de origen; presuponer un engaño es precipitado y puede ser ilegal.',
              en: 'Differing dates are common in some countries of origin; assuming deception is hasty and may be unlawful.',
            },
          },
          {
            id: 'pick-one',
            label: {
              de: 'Das Datum eintragen, das Ihnen plausibler erscheint, ohne es zu vermerken.',
              it: 'Inserire la data che Le sembra più plausibile, senza annotarlo.',
              es: 'Anotar la fecha que le parezca más verosímil, sin dejar constancia de ello.',
              en: 'Enter the date that seems more plausible to you, without noting that you chose it.',
            },
            points: 0,
            feedback: {
              de: 'Die Unklarheit wird verdeckt statt geklärt; spätere Entscheidungen beruhen dann auf einer nicht belegten Annahme.',
              it: "L'incertezza viene nascosta invece che chiarita; le decisioni successive poggeranno su un'ipotesi non documentata.",
              es: 'La incertidumbre se oculta en lugar de aclararse; las decisiones posteriores se basarán en una suposición sin respaldo.',
              en: 'The uncertainty is hidden rather than resolved; later decisions will rest on an undocumented assumption.',
            },
          },
        ],
      },
      {
        id: 'ta-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Wenn Kolleginnen oder Kollegen in einem Fall festhängen, in dem Vorschriften, Erwartungen der Person und eigene Werte nicht zusammenpassen, helfe ich ihnen, die Spannung auszuhalten, statt auf eine schnelle Entscheidung zu drängen.',
          it: 'Quando colleghe o colleghi sono bloccati su un caso in cui norme, aspettative della persona e valori propri non si conciliano, li aiuto a reggere la tensione invece di spingere per una decisione rapida.',
          es: 'Cuando algún compañero o compañera se atasca en un caso en el que las normas, las expectativas de la persona y sus propios valores no encajan, le ayudo a sostener esa tensión en lugar de presionar para decidir rápido.',
          en: "When colleagues are stuck on a case where the rules, the person's expectations and their own values do not fit together, I help them bear the tension instead of pushing for a quick decision.",
        },
      },
      {
        id: 'ta-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe in unseren Abläufen Raum für unklare Fälle geschaffen, etwa einen festen Eskalationsweg oder Zeit für kollegiale Beratung.',
          it: 'Nelle nostre procedure ho creato spazio per i casi incerti, per esempio un percorso fisso di escalation o tempo dedicato alla consulenza tra colleghi.',
          es: 'He creado en nuestros procedimientos un espacio para los casos poco claros, por ejemplo una vía fija de escalado o tiempo para el asesoramiento entre colegas.',
          en: 'I have built room for unclear cases into our procedures, for example a fixed escalation route or time for peer consultation.',
        },
      },
    ],
  },
];
