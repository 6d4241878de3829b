// Section "Reflective practice and self-care" of the staff self-assessment: one statement
// anchored to each level descriptor of the domain's three competences (framework.json). The
// free-text item training-wishes that closes the section is added by the generator.
// Reverse-keyed: sr-p1 (agreement), rs-p1 (frequency), lk-f1 (frequency).

/** @type {import('./types.d.mts').CompetenceBlock[]} */
export default [
  {
    competence: 'self-reflection-bias-awareness',
    items: [
      {
        id: 'sr-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn mich ein Gespräch irritiert hat, erzähle ich hinterher einer Kollegin oder einem Kollegen, welchen ersten Eindruck ich von der Person hatte und was mich gestört hat.',
          it: 'Quando qualcosa in un colloquio mi ha irritato, racconto poi a una collega o a un collega quale prima impressione avevo della persona e che cosa mi ha dato fastidio.',
          es: 'Cuando una conversación me ha molestado, le cuento después a un compañero o una compañera qué primera impresión tuve de la persona y qué me incomodó.',
          en: 'When a conversation has irritated me, I tell a colleague afterwards what my first impression of the person was and what bothered me.',
        },
      },
      {
        id: 'sr-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Ich bin sicher, dass meine persönlichen Einstellungen bei meinen dienstlichen Entscheidungen keine Rolle spielen.',
          it: 'Ho la certezza che i miei atteggiamenti personali non abbiano alcun peso nelle mie decisioni di lavoro.',
          es: 'Tengo la certeza de que mis actitudes personales no influyen en absoluto en mis decisiones de trabajo.',
          en: 'I am certain that my personal attitudes play no part in my decisions at work.',
        },
      },
      {
        id: 'sr-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'In der kollegialen Beratung oder in Teambesprechungen leite ich Gespräche an, in denen Kolleginnen und Kollegen ihre eigenen Annahmen über einen Fall prüfen.',
          it: "Nell'intervisione o nelle riunioni di gruppo conduco discussioni in cui colleghe e colleghi esaminano le proprie supposizioni su un caso.",
          es: 'En las sesiones de consulta entre colegas o en las reuniones de equipo, dirijo conversaciones en las que mis compañeros y compañeras examinan sus propias suposiciones sobre un caso.',
          en: 'In peer consultation or team meetings, I lead discussions in which colleagues examine their own assumptions about a case.',
        },
      },
      {
        id: 'sr-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe in unserer Organisation ein regelmäßiges Reflexionsformat eingeführt, etwa Fallsupervision oder eine Prüfung von Entscheidungen auf unbewusste Vorurteile.',
          it: 'Ho introdotto nella nostra organizzazione un momento di riflessione regolare, come la supervisione dei casi o una verifica delle decisioni alla ricerca di pregiudizi inconsapevoli.',
          es: 'He introducido en nuestra organización un espacio de reflexión periódico, como la supervisión de casos o una revisión de las decisiones en busca de sesgos inconscientes.',
          en: 'I have introduced a regular reflection format in our organisation, such as case supervision or a check of decisions for unconscious bias.',
        },
      },
    ],
  },
  {
    competence: 'resilience-self-care',
    items: [
      {
        id: 'rs-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn ich nach fordernden Kontakten Anzeichen von Stress bei mir bemerke, nehme ich die vorgesehenen Pausen.',
          it: 'Quando, dopo contatti impegnativi, colgo in me segnali di stress, faccio le pause previste.',
          es: 'Cuando noto en mí señales de estrés después de contactos exigentes, me tomo las pausas previstas.',
          en: 'When I notice signs of stress in myself after demanding contacts, I take the breaks provided.',
        },
      },
      {
        id: 'rs-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Feindselige Bemerkungen von Ratsuchenden beziehe ich auf mich persönlich.',
          it: "Prendo sul personale le osservazioni ostili dell'utenza.",
          es: 'Me tomo como algo personal los comentarios hostiles de las personas usuarias.',
          en: 'I take hostile remarks from service users personally.',
        },
      },
      {
        id: 'rs-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn ich bei einer Kollegin oder einem Kollegen nach einem schwierigen Fall Anzeichen von Überlastung bemerke, spreche ich sie oder ihn an und rege kollegiale Unterstützung oder Supervision an.',
          it: 'Quando noto segnali di sovraccarico in una collega o in un collega dopo un caso difficile, ne parlo con lei o con lui e propongo un sostegno tra pari o la supervisione.',
          es: 'Cuando noto señales de sobrecarga en un compañero o una compañera después de un caso difícil, hablo con esa persona y le propongo apoyo entre colegas o supervisión.',
          en: 'When I notice signs of overload in a colleague after a difficult case, I speak to them and suggest peer support or supervision.',
        },
      },
      {
        id: 'rs-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich habe in unserer Organisation Maßnahmen zum Schutz der Mitarbeitenden vor Belastung durchgesetzt, etwa eine Nachbesprechung nach jedem schweren Vorfall oder eine Obergrenze für Fallzahlen.',
          it: 'Ho ottenuto che nella nostra organizzazione si adottino misure che proteggono il personale dal sovraccarico, come un incontro di rielaborazione dopo ogni episodio grave o un tetto al numero di casi.',
          es: 'He conseguido que nuestra organización adopte medidas que protegen al personal de la sobrecarga, como una sesión de análisis tras cada incidente grave o un límite de casos por persona.',
          en: 'I have brought about measures in our organisation that protect staff from strain, such as a debriefing after every serious incident or a limit on caseloads.',
        },
      },
    ],
  },
  {
    competence: 'learning-and-knowledge-sharing',
    items: [
      {
        id: 'lk-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Wenn mir in einer Fortbildung oder bei einer Arbeitsanweisung etwas unklar ist, lasse ich es auf sich beruhen, statt nachzufragen.',
          it: "Quando in un corso di formazione o in un'istruzione di lavoro qualcosa non mi è chiaro, lascio perdere invece di chiedere.",
          es: 'Cuando algo de una formación o de una instrucción de trabajo no me queda claro, lo dejo estar en lugar de preguntar.',
          en: 'When something in a training session or a work instruction is unclear to me, I let it go rather than ask.',
        },
      },
      {
        id: 'lk-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Was ich in Fortbildungen oder aus schwierigen Fällen gelernt habe, gebe ich in Teambesprechungen weiter.',
          it: 'Condivido nelle riunioni di gruppo ciò che ho imparato nei corsi di formazione o dai casi difficili.',
          es: 'Comparto en las reuniones de equipo lo que he aprendido en formaciones o a partir de casos difíciles.',
          en: 'At team meetings, I pass on what I have learned in training or from difficult cases.',
        },
      },
      {
        id: 'lk-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Erkenntnisse aus schwierigen Fällen habe ich schriftlich aufbereitet, etwa als Fallbeispiel, damit Kolleginnen und Kollegen anderer Dienststellen sie nutzen können.',
          it: 'Ho messo per iscritto quanto appreso da casi difficili, per esempio come caso di studio, perché possa servire a colleghe e colleghi di altre unità.',
          es: 'He puesto por escrito lo aprendido en casos difíciles, por ejemplo como estudio de caso, para que puedan aprovecharlo compañeros y compañeras de otras unidades.',
          en: 'I have written up lessons from difficult cases, for example as a case study, so that colleagues in other units can use them.',
        },
      },
      {
        id: 'lk-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich leite Fortbildungen oder Schulungen für Multiplikatorinnen und Multiplikatoren, in denen ich Praxiswissen zur interkulturellen Arbeit weitergebe.',
          it: 'Tengo corsi di formazione o incontri per moltiplicatrici e moltiplicatori in cui trasmetto conoscenze pratiche sul lavoro interculturale.',
          es: 'Imparto formaciones o sesiones para personas multiplicadoras en las que transmito conocimientos prácticos sobre el trabajo intercultural.',
          en: 'I run training sessions or multiplier events in which I pass on practical knowledge of intercultural work.',
        },
      },
    ],
  },
];
