// Staff self-assessment, domain section "accessible-services": access barriers, outreach,
// referral and guidance, and recognising vulnerability and referring safely. One statement per
// level, each anchored to the competence's level descriptor in content/framework.json, plus the
// situational items. Read by ../generate-self-assessment.mjs.

/** @type {import('./types.d.mts').CompetenceBlock[]} */
export default [
  {
    competence: 'access-barrier-reduction',
    items: [
      {
        id: 'ab-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn jemand mit unserer Online-Terminvergabe oder einem Formular allein nicht zurechtkommt, helfe ich dabei.',
          it: 'Quando qualcuno non riesce da solo con la prenotazione online o con un modulo, lo aiuto.',
          es: 'Cuando alguien no consigue pedir la cita en línea o rellenar un formulario sin ayuda, le ayudo.',
          en: 'When someone cannot manage our online booking or a form on their own, I help them with it.',
        },
      },
      {
        id: 'ab-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ohne dass jemand danach fragt, biete ich Wege an, die eine übliche Hürde umgehen, etwa einen Termin ohne Online-Buchung oder eine Unterlagenliste in einer anderen Sprache als Deutsch.',
          it: "Senza che me lo chiedano, propongo modi per aggirare un ostacolo abituale, come un appuntamento senza prenotazione online o un elenco dei documenti in una lingua diversa dall'italiano.",
          es: 'Sin que me lo pidan, ofrezco formas de sortear un obstáculo habitual, como una cita sin reserva en línea o una lista de documentos en un idioma distinto del español.',
          en: 'Without being asked, I offer ways around a usual obstacle, such as an appointment without online booking or a list of documents in a language other than the local one.',
        },
      },
      {
        id: 'ab-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich gehe unsere Leistungsprozesse Schritt für Schritt aus der Sicht der Nutzenden durch und schlage konkrete Änderungen an Formularen, Öffnungszeiten oder Online-Zugängen vor.',
          it: "Ripercorro passo per passo i nostri processi di servizio dal punto di vista dell'utenza e propongo modifiche concrete a moduli, orari di apertura o accessi online.",
          es: 'Recorro paso a paso nuestros procesos de servicio desde el punto de vista de las personas usuarias y propongo cambios concretos en formularios, horarios de atención o accesos en línea.',
          en: "I walk through our service processes step by step from the users' point of view and propose concrete changes to forms, opening hours or online access.",
        },
      },
      {
        id: 'ab-e1',
        level: 'expert',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Wenn unsere Verwaltung ein neues Angebot oder Online-Verfahren einführt, überlasse ich es anderen, auf seine Zugänglichkeit zu achten.',
          it: "Quando la nostra amministrazione introduce un nuovo servizio o una nuova procedura online, lascio ad altri il compito di curarne l'accessibilità.",
          es: 'Cuando nuestra administración pone en marcha un nuevo servicio o trámite en línea, dejo que otras personas se ocupen de su accesibilidad.',
          en: 'When our administration introduces a new service or online procedure, I leave it to others to make sure it is accessible.',
        },
      },
      {
        id: 'ab-sjt-1',
        level: 'practitioner',
        type: 'situational-judgement',
        scenario: {
          de: 'Zum dritten Mal in dieser Woche kommt jemand an den Schalter, weil die Online-Terminbuchung nicht geklappt hat: Das Buchungssystem gibt es nur auf Deutsch, und es verlangt eine E-Mail-Adresse.',
          it: 'Per la terza volta in questa settimana una persona si presenta allo sportello perché non è riuscita a prenotare online: il sistema di prenotazione è solo in italiano e richiede un indirizzo e-mail.',
          es: 'Por tercera vez esta semana, una persona acude al mostrador porque no ha podido pedir cita en línea: el sistema de reserva solo está en español y exige una dirección de correo electrónico.',
          en: 'For the third time this week, someone comes to the counter because they could not book an appointment online: the booking system is only available in the local language and requires an e-mail address.',
        },
        prompt: {
          de: 'Wie reagieren Sie auf das wiederkehrende Problem?',
          it: 'Come reagisce a questo problema ricorrente?',
          es: '¿Cómo reacciona ante este problema que se repite?',
          en: 'How do you react to this recurring problem?',
        },
        options: [
          {
            id: 'book-and-report',
            label: {
              de: 'Den Termin am Schalter buchen und das wiederkehrende Problem mit einem Vorschlag, etwa telefonischer Buchung, an Ihre Führungskraft melden.',
              it: "Prenotare l'appuntamento allo sportello e segnalare il problema ricorrente alla persona responsabile con una proposta, come la prenotazione telefonica.",
              es: 'Reservar la cita en el mostrador y comunicar el problema recurrente a su responsable con una propuesta, como la reserva por teléfono.',
              en: 'Book the appointment at the counter and report the recurring problem to your line manager with a suggestion such as booking by telephone.',
            },
            points: 2,
            feedback: {
              de: 'Die Person bekommt sofort einen Termin, und die Meldung mit Vorschlag setzt an der Hürde selbst an.',
              it: "La persona ottiene subito l'appuntamento e la segnalazione con una proposta interviene sulla barriera stessa.",
              es: 'La persona obtiene la cita en el momento, y la comunicación con una propuesta ataca la propia barrera.',
              en: 'The person gets an appointment at once, and the report with a suggestion tackles the barrier itself.',
            },
          },
          {
            id: 'insist-online',
            label: {
              de: 'Freundlich erklären, dass Termine aus Gründen der Gleichbehandlung ausschließlich online vergeben werden, und die Anleitung mit dem Link zur Buchungsseite aushändigen.',
              it: 'Spiegare con gentilezza che, per parità di trattamento, gli appuntamenti si prenotano esclusivamente online e consegnare le istruzioni con il link alla pagina di prenotazione.',
              es: 'Explicar con amabilidad que, por igualdad de trato, las citas se dan exclusivamente en línea y entregar las instrucciones con el enlace a la página de reserva.',
              en: 'Explain politely that, for reasons of equal treatment, appointments are only given online, and hand over the instructions with the link to the booking page.',
            },
            points: 0,
            feedback: {
              de: 'Gleich ist der Zugang so nicht: Ein Weg, der für manche nachweislich nicht funktioniert, hält sie von einer Leistung fern, auf die sie Anspruch haben.',
              it: "Così l'accesso non è affatto uguale: un canale che per alcune persone non funziona le tiene lontane da un servizio a cui hanno diritto.",
              es: 'Así el acceso no es igual: un canal que claramente no funciona para algunas personas las aleja de un servicio al que tienen derecho.',
              en: 'Access is not equal this way: a channel that demonstrably fails some people keeps them from a service they are entitled to.',
            },
          },
          {
            id: 'book-only',
            label: {
              de: 'Am Schalter einen Termin für die Person buchen und es dabei belassen.',
              it: "Prenotare l'appuntamento allo sportello per quella persona e fermarsi lì.",
              es: 'Reservarle la cita en el mostrador y no hacer nada más.',
              en: 'Book an appointment for them at the counter and leave it at that.',
            },
            points: 1,
            feedback: {
              de: 'Der einzelnen Person ist geholfen, doch die Hürde bleibt für alle, die nicht an den Schalter kommen.',
              it: 'La singola persona viene aiutata, ma la barriera resta per tutte quelle che non si presentano allo sportello.',
              es: 'Se ayuda a esa persona, pero la barrera sigue ahí para todas las que no acuden al mostrador.',
              en: 'The individual is helped, but the barrier remains for everyone who does not come to the counter.',
            },
          },
          {
            id: 'teach-online',
            label: {
              de: 'Mit der Person eine E-Mail-Adresse einrichten, ihr Schritt für Schritt zeigen, wie die Buchungsseite funktioniert, und ihr eine bebilderte Anleitung mitgeben, damit sie künftig allein buchen kann.',
              it: 'Creare con la persona un indirizzo e-mail, mostrarle passo per passo come funziona la pagina di prenotazione e darle una guida illustrata, perché la prossima volta possa prenotare da sola.',
              es: 'Crear con la persona una dirección de correo electrónico, enseñarle paso a paso cómo funciona la página de reserva y darle una guía ilustrada, para que la próxima vez pueda reservar sin ayuda.',
              en: 'Set up an e-mail address with the person, show them step by step how the booking page works and give them an illustrated guide, so that they can book on their own next time.',
            },
            points: 1,
            feedback: {
              de: 'Das hilft dieser Person vielleicht beim nächsten Mal, doch die Sprach- und E-Mail-Hürde bleibt für alle anderen bestehen.',
              it: "Forse aiuta questa persona la prossima volta, ma la barriera della lingua e dell'e-mail resta per tutte le altre.",
              es: 'Quizá ayude a esta persona la próxima vez, pero la barrera del idioma y del correo electrónico sigue ahí para todas las demás.',
              en: 'This may help this person next time, but the language and e-mail barrier remains for everyone else.',
            },
          },
        ],
      },
    ],
  },
  {
    competence: 'target-group-outreach',
    items: [
      {
        id: 'to-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Ich vergesse, Ratsuchenden das vorhandene Informationsmaterial in ihrer Sprache anzubieten.',
          it: 'Mi dimentico di offrire alle persone il materiale informativo disponibile nella loro lingua.',
          es: 'Se me olvida ofrecer a las personas el material informativo que tenemos en su idioma.',
          en: 'I forget to offer people the information material we have in their language.',
        },
      },
      {
        id: 'to-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Für eine bestimmte Gruppe wähle ich die Kanäle, über die sie tatsächlich erreichbar ist, etwa Messengergruppen oder Informationsrunden in Sprachkursen, und passe die Botschaft daran an.',
          it: 'Per un determinato gruppo scelgo i canali attraverso cui è davvero raggiungibile, come gruppi di messaggistica o incontri nei corsi di lingua, e adatto il messaggio di conseguenza.',
          es: 'Para un colectivo concreto elijo los canales por los que realmente se le puede llegar, como grupos de mensajería o sesiones en los cursos de idiomas, y adapto el mensaje en consecuencia.',
          en: 'For a particular group, I choose the channels through which it can actually be reached, such as messenger groups or sessions in language courses, and adapt the message to them.',
        },
      },
      {
        id: 'to-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich plane Sprechstunden oder Informationsangebote außerhalb der Dienststelle gemeinsam mit Vertrauenspersonen aus Communities oder NGOs, um auch Menschen zu erreichen, die Behörden misstrauen.',
          it: "Organizzo sportelli o incontri informativi fuori dall'ufficio insieme a persone di fiducia delle comunità o delle ONG, per raggiungere anche chi diffida delle istituzioni.",
          es: 'Organizo horarios de atención o sesiones informativas fuera de la oficina junto con personas de confianza de las comunidades o de ONG, para llegar también a quienes desconfían de las instituciones.',
          en: 'I plan consultation hours or information sessions outside the office together with trusted people from communities or NGOs, so as to reach people who distrust authorities as well.',
        },
      },
      {
        id: 'to-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich werte aus, welche Bevölkerungsgruppen die Informationsangebote unserer Verwaltung erreichen, und richte die Ansprachestrategie danach aus.',
          it: "Valuto quali gruppi della popolazione vengono raggiunti dall'informazione della nostra amministrazione e su questa base riadatto la strategia di comunicazione.",
          es: 'Evalúo a qué grupos de población llega la información de nuestra administración y, a partir de ello, reoriento la estrategia de comunicación.',
          en: "I evaluate which population groups our administration's information reaches and adjust the outreach strategy accordingly.",
        },
      },
    ],
  },
  {
    competence: 'referral-and-case-navigation',
    items: [
      {
        id: 'rn-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Wenn ich jemanden an eine andere Stelle verweise, schreibe ich der Person Adresse, Öffnungszeiten und mitzubringende Unterlagen auf.',
          it: 'Quando indirizzo una persona a un altro ufficio, le scrivo indirizzo, orari di apertura e documenti da portare.',
          es: 'Cuando derivo a alguien a otra oficina, le anoto la dirección, el horario de atención y los documentos que debe llevar.',
          en: 'When I refer someone to another office, I write down the address, opening hours and the documents to bring.',
        },
      },
      {
        id: 'rn-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Mit Einverständnis der Person nehme ich direkt Kontakt mit der aufnehmenden Stelle auf, damit der Fall sauber übergeben wird.',
          it: 'Con il consenso della persona, contatto direttamente il servizio che la prenderà in carico, perché il passaggio avvenga in modo ordinato.',
          es: 'Con el consentimiento de la persona, me pongo en contacto directamente con el servicio de destino para que la derivación se haga correctamente.',
          en: "With the person's consent, I contact the receiving service directly so that the case is handed over properly.",
        },
      },
      {
        id: 'rn-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Sobald ich jemanden an die zuständige Stelle übergeben habe, ist der Fall für mich abgeschlossen.',
          it: 'Una volta passata una persona al servizio competente, per me il caso è chiuso.',
          es: 'En cuanto he derivado a alguien al servicio competente, para mí el caso está cerrado.',
          en: 'Once I have handed someone over to the responsible service, the case is closed for me.',
        },
      },
      {
        id: 'rn-e1',
        level: 'expert',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Gemeinsame Verweiswege oder die Angebotslandkarte, die wir mit Partnerorganisationen abgestimmt haben, überarbeite ich anhand der Rückmeldungen von Nutzenden.',
          it: "Rivedo i percorsi di invio o la mappa dei servizi concordati con le organizzazioni partner sulla base dei riscontri dell'utenza.",
          es: 'Reviso los itinerarios de derivación o el mapa de servicios acordados con las organizaciones colaboradoras a partir de las opiniones de las personas usuarias.',
          en: 'I revise the referral pathways or the service map agreed with partner organisations in the light of feedback from service users.',
        },
      },
      {
        id: 'rn-sjt-1',
        level: 'advanced',
        type: 'situational-judgement',
        scenario: {
          de: 'Eine Frau, die vor einigen Monaten in die Stadt gekommen ist, kommt wegen eines Formulars für die Schule ihres Kindes zu Ihnen. Im Gespräch stellt sich heraus, dass ihr die Wohnung gekündigt wurde, sie Schulden beim Energieversorger hat und ihr Aufenthaltstitel im nächsten Monat abläuft.',
          it: "Una donna arrivata in città da pochi mesi si rivolge al Suo ufficio per un modulo della scuola del figlio. Durante il colloquio emerge che ha ricevuto la disdetta dell'appartamento, ha debiti con la società dell'energia e il suo permesso di soggiorno scade il mese prossimo.",
          es: 'Una mujer que llegó a la ciudad hace unos meses acude a su oficina por un formulario del colegio de su hijo. Durante la conversación se descubre que le han comunicado que debe dejar su piso, tiene deudas con la compañía eléctrica y su autorización de residencia caduca el mes que viene.',
          en: "A woman who arrived in the city a few months ago comes to your office about a form for her child's school. During the conversation it emerges that she has received notice to leave her flat, owes money to the energy company and that her residence permit expires next month.",
        },
        prompt: {
          de: 'Wie unterstützen Sie sie?',
          it: 'Come la sostiene?',
          es: '¿Cómo la apoya?',
          en: 'How do you support her?',
        },
        options: [
          {
            id: 'own-part-only',
            label: {
              de: 'Das Schulformular erledigen und ihr sagen, dass die anderen Dinge nicht in Ihre Zuständigkeit fallen.',
              it: 'Occuparsi del modulo scolastico e dirle che le altre questioni non sono di Sua competenza.',
              es: 'Resolver el formulario del colegio y decirle que los demás asuntos no son de su competencia.',
              en: 'Deal with the school form and tell her that the other matters are not your responsibility.',
            },
            points: 0,
            feedback: {
              de: 'Sie geht mit dringenden Problemen und ohne zu wissen, an wen sie sich wenden kann; Fristen können verstreichen.',
              it: 'La donna se ne va con problemi urgenti e senza sapere a chi rivolgersi; le scadenze rischiano di passare.',
              es: 'Se marcha con problemas urgentes y sin saber a quién acudir; pueden vencer plazos.',
              en: 'She leaves with urgent problems and without knowing where to turn; deadlines may pass.',
            },
          },
          {
            id: 'take-over-all',
            label: {
              de: 'Alles selbst übernehmen und noch heute für sie beim Vermieter, beim Energieversorger und bei der Ausländerbehörde anrufen.',
              it: "Farsi carico di tutto e chiamare oggi stesso per lei il proprietario di casa, la società dell'energia e l'ufficio immigrazione.",
              es: 'Encargarse de todo y llamar hoy mismo por ella al casero, a la compañía eléctrica y a la Oficina de Extranjería.',
              en: 'Take everything on yourself and phone the landlord, the energy company and the immigration office for her today.',
            },
            points: 0,
            feedback: {
              de: 'Gut gemeint, doch ohne Auftrag und Fachwissen; Fachstellen wie die Schuldnerberatung erreichen mehr, und sie entscheidet nicht selbst mit.',
              it: 'Con buone intenzioni, ma senza mandato né competenze specifiche: i servizi specializzati, come la consulenza sui debiti, ottengono di più, e lei non partecipa alle decisioni.',
              es: 'Con buena intención, pero sin mandato ni conocimientos específicos; los servicios especializados, como el asesoramiento sobre deudas, consiguen más, y ella no participa en las decisiones.',
              en: 'Well meant, but without a mandate or specialist knowledge; specialised services such as debt counselling achieve more, and she has no say in the decisions.',
            },
          },
          {
            id: 'prioritise-handover',
            label: {
              de: 'Nach dem Formular mit ihr klären, was am dringendsten ist, mit ihrem Einverständnis die zuständigen Stellen direkt einbinden, absprechen, wer was übernimmt, und später nachfragen, ob es geklappt hat.',
              it: 'Dopo il modulo, stabilire con lei che cosa è più urgente, coinvolgere direttamente i servizi competenti con il suo consenso, concordare chi fa che cosa e verificare in seguito se ha funzionato.',
              es: 'Tras el formulario, acordar con ella qué es lo más urgente, implicar directamente a los servicios competentes con su consentimiento, acordar quién hace qué y comprobar después si ha funcionado.',
              en: 'After the form, agree with her what is most urgent, involve the relevant services directly with her consent, agree who does what, and check later whether it has worked.',
            },
            points: 2,
            feedback: {
              de: 'Gemeinsam Prioritäten zu setzen, mit Einverständnis zu übergeben und nachzuhalten, verhindert, dass sie zwischen den Ämtern verloren geht.',
              it: "Stabilire insieme le priorità, passare il caso con il suo consenso e verificarne l'esito evita che si perda tra un ufficio e l'altro.",
              es: 'Fijar prioridades con ella, derivar con su consentimiento y hacer seguimiento evita que se pierda entre una oficina y otra.',
              en: 'Setting priorities together, handing over with consent and following up keep her from getting lost between offices.',
            },
          },
          {
            id: 'address-list',
            label: {
              de: 'Das Schulformular erledigen und ihr eine Liste mit Adressen und Öffnungszeiten von Wohnungsberatung, Schuldnerberatung und Ausländerbehörde mitgeben.',
              it: "Occuparsi del modulo scolastico e darle un elenco con indirizzi e orari della consulenza abitativa, della consulenza sui debiti e dell'ufficio immigrazione.",
              es: 'Resolver el formulario del colegio y darle una lista con las direcciones y horarios del asesoramiento sobre vivienda, del asesoramiento sobre deudas y de la Oficina de Extranjería.',
              en: 'Deal with the school form and give her a list with the addresses and opening hours of housing advice, debt counselling and the immigration office.',
            },
            points: 1,
            feedback: {
              de: 'Die Liste hilft, doch mit mehreren dringenden, zusammenhängenden Problemen findet sie sich allein womöglich nicht zurecht.',
              it: "L'elenco aiuta, ma con più problemi urgenti e collegati tra loro potrebbe non riuscire a orientarsi da sola.",
              es: 'La lista ayuda, pero con varios problemas urgentes y relacionados entre sí puede que no consiga orientarse sola.',
              en: 'The list helps, but with several urgent, linked problems she may not find her way through them alone.',
            },
          },
        ],
      },
    ],
  },
  {
    competence: 'vulnerability-and-safe-referral',
    items: [
      {
        id: 'vs-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn mir Warnzeichen auffallen, etwa eine minderjährige Person ohne Eltern, sichtbare Verletzungen oder Angst vor der Begleitperson, hole ich sofort die benannte Ansprechperson dazu, statt die Person selbst auszufragen.',
          it: "Quando noto segnali d'allarme, come un minore senza genitori, lesioni visibili o paura di chi accompagna la persona, chiamo subito il referente designato invece di farle domande in prima persona.",
          es: 'Cuando percibo señales de alarma, como un menor sin sus padres, lesiones visibles o miedo a quien acompaña a la persona, aviso enseguida a la persona de referencia designada en lugar de interrogarla yo.',
          en: 'When I notice warning signs, such as a minor without a parent, visible injuries or fear of a companion, I call in the designated contact person at once instead of questioning the person myself.',
        },
      },
      {
        id: 'vs-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Wenn ich Anzeichen bemerke, dass jemand Gewalt oder Ausbeutung erlebt, gebe ich den Fall an die benannte Ansprechperson ab, ohne selbst allein mit der Person über die Hilfe zu sprechen, die es gibt.',
          it: "Quando noto segnali che una persona subisce violenza o sfruttamento, passo il caso al referente designato senza parlare personalmente a quattr'occhi con lei degli aiuti che esistono.",
          es: 'Cuando noto indicios de que alguien sufre violencia o explotación, paso el caso a la persona de referencia designada sin hablar personalmente a solas con esa persona sobre las ayudas que existen.',
          en: 'When I notice signs that someone is experiencing violence or exploitation, I pass the case to the designated contact person without talking to them alone myself about the help that exists.',
        },
      },
      {
        id: 'vs-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'In unklaren oder dringenden Fällen, etwa bei Zweifeln am Alter einer jungen Person oder wenn jemand Hilfe ablehnt, wäge ich mit den Fachstellen die Risiken ab und vereinbare, wie die Person geschützt wird.',
          it: "Nei casi incerti o urgenti, per esempio quando l'età di una persona giovane è dubbia o qualcuno rifiuta l'aiuto, valuto i rischi con i servizi specializzati e concordo come proteggere la persona.",
          es: 'En los casos dudosos o urgentes, por ejemplo cuando la edad de una persona joven es incierta o alguien rechaza la ayuda, valoro los riesgos con los servicios especializados y acuerdo cómo se protegerá a la persona.',
          en: "In unclear or urgent cases, such as doubts about a young person's age or a person who refuses help, I weigh the risks with the specialised services and agree how the person will be protected.",
        },
      },
      {
        id: 'vs-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Gemeinsam mit Fachstellen, etwa für Kinderschutz oder für Betroffene von Menschenhandel, lege ich schriftlich fest, wer in unserer Dienststelle bei Anzeichen einer Gefährdung was tut und an wen sicher weitervermittelt wird.',
          it: 'Insieme ai servizi specializzati, per esempio per la tutela dei minori o per le vittime di tratta, definisco per iscritto chi fa che cosa nel nostro ufficio in presenza di segnali di pericolo e a chi inviare le persone in sicurezza.',
          es: 'Junto con los servicios especializados, por ejemplo de protección de menores o de atención a víctimas de trata, establezco por escrito quién hace qué en nuestra oficina ante señales de riesgo y a quién se deriva a la persona de forma segura.',
          en: 'Together with specialised services, for example for child protection or for victims of trafficking, I set down in writing who does what in our office when there are signs of danger, and to whom people are safely referred.',
        },
      },
      {
        id: 'vs-sjt-1',
        level: 'practitioner',
        type: 'situational-judgement',
        scenario: {
          de: 'Eine junge Frau kommt mit einem Mann an Ihren Schalter, um eine Anmeldung zu erledigen. Er beantwortet alle Fragen für sie und hält ihren Pass in der Hand; sie wirkt verängstigt und sieht ihn vor jeder Antwort an. Als er kurz hinausgeht, um zu telefonieren, sagt sie Ihnen leise in gebrochenem Deutsch, dass sie ihm Geld schulde, die Wohnung nicht allein verlassen dürfe und von ihrem Lohn nichts bekomme.',
          it: 'Una giovane donna si presenta al Suo sportello con un uomo per una pratica anagrafica. È lui a rispondere a tutte le domande e tiene in mano il passaporto di lei; la donna sembra spaventata e lo guarda prima di ogni risposta. Quando lui esce un momento per telefonare, lei Le dice sottovoce, in un italiano stentato, che gli deve dei soldi, che non può uscire di casa da sola e che del suo stipendio non vede nulla.',
          es: 'Una mujer joven acude a su mostrador con un hombre para hacer un trámite de empadronamiento. Él responde a todas las preguntas por ella y tiene el pasaporte de ella en la mano; ella parece asustada y lo mira antes de cada respuesta. Cuando él sale un momento a hacer una llamada, ella le dice en voz baja, en un español vacilante, que le debe dinero, que no puede salir sola de casa y que no ve nada de su sueldo.',
          en: 'A young woman comes to your counter with a man to complete a registration. He answers every question for her and holds her passport; she seems frightened and looks at him before each answer. When he steps out briefly to make a phone call, she tells you quietly, in halting words of the local language, that she owes him money, is not allowed to leave the flat alone and never sees any of her wages.',
        },
        prompt: {
          de: 'Wie gehen Sie vor?',
          it: 'Come procede?',
          es: '¿Cómo actúa?',
          en: 'What do you do?',
        },
        options: [
          {
            id: 'confront',
            label: {
              de: 'Den Mann bei seiner Rückkehr darauf ansprechen, dass er ihr den Pass zurückgeben muss, und ankündigen, dass Sie sonst die Polizei rufen.',
              it: "Quando l'uomo rientra, dirgli che deve restituirle il passaporto e avvertirlo che altrimenti chiamerà la polizia.",
              es: 'Cuando el hombre vuelva, decirle que tiene que devolverle el pasaporte y advertirle de que, si no, llamará a la policía.',
              en: 'When the man comes back, tell him he must return her passport and warn him that otherwise you will call the police.',
            },
            points: -1,
            feedback: {
              de: 'Das warnt den Mann, bevor die Frau geschützt ist, und kann sie in größere Gefahr bringen.',
              it: "Così si mette in allarme l'uomo prima che la donna sia al sicuro e la si può esporre a un pericolo maggiore.",
              es: 'Así se alerta al hombre antes de que la mujer esté protegida y se la puede exponer a un peligro mayor.',
              en: 'This alerts the man before the woman is protected and may put her in greater danger.',
            },
          },
          {
            id: 'promise-everything',
            label: {
              de: 'Ihr versprechen, dass sie noch heute eine sichere Unterkunft bekommt, dass Sie sich persönlich um alles kümmern und dass der Mann nie erfährt, dass sie mit Ihnen gesprochen hat.',
              it: "Prometterle che già oggi avrà un alloggio sicuro, che si occuperà Lei personalmente di tutto e che l'uomo non saprà mai che ha parlato con Lei.",
              es: 'Prometerle que hoy mismo tendrá un alojamiento seguro, que usted se ocupará personalmente de todo y que el hombre nunca sabrá que ha hablado con usted.',
              en: 'Promise her that she will have a safe place to stay today, that you will personally take care of everything and that the man will never find out she spoke to you.',
            },
            points: 0,
            feedback: {
              de: 'Diese Zusagen kann Ihre Dienststelle nicht sicher einhalten; scheitern sie, verliert die Frau das Vertrauen, das sie gerade gefasst hat.',
              it: 'Sono promesse che il Suo ufficio non può essere certo di mantenere; se non vengono rispettate, la donna perde la fiducia che ha appena accordato.',
              es: 'Son promesas que su oficina no puede estar segura de cumplir; si fallan, la mujer pierde la confianza que acaba de depositar.',
              en: 'These are promises your office cannot be sure to keep; if they fail, she loses the trust she has just placed in you.',
            },
          },
          {
            id: 'report-later',
            label: {
              de: 'Den Termin wie gewohnt zu Ende bringen, damit der Mann nichts bemerkt, und Ihre Beobachtungen danach ausführlich Ihrer Führungskraft schildern, die über das weitere Vorgehen entscheidet.',
              it: "Concludere la pratica come di consueto, perché l'uomo non si accorga di nulla, e poi riferire nel dettaglio quanto osservato alla persona responsabile, che deciderà come procedere.",
              es: 'Terminar el trámite como de costumbre, para que el hombre no note nada, y después contar con detalle lo observado a su responsable, que decidirá cómo seguir.',
              en: 'Finish the appointment as usual so that the man notices nothing, then describe what you observed in detail to your line manager, who will decide what to do next.',
            },
            points: 1,
            feedback: {
              de: 'Den Mann nicht zu warnen und die Leitung einzubeziehen ist richtig; doch die Frau geht, ohne zu wissen, dass es Hilfe gibt und wie sie sie erreicht.',
              it: "Non mettere in allarme l'uomo e coinvolgere la persona responsabile è giusto, ma la donna se ne va senza sapere che esiste un aiuto e come raggiungerlo.",
              es: 'No alertar al hombre e implicar a su responsable es correcto, pero la mujer se va sin saber que existe ayuda ni cómo llegar a ella.',
              en: 'Not alerting the man and involving your manager is right, but she leaves without knowing that help exists or how to reach it.',
            },
          },
          {
            id: 'safe-referral',
            label: {
              de: 'Ihr ruhig sagen, dass es Hilfe gibt, ihr unauffällig die Nummer einer Fachberatungsstelle geben und fragen, ob Sie dort für sie anrufen dürfen.',
              it: 'Dirle con calma che esiste un aiuto, darle con discrezione il numero di un servizio specializzato e chiederle se vuole che lo chiami Lei.',
              es: 'Decirle con calma que hay ayuda, darle con discreción el número de un servicio especializado y preguntarle si quiere que llame usted.',
              en: 'Tell her calmly that help exists, discreetly give her the number of a specialised service and ask whether you may call it for her.',
            },
            points: 2,
            feedback: {
              de: 'Sie erfährt, dass es Hilfe gibt, ohne dass der Mann etwas bemerkt, und entscheidet selbst über den nächsten Schritt; bei akuter Gefahr ist die Polizei zu rufen.',
              it: "La donna scopre che esiste un aiuto senza che l'uomo se ne accorga e decide lei il passo successivo; in caso di pericolo immediato va chiamata la polizia.",
              es: 'Ella sabe que existe ayuda sin que el hombre lo note y decide por sí misma el siguiente paso; si hay peligro inmediato, hay que llamar a la policía.',
              en: 'She learns that help exists without the man noticing and decides on the next step herself; if she is in immediate danger, the police must be called.',
            },
          },
        ],
      },
    ],
  },
];
