// Section "Cooperation and networks" of the staff self-assessment: one statement anchored to each
// level descriptor of the domain's four competences (framework.json), plus the inter-agency
// scenario. Reverse-keyed: li-p1 (frequency), ic-f1 (frequency), mn-a1 (agreement),
// pm-p1 (agreement).
// A reverse-keyed statement about a task beyond one's own casework says "I leave it to others",
// without a condition, so that someone whose post does not include the task agrees with it (the
// instructions ask such people to answer "Never" or "Strongly disagree" to the positive ones).

/** @type {import('./types.d.mts').CompetenceBlock[]} */
export default [
  {
    competence: 'local-integration-landscape',
    items: [
      {
        id: 'li-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich kann die wichtigsten Anlaufstellen für Zugewanderte vor Ort nennen, etwa Migrationsberatung, Sprachkursträger und Jobcenter, und weiß, wo ich ihre Kontaktdaten finde.',
          it: "So indicare i principali punti di riferimento locali per le persone migranti, come i servizi di consulenza, gli enti che organizzano corsi di lingua e il centro per l'impiego, e so dove trovarne i recapiti.",
          es: 'Sé nombrar los principales puntos de atención locales para personas migrantes, como los servicios de orientación, las entidades que imparten cursos de idioma y la oficina de empleo, y sé dónde encontrar sus datos de contacto.',
          en: 'I can name the main local contact points for migrants, such as migration counselling services, language course providers and the job centre, and I know where to find their contact details.',
        },
      },
      {
        id: 'li-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Ich verweise Menschen an eine Partnerorganisation, ohne sicher zu wissen, ob sie für ihr Anliegen zuständig ist.',
          it: "Indirizzo le persone a un'organizzazione partner senza sapere con certezza se la loro richiesta rientra nei suoi compiti.",
          es: 'Derivo a las personas a una entidad colaboradora sin saber con seguridad si su petición entra dentro de sus funciones.',
          en: 'I refer people to a partner organisation without being sure that their concern falls within its remit.',
        },
      },
      {
        id: 'li-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn ich eine Lücke oder Überschneidung im örtlichen Angebot bemerke, etwa fehlende Beratung in einer bestimmten Sprache, informiere ich Kolleginnen und Kollegen und die betroffenen Partnerorganisationen.',
          it: "Quando noto una lacuna o una sovrapposizione nei servizi locali, ad esempio l'assenza di consulenza in una determinata lingua, ne informo colleghe e colleghi e le organizzazioni partner interessate.",
          es: 'Cuando detecto una carencia o una duplicidad en los servicios locales, por ejemplo que no hay orientación en un idioma determinado, se lo comunico a mis compañeros y compañeras y a las entidades colaboradoras afectadas.',
          en: 'When I notice a gap or an overlap in the local services, for example no counselling in a particular language, I tell colleagues and the partner organisations concerned.',
        },
      },
      {
        id: 'li-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich pflege eine aktuelle Übersicht über die örtlichen Integrationsangebote, die unsere Verwaltung für die Planung von Angeboten und Fördermitteln nutzt.',
          it: "Curo una mappatura aggiornata dei servizi locali per l'integrazione, che la nostra amministrazione utilizza per programmare servizi e finanziamenti.",
          es: 'Mantengo al día un mapa de los servicios locales de integración que nuestra administración utiliza para planificar servicios y financiación.',
          en: 'I keep an up-to-date overview of the local integration services, which our administration uses to plan services and funding.',
        },
      },
    ],
  },
  {
    competence: 'interagency-case-cooperation',
    items: [
      {
        id: 'ic-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Ich überlasse es den Ratsuchenden, Unterlagen und Informationen zwischen den beteiligten Behörden hin- und herzutragen.',
          it: "Lascio all'utenza il compito di far circolare documenti e informazioni tra i diversi uffici coinvolti nel suo caso.",
          es: 'Dejo que sean las personas usuarias quienes lleven documentos e información de un organismo a otro en su caso.',
          en: 'I leave it to service users to carry documents and information back and forth between the authorities involved in their case.',
        },
      },
      {
        id: 'ic-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn eine Partnerstelle und ich die Aufgaben in einem Fall aufgeteilt haben, erledige ich meinen Teil bis zum vereinbarten Termin und teile ihr mit, was daraus geworden ist.',
          it: 'Quando con un ente partner ci siamo divisi i compiti in un caso, svolgo la mia parte entro la data concordata e comunico come è andata.',
          es: 'Cuando un organismo colaborador y yo nos hemos repartido las tareas de un caso, hago mi parte en la fecha acordada y le comunico cómo ha terminado.',
          en: 'When a partner body and I have split the tasks in a case, I do my part by the agreed date and let them know how it turned out.',
        },
      },
      {
        id: 'ic-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'In komplexen Fällen mit mehreren beteiligten Behörden und NGOs lade ich zu einer Fallkonferenz ein und halte fest, wer welche Maßnahme übernimmt.',
          it: 'Nei casi complessi che coinvolgono più uffici e ONG, convoco una riunione sul caso e metto per iscritto chi si fa carico di ciascuna misura.',
          es: 'En los casos complejos en los que intervienen varios organismos y ONG, convoco una reunión de coordinación del caso y dejo por escrito quién asume cada medida.',
          en: 'In complex cases involving several authorities and NGOs, I call a case conference and record who takes on which measure.',
        },
      },
      {
        id: 'ic-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe mit einer Partnereinrichtung eine schriftliche Vereinbarung ausgehandelt, die regelt, wer Ansprechperson ist, welche Daten ausgetauscht werden dürfen und an wen man sich wendet, wenn ein Fall feststeckt.',
          it: "Ho negoziato con un'istituzione partner un accordo scritto che stabilisce chi sono i referenti, quali dati si possono scambiare e a chi rivolgersi quando un caso si blocca.",
          es: 'He negociado con una institución colaboradora un acuerdo por escrito que establece quiénes son las personas de contacto, qué datos pueden intercambiarse y a quién acudir cuando un caso se atasca.',
          en: 'I have negotiated a written agreement with a partner institution that settles who the contact persons are, which data may be shared and whom to turn to when a case gets stuck.',
        },
      },
      {
        id: 'ic-sjt-1',
        level: 'practitioner',
        type: 'situational-judgement',
        scenario: {
          de: 'Um den Fall eines Kunden im Jobcenter voranzubringen, brauchen Sie von der Ausländerbehörde Auskunft zum Stand seines Aufenthaltsantrags. Ihre E-Mails an das allgemeine Postfach sind seit drei Wochen unbeantwortet, und ein Stellenangebot, das er erhalten hat, droht zu verfallen.',
          it: "Per far avanzare la pratica di un utente del centro per l'impiego Le servono informazioni dall'ufficio immigrazione sullo stato della sua domanda di soggiorno. Le e-mail inviate alla casella generale sono senza risposta da tre settimane e un'offerta di lavoro che l'uomo ha ricevuto rischia di sfumare.",
          es: 'Para avanzar en el expediente de un usuario de la oficina de empleo, necesita que la Oficina de Extranjería le informe del estado de su solicitud de residencia. Sus correos al buzón general llevan tres semanas sin respuesta y una oferta de trabajo que él ha recibido corre peligro.',
          en: "To move a job-centre client's case forward, you need the immigration office to tell you where his residence application stands. Your e-mails to their general inbox have gone unanswered for three weeks, and a job offer he has received is at risk.",
        },
        prompt: {
          de: 'Was ist Ihr nächster Schritt?',
          it: 'Qual è il Suo prossimo passo?',
          es: '¿Cuál es su siguiente paso?',
          en: 'What is your next step?',
        },
        options: [
          {
            id: 'wait',
            label: {
              de: 'Den Fall ruhen lassen, bis die Ausländerbehörde antwortet, und in der Akte vermerken, dass die Verzögerung dort liegt.',
              it: "Sospendere la pratica finché l'ufficio immigrazione non risponde e annotare nel fascicolo che il ritardo dipende da quell'ufficio.",
              es: 'Dejar el expediente en espera hasta que responda la Oficina de Extranjería y anotar en él que el retraso se debe a esa oficina.',
              en: 'Put the case on hold until the immigration office replies, and note in the file that the delay lies with them.',
            },
            points: 0,
            feedback: {
              de: 'Passives Abwarten kann den Kunden die Stelle kosten, obwohl die Verzögerung zwischen den Behörden liegt.',
              it: "Un'attesa passiva può far perdere il lavoro all'utente, anche se il ritardo dipende dagli uffici.",
              es: 'Esperar de forma pasiva puede costarle el empleo al usuario, aunque el retraso se deba a los organismos.',
              en: 'Waiting passively may cost the client the job, although the delay lies between the authorities.',
            },
          },
          {
            id: 'tell-employer',
            label: {
              de: 'Den Arbeitgeber anrufen, erklären, dass über den Aufenthaltsantrag des Kunden noch nicht entschieden ist, und ihn bitten, die Stelle bis dahin freizuhalten.',
              it: "Telefonare al datore di lavoro, spiegare che la domanda di soggiorno dell'utente non è ancora stata decisa e chiedergli di tenere il posto libero fino ad allora.",
              es: 'Llamar a la empresa, explicar que la solicitud de residencia del usuario aún no está resuelta y pedirle que le reserve el puesto hasta entonces.',
              en: "Phone the employer, explain that the client's residence application has not yet been decided, and ask them to keep the job open for him.",
            },
            points: -1,
            feedback: {
              de: 'Ohne sein Einverständnis hat der Arbeitgeber kein Recht auf Einzelheiten seines Aufenthaltsverfahrens; die Auskunft kann ihn zudem das Angebot kosten.',
              it: "Senza il suo consenso il datore di lavoro non ha diritto a conoscere i dettagli della sua procedura di soggiorno, e l'informazione potrebbe anche fargli perdere l'offerta.",
              es: 'Sin su consentimiento, la empresa no tiene derecho a conocer los detalles de su procedimiento de residencia, y la información puede además costarle la oferta.',
              en: 'Without his consent, the employer has no right to the details of his residence procedure, and the information may also cost him the offer.',
            },
          },
          {
            id: 'direct-contact',
            label: {
              de: 'Mit seinem Einverständnis die Ansprechperson der Ausländerbehörde für Jobcenter-Fälle anrufen, die Dringlichkeit erklären und eine Frist vereinbaren.',
              it: "Con il suo consenso, chiamare il referente dell'ufficio immigrazione per i casi del centro per l'impiego, spiegare l'urgenza e fissare una scadenza.",
              es: 'Con su consentimiento, llamar a la persona de contacto de Extranjería para los casos de empleo, explicar la urgencia y acordar un plazo.',
              en: "With his consent, phone the immigration office's named contact for job-centre cases, explain the urgency and agree a deadline.",
            },
            points: 2,
            feedback: {
              de: 'Direkte Kontakte und verbindliche Fristen machen die Zusammenarbeit zwischen Behörden verlässlich. Kennen Sie die Ansprechperson nicht, weiß es Ihre Führungskraft; halten Sie die Absprache in der Akte fest.',
              it: "Contatti diretti e scadenze concordate rendono affidabile la collaborazione tra uffici. Se non conosce il referente, può chiederlo alla persona responsabile; annoti poi l'accordo nel fascicolo.",
              es: 'Los contactos directos y los plazos acordados hacen fiable la cooperación entre organismos. Si no conoce a la persona de contacto, su responsable se lo dirá; deje constancia del acuerdo en el expediente.',
              en: 'Direct contacts and agreed deadlines are what make inter-agency cooperation reliable. If you do not know the contact person, your line manager will; record the agreement in the file.',
            },
          },
          {
            id: 'client-carries',
            label: {
              de: 'Den Kunden bitten, selbst zur Ausländerbehörde zu gehen, dort das Stellenangebot zu erklären und eine schriftliche Bestätigung zum Stand seines Antrags mitzubringen.',
              it: "Chiedere all'utente di recarsi lui stesso all'ufficio immigrazione, spiegare allo sportello l'offerta di lavoro e riportare una conferma scritta sullo stato della sua domanda.",
              es: 'Pedir al usuario que vaya él mismo a la Oficina de Extranjería, explique allí la oferta de trabajo y traiga una confirmación por escrito del estado de su solicitud.',
              en: 'Ask the client to go to the immigration office himself, explain the job offer at the counter and bring back written confirmation of where his application stands.',
            },
            points: 1,
            feedback: {
              de: 'Das kann funktionieren, verlagert aber die Abstimmung zwischen den Behörden auf den Kunden.',
              it: "Può funzionare, ma scarica sull'utente il coordinamento tra gli uffici.",
              es: 'Puede funcionar, pero traslada al usuario la coordinación entre organismos.',
              en: 'This may work, but it shifts the coordination between authorities onto the client.',
            },
          },
        ],
      },
    ],
  },
  {
    competence: 'multi-stakeholder-networking',
    items: [
      {
        id: 'mn-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Nach Netzwerktreffen oder gemeinsamen Veranstaltungen mit anderen Organisationen berichte ich meinem Team und gebe die geknüpften Kontakte weiter.',
          it: 'Dopo incontri di rete o eventi comuni con altre organizzazioni, riferisco al mio gruppo di lavoro e condivido i contatti che ho stabilito.',
          es: 'Después de reuniones de red o actividades conjuntas con otras entidades, informo a mi equipo y comparto los contactos que he establecido.',
          en: 'After network meetings or joint events with other organisations, I report back to my team and pass on the contacts I made.',
        },
      },
      {
        id: 'mn-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'In der Arbeitsgruppe eines Netzwerks übernehme ich Aufgaben aus dem gemeinsamen Aktionsplan und erkläre, was unsere Verwaltung beitragen kann und was nicht.',
          it: "Nel gruppo di lavoro di una rete mi assumo compiti del piano d'azione comune e spiego che cosa la nostra amministrazione può offrire e che cosa no.",
          es: 'En el grupo de trabajo de una red asumo tareas del plan de acción conjunto y explico qué puede aportar nuestra administración y qué no.',
          en: "In a network's working group, I take on tasks from the joint action plan and explain what our administration can and cannot contribute.",
        },
      },
      {
        id: 'mn-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Ich überlasse es anderen, dafür zu sorgen, dass die in unseren Netzwerken vereinbarten Maßnahmen eine verantwortliche Person, eine Frist und einen Indikator haben.',
          it: 'Lascio ad altri il compito di assicurarsi che le misure concordate nelle nostre reti abbiano una persona responsabile, una scadenza e un indicatore.',
          es: 'Dejo que otras personas se aseguren de que las medidas acordadas en nuestras redes tengan una persona responsable, un plazo y un indicador.',
          en: 'I leave it to others to make sure that the measures agreed in our networks have someone responsible, a deadline and an indicator.',
        },
      },
      {
        id: 'mn-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich steuere ein regionales Netzwerk aus Verwaltung, NGOs, Migrantenorganisationen, Bildungsträgern und Unternehmen und sichere sein Mandat und seine Ressourcen.',
          it: 'Coordino una rete territoriale di amministrazioni, ONG, associazioni di migranti, enti di formazione e imprese e ne assicuro il mandato e le risorse.',
          es: 'Dirijo una red regional de administraciones, ONG, asociaciones de personas migrantes, centros de formación y empresas, y aseguro su mandato y sus recursos.',
          en: 'I steer a regional network of administrations, NGOs, migrant organisations, education providers and businesses, and I secure its mandate and resources.',
        },
      },
    ],
  },
  {
    competence: 'partnership-with-migrant-organisations',
    items: [
      {
        id: 'pm-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Anregungen von Vertreterinnen und Vertretern von Migrantenorganisationen behandle ich als fachlichen Beitrag und gebe sie an die zuständige Person weiter.',
          it: 'Tratto i suggerimenti delle e dei rappresentanti delle associazioni di migranti come contributi professionali e li inoltro alla persona competente.',
          es: 'Trato las propuestas de quienes representan a asociaciones de migrantes como aportaciones profesionales y las hago llegar a la persona responsable.',
          en: 'I treat suggestions from representatives of migrant organisations as professional input and pass them on to the person responsible.',
        },
      },
      {
        id: 'pm-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Migrantenorganisationen sehe ich vor allem als Empfänger unserer Leistungen, weniger als Partner, deren Einschätzung ich einhole.',
          it: 'Considero le associazioni di migranti soprattutto come destinatarie dei nostri servizi più che come partner a cui chiedere un parere.',
          es: 'Veo a las asociaciones de migrantes sobre todo como destinatarias de nuestros servicios más que como socias a las que pedir su opinión.',
          en: 'I see migrant organisations mainly as recipients of our services rather than as partners whose assessment I ask for.',
        },
      },
      {
        id: 'pm-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn wir eine Maßnahme planen, beziehe ich Migrantenorganisationen von Anfang an als gleichberechtigte Partner ein, einschließlich einer fairen Vergütung ihrer Arbeit.',
          it: "Quando programmiamo una misura, coinvolgo fin dall'inizio le associazioni di migranti come partner alla pari, compreso un compenso equo per il loro lavoro.",
          es: 'Cuando planificamos una medida, implico desde el principio a las asociaciones de migrantes como socias en pie de igualdad, con una remuneración justa por su trabajo.',
          en: 'When we plan a measure, I involve migrant organisations as equal partners from the start, including fair payment for their work.',
        },
      },
      {
        id: 'pm-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe eine dauerhafte Beteiligungsstruktur aufgebaut, etwa einen Beirat oder gemeinsam mit Communities entwickelte Angebote, und kann Entscheidungen benennen, die sich durch ihre Beiträge geändert haben.',
          it: 'Ho creato una struttura stabile di partecipazione, come una consulta o servizi progettati insieme alle comunità, e so indicare decisioni che sono cambiate grazie ai loro contributi.',
          es: 'He creado una estructura estable de participación, como un consejo asesor o servicios diseñados junto con las comunidades, y puedo señalar decisiones que cambiaron gracias a sus aportaciones.',
          en: 'I have set up a permanent participation structure, such as an advisory council or services designed with communities, and I can name decisions that changed because of their input.',
        },
      },
    ],
  },
];
