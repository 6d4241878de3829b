// The synthetic needs study of the Comune di Ravenna (Emilia-Romagna, Italy). Residence permits
// are issued by State bodies (the Questura; the Prefettura's Sportello Unico per l'Immigrazione
// for work and family reunification), not by the Comune: the city's staff meet migrants at the
// registry office (anagrafe), in social services, at the employment desk and through intercultural
// mediators. Everything here is invented for demonstration except the laws named as legal
// sources; invented documents are marked `synthetic: true`.
const L = (de, it, es, en) => ({ de, it, es, en });

export default {
  id: 'ravenna',
  prefix: 'rav',
  country: 'IT',
  language: 'it',
  name: L('Ravenna', 'Ravenna', 'Rávena', 'Ravenna'),
  sizes: {
    staff: 210,
    staffInvited: 380,
    tcn: 60,
    tcnInvited: 140,
    stakeholders: 40,
    stakeholdersInvited: 70,
  },
  tcnLocales: [
    ['it', 5],
    ['ar', 2],
    ['fr', 2],
    ['en', 2],
    ['uk', 1],
  ],
  /** Staff respondents by role profile: no residence-permit case workers at the Comune. */
  roles: [
    ['front-desk', 0.3],
    ['social-services', 0.28],
    ['employment-adviser', 0.08],
    ['intercultural-mediator', 0.12],
    ['team-lead', 0.13],
    ['integration-coordinator', 0.09],
  ],
  officeVisited: {
    'immigration-office': 2,
    employment: 2.5,
    'social-services': 4,
    'youth-family': 2,
    registration: 4,
    other: 1,
  },
  team: [
    {
      role: 'Coordinamento di progetto',
      organisation: 'Comune, Servizio politiche per l’immigrazione',
    },
    { role: 'Ricerca e analisi', organisation: 'Ente di formazione partner' },
    {
      role: 'Facilitazione dei focus group',
      organisation: 'Cooperativa sociale di mediazione interculturale',
    },
    { role: 'Supporto statistico', organisation: 'Comune, Ufficio statistica' },
  ],
  facilitator: {
    interview: 'Ricercatrice dell’ente di formazione',
    fg: 'Coordinamento di progetto con facilitatore esterno',
  },
  sources: [
    {
      id: 'desk-strategy',
      kind: 'strategy',
      synthetic: true,
      title: 'Piano comunale per l’integrazione e l’intercultura 2019–2021',
      publisher: 'Comune di Ravenna, Assessorato alle politiche per l’immigrazione',
      date: '2019-06-28',
      summary: L(
        'Setzt auf Mediation, Schulen und Nachbarschaft; Diskriminierungsschutz und die Beteiligung der Vereine von Migrantinnen und Migranten erscheinen nur als allgemeine Absicht ohne Maßnahmen.',
        'Punta su mediazione, scuole e quartieri; la tutela contro le discriminazioni e il coinvolgimento delle associazioni di migranti compaiono solo come intenzioni generali, senza azioni.',
        'Apuesta por la mediación, las escuelas y los barrios; la protección frente a la discriminación y la participación de las asociaciones de personas migrantes solo aparecen como intenciones generales, sin acciones.',
        'Relies on mediation, schools and neighbourhoods; protection against discrimination and the involvement of migrant associations appear only as general intentions, without actions.',
      ),
    },
    {
      id: 'desk-statistics',
      kind: 'statistics',
      synthetic: true,
      title: 'Cittadini stranieri residenti al 1° gennaio 2021',
      publisher: 'Comune di Ravenna, Ufficio statistica',
      date: '2021-03-05',
      summary: L(
        'Gut ein Achtel der Einwohnerschaft hat eine ausländische Staatsangehörigkeit; unter den Drittstaaten stehen Albanien, Marokko, Senegal, Nigeria und die Ukraine vorn. Viele arbeiten im Hafen, in der Landwirtschaft und in der häuslichen Pflege.',
        'Poco più di un ottavo dei residenti ha una cittadinanza straniera; tra i Paesi terzi prevalgono Albania, Marocco, Senegal, Nigeria e Ucraina. Molte persone lavorano nel porto, in agricoltura e nell’assistenza familiare.',
        'Algo más de un octavo de la población tiene nacionalidad extranjera; entre los terceros países destacan Albania, Marruecos, Senegal, Nigeria y Ucrania. Muchas personas trabajan en el puerto, en la agricultura y en los cuidados a domicilio.',
        'Just over one resident in eight holds a foreign nationality; among third countries Albania, Morocco, Senegal, Nigeria and Ukraine lead. Many work in the port, in agriculture and in home care.',
      ),
    },
    {
      id: 'desk-report',
      kind: 'report',
      synthetic: true,
      title:
        'Relazione 2020 dello sportello comunale per cittadini stranieri e del servizio di mediazione',
      publisher: 'Comune di Ravenna, Servizio politiche per l’immigrazione',
      date: '2021-02-12',
      summary: L(
        'Die meisten Anfragen betreffen Meldebescheinigungen, Wohnraum und Schulanmeldungen; viele Ratsuchende halten die Gemeinde irrtümlich für zuständig für ihre Aufenthaltserlaubnis. Die Mediatorinnen und Mediatoren werden auf Abruf über ein Projekt gestellt.',
        'La maggior parte delle richieste riguarda residenza anagrafica, casa e iscrizioni scolastiche; molte persone credono per errore che il Comune sia competente per il permesso di soggiorno. Mediatrici e mediatori sono disponibili a chiamata grazie a un progetto.',
        'La mayoría de las consultas tratan del registro de residencia, la vivienda y la matrícula escolar; muchas personas creen por error que el Ayuntamiento tramita su permiso de residencia. Las personas mediadoras trabajan a demanda gracias a un proyecto.',
        'Most requests concern residence registration, housing and school enrolment; many people wrongly believe the Comune handles their residence permit. The mediators work on call, paid by a project.',
      ),
    },
    {
      id: 'desk-legal',
      kind: 'legal',
      title:
        'Decreto legislativo 25 luglio 1998, n. 286 – Testo unico delle disposizioni concernenti la disciplina dell’immigrazione e norme sulla condizione dello straniero',
      publisher: 'Repubblica Italiana, Gazzetta Ufficiale',
      date: '1998-07-25',
      summary: L(
        'Regelt Einreise, Aufenthalt und Rechte von Drittstaatsangehörigen; die Aufenthaltserlaubnis erteilt die Questura, nicht die Gemeinde. Das Einheitsgesetz verbietet Diskriminierung aus Gründen der Herkunft und sieht dafür eine zivilrechtliche Klage vor.',
        'Disciplina ingresso, soggiorno e diritti dei cittadini di Paesi terzi; il permesso di soggiorno è rilasciato dalla Questura, non dal Comune. Il testo unico vieta le discriminazioni per motivi di origine e prevede un’azione civile contro di esse.',
        'Regula la entrada, la estancia y los derechos de las personas de terceros países; el permiso de residencia lo expide la Questura, no el Ayuntamiento. El texto único prohíbe la discriminación por origen y prevé una acción civil contra ella.',
        'Governs the entry, stay and rights of third-country nationals; residence permits are issued by the Questura, not by the Comune. The consolidated act prohibits discrimination on grounds of origin and provides a civil action against it.',
      ),
    },
    {
      id: 'desk-legal-region',
      kind: 'legal',
      title:
        'Legge regionale Emilia-Romagna 24 marzo 2004, n. 5 – Norme per l’integrazione sociale dei cittadini stranieri immigrati',
      publisher: 'Regione Emilia-Romagna',
      date: '2004-03-24',
      summary: L(
        'Verpflichtet Region und Gemeinden auf Integration, interkulturelle Mediation und Schutz vor Diskriminierung und sieht die Beteiligung der Eingewanderten an der Planung vor.',
        'Impegna Regione ed enti locali sull’integrazione, la mediazione interculturale e la tutela contro le discriminazioni e prevede la partecipazione delle persone immigrate alla programmazione.',
        'Compromete a la Región y a los entes locales con la integración, la mediación intercultural y la protección frente a la discriminación, y prevé la participación de las personas inmigrantes en la planificación.',
        'Commits the Region and local authorities to integration, intercultural mediation and protection against discrimination, and provides for immigrants to take part in planning.',
      ),
    },
    {
      id: 'desk-evaluation',
      kind: 'evaluation',
      synthetic: true,
      title:
        'Valutazione del progetto di mediazione interculturale nei servizi e nelle scuole 2018–2020',
      publisher: 'Ente di formazione partner',
      date: '2020-10-30',
      summary: L(
        'Mit Mediation verkürzten sich Gespräche in den Sozialdiensten und Missverständnisse bei der Schulanmeldung nahmen ab; zwischen zwei Förderperioden blieb der Dienst jedoch fünf Monate lang aus.',
        'Con la mediazione i colloqui nei servizi sociali si sono accorciati e i malintesi nelle iscrizioni scolastiche sono diminuiti; tra due finanziamenti, però, il servizio è rimasto sospeso per cinque mesi.',
        'Con la mediación las entrevistas en servicios sociales se acortaron y los malentendidos en la matrícula escolar disminuyeron; sin embargo, entre dos convocatorias el servicio quedó suspendido cinco meses.',
        'With mediation, conversations in social services became shorter and misunderstandings at school enrolment fell; between two funding rounds, however, the service was suspended for five months.',
      ),
    },
    {
      id: 'desk-policy',
      kind: 'policy',
      synthetic: true,
      title: 'Piano triennale della formazione del personale 2021–2023',
      publisher: 'Comune di Ravenna, Servizio risorse umane',
      date: '2021-01-25',
      summary: L(
        'Sieht Pflichtkurse zu Datenschutz und Transparenz vor; zu Antidiskriminierungsrecht, Rechten von Drittstaatsangehörigen oder interkultureller Kommunikation gibt es nichts.',
        'Prevede corsi obbligatori su privacy e trasparenza; nulla su diritto antidiscriminatorio, diritti dei cittadini di Paesi terzi o comunicazione interculturale.',
        'Prevé cursos obligatorios de protección de datos y transparencia; nada sobre derecho antidiscriminatorio, derechos de las personas de terceros países o comunicación intercultural.',
        'Provides mandatory courses on data protection and transparency; nothing on anti-discrimination law, the rights of third-country nationals or intercultural communication.',
      ),
    },
  ],
  interviews: [
    {
      id: 'interview-staff-1',
      group: 'staff',
      summary: L(
        'Mitarbeiterin des Meldeamts: Viele kommen, weil sie glauben, die Gemeinde verlängere ihre Aufenthaltserlaubnis; sie verweist an die Questura, weiß aber nicht genau, welche Unterlagen dort verlangt werden. Von den Regeln zur Anmeldung von Menschen ohne festen Wohnsitz hat sie erst aus der Presse erfahren.',
        'Impiegata dell’anagrafe: molte persone arrivano pensando che il Comune rinnovi il permesso di soggiorno; lei le indirizza in Questura, ma non sa con precisione quali documenti servano lì. Delle regole per l’iscrizione anagrafica di chi non ha fissa dimora ha saputo dai giornali.',
        'Empleada del registro civil y de residentes: muchas personas llegan creyendo que el Ayuntamiento renueva el permiso de residencia; ella las envía a la Questura, pero no sabe bien qué documentos piden allí. De las normas para empadronar a personas sin domicilio fijo se enteró por la prensa.',
        'Registry office clerk: many people come believing the Comune renews their residence permit; she sends them to the Questura but does not know exactly which documents are required there. She learnt of the rules for registering people without a fixed address from the press.',
      ),
    },
    {
      id: 'interview-staff-2',
      group: 'staff',
      summary: L(
        'Sozialarbeiterin: Mit einer Mediatorin gelingen die Gespräche, ohne sie wird mit Übersetzungsprogrammen improvisiert. Welche Leistungen jemand mit welchem Aufenthaltsstatus erhalten kann, muss sie jedes Mal neu klären.',
        'Assistente sociale: con una mediatrice i colloqui funzionano, senza si improvvisa con i traduttori automatici. Quali prestazioni spettino a chi ha un certo titolo di soggiorno deve verificarlo ogni volta da capo.',
        'Trabajadora social: con una mediadora las entrevistas salen bien; sin ella se improvisa con traductores automáticos. Qué prestaciones corresponden según el tipo de permiso tiene que averiguarlo cada vez.',
        'Social worker: with a mediator, conversations work; without one, staff improvise with machine translation. Which benefits someone with a given residence status can receive she has to check afresh every time.',
      ),
    },
    {
      id: 'interview-staff-3',
      group: 'staff',
      summary: L(
        'Interkulturelle Mediatorin einer Sozialgenossenschaft: Sie wird kurzfristig gerufen, oft erst, wenn das Gespräch bereits festgefahren ist. Abwertende Bemerkungen von Beschäftigten über „die Nigerianer“ hat sie mehrfach gehört und nicht gewusst, wem sie das melden soll.',
        'Mediatrice interculturale di una cooperativa sociale: viene chiamata all’ultimo momento, spesso quando il colloquio è già bloccato. Ha sentito più volte commenti sprezzanti del personale su «i nigeriani» e non sapeva a chi segnalarli.',
        'Mediadora intercultural de una cooperativa social: la llaman en el último momento, a menudo cuando la entrevista ya está bloqueada. Ha oído varias veces comentarios despectivos del personal sobre «los nigerianos» y no sabía a quién comunicarlo.',
        'Intercultural mediator from a social cooperative: she is called at short notice, often only when the conversation has already stalled. Several times she heard staff make disparaging remarks about “the Nigerians” and did not know whom to report it to.',
      ),
    },
    {
      id: 'interview-staff-4',
      group: 'staff',
      summary: L(
        'Leiter des Bürgerservice: Die Zusammenarbeit mit dem Netz der Genossenschaften und Vereine funktioniert gut, hängt aber an wenigen Personen. Informationsmaterial gibt es nur auf Italienisch und auf der Website; für Übersetzungen fehlt ein Budget.',
        'Responsabile dei servizi al cittadino: la collaborazione con la rete di cooperative e associazioni funziona bene, ma si regge su poche persone. Il materiale informativo esiste solo in italiano e sul sito; manca un budget per le traduzioni.',
        'Responsable de atención a la ciudadanía: la colaboración con la red de cooperativas y asociaciones funciona bien, pero depende de pocas personas. El material informativo solo está en italiano y en la web; no hay presupuesto para traducciones.',
        'Head of citizens’ services: cooperation with the network of cooperatives and associations works well but depends on a few people. Information material exists only in Italian and on the website; there is no budget for translations.',
      ),
    },
    {
      id: 'interview-tcn-1',
      group: 'third-country-nationals',
      language: 'ar',
      interpreted: true,
      summary: L(
        'Frau aus Marokko, Mutter von drei Kindern: Bei der Schulanmeldung half eine Mediatorin, beim Antrag auf Wohngeld war niemand da. Dass sie Anspruch auf einen Zuschuss für die Schulkantine hatte, erfuhr sie von einer Nachbarin.',
        'Donna marocchina, madre di tre figli: per l’iscrizione scolastica l’ha aiutata una mediatrice, per la domanda di contributo affitto non c’era nessuno. Di avere diritto a un’agevolazione per la mensa scolastica l’ha saputo da una vicina.',
        'Mujer de Marruecos, madre de tres hijos: en la matrícula escolar la ayudó una mediadora; para la ayuda al alquiler no había nadie. Que tenía derecho a una ayuda para el comedor escolar lo supo por una vecina.',
        'Woman from Morocco, mother of three: a mediator helped with school enrolment, but nobody was there for the rent-support application. She learnt from a neighbour that she was entitled to help with school meals.',
      ),
    },
    {
      id: 'interview-tcn-2',
      group: 'third-country-nationals',
      language: 'fr',
      interpreted: true,
      summary: L(
        'Mann aus dem Senegal, Hafenarbeiter: Am Schalter des Meldeamts wurde ihm gesagt, er solle „erst Italienisch lernen“. Er wusste nicht, dass er sich darüber beschweren kann, und ist seitdem nur noch mit einem Landsmann hingegangen.',
        'Uomo senegalese, lavoratore portuale: allo sportello dell’anagrafe gli hanno detto di «imparare prima l’italiano». Non sapeva di poter fare un reclamo e da allora ci è tornato solo accompagnato da un connazionale.',
        'Hombre de Senegal, trabajador portuario: en la ventanilla del registro le dijeron que «aprendiera primero italiano». No sabía que podía reclamar y desde entonces solo ha vuelto acompañado de un compatriota.',
        'Man from Senegal, a port worker: at the registry counter he was told to “learn Italian first”. He did not know he could complain, and since then he has only gone back with a fellow countryman.',
      ),
    },
    {
      id: 'interview-tcn-3',
      group: 'third-country-nationals',
      language: 'uk',
      interpreted: true,
      summary: L(
        'Pflegekraft aus der Ukraine, seit acht Jahren in einer Familie beschäftigt: Die Gemeinde habe ihr freundlich geholfen, aber zur Questura und zum Patronat sei sie allein gegangen. Informationen sucht sie in Gruppen ihrer Community in sozialen Netzwerken.',
        'Assistente familiare ucraina, da otto anni presso una famiglia: il Comune l’ha aiutata con gentilezza, ma in Questura e al patronato è andata da sola. Le informazioni le cerca nei gruppi della sua comunità sui social network.',
        'Cuidadora de Ucrania, empleada en una familia desde hace ocho años: el Ayuntamiento la ayudó con amabilidad, pero a la Questura y al patronato fue sola. Busca información en grupos de su comunidad en las redes sociales.',
        'Care worker from Ukraine, employed by a family for eight years: the Comune helped her kindly, but she went to the Questura and the patronato advice centre alone. She looks for information in her community’s social-media groups.',
      ),
    },
    {
      id: 'interview-tcn-4',
      group: 'third-country-nationals',
      language: 'en',
      summary: L(
        'Junge Frau aus Nigeria in einem Aufnahmeprojekt: Die Sozialarbeiterin habe zugehört und gefragt, was sie wirklich brauche. Im Wartebereich habe sie gespürt, dass man sie anders ansieht.',
        'Giovane nigeriana inserita in un progetto di accoglienza: l’assistente sociale l’ha ascoltata e le ha chiesto di che cosa avesse davvero bisogno. In sala d’attesa ha sentito di essere guardata in modo diverso.',
        'Joven de Nigeria en un proyecto de acogida: la trabajadora social la escuchó y le preguntó qué necesitaba de verdad. En la sala de espera sintió que la miraban de otra manera.',
        'Young woman from Nigeria in a reception project: the social worker listened and asked what she really needed. In the waiting area she felt she was being looked at differently.',
      ),
    },
    {
      id: 'interview-org-1',
      group: 'ngos',
      summary: L(
        'Sozialgenossenschaft mit Beratungsstelle: Das Netz der Träger sei dicht, Fälle würden telefonisch weitergegeben. Die Mittel für Mediation und Rechtsberatung laufen jedoch projektweise aus, und die Gemeinde plane ohne die Träger.',
        'Cooperativa sociale con sportello di consulenza: la rete degli enti è fitta e i casi vengono passati per telefono. I fondi per mediazione e consulenza legale però si esauriscono progetto per progetto e il Comune programma senza gli enti.',
        'Cooperativa social con servicio de orientación: la red de entidades es densa y los casos se derivan por teléfono. Sin embargo, los fondos para mediación y asesoría jurídica se agotan proyecto a proyecto, y el Ayuntamiento planifica sin las entidades.',
        'Social cooperative with an advice desk: the network of providers is dense and cases are passed on by phone. But funds for mediation and legal advice run out project by project, and the Comune plans without the providers.',
      ),
    },
    {
      id: 'interview-org-2',
      group: 'migrant-organisations',
      summary: L(
        'Vorsitzende eines Vereins senegalesischer Migrantinnen und Migranten: Der Verein wird zu Festen eingeladen, nicht zur Planung. Er könnte Informationen über WhatsApp-Gruppen und Gebetsräume verbreiten und Beschwerden sammeln.',
        'Presidente di un’associazione di migranti senegalesi: l’associazione viene invitata alle feste, non alla programmazione. Potrebbe diffondere informazioni tramite gruppi WhatsApp e luoghi di preghiera e raccogliere segnalazioni.',
        'Presidenta de una asociación de personas migrantes senegalesas: a la asociación se la invita a las fiestas, no a la planificación. Podría difundir información por grupos de WhatsApp y lugares de oración y recoger quejas.',
        'Chair of an association of Senegalese migrants: the association is invited to festivals, not to planning. It could spread information through WhatsApp groups and places of prayer and collect complaints.',
      ),
    },
    {
      id: 'interview-org-3',
      group: 'stakeholders',
      summary: L(
        'Gewerkschaftliche Beratungsstelle (Patronato): Viele Ratsuchende kommen mit Fragen zu Familienleistungen und zur Anerkennung von Dienstzeiten, die ihnen in der Gemeinde niemand beantworten konnte. Eine gemeinsame Übersicht, wer wofür zuständig ist, fehlt.',
        'Patronato sindacale: molte persone arrivano con domande su assegni familiari e contributi a cui in Comune nessuno ha saputo rispondere. Manca una mappa condivisa di chi è competente per che cosa.',
        'Servicio de asesoría sindical (patronato): muchas personas llegan con preguntas sobre prestaciones familiares y cotizaciones que nadie en el Ayuntamiento supo responder. Falta un mapa común de quién se ocupa de qué.',
        'Trade-union advice centre (patronato): many people arrive with questions on family benefits and contributions that nobody at the Comune could answer. A shared map of who is responsible for what is missing.',
      ),
    },
  ],
  focusGroups: {
    exploration: L(
      'In der Casa delle Culture sammelten Beschäftigte der Gemeinde, Mediatorinnen, Eingewanderte, Genossenschaften, Vereine und ein Patronat Stärken und Schwächen auf den vier VOPI-Ebenen. Das dichte Netz der Träger galt allen als Stärke, Diskriminierung am Schalter und die fehlende Beteiligung der Vereine als größte Schwächen.',
      'Alla Casa delle Culture personale comunale, mediatrici, persone immigrate, cooperative, associazioni e un patronato hanno raccolto punti di forza e di debolezza sui quattro livelli VOPI. La fitta rete degli enti è stata indicata da tutti come punto di forza, la discriminazione allo sportello e il mancato coinvolgimento delle associazioni come debolezze principali.',
      'En la Casa delle Culture, personal municipal, mediadoras, personas inmigrantes, cooperativas, asociaciones y un patronato recogieron fortalezas y debilidades en los cuatro niveles VOPI. Todas las personas vieron la densa red de entidades como una fortaleza, y la discriminación en ventanilla y la falta de participación de las asociaciones como las mayores debilidades.',
      'At the Casa delle Culture, city staff, mediators, immigrants, cooperatives, associations and a patronato advice centre collected strengths and weaknesses on the four VOPI levels. Everyone saw the dense network of providers as a strength, and discrimination at the counter and the associations’ lack of involvement as the main weaknesses.',
    ),
    validation: L(
      'Die Validierungsrunde bestätigte die Befunde zu Diskriminierung und Beteiligung, präzisierte die Aussagen zu Ansprüchen und Leistungen und verwarf einzelne, die nur Einzelfälle betrafen.',
      'L’incontro di validazione ha confermato i risultati su discriminazione e partecipazione, ha precisato quelli su diritti e prestazioni e ne ha respinto alcuni che riguardavano casi isolati.',
      'La sesión de validación confirmó los resultados sobre discriminación y participación, matizó los relativos a derechos y prestaciones y descartó algunos que solo afectaban a casos aislados.',
      'The validation round confirmed the findings on discrimination and participation, refined those on rights and benefits and rejected a few that concerned isolated cases.',
    ),
  },
  strategy: {
    title: 'Piano comunale per l’integrazione e l’intercultura 2019–2021',
    publisher: 'Comune di Ravenna, Assessorato alle politiche per l’immigrazione',
    date: '2019-06-28',
    goals: [
      {
        id: 'goal-equal-treatment',
        topics: ['equality'],
        title: L(
          'Gleichbehandlung in allen Diensten sichern und Diskriminierung entgegentreten',
          'Garantire parità di trattamento in tutti i servizi e contrastare le discriminazioni',
          'Garantizar la igualdad de trato en todos los servicios y combatir la discriminación',
          'Secure equal treatment in every service and counter discrimination',
        ),
      },
      {
        id: 'goal-information-access',
        topics: ['access', 'language'],
        title: L(
          'Informationen und Zugang zu den Diensten in den Sprachen der Einwohnerschaft',
          'Informazioni e accesso ai servizi nelle lingue di chi abita la città',
          'Información y acceso a los servicios en las lenguas de quienes viven en la ciudad',
          'Information and access to services in the languages of the city’s residents',
        ),
      },
      {
        id: 'goal-mediation-network',
        topics: ['cooperation', 'language'],
        title: L(
          'Ein stabiles Netz der interkulturellen Mediation mit dem Dritten Sektor',
          'Una rete stabile di mediazione interculturale con il terzo settore',
          'Una red estable de mediación intercultural con el tercer sector',
          'A stable network of intercultural mediation with the third sector',
        ),
      },
      {
        id: 'goal-participation',
        topics: ['participation'],
        title: L(
          'Vereine von Migrantinnen und Migranten an der Planung beteiligen',
          'Coinvolgere le associazioni di migranti nella programmazione',
          'Implicar a las asociaciones de personas migrantes en la planificación',
          'Involve migrant associations in planning',
        ),
      },
      {
        id: 'goal-staff-training',
        topics: ['personnel'],
        title: L(
          'Fortbildung des städtischen Personals zu Rechten und interkultureller Kommunikation',
          'Formazione del personale comunale su diritti e comunicazione interculturale',
          'Formación del personal municipal en derechos y comunicación intercultural',
          'Training city staff in rights and intercultural communication',
        ),
      },
    ],
  },
  findings: [
    'rav-permit-confusion',
    'entitlements-unknown',
    'no-complaints-office',
    'depends-on-person',
    'cultural-explanations',
    'information-local-language',
    'mo-not-involved',
    'children-interpret',
    'interpreting-budget',
    'front-desk-law',
    'strategy-unknown',
    'legal-updates',
    'discrimination-guidelines',
    'induction',
    'service-map',
    'project-funding',
    'polarised-climate',
    'ngo-network',
    'courteous-staff',
    'listening',
    'motivated-staff',
    'rav-mediators',
    'strategy-update',
    'job-shadowing',
  ],
  /** Shared findings in the territory's own words. */
  statements: {
    'children-interpret': L(
      'Ohne Mediatorin dolmetschen im Meldeamt und in den Sozialdiensten Kinder, Bekannte oder Übersetzungsprogramme.',
      'Senza una mediatrice, all’anagrafe e nei servizi sociali fanno da interpreti figli, conoscenti o traduttori automatici.',
      'Sin una mediadora, en el registro y en los servicios sociales interpretan hijos, conocidos o traductores automáticos.',
      'Without a mediator, children, acquaintances or machine translation interpret at the registry office and in social services.',
    ),
    'information-local-language': L(
      'Informationen der Gemeinde gibt es fast nur auf Italienisch und auf der Website; die Communities informieren sich in Messenger-Gruppen.',
      'Le informazioni del Comune sono quasi solo in italiano e sul sito; le comunità si informano nei gruppi di messaggistica.',
      'La información municipal está casi solo en italiano y en la web; las comunidades se informan en grupos de mensajería.',
      'The Comune’s information is almost only in Italian and on its website; the communities get their news from messaging groups.',
    ),
    'mo-not-involved': L(
      'Vereine von Migrantinnen und Migranten werden zu Festen eingeladen, aber nicht an der Planung der Dienste beteiligt.',
      'Le associazioni di migranti vengono invitate alle feste, ma non coinvolte nella programmazione dei servizi.',
      'A las asociaciones de personas migrantes se las invita a las fiestas, pero no participan en la planificación de los servicios.',
      'Migrant associations are invited to festivals but not involved in planning services.',
    ),
  },
  /** What the validation focus group rejected or did not get to; the rest it confirmed or amended. */
  validation: { rejected: ['job-shadowing'], notValidated: ['interpreting-budget'] },
  extraFindings: [
    {
      key: 'rav-permit-confusion',
      kind: 'weakness',
      level: 'services-and-access',
      competences: ['referral-and-case-navigation', 'residence-law-basics'],
      topics: ['access', 'cooperation'],
      evidence: ['interview-staff-1', 'src-report', 'q-tcn:sent-to-right-place'],
      statement: L(
        'Viele halten die Gemeinde für zuständig für ihre Aufenthaltserlaubnis; die Beschäftigten verweisen an die Questura, ohne sagen zu können, was dort verlangt wird.',
        'Molte persone credono che il Comune sia competente per il permesso di soggiorno; il personale le rinvia alla Questura senza saper dire che cosa verrà richiesto.',
        'Muchas personas creen que el Ayuntamiento tramita su permiso de residencia; el personal las envía a la Questura sin saber decir qué les pedirán allí.',
        'Many people think the Comune handles their residence permit; staff refer them to the Questura without being able to say what will be required there.',
      ),
    },
    {
      key: 'rav-mediators',
      kind: 'strength',
      level: 'services-and-access',
      competences: ['working-with-interpreters', 'culture-and-communication-knowledge'],
      topics: ['language', 'cooperation'],
      evidence: ['interview-staff-2', 'src-evaluation', 'fg'],
      statement: L(
        'Wo interkulturelle Mediatorinnen und Mediatoren hinzugezogen werden, gelingen Gespräche schneller und mit weniger Missverständnissen.',
        'Dove intervengono mediatrici e mediatori interculturali, i colloqui riescono più in fretta e con meno malintesi.',
        'Donde intervienen personas mediadoras interculturales, las entrevistas salen antes y con menos malentendidos.',
        'Where intercultural mediators are brought in, conversations succeed faster and with fewer misunderstandings.',
      ),
    },
  ],
  internalReview: [
    {
      area: 'policies',
      assessment: L(
        'Der kommunale Integrationsplan nennt Gleichbehandlung und Beteiligung als Ziele, ohne Maßnahmen, Zuständige oder Indikatoren. Es gibt keine interne Regel, wie Diskriminierungsbeschwerden aufgenommen werden, und der Fortbildungsplan lässt Rechte und Antidiskriminierung aus.',
        'Il piano comunale per l’integrazione indica parità di trattamento e partecipazione come obiettivi, senza azioni, responsabili o indicatori. Non esiste una regola interna su come raccogliere le segnalazioni di discriminazione e il piano della formazione tralascia diritti e antidiscriminazione.',
        'El plan municipal de integración fija la igualdad de trato y la participación como objetivos, sin acciones, responsables ni indicadores. No hay una norma interna sobre cómo recoger las quejas por discriminación, y el plan de formación omite los derechos y la antidiscriminación.',
        'The city’s integration plan names equal treatment and participation as goals, without actions, owners or indicators. There is no internal rule on how complaints of discrimination are taken up, and the training plan leaves out rights and anti-discrimination.',
      ),
      evidence: [
        { source: 'desk-strategy' },
        { source: 'desk-policy' },
        { session: 'interview-staff-4', participants: 1, groups: ['staff'] },
      ],
    },
    {
      area: 'attitudes',
      assessment: L(
        'Freundlichkeit und Hilfsbereitschaft sind verbreitet, und viele Beschäftigte wünschen sich Fortbildung. Zugleich berichten Mediatorinnen und Eingewanderte von abwertenden Bemerkungen und pauschalen Urteilen über ganze Herkunftsgruppen, die bisher niemand anspricht.',
        'Cortesia e disponibilità sono diffuse e molte persone del personale chiedono formazione. Al tempo stesso mediatrici e persone immigrate riferiscono commenti sprezzanti e giudizi generalizzati su interi gruppi di origine, che finora nessuno affronta.',
        'La amabilidad y la disposición a ayudar están extendidas, y mucha gente del personal pide formación. Al mismo tiempo, mediadoras y personas inmigrantes cuentan comentarios despectivos y juicios generalizados sobre grupos de origen enteros que hasta ahora nadie aborda.',
        'Courtesy and willingness to help are widespread, and many staff ask for training. At the same time, mediators and immigrants report disparaging remarks and sweeping judgements about whole groups of origin that nobody has yet addressed.',
      ),
      evidence: [
        { session: 'interview-staff-3', participants: 1, groups: ['staff'] },
        { session: 'interview-tcn-2', participants: 1, groups: ['third-country-nationals'] },
        { questionnaire: 'staff-self-assessment' },
      ],
    },
    {
      area: 'organisation',
      assessment: L(
        'Mediation, Übersetzungen und Rechtsberatung hängen an befristeten Projekten; dazwischen entstehen Lücken. Die Zusammenarbeit mit dem Dritten Sektor ist eng, aber informell, und niemand in der Gemeinde hält das Wissen zu Aufenthaltsstatus und Leistungsansprüchen aktuell.',
        'Mediazione, traduzioni e consulenza legale dipendono da progetti a termine; tra l’uno e l’altro si aprono vuoti. La collaborazione con il terzo settore è stretta ma informale e nessuno in Comune tiene aggiornate le conoscenze su titoli di soggiorno e diritti alle prestazioni.',
        'La mediación, las traducciones y la asesoría jurídica dependen de proyectos temporales, y entre uno y otro quedan huecos. La colaboración con el tercer sector es estrecha pero informal, y nadie en el Ayuntamiento mantiene al día el conocimiento sobre situaciones de residencia y derechos a prestaciones.',
        'Mediation, translation and legal advice depend on fixed-term projects, leaving gaps in between. Cooperation with the third sector is close but informal, and nobody at the Comune keeps knowledge of residence status and entitlements up to date.',
      ),
      evidence: [
        { source: 'desk-evaluation' },
        { session: 'interview-org-1', participants: 1, groups: ['ngos'] },
        { session: 'interview-staff-2', participants: 1, groups: ['staff'] },
      ],
    },
  ],
  quotes: [
    {
      session: 'interview-tcn-1',
      language: 'ar',
      findings: ['entitlements-unknown'],
      text: L(
        'Ein ganzes Jahr habe ich das Mittagessen in der Schule voll bezahlt. Niemand hat mir gesagt, dass es eine Ermäßigung gibt.',
        'Per un anno intero ho pagato la mensa a prezzo pieno. Nessuno mi ha detto che c’era una riduzione.',
        'Durante un año entero pagué el comedor escolar completo. Nadie me dijo que había una reducción.',
        'For a whole year I paid full price for school meals. Nobody told me there was a reduction.',
      ),
    },
    {
      session: 'interview-tcn-1',
      language: 'ar',
      findings: ['rav-mediators'],
      text: L(
        'Als die Mediatorin dabei war, habe ich zum ersten Mal alles verstanden und auch Fragen gestellt.',
        'Quando c’era la mediatrice, per la prima volta ho capito tutto e ho anche fatto domande.',
        'Cuando estaba la mediadora, por primera vez lo entendí todo e incluso hice preguntas.',
        'When the mediator was there, I understood everything for the first time and even asked questions.',
      ),
    },
    {
      session: 'interview-tcn-2',
      language: 'fr',
      findings: ['no-complaints-office', 'depends-on-person'],
      text: L(
        'Er hat gesagt, ich soll erst Italienisch lernen. Ich spreche Italienisch. Ich habe nur nicht verstanden, welches Formular er meinte.',
        'Mi ha detto di imparare prima l’italiano. Io l’italiano lo parlo. Solo che non avevo capito di quale modulo parlasse.',
        'Me dijo que aprendiera primero italiano. Yo hablo italiano. Solo que no había entendido de qué formulario hablaba.',
        'He told me to learn Italian first. I do speak Italian. I just had not understood which form he meant.',
      ),
    },
    {
      session: 'interview-tcn-3',
      language: 'uk',
      findings: ['rav-permit-confusion'],
      text: L(
        'In der Gemeinde sagten sie „Questura“, in der Questura sagten sie „Post“, und bei der Post wusste niemand etwas.',
        'In Comune mi hanno detto «Questura», in Questura «Poste», e alle Poste nessuno sapeva niente.',
        'En el Ayuntamiento me dijeron «Questura», en la Questura «Correos», y en Correos nadie sabía nada.',
        'At the Comune they said “Questura”, at the Questura they said “post office”, and at the post office nobody knew anything.',
      ),
    },
    {
      session: 'interview-tcn-3',
      language: 'uk',
      findings: ['information-local-language'],
      text: L(
        'Was sich ändert, erfahre ich aus der Gruppe im Messenger, nicht von der Gemeinde.',
        'Quello che cambia lo scopro dal gruppo sulla chat, non dal Comune.',
        'Lo que cambia me entero por el grupo de mensajería, no por el Ayuntamiento.',
        'I find out what changes from the messaging group, not from the Comune.',
      ),
    },
    {
      session: 'interview-tcn-4',
      language: 'en',
      findings: ['listening'],
      text: L(
        'Sie hat gefragt, was ich brauche, und dann gewartet, bis ich fertig war. Das passiert nicht oft.',
        'Mi ha chiesto di che cosa avevo bisogno e poi ha aspettato che finissi. Non succede spesso.',
        'Me preguntó qué necesitaba y luego esperó a que terminara. Eso no pasa a menudo.',
        'She asked what I needed and then waited until I had finished. That does not happen often.',
      ),
    },
    {
      session: 'interview-tcn-4',
      language: 'en',
      findings: ['cultural-explanations', 'polarised-climate'],
      text: L(
        'Im Wartesaal schauen sie dich an, als wüssten sie schon, wer du bist.',
        'In sala d’attesa ti guardano come se sapessero già chi sei.',
        'En la sala de espera te miran como si ya supieran quién eres.',
        'In the waiting room they look at you as if they already knew who you are.',
      ),
    },
  ],
  limitations: [
    L(
      'Die Studie betrifft die Dienste der Gemeinde; Questura und Präfektur, die über den Aufenthalt entscheiden, haben nicht teilgenommen, sodass Verweise dorthin nur aus einer Richtung beschrieben sind.',
      'L’indagine riguarda i servizi del Comune; Questura e Prefettura, che decidono sul soggiorno, non hanno partecipato, quindi gli invii verso di esse sono descritti da una sola parte.',
      'El estudio trata los servicios del Ayuntamiento; la Questura y la Prefettura, que deciden sobre la residencia, no participaron, por lo que las derivaciones hacia ellas se describen solo desde un lado.',
      'The review concerns the Comune’s services; the Questura and the Prefettura, which decide on residence, did not take part, so referrals to them are described from one side only.',
    ),
    L(
      'Der Fragebogen für Drittstaatsangehörige lag nicht auf Albanisch, Wolof oder Bengalisch vor; Menschen, die diese Sprachen sprechen, sind unterrepräsentiert.',
      'Il questionario per cittadini di Paesi terzi non era disponibile in albanese, wolof o bengalese; chi parla queste lingue è sottorappresentato.',
      'El cuestionario para personas de terceros países no estaba en albanés, wólof ni bengalí; quienes hablan estas lenguas están infrarrepresentados.',
      'The questionnaire for third-country nationals was not available in Albanian, Wolof or Bengali; speakers of these languages are under-represented.',
    ),
    L(
      'Saisonarbeitskräfte in der Landwirtschaft waren im Erhebungszeitraum kaum erreichbar.',
      'I lavoratori stagionali dell’agricoltura erano difficilmente raggiungibili nel periodo dell’indagine.',
      'Las personas temporeras de la agricultura apenas pudieron ser contactadas durante el periodo del estudio.',
      'Seasonal agricultural workers could hardly be reached during the review period.',
    ),
    L(
      'Die Selbsteinschätzung beruht auf eigenen Angaben der Beschäftigten; Aussagen über Haltungen wurden deshalb mit Interviews und Fokusgruppen abgeglichen.',
      'L’autovalutazione si basa su quanto dichiarato dal personale; le affermazioni sugli atteggiamenti sono state perciò confrontate con interviste e focus group.',
      'La autoevaluación se basa en lo que declara el personal; por eso las afirmaciones sobre actitudes se contrastaron con entrevistas y grupos focales.',
      'The self-assessment rests on what staff report; statements about attitudes were therefore cross-checked with interviews and focus groups.',
    ),
  ],
  pattern: {
    'partnership-with-migrant-organisations': -0.14,
    'anti-discrimination-law': -0.12,
    'target-group-outreach': -0.1,
    'rights-and-entitlements': -0.08,
    'culture-and-communication-knowledge': -0.06,
    'multi-stakeholder-networking': 0.08,
    'local-integration-landscape': 0.07,
    'human-dignity-equal-treatment': 0.05,
  },
};
