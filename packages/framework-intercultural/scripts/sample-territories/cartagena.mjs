// The synthetic needs study of the municipality of Cartagena (Región de Murcia, Spain). Residence
// and work authorisations are handled by the State (the Oficina de Extranjería of the Delegación
// del Gobierno; the Policía Nacional issues the cards), not by the Ayuntamiento: the city's staff
// meet migrants at the municipal register (padrón), in social services, at the local employment
// service and through intercultural mediators. Everything here is invented for demonstration
// except the laws named as legal sources; invented documents are marked `synthetic: true`.
const L = (de, it, es, en) => ({ de, it, es, en });

export default {
  id: 'cartagena',
  prefix: 'ctg',
  country: 'ES',
  language: 'es',
  name: L('Cartagena', 'Cartagena', 'Cartagena', 'Cartagena'),
  sizes: {
    staff: 180,
    staffInvited: 310,
    tcn: 60,
    tcnInvited: 130,
    stakeholders: 40,
    stakeholdersInvited: 65,
  },
  tcnLocales: [
    ['es', 6],
    ['ar', 3],
    ['fr', 2],
    ['en', 1],
    ['uk', 1],
  ],
  /** Staff respondents by role profile: no residence-permit case workers at the Ayuntamiento. */
  roles: [
    ['front-desk', 0.28],
    ['social-services', 0.3],
    ['employment-adviser', 0.12],
    ['intercultural-mediator', 0.1],
    ['team-lead', 0.12],
    ['integration-coordinator', 0.08],
  ],
  officeVisited: {
    'immigration-office': 2,
    employment: 3,
    'social-services': 4,
    'youth-family': 1.5,
    registration: 4.5,
    other: 1,
  },
  team: [
    {
      role: 'Coordinación del proyecto',
      organisation: 'Ayuntamiento, Concejalía de Servicios Sociales',
    },
    { role: 'Equipo de investigación', organisation: 'Universidad socia' },
    { role: 'Dinamización de los grupos focales', organisation: 'Entidad social de acogida' },
    {
      role: 'Apoyo técnico y estadístico',
      organisation: 'Ayuntamiento, Servicio de Estadística',
    },
  ],
  facilitator: {
    interview: 'Investigadora del equipo universitario',
    fg: 'Coordinación del proyecto con dinamización externa',
  },
  sources: [
    {
      id: 'desk-strategy',
      kind: 'strategy',
      synthetic: true,
      title: 'Plan municipal de inclusión e interculturalidad 2019–2022',
      publisher: 'Ayuntamiento de Cartagena, Concejalía de Servicios Sociales',
      date: '2019-05-20',
      summary: L(
        'Vier Achsen: Aufnahme und Meldung, Zugang zu den Diensten, Beschäftigung sowie Zusammenleben in den Stadtteilen und Ortschaften; eine Bestandsaufnahme des Bedarfs und ein Monitoring sind angekündigt, aber nicht beschrieben.',
        'Quattro assi: accoglienza e iscrizione anagrafica, accesso ai servizi, occupazione e convivenza nei quartieri e nelle frazioni; un’analisi dei bisogni e un monitoraggio sono annunciati ma non descritti.',
        'Cuatro ejes: acogida y empadronamiento, acceso a los servicios, empleo y convivencia en barrios y diputaciones; anuncia un diagnóstico de necesidades y un seguimiento, pero no los describe.',
        'Four axes: reception and registration, access to services, employment, and living together in the neighbourhoods and outlying districts; a needs assessment and monitoring are announced but not described.',
      ),
    },
    {
      id: 'desk-statistics',
      kind: 'statistics',
      synthetic: true,
      title: 'Población extranjera empadronada a 1 de enero de 2021',
      publisher: 'Ayuntamiento de Cartagena, Servicio de Estadística',
      date: '2021-03-01',
      summary: L(
        'Etwa jede achte gemeldete Person hat eine ausländische Staatsangehörigkeit, in den landwirtschaftlich geprägten Ortschaften des Campo de Cartagena deutlich mehr; die größten Gruppen kommen aus Marokko, Ecuador, Kolumbien und der Ukraine.',
        'Circa una persona iscritta all’anagrafe su otto ha una cittadinanza straniera, molte di più nelle frazioni agricole del Campo de Cartagena; i gruppi più numerosi provengono da Marocco, Ecuador, Colombia e Ucraina.',
        'Aproximadamente una de cada ocho personas empadronadas tiene nacionalidad extranjera, bastantes más en las diputaciones agrícolas del Campo de Cartagena; los grupos más numerosos proceden de Marruecos, Ecuador, Colombia y Ucrania.',
        'About one registered resident in eight holds a foreign nationality, far more in the farming districts of the Campo de Cartagena; the largest groups come from Morocco, Ecuador, Colombia and Ukraine.',
      ),
    },
    {
      id: 'desk-report',
      kind: 'report',
      synthetic: true,
      title: 'Memoria 2020 de los Servicios Sociales municipales',
      publisher: 'Ayuntamiento de Cartagena, Concejalía de Servicios Sociales',
      date: '2021-02-22',
      summary: L(
        'Ein Drittel der Erstkontakte in den Sozialzentren betrifft Menschen ausländischer Staatsangehörigkeit; häufig geht es um die Anmeldung im Melderegister, Grundsicherung und Fragen zur Aufenthaltserlaubnis, für die die Gemeinde nicht zuständig ist. Weiterleitungen werden nicht nachverfolgt.',
        'Un terzo dei primi accessi ai centri sociali riguarda persone di cittadinanza straniera; spesso si tratta di iscrizione anagrafica, reddito minimo e domande sul permesso di soggiorno, per cui il Comune non è competente. Gli invii ad altri servizi non vengono seguiti.',
        'Un tercio de las primeras atenciones en los centros de servicios sociales corresponde a personas de nacionalidad extranjera; a menudo se trata del empadronamiento, del ingreso mínimo y de dudas sobre la autorización de residencia, que no es competencia municipal. Las derivaciones no se siguen.',
        'A third of first contacts at the social centres concern foreign nationals, often about registering on the municipal register, minimum income and questions on residence permits, which are not a municipal matter. Referrals are not followed up.',
      ),
    },
    {
      id: 'desk-legal',
      kind: 'legal',
      title:
        'Ley Orgánica 4/2000, de 11 de enero, sobre derechos y libertades de los extranjeros en España y su integración social',
      publisher: 'Jefatura del Estado, Boletín Oficial del Estado',
      date: '2000-01-11',
      summary: L(
        'Regelt die Rechte von Ausländerinnen und Ausländern und die Aufenthalts- und Arbeitserlaubnisse, die der Staat über die Ausländerbehörden erteilt. Die Gemeinden müssen Ausländerinnen und Ausländer, die bei ihnen wohnen, ins Melderegister (padrón) eintragen; in der Praxis belegt die Eintragung den Aufenthalt, etwa für die Verwurzelung (arraigo).',
        'Disciplina i diritti delle persone straniere e le autorizzazioni di soggiorno e lavoro rilasciate dallo Stato tramite gli uffici stranieri. I comuni devono iscrivere al registro della popolazione (padrón) le persone straniere che vi abitano; in pratica l’iscrizione prova la permanenza, per esempio per il radicamento (arraigo).',
        'Regula los derechos de las personas extranjeras y las autorizaciones de residencia y trabajo que concede el Estado a través de las oficinas de extranjería. Los ayuntamientos deben inscribir en el padrón a las personas extranjeras que residen en el municipio; en la práctica, el padrón acredita la permanencia, por ejemplo para el arraigo.',
        'Governs the rights of foreign nationals and the residence and work authorisations granted by the State through its immigration offices. Municipalities must enter the foreign nationals who live there on the municipal register (padrón); in practice, registration proves residence, for instance for arraigo.',
      ),
    },
    {
      id: 'desk-legal-regulation',
      kind: 'legal',
      title:
        'Real Decreto 557/2011, de 20 de abril, por el que se aprueba el Reglamento de la Ley Orgánica 4/2000',
      publisher: 'Gobierno de España, Boletín Oficial del Estado',
      date: '2011-04-20',
      summary: L(
        'Legt die Verfahren für Aufenthalts- und Arbeitserlaubnisse fest, darunter die Aufenthaltserlaubnis aus außergewöhnlichen Umständen wegen sozialer Verwurzelung, für die ein Bericht über die soziale Integration vorzulegen ist.',
        'Stabilisce le procedure per le autorizzazioni di soggiorno e lavoro, tra cui il soggiorno per circostanze eccezionali per radicamento sociale, che richiede una relazione sull’inserimento sociale.',
        'Establece los procedimientos de las autorizaciones de residencia y trabajo, entre ellas la residencia por circunstancias excepcionales por arraigo social, que exige un informe de inserción social.',
        'Sets out the procedures for residence and work authorisations, including residence on exceptional grounds for social roots (arraigo social), which requires a report on social integration.',
      ),
    },
    {
      id: 'desk-evaluation',
      kind: 'evaluation',
      synthetic: true,
      title: 'Evaluación del programa de acogida y mediación en diputaciones rurales 2018–2020',
      publisher: 'Universidad socia',
      date: '2020-12-04',
      summary: L(
        'Mediatorinnen und Mediatoren in den Sozialzentren der Ortschaften erreichten Familien, die vorher nicht kamen; ihre Fallakten wurden aber nicht mit denen der Sozialarbeit verbunden, und Wirkungen wurden nicht gemessen.',
        'Mediatrici e mediatori nei centri sociali delle frazioni hanno raggiunto famiglie che prima non si presentavano; i loro fascicoli però non erano collegati a quelli del servizio sociale e gli effetti non sono stati misurati.',
        'Las personas mediadoras de los centros sociales de las diputaciones llegaron a familias que antes no acudían; sin embargo, sus expedientes no se conectaron con los del trabajo social y no se midieron los efectos.',
        'Mediators in the social centres of the outlying districts reached families who had not come before; but their case files were not linked to social work’s and the effects were not measured.',
      ),
    },
    {
      id: 'desk-policy',
      kind: 'policy',
      synthetic: true,
      title: 'Plan de formación del personal municipal 2021',
      publisher: 'Ayuntamiento de Cartagena, Recursos Humanos',
      date: '2021-01-20',
      summary: L(
        'Enthält Kurse zu Bürgerservice und elektronischer Verwaltung, aber keinen zu Ausländerrecht, zur Arbeit mit Dolmetschenden oder zu vielfaltsorientierter Personalentwicklung; Mehrsprachigkeit spielt bei der Stellenbesetzung keine Rolle.',
        'Comprende corsi su servizio al pubblico e amministrazione digitale, ma nessuno su normativa sull’immigrazione, lavoro con interpreti o sviluppo del personale attento alla diversità; il plurilinguismo non conta nelle assunzioni.',
        'Incluye cursos de atención a la ciudadanía y administración electrónica, pero ninguno sobre extranjería, trabajo con intérpretes o desarrollo del personal orientado a la diversidad; el plurilingüismo no cuenta en la provisión de puestos.',
        'Includes courses on customer service and e-government, but none on immigration law, working with interpreters or diversity-oriented personnel development; multilingualism plays no part in filling posts.',
      ),
    },
  ],
  interviews: [
    {
      id: 'interview-staff-1',
      group: 'staff',
      summary: L(
        'Mitarbeiter der Meldestelle: Viele Anmeldungen scheitern an Mietverträgen, die der Vermieter nicht ausstellt. Fragen, wofür die Anmeldung bei der Ausländerbehörde gebraucht wird, kann er nicht beantworten und verweist auf Beratungsstellen.',
        'Impiegato dell’ufficio anagrafe: molte iscrizioni falliscono per contratti d’affitto che il proprietario non rilascia. Alle domande su a che cosa serva l’iscrizione per l’ufficio stranieri non sa rispondere e rimanda alle associazioni.',
        'Empleado de la oficina del padrón: muchos empadronamientos fracasan porque el casero no hace contrato. No sabe responder para qué sirve el padrón ante la Oficina de Extranjería y remite a las entidades sociales.',
        'Clerk at the municipal register: many registrations fail because landlords issue no tenancy agreement. He cannot answer what the registration is needed for at the immigration office and refers people to NGOs.',
      ),
    },
    {
      id: 'interview-staff-2',
      group: 'staff',
      summary: L(
        'Sozialarbeiterin in einem Sozialzentrum: Für den Bericht zur sozialen Verwurzelung fehlen klare Kriterien; Gespräche mit arabischsprachigen Familien führt sie mit Händen, Übersetzungs-App oder den Kindern.',
        'Assistente sociale in un centro sociale: per la relazione sul radicamento sociale mancano criteri chiari; i colloqui con famiglie arabofone li conduce a gesti, con un’app di traduzione o tramite i figli.',
        'Trabajadora social de un centro de servicios sociales: para el informe de arraigo faltan criterios claros; las entrevistas con familias arabófonas las hace por gestos, con una aplicación de traducción o con los hijos.',
        'Social worker at a social centre: there are no clear criteria for the social-roots report; she holds conversations with Arabic-speaking families by gestures, a translation app or through the children.',
      ),
    },
    {
      id: 'interview-staff-3',
      group: 'staff',
      summary: L(
        'Beraterin des kommunalen Beschäftigungsservice: Sie überweist an den regionalen Arbeitsvermittlungsdienst und an Träger, erfährt aber nie, was aus den Fällen wird. Sie nimmt sich Zeit zuzuhören, doch ohne Rückmeldung wiederholt sich vieles.',
        'Consulente del servizio comunale per l’impiego: invia ai servizi regionali per il lavoro e agli enti, ma non sa mai che cosa succede ai casi. Si prende il tempo di ascoltare, però senza riscontro molte cose si ripetono.',
        'Orientadora del servicio municipal de empleo: deriva al servicio regional de empleo y a entidades, pero nunca sabe qué pasa con los casos. Se toma tiempo para escuchar, pero sin respuesta muchas cosas se repiten.',
        'Adviser at the municipal employment service: she refers people to the regional employment service and to NGOs but never learns what becomes of the cases. She takes time to listen, yet without feedback much is repeated.',
      ),
    },
    {
      id: 'interview-staff-4',
      group: 'staff',
      summary: L(
        'Leiterin der Sozialzentren: Sie hat keine Zahlen zu Sprachen, Wartezeiten oder Weiterleitungen und kann deshalb den angekündigten Bedarfsplan nicht begründen. Mehrsprachige Bewerbungen würden bei der Stellenbesetzung nicht berücksichtigt.',
        'Responsabile dei centri sociali: non ha dati su lingue, tempi di attesa o invii e quindi non può motivare il piano dei bisogni annunciato. Nelle assunzioni le competenze plurilingui non vengono considerate.',
        'Jefa de los centros de servicios sociales: no tiene datos sobre lenguas, tiempos de espera ni derivaciones y por eso no puede fundamentar el diagnóstico anunciado. En la provisión de puestos no se valora el plurilingüismo.',
        'Head of the social centres: she has no figures on languages, waiting times or referrals and so cannot justify the announced needs plan. Multilingual skills are not considered when posts are filled.',
      ),
    },
    {
      id: 'interview-tcn-1',
      group: 'third-country-nationals',
      language: 'ar',
      interpreted: true,
      summary: L(
        'Landarbeiter aus Marokko in einer Ortschaft des Campo de Cartagena: Um sich anzumelden, musste er dreimal in die Stadt fahren; niemand sagte ihm, dass er die Anmeldung für seinen Antrag bei der Ausländerbehörde braucht. Im Sozialzentrum half ihm ein Mediator.',
        'Bracciante marocchino in una frazione del Campo de Cartagena: per iscriversi all’anagrafe è dovuto andare in città tre volte; nessuno gli ha detto che l’iscrizione gli serviva per la domanda all’ufficio stranieri. Al centro sociale l’ha aiutato un mediatore.',
        'Jornalero de Marruecos en una diputación del Campo de Cartagena: para empadronarse tuvo que ir tres veces a la ciudad; nadie le dijo que necesitaba el padrón para su solicitud en Extranjería. En el centro social le ayudó un mediador.',
        'Farm worker from Morocco in a district of the Campo de Cartagena: he had to travel into town three times to register; nobody told him he needed the registration for his application at the immigration office. A mediator helped him at the social centre.',
      ),
    },
    {
      id: 'interview-tcn-2',
      group: 'third-country-nationals',
      language: 'es',
      summary: L(
        'Frau aus Kolumbien, seit drei Jahren in Cartagena: Man habe ihr freundlich zugehört, aber zwischen Sozialzentrum, Beschäftigungsservice und einer NGO sei sie hin- und hergeschickt worden. Die Sprache war kein Hindernis, die Zuständigkeiten schon.',
        'Donna colombiana, a Cartagena da tre anni: l’hanno ascoltata con gentilezza, ma è stata rimandata tra centro sociale, servizio per l’impiego e una ONG. La lingua non era un ostacolo, le competenze sì.',
        'Mujer de Colombia, en Cartagena desde hace tres años: la escucharon con amabilidad, pero la mandaron del centro social al servicio de empleo y a una ONG y vuelta. El idioma no era un obstáculo; las competencias, sí.',
        'Woman from Colombia, in Cartagena for three years: she was listened to kindly but sent back and forth between the social centre, the employment service and an NGO. Language was no obstacle; the division of responsibilities was.',
      ),
    },
    {
      id: 'interview-tcn-3',
      group: 'third-country-nationals',
      language: 'fr',
      interpreted: true,
      summary: L(
        'Mann aus Mali, seit einem Jahr in einer Aufnahmeeinrichtung: Beim Gespräch im Sozialzentrum dolmetschte ein Mitbewohner. Wichtige Briefe versteht er nicht und weiß nicht, wen er fragen kann.',
        'Uomo maliano, da un anno in una struttura di accoglienza: al colloquio nel centro sociale ha fatto da interprete un compagno di stanza. Non capisce le lettere importanti e non sa a chi chiedere.',
        'Hombre de Malí, desde hace un año en un centro de acogida: en la entrevista del centro social interpretó un compañero de habitación. No entiende las cartas importantes y no sabe a quién preguntar.',
        'Man from Mali, in a reception centre for a year: a roommate interpreted at the social centre. He does not understand important letters and does not know whom to ask.',
      ),
    },
    {
      id: 'interview-tcn-4',
      group: 'third-country-nationals',
      language: 'uk',
      interpreted: true,
      summary: L(
        'Frau aus der Ukraine, Verkäuferin: Die Mitarbeiterin der Meldestelle sei offen und geduldig gewesen. Über ihre Rechte auf Sprachkurse und Anerkennung ihres Abschlusses hat sie nur über eine Vereinigung erfahren.',
        'Donna ucraina, commessa: l’impiegata dell’anagrafe è stata aperta e paziente. Dei suoi diritti a corsi di lingua e al riconoscimento del titolo di studio ha saputo solo tramite un’associazione.',
        'Mujer de Ucrania, dependienta: la empleada del padrón fue abierta y paciente. De sus derechos a cursos de idioma y a la homologación de su título solo supo por una asociación.',
        'Woman from Ukraine, a shop assistant: the clerk at the municipal register was open and patient. She learnt of her rights to language courses and to recognition of her degree only through an association.',
      ),
    },
    {
      id: 'interview-org-1',
      group: 'ngos',
      summary: L(
        'Aufnahmeorganisation: Sie begleitet Menschen bei Anmeldung, Verwurzelungsbericht und Terminen bei der Ausländerbehörde. Die Zusammenarbeit mit den Sozialzentren sei herzlich, aber ohne Absprachen; Weiterleitungen gehen per WhatsApp.',
        'Ente di accoglienza: accompagna le persone nell’iscrizione anagrafica, nella relazione sul radicamento e agli appuntamenti con l’ufficio stranieri. La collaborazione con i centri sociali è cordiale ma senza accordi; gli invii passano per WhatsApp.',
        'Entidad de acogida: acompaña a las personas en el empadronamiento, el informe de arraigo y las citas en Extranjería. La colaboración con los centros sociales es cordial pero sin protocolos; las derivaciones van por WhatsApp.',
        'Reception NGO: it accompanies people through registration, the social-roots report and appointments at the immigration office. Cooperation with the social centres is warm but without agreements; referrals go by WhatsApp.',
      ),
    },
    {
      id: 'interview-org-2',
      group: 'migrant-organisations',
      summary: L(
        'Marokkanischer Kulturverein: Der Verein ist im lokalen Beirat vertreten und organisiert mit der Stadt Informationsabende in den Ortschaften. Er wünscht sich, dass die Stadt die Abende auch auf Arabisch ankündigt und Mediatorinnen fest anstellt.',
        'Associazione culturale marocchina: l’associazione siede nel consiglio locale e organizza con il Comune serate informative nelle frazioni. Vorrebbe che il Comune annunciasse le serate anche in arabo e assumesse stabilmente mediatrici.',
        'Asociación cultural marroquí: la asociación forma parte del consejo local y organiza con el Ayuntamiento charlas informativas en las diputaciones. Le gustaría que el Ayuntamiento anunciara las charlas también en árabe y contratara mediadoras de forma estable.',
        'Moroccan cultural association: it sits on the local council and organises information evenings with the city in the outlying districts. It would like the city to announce the evenings in Arabic too and to employ mediators permanently.',
      ),
    },
    {
      id: 'interview-org-3',
      group: 'stakeholders',
      summary: L(
        'Verband landwirtschaftlicher Betriebe: Betriebe suchen Arbeitskräfte mit Papieren und wissen nicht, wie lange Verfahren dauern und wer in der Stadt Auskunft gibt. Informationsangebote der Stadt erreichen die Betriebe nicht.',
        'Associazione di imprese agricole: le aziende cercano manodopera in regola e non sanno quanto durino le procedure né chi in città dia informazioni. Le iniziative informative del Comune non arrivano alle aziende.',
        'Asociación de empresas agrícolas: las empresas buscan trabajadores con papeles y no saben cuánto tardan los trámites ni quién informa en el Ayuntamiento. La información municipal no llega a las empresas.',
        'Association of farming businesses: farms look for workers with papers and do not know how long procedures take or who gives information at the city. The city’s information does not reach the businesses.',
      ),
    },
  ],
  focusGroups: {
    exploration: L(
      'Im Sozialzentrum einer Ortschaft sammelten Beschäftigte, Mediatorinnen, Eingewanderte, Aufnahmeorganisationen, ein Kulturverein und Betriebe Stärken und Schwächen auf den vier VOPI-Ebenen. Als Stärken galten die Offenheit des Personals und die Zusammenarbeit mit den Vereinen, als Schwächen die fehlende Kenntnis des Ausländerrechts, das Dolmetschen und die verlorenen Weiterleitungen.',
      'Nel centro sociale di una frazione personale, mediatrici, persone immigrate, enti di accoglienza, un’associazione culturale e imprese hanno raccolto punti di forza e di debolezza sui quattro livelli VOPI. Punti di forza: l’apertura del personale e la collaborazione con le associazioni; debolezze: la scarsa conoscenza della normativa sull’immigrazione, l’interpretariato e gli invii che si perdono.',
      'En el centro social de una diputación, personal, mediadoras, personas inmigrantes, entidades de acogida, una asociación cultural y empresas recogieron fortalezas y debilidades en los cuatro niveles VOPI. Como fortalezas, la apertura del personal y la colaboración con las asociaciones; como debilidades, el desconocimiento de la normativa de extranjería, la interpretación y las derivaciones que se pierden.',
      'At the social centre of an outlying district, staff, mediators, immigrants, reception NGOs, a cultural association and businesses collected strengths and weaknesses on the four VOPI levels. Staff openness and cooperation with associations were seen as strengths; lack of knowledge of immigration law, interpreting and lost referrals as weaknesses.',
    ),
    validation: L(
      'Die Validierungsrunde bestätigte die Befunde zu Ausländerrecht, Dolmetschen und Weiterleitungen, ergänzte die Rolle der Meldestelle und verwarf einzelne, die bereits gelöst waren.',
      'L’incontro di validazione ha confermato i risultati su normativa, interpretariato e invii, ha completato il ruolo dell’anagrafe e ne ha respinto alcuni già risolti.',
      'La sesión de validación confirmó los resultados sobre extranjería, interpretación y derivaciones, completó el papel del padrón y descartó algunos ya resueltos.',
      'The validation round confirmed the findings on immigration law, interpreting and referrals, added the role of the municipal register and rejected a few that had already been solved.',
    ),
  },
  strategy: {
    title: 'Plan municipal de inclusión e interculturalidad 2019–2022',
    publisher: 'Ayuntamiento de Cartagena, Concejalía de Servicios Sociales',
    date: '2019-05-20',
    goals: [
      {
        id: 'goal-reception-registration',
        topics: ['access'],
        title: L(
          'Aufnahme und Anmeldung im Melderegister ohne unnötige Hürden',
          'Accoglienza e iscrizione anagrafica senza ostacoli inutili',
          'Acogida y empadronamiento sin obstáculos innecesarios',
          'Reception and registration on the municipal register without needless hurdles',
        ),
      },
      {
        id: 'goal-guidance',
        topics: ['cooperation'],
        title: L(
          'Abgestimmte Begleitung zwischen Sozialzentren, Beschäftigungsservice und Trägern',
          'Accompagnamento coordinato tra centri sociali, servizio per l’impiego ed enti',
          'Acompañamiento coordinado entre centros sociales, servicio de empleo y entidades',
          'Coordinated guidance between social centres, the employment service and NGOs',
        ),
      },
      {
        id: 'goal-language-mediation',
        topics: ['language'],
        title: L(
          'Interkulturelle Mediation und Dolmetschen in den Sozialzentren',
          'Mediazione interculturale e interpretariato nei centri sociali',
          'Mediación intercultural e interpretación en los centros sociales',
          'Intercultural mediation and interpreting in the social centres',
        ),
      },
      {
        id: 'goal-qualified-staff',
        topics: ['personnel'],
        title: L(
          'Qualifiziertes und vielfältiges städtisches Personal',
          'Personale comunale qualificato e diversificato',
          'Personal municipal cualificado y diverso',
          'Qualified and diverse city staff',
        ),
      },
      {
        id: 'goal-coexistence',
        topics: ['participation', 'equality'],
        title: L(
          'Zusammenleben und Beteiligung in den Stadtteilen und Ortschaften',
          'Convivenza e partecipazione nei quartieri e nelle frazioni',
          'Convivencia y participación en barrios y diputaciones',
          'Living together and participation in the neighbourhoods and outlying districts',
        ),
      },
    ],
  },
  findings: [
    'ctg-padron',
    'front-desk-law',
    'children-interpret',
    'interpreting-budget',
    'referrals-lost',
    'no-data',
    'multilingual-staff',
    'entitlements-unknown',
    'legal-language',
    'information-local-language',
    'legal-updates',
    'interpreter-training',
    'service-map',
    'diverse-recruitment',
    'digital-only',
    'staff-turnover',
    'listening',
    'motivated-staff',
    'migrant-council',
    'ngo-network',
    'strategy-update',
    'video-interpreting',
  ],
  /** Shared findings in the territory's own words. */
  statements: {
    'children-interpret': L(
      'In den Sozialzentren dolmetschen Kinder, Mitbewohner oder Übersetzungs-Apps, weil es kein Budget für Dolmetschende gibt.',
      'Nei centri sociali fanno da interpreti figli, coinquilini o app di traduzione, perché non c’è un budget per gli interpreti.',
      'En los centros sociales interpretan hijos, compañeros de piso o aplicaciones de traducción, porque no hay presupuesto para intérpretes.',
      'In the social centres, children, roommates or translation apps interpret because there is no budget for interpreters.',
    ),
    'referrals-lost': L(
      'Weiterleitungen zwischen Sozialzentren, Beschäftigungsservice und Trägern laufen per Telefon oder Messenger und werden nicht nachverfolgt.',
      'Gli invii tra centri sociali, servizio per l’impiego ed enti passano per telefono o chat e non vengono seguiti.',
      'Las derivaciones entre centros sociales, servicio de empleo y entidades se hacen por teléfono o mensajería y no se siguen.',
      'Referrals between the social centres, the employment service and NGOs go by phone or messaging and are not followed up.',
    ),
    'information-local-language': L(
      'Informationsabende und Plakate der Stadt gibt es nur auf Spanisch, und die Anmeldung läuft über das Internet.',
      'Le serate informative e i manifesti del Comune sono solo in spagnolo e l’iscrizione si fa su internet.',
      'Las charlas y los carteles municipales solo están en español, y la inscripción se hace por internet.',
      'The city’s information evenings and posters are only in Spanish, and sign-up is online.',
    ),
  },
  /** What the validation focus group rejected or did not get to; the rest it confirmed or amended. */
  validation: { rejected: ['staff-turnover'], notValidated: ['video-interpreting'] },
  extraFindings: [
    {
      key: 'ctg-padron',
      kind: 'weakness',
      level: 'services-and-access',
      competences: ['residence-law-basics', 'access-barrier-reduction'],
      topics: ['access'],
      evidence: ['interview-staff-1', 'interview-tcn-1', 'src-legal', 'q-tcn:easy-appointment'],
      statement: L(
        'Die Anmeldung im Melderegister scheitert oft an fehlenden Mietverträgen, und niemand erklärt, dass sie für Gesundheitsversorgung und spätere Aufenthaltsverfahren gebraucht wird.',
        'L’iscrizione anagrafica fallisce spesso per mancanza di contratti d’affitto e nessuno spiega che serve per la sanità e per le future pratiche di soggiorno.',
        'El empadronamiento fracasa a menudo por falta de contrato de alquiler, y nadie explica que hace falta para la sanidad y para futuros trámites de residencia.',
        'Registration on the municipal register often fails for lack of a tenancy agreement, and nobody explains that it is needed for healthcare and for later residence procedures.',
      ),
    },
  ],
  internalReview: [
    {
      area: 'policies',
      assessment: L(
        'Der kommunale Plan kündigt eine Bedarfsanalyse und ein Monitoring an, ohne Verfahren oder Verantwortliche festzulegen. Für den Bericht zur sozialen Verwurzelung fehlen schriftliche Kriterien, und der Fortbildungsplan enthält nichts zu Ausländerrecht oder Dolmetschen.',
        'Il piano comunale annuncia un’analisi dei bisogni e un monitoraggio senza definirne procedure o responsabili. Per la relazione sul radicamento sociale mancano criteri scritti e il piano di formazione non contiene nulla su normativa sull’immigrazione o interpretariato.',
        'El plan municipal anuncia un diagnóstico de necesidades y un seguimiento sin fijar procedimientos ni responsables. Para el informe de arraigo faltan criterios escritos, y el plan de formación no incluye nada sobre extranjería ni interpretación.',
        'The city plan announces a needs assessment and monitoring without setting procedures or owners. There are no written criteria for the social-roots report, and the training plan contains nothing on immigration law or interpreting.',
      ),
      evidence: [
        { source: 'desk-strategy' },
        { source: 'desk-policy' },
        { session: 'interview-staff-2', participants: 1, groups: ['staff'] },
      ],
    },
    {
      area: 'attitudes',
      assessment: L(
        'Beschäftigte begegnen Eingewanderten überwiegend offen und geduldig; viele Zugewanderte aus Lateinamerika erleben die Ämter als zugänglich. Fragen zum Aufenthalt gelten jedoch als „Sache der Ausländerbehörde“, sodass niemand sich zuständig fühlt, die Folgen kommunaler Entscheidungen dafür zu erklären.',
        'Il personale accoglie le persone immigrate per lo più con apertura e pazienza; molte persone arrivate dall’America latina trovano gli uffici accessibili. Le questioni di soggiorno però sono considerate «cosa dell’ufficio stranieri», così nessuno si sente tenuto a spiegare le conseguenze delle decisioni comunali su di esse.',
        'El personal atiende a las personas inmigrantes en general con apertura y paciencia; muchas personas llegadas de América Latina ven los servicios accesibles. Sin embargo, las cuestiones de residencia se consideran «cosa de Extranjería», de modo que nadie se siente responsable de explicar cómo les afectan las decisiones municipales.',
        'Staff mostly meet immigrants with openness and patience; many arrivals from Latin America find the offices accessible. Residence questions, however, are seen as “a matter for the immigration office”, so nobody feels responsible for explaining how municipal decisions affect them.',
      ),
      evidence: [
        { session: 'focus-group-exploration', participants: 5, groups: ['staff', 'ngos'] },
        { session: 'interview-staff-1', participants: 1, groups: ['staff'] },
        { questionnaire: 'staff-self-assessment' },
      ],
    },
    {
      area: 'organisation',
      assessment: L(
        'Es gibt keine Daten zu Sprachen, Wartezeiten oder Weiterleitungen, und Weiterleitungen an Träger werden nicht nachverfolgt. Mediatorinnen und Mediatoren sind befristet über Programme angestellt und nicht mit den Fallakten verbunden; Mehrsprachigkeit zählt bei der Stellenbesetzung nicht.',
        'Non esistono dati su lingue, tempi di attesa o invii, e gli invii agli enti non vengono seguiti. Mediatrici e mediatori sono assunti a termine tramite programmi e non sono collegati ai fascicoli; nelle assunzioni il plurilinguismo non conta.',
        'No hay datos sobre lenguas, tiempos de espera ni derivaciones, y las derivaciones a entidades no se siguen. Las personas mediadoras están contratadas temporalmente a través de programas y sin conexión con los expedientes; el plurilingüismo no cuenta en la provisión de puestos.',
        'There are no data on languages, waiting times or referrals, and referrals to NGOs are not followed up. Mediators are on fixed-term programme contracts and not linked to the case files; multilingualism does not count when posts are filled.',
      ),
      evidence: [
        { session: 'interview-staff-4', participants: 1, groups: ['staff'] },
        { source: 'desk-evaluation' },
        { source: 'desk-report' },
      ],
    },
  ],
  quotes: [
    {
      session: 'interview-tcn-1',
      language: 'ar',
      findings: ['ctg-padron'],
      text: L(
        'Dreimal bin ich mit dem Bus in die Stadt gefahren, jedes Mal fehlte ein anderes Papier. Das hat mich drei Arbeitstage gekostet.',
        'Tre volte sono andato in città in autobus e ogni volta mancava un foglio diverso. Mi è costato tre giornate di lavoro.',
        'Tres veces fui a la ciudad en autobús y cada vez faltaba un papel distinto. Me costó tres jornales.',
        'Three times I took the bus into town, and each time a different paper was missing. It cost me three days’ wages.',
      ),
    },
    {
      session: 'interview-tcn-1',
      language: 'ar',
      findings: ['front-desk-law'],
      text: L(
        'Erst die Beratungsstelle hat mir gesagt, dass ich die Anmeldung für meine Papiere brauche. In der Stadt hat das niemand erwähnt.',
        'Solo l’associazione mi ha detto che l’iscrizione mi serviva per i documenti. In Comune nessuno l’aveva detto.',
        'Solo la asociación me dijo que necesitaba el padrón para mis papeles. En el Ayuntamiento nadie lo mencionó.',
        'Only the NGO told me I needed the registration for my papers. Nobody at the city mentioned it.',
      ),
    },
    {
      session: 'interview-tcn-2',
      language: 'es',
      findings: ['referrals-lost'],
      text: L(
        'Hier spricht man meine Sprache, aber trotzdem hat mir niemand gesagt, wohin ich eigentlich gehen muss.',
        'Qui parlano la mia lingua, eppure nessuno mi ha detto dove dovevo andare davvero.',
        'Aquí hablan mi idioma y, aun así, nadie me dijo adónde tenía que ir de verdad.',
        'They speak my language here, and still nobody told me where I actually had to go.',
      ),
    },
    {
      session: 'interview-tcn-2',
      language: 'es',
      findings: ['listening'],
      text: L(
        'Die Frau im Sozialzentrum hat mir zugehört wie einem Menschen, nicht wie einer Akte.',
        'La signora del centro sociale mi ha ascoltata come una persona, non come una pratica.',
        'La señora del centro social me escuchó como a una persona, no como a un expediente.',
        'The woman at the social centre listened to me as a person, not as a file.',
      ),
    },
    {
      session: 'interview-tcn-3',
      language: 'fr',
      findings: ['children-interpret', 'interpreting-budget'],
      text: L(
        'Mein Zimmernachbar hat übersetzt. Danach wusste das ganze Heim, warum ich dort war.',
        'Ha tradotto il mio compagno di stanza. Dopo, tutto il centro sapeva perché ero andato lì.',
        'Tradujo mi compañero de habitación. Después todo el centro sabía por qué había ido.',
        'My roommate interpreted. Afterwards the whole centre knew why I had gone there.',
      ),
    },
    {
      session: 'interview-tcn-3',
      language: 'fr',
      findings: ['legal-language'],
      text: L(
        'Die Briefe sind lang, und die wichtigen Wörter verstehe ich nicht. Ich lege sie in eine Schublade und warte.',
        'Le lettere sono lunghe e le parole importanti non le capisco. Le metto in un cassetto e aspetto.',
        'Las cartas son largas y las palabras importantes no las entiendo. Las guardo en un cajón y espero.',
        'The letters are long, and I do not understand the important words. I put them in a drawer and wait.',
      ),
    },
    {
      session: 'interview-tcn-4',
      language: 'uk',
      findings: ['entitlements-unknown'],
      text: L(
        'Dass ich einen kostenlosen Sprachkurs machen kann, habe ich von anderen Frauen erfahren, nicht von der Stadt.',
        'Che potevo fare un corso di lingua gratuito l’ho saputo da altre donne, non dal Comune.',
        'Que podía hacer un curso de idioma gratuito lo supe por otras mujeres, no por el Ayuntamiento.',
        'I learnt from other women, not from the city, that I could take a free language course.',
      ),
    },
    {
      session: 'focus-group-exploration',
      language: 'es',
      findings: ['information-local-language', 'digital-only'],
      text: L(
        'Die Informationsabende sind gut, aber die Plakate hängen nur auf Spanisch, und die Anmeldung läuft über das Internet.',
        'Le serate informative vanno bene, ma i manifesti sono solo in spagnolo e l’iscrizione si fa su internet.',
        'Las charlas están bien, pero los carteles solo están en español y la inscripción es por internet.',
        'The information evenings are good, but the posters are only in Spanish and you sign up online.',
      ),
    },
  ],
  limitations: [
    L(
      'Die Ausländerbehörde und die Nationalpolizei, die über Aufenthalt und Ausweise entscheiden, haben nicht teilgenommen; ihre Sicht auf die Weiterleitungen aus der Stadt fehlt.',
      'L’ufficio stranieri e la Polizia nazionale, che decidono su soggiorno e documenti, non hanno partecipato; manca il loro punto di vista sugli invii dal Comune.',
      'La Oficina de Extranjería y la Policía Nacional, que deciden sobre residencia y documentos, no participaron; falta su visión de las derivaciones desde el Ayuntamiento.',
      'The immigration office and the national police, who decide on residence and documents, did not take part; their view of referrals from the city is missing.',
    ),
    L(
      'Menschen ohne Anmeldung im Melderegister, die besonders betroffen sind, wurden kaum erreicht, weil die Einladungen über Sozialzentren und Träger liefen.',
      'Le persone non iscritte all’anagrafe, le più colpite, sono state raggiunte poco, perché gli inviti passavano da centri sociali ed enti.',
      'Apenas se llegó a las personas sin empadronar, las más afectadas, porque las invitaciones se hicieron a través de centros sociales y entidades.',
      'People not on the municipal register, who are most affected, were hardly reached, because invitations went through social centres and NGOs.',
    ),
    L(
      'Weil viele Befragte aus Lateinamerika stammen, überwiegt im Fragebogen die Sicht spanischsprachiger Menschen; die Ergebnisse zur Sprachmittlung stützen sich vor allem auf Interviews.',
      'Poiché molte persone intervistate provengono dall’America latina, nel questionario prevale il punto di vista di chi parla spagnolo; i risultati sulla mediazione linguistica si basano soprattutto sulle interviste.',
      'Como muchas de las personas encuestadas proceden de América Latina, en el cuestionario predomina la visión de quienes hablan español; los resultados sobre mediación lingüística se apoyan sobre todo en las entrevistas.',
      'Because many respondents come from Latin America, the questionnaire is dominated by Spanish speakers’ views; the findings on language mediation rest mainly on interviews.',
    ),
    L(
      'Ohne Routinedaten der Stadt zu Wartezeiten und Weiterleitungen bleiben diese Befunde qualitativ.',
      'Senza dati amministrativi del Comune su tempi di attesa e invii, questi risultati restano qualitativi.',
      'Sin datos administrativos municipales sobre tiempos de espera y derivaciones, estos resultados siguen siendo cualitativos.',
      'Without the city’s routine data on waiting times and referrals, these findings remain qualitative.',
    ),
  ],
  pattern: {
    'residence-law-basics': -0.14,
    'working-with-interpreters': -0.1,
    'referral-and-case-navigation': -0.1,
    'needs-analysis-evaluation': -0.08,
    'diversity-oriented-personnel-development': -0.08,
    'active-listening-clarification': 0.07,
    'openness-to-otherness': 0.06,
    'partnership-with-migrant-organisations': 0.05,
  },
};
