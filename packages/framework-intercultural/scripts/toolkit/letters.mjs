// Trainers' toolkit: plain-language letter templates. Each is written natively in every
// language (not translated sentence by sentence): the most important point first, short
// sentences, the action and the date stated plainly, whom to ask at the end. Placeholders in
// double braces are the same set in every language (./generate.mjs checks it), so that an
// administration fills one record and prints the letter in the reader's language.

/** @type {import('./types.d.mts').LetterSource[]} */
export default [
  {
    slug: 'appointment-invitation',
    modules: ['plain-language-letters-and-forms'],
    competences: ['plain-language-communication', 'access-barrier-reduction'],
    title: {
      de: 'Einladung zu einem Termin',
      it: 'Invito a un appuntamento',
      es: 'Citación para una cita',
      en: 'Invitation to an appointment',
    },
    summary: {
      de: 'Lädt zu einem Termin ein: wann, wo, was mitzubringen ist, und was zu tun ist, wenn man nicht kommen kann.',
      it: 'Invita a un appuntamento: quando, dove, che cosa portare e che cosa fare se non si può venire.',
      es: 'Cita a una persona: cuándo, dónde, qué traer y qué hacer si no puede venir.',
      en: 'Invites someone to an appointment: when, where, what to bring, and what to do if they cannot come.',
    },
    body: {
      de: 'Guten Tag {{name}},\n\nbitte kommen Sie zu einem Termin.\n\n- Wann: am {{date}} um {{time}} Uhr\n- Wo: {{address}}, Raum {{room}}\n\nBitte bringen Sie mit:\n\n- Ihren Pass oder Ausweis\n- {{documents}}\n\nSie brauchen eine Dolmetscherin oder einen Dolmetscher? Sagen Sie uns bitte vorher Bescheid. Das kostet Sie nichts.\n\nSie können nicht kommen? Rufen Sie uns bitte an. Wir geben Ihnen einen neuen Termin.\n\nFragen? Rufen Sie {{contact}} an: {{phone}}.\n\nMit freundlichen Grüßen\n{{office}}',
      it: "Gentile {{name}},\n\nLa invitiamo a un appuntamento.\n\n- Quando: il {{date}} alle ore {{time}}\n- Dove: {{address}}, stanza {{room}}\n\nPer favore porti con sé:\n\n- il passaporto o un documento d'identità\n- {{documents}}\n\nLe serve un interprete? Ce lo dica prima. Per Lei è gratuito.\n\nNon può venire? Ci telefoni. Le daremo un nuovo appuntamento.\n\nHa domande? Chiami {{contact}}: {{phone}}.\n\nCordiali saluti\n{{office}}",
      es: 'Estimado/a {{name}}:\n\nle damos una cita.\n\n- Cuándo: el {{date}} a las {{time}}\n- Dónde: {{address}}, sala {{room}}\n\nPor favor, traiga:\n\n- su pasaporte o documento de identidad\n- {{documents}}\n\n¿Necesita intérprete? Avísenos antes. Es gratis para usted.\n\n¿No puede venir? Llámenos. Le daremos otra cita.\n\n¿Tiene preguntas? Llame a {{contact}}: {{phone}}.\n\nUn saludo cordial,\n{{office}}',
      en: 'Dear {{name}},\n\nPlease come to an appointment with us.\n\n- When: {{date}} at {{time}}\n- Where: {{address}}, room {{room}}\n\nPlease bring:\n\n- your passport or identity card\n- {{documents}}\n\nDo you need an interpreter? Please tell us before the appointment. It is free for you.\n\nIf you cannot come, please phone us. We will give you a new appointment.\n\nQuestions? Call {{contact}} on {{phone}}.\n\nKind regards\n{{office}}',
    },
  },
  {
    slug: 'missing-documents',
    modules: ['plain-language-letters-and-forms'],
    competences: ['plain-language-communication', 'access-barrier-reduction'],
    title: {
      de: 'Bitte um fehlende Unterlagen',
      it: 'Richiesta di documenti mancanti',
      es: 'Solicitud de documentos que faltan',
      en: 'Request for missing documents',
    },
    summary: {
      de: 'Sagt, welche Unterlagen fehlen, bis wann sie da sein müssen und was sonst geschieht.',
      it: 'Dice quali documenti mancano, entro quando devono arrivare e che cosa succede altrimenti.',
      es: 'Dice qué documentos faltan, para cuándo tienen que llegar y qué pasa si no.',
      en: 'Says which documents are missing, by when they must arrive, and what happens otherwise.',
    },
    body: {
      de: 'Guten Tag {{name}},\n\nfür Ihren Antrag auf {{application}} fehlen noch Unterlagen.\n\nBitte schicken Sie uns bis zum {{deadline}}:\n\n- {{documents}}\n\nSie können die Unterlagen\n\n- per Post schicken an: {{address}}\n- per E-Mail schicken an: {{email}}\n- oder zu unseren Öffnungszeiten vorbeibringen.\n\nWichtig: Wenn die Unterlagen bis zum {{deadline}} nicht da sind, entscheiden wir nur mit den Unterlagen, die wir haben. Dann kann es sein, dass Sie kein Geld bekommen.\n\nSie schaffen es nicht bis zum {{deadline}}? Oder Sie bekommen ein Dokument nicht? Rufen Sie uns bitte vorher an. Oft finden wir eine Lösung.\n\nFragen? Rufen Sie {{contact}} an: {{phone}}.\n\nMit freundlichen Grüßen\n{{office}}',
      it: 'Gentile {{name}},\n\nper la Sua domanda di {{application}} mancano ancora dei documenti.\n\nCi mandi per favore entro il {{deadline}}:\n\n- {{documents}}\n\nPuò inviare i documenti\n\n- per posta a: {{address}}\n- per e-mail a: {{email}}\n- oppure portarli di persona negli orari di apertura.\n\nImportante: se entro il {{deadline}} i documenti non arrivano, decideremo solo con i documenti che abbiamo. In questo caso potrebbe non ricevere il contributo.\n\nNon riesce entro il {{deadline}}? Oppure non riesce a ottenere un documento? Ci telefoni prima della scadenza. Spesso si trova una soluzione.\n\nHa domande? Chiami {{contact}}: {{phone}}.\n\nCordiali saluti\n{{office}}',
      es: 'Estimado/a {{name}}:\n\na su solicitud de {{application}} todavía le faltan documentos.\n\nEnvíenos, por favor, antes del {{deadline}}:\n\n- {{documents}}\n\nPuede enviar los documentos\n\n- por correo postal a: {{address}}\n- por correo electrónico a: {{email}}\n- o traerlos en nuestro horario de atención.\n\nImportante: si los documentos no llegan antes del {{deadline}}, decidiremos solo con los que tenemos. Puede que entonces no reciba la ayuda.\n\n¿No llega a tiempo para el {{deadline}}? ¿O no consigue algún documento? Llámenos antes de esa fecha. Muchas veces hay solución.\n\n¿Tiene preguntas? Llame a {{contact}}: {{phone}}.\n\nUn saludo cordial,\n{{office}}',
      en: 'Dear {{name}},\n\nSome documents are still missing for your application for {{application}}.\n\nPlease send us by {{deadline}}:\n\n- {{documents}}\n\nYou can\n\n- post them to: {{address}}\n- e-mail them to: {{email}}\n- or bring them in during our opening hours.\n\nImportant: if the documents have not arrived by {{deadline}}, we will decide with only the documents we have. You may then receive no payment.\n\nIf you cannot send them by {{deadline}}, or cannot get a document, please phone us before that date. We can often find a way.\n\nQuestions? Call {{contact}} on {{phone}}.\n\nKind regards\n{{office}}',
    },
  },
  {
    slug: 'decision-and-objection',
    modules: ['plain-language-letters-and-forms'],
    competences: ['plain-language-communication', 'rights-and-entitlements'],
    title: {
      de: 'Eine Entscheidung erklären, mit Widerspruchsmöglichkeit',
      it: 'Spiegare una decisione e come fare ricorso',
      es: 'Explicar una resolución y cómo recurrirla',
      en: 'Explaining a decision and how to object',
    },
    summary: {
      de: 'Nennt zuerst die Entscheidung, dann den Grund, dann wie und bis wann man widersprechen kann.',
      it: 'Dice prima la decisione, poi il motivo, poi come ed entro quando si può fare ricorso.',
      es: 'Dice primero la decisión, luego el motivo y después cómo y hasta cuándo se puede recurrir.',
      en: 'States the decision first, then the reason, then how and by when to object.',
    },
    body: {
      de: 'Guten Tag {{name}},\n\nwir haben über Ihren Antrag auf {{application}} entschieden.\n\nUnsere Entscheidung: {{decision}}\n\nDer Grund: {{reason}}\n\nSie sind nicht einverstanden?\n\nDann können Sie Widerspruch einlegen. Das kostet nichts.\n\n1. Schreiben Sie uns, dass Sie nicht einverstanden sind. Sie können auch sagen, warum.\n2. Schicken Sie den Brief an: {{objectionAddress}}. Oder kommen Sie vorbei, wir schreiben den Widerspruch mit Ihnen auf.\n3. Der Widerspruch muss bis zum {{objectionDeadline}} bei uns sein.\n\nHilfe bekommen Sie auch kostenlos bei: {{counselling}}.\n\nFragen zu dieser Entscheidung? Rufen Sie {{contact}} an: {{phone}}.\n\nMit freundlichen Grüßen\n{{office}}',
      it: "Gentile {{name}},\n\nabbiamo deciso sulla Sua domanda di {{application}}.\n\nLa nostra decisione: {{decision}}\n\nIl motivo: {{reason}}\n\nNon è d'accordo?\n\nPuò fare ricorso. Non costa nulla.\n\n1. Ci scriva che non è d'accordo. Se vuole, spieghi anche perché.\n2. Mandi la lettera a: {{objectionAddress}}. Oppure venga da noi: scriviamo il ricorso insieme.\n3. Il ricorso deve arrivarci entro il {{objectionDeadline}}.\n\nUn aiuto gratuito lo trova anche presso: {{counselling}}.\n\nHa domande su questa decisione? Chiami {{contact}}: {{phone}}.\n\nCordiali saluti\n{{office}}",
      es: 'Estimado/a {{name}}:\n\nhemos resuelto su solicitud de {{application}}.\n\nNuestra decisión: {{decision}}\n\nEl motivo: {{reason}}\n\n¿No está de acuerdo?\n\nPuede presentar un recurso. Es gratis.\n\n1. Escríbanos que no está de acuerdo. Si quiere, explique también por qué.\n2. Envíe el escrito a: {{objectionAddress}}. O venga a vernos y lo redactamos con usted.\n3. El recurso tiene que llegarnos antes del {{objectionDeadline}}.\n\nTambién puede recibir ayuda gratuita en: {{counselling}}.\n\n¿Tiene preguntas sobre esta decisión? Llame a {{contact}}: {{phone}}.\n\nUn saludo cordial,\n{{office}}',
      en: 'Dear {{name}},\n\nWe have decided on your application for {{application}}.\n\nOur decision: {{decision}}\n\nThe reason: {{reason}}\n\nDo you disagree?\n\nThen you can object. It costs nothing.\n\n1. Write to us that you disagree. You can also say why.\n2. Send the letter to: {{objectionAddress}}. Or come in, and we will write down your objection with you.\n3. Your objection must reach us by {{objectionDeadline}}.\n\nYou can also get free help from: {{counselling}}.\n\nQuestions about this decision? Call {{contact}} on {{phone}}.\n\nKind regards\n{{office}}',
    },
  },
  {
    slug: 'deadline-reminder',
    modules: ['plain-language-letters-and-forms'],
    competences: ['plain-language-communication', 'access-barrier-reduction'],
    title: {
      de: 'Erinnerung an eine Frist',
      it: 'Promemoria di una scadenza',
      es: 'Recordatorio de un plazo',
      en: 'Reminder of a deadline',
    },
    summary: {
      de: 'Erinnert an eine Frist: das Datum und die Handlung zuerst, die Folge klar, und wen man fragen kann.',
      it: "Ricorda una scadenza: prima la data e l'azione, poi la conseguenza in modo chiaro, e a chi chiedere.",
      es: 'Recuerda un plazo: primero la fecha y la acción, la consecuencia con claridad y a quién preguntar.',
      en: 'Reminds of a deadline: the date and the action first, the consequence plainly, and whom to ask.',
    },
    body: {
      de: 'Guten Tag {{name}},\n\nbitte denken Sie daran: Bis zum {{deadline}} müssen Sie {{action}}.\n\nWir haben Ihnen dazu am {{firstLetterDate}} geschrieben. Bis heute haben wir noch nichts von Ihnen bekommen.\n\nWas passiert, wenn Sie nichts tun? {{consequence}}\n\nHaben Sie schon alles geschickt? Dann ist dieser Brief für Sie erledigt.\n\nSie verstehen den Brief nicht oder brauchen Hilfe? Rufen Sie {{contact}} an: {{phone}}. Wir können auch mit einer Dolmetscherin oder einem Dolmetscher sprechen.\n\nMit freundlichen Grüßen\n{{office}}',
      it: 'Gentile {{name}},\n\nLe ricordiamo che entro il {{deadline}} deve {{action}}.\n\nLe abbiamo scritto su questo il {{firstLetterDate}}. Finora non abbiamo ricevuto nulla da Lei.\n\nChe cosa succede se non fa nulla? {{consequence}}\n\nHa già inviato tutto? Allora può ignorare questa lettera.\n\nNon capisce la lettera o ha bisogno di aiuto? Chiami {{contact}}: {{phone}}. Possiamo parlare anche con un interprete.\n\nCordiali saluti\n{{office}}',
      es: 'Estimado/a {{name}}:\n\nle recordamos que antes del {{deadline}} tiene que {{action}}.\n\nLe escribimos sobre esto el {{firstLetterDate}}. Hasta hoy no hemos recibido nada.\n\n¿Qué pasa si no hace nada? {{consequence}}\n\n¿Ya lo ha enviado todo? Entonces no tiene que hacer nada más.\n\n¿No entiende la carta o necesita ayuda? Llame a {{contact}}: {{phone}}. También podemos hablar con un intérprete.\n\nUn saludo cordial,\n{{office}}',
      en: "Dear {{name}},\n\nPlease remember: by {{deadline}} you must {{action}}.\n\nWe wrote to you about this on {{firstLetterDate}}. So far we have not received anything from you.\n\nWhat happens if you do nothing? {{consequence}}\n\nHave you already sent everything? Then you do not need to do anything more.\n\nIf you do not understand this letter or need help, call {{contact}} on {{phone}}. We can also talk with an interpreter's help.\n\nKind regards\n{{office}}",
    },
  },
  {
    slug: 'information-session',
    modules: ['plain-language-letters-and-forms', 'outreach-with-migrant-organisations'],
    competences: ['plain-language-communication', 'target-group-outreach'],
    title: {
      de: 'Einladung zu einer Informationsveranstaltung',
      it: 'Invito a un incontro informativo',
      es: 'Invitación a una sesión informativa',
      en: 'Invitation to an information session',
    },
    summary: {
      de: 'Lädt zu einer offenen Veranstaltung ein: Thema, Ort, Zeit, Sprachen, Anmeldung.',
      it: 'Invita a un incontro aperto: tema, luogo, orario, lingue, iscrizione.',
      es: 'Invita a una sesión abierta: tema, lugar, hora, idiomas, inscripción.',
      en: 'Invites people to an open event: topic, place, time, languages, registration.',
    },
    body: {
      de: 'Guten Tag {{name}},\n\nwir laden Sie herzlich ein: Informationsabend zum Thema {{topic}}.\n\n- Wann: am {{date}} um {{time}} Uhr\n- Wo: {{place}}\n\nSie erfahren, was Sie tun müssen und wo Sie Hilfe bekommen. Sie können alle Fragen stellen.\n\nDie Veranstaltung ist kostenlos. Es wird auch in diesen Sprachen übersetzt: {{languages}}.\n\nSie können Ihre Kinder mitbringen. Eine Kinderbetreuung gibt es vor Ort.\n\nBitte melden Sie sich bis zum {{registrationDeadline}} an: telefonisch unter {{phone}} oder direkt bei uns.\n\nWir freuen uns auf Sie!\n{{office}}',
      it: "Gentile {{name}},\n\nLa invitiamo a una serata informativa su: {{topic}}.\n\n- Quando: il {{date}} alle ore {{time}}\n- Dove: {{place}}\n\nScoprirà che cosa deve fare e dove trovare aiuto. Potrà fare tutte le domande che vuole.\n\nLa partecipazione è gratuita. Ci sarà la traduzione anche in queste lingue: {{languages}}.\n\nPuò venire con i bambini: sul posto c'è chi si occupa di loro.\n\nPer favore si iscriva entro il {{registrationDeadline}}: per telefono al {{phone}} o direttamente da noi.\n\nLa aspettiamo!\n{{office}}",
      es: 'Estimado/a {{name}}:\n\nle invitamos a una sesión informativa sobre {{topic}}.\n\n- Cuándo: el {{date}} a las {{time}}\n- Dónde: {{place}}\n\nSabrá qué tiene que hacer y dónde encontrar ayuda. Podrá preguntar todo lo que quiera.\n\nLa sesión es gratuita. Habrá interpretación también a estos idiomas: {{languages}}.\n\nPuede venir con sus hijos: habrá personas que los cuiden allí mismo.\n\nPor favor, inscríbase antes del {{registrationDeadline}}: por teléfono en el {{phone}} o directamente en nuestra oficina.\n\n¡Le esperamos!\n{{office}}',
      en: 'Dear {{name}},\n\nYou are warmly invited to an information evening on {{topic}}.\n\n- When: {{date}} at {{time}}\n- Where: {{place}}\n\nYou will find out what you need to do and where to get help. You can ask any questions you have.\n\nThe session is free. It will also be interpreted into these languages: {{languages}}.\n\nYou can bring your children. There will be childcare on site.\n\nPlease register by {{registrationDeadline}}: by phone on {{phone}} or in person at our office.\n\nWe look forward to seeing you!\n{{office}}',
    },
  },
];
