// Staff self-assessment, domain section "legal-framework": residence law, rights and
// entitlements, data protection, anti-discrimination law. One statement per level, each anchored
// to the competence's level descriptor in content/framework.json, plus one situational item per
// competence. Read by ../generate-self-assessment.mjs.

/** @type {import('./types.d.mts').CompetenceBlock[]} */
export default [
  {
    competence: 'residence-law-basics',
    items: [
      {
        id: 'rl-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Mithilfe unserer Checkliste lese ich auf den häufig vorgelegten Aufenthaltsdokumenten ab, bis wann sie gelten und welche Auflagen sie enthalten.',
          it: "Con l'aiuto della nostra lista di controllo leggo sui documenti di soggiorno presentati più spesso fino a quando sono validi e quali condizioni prevedono.",
          es: 'Con ayuda de nuestra lista de verificación compruebo en los documentos de residencia que se presentan con más frecuencia hasta cuándo son válidos y qué condiciones establecen.',
          en: 'Using our checklist, I can read from the residence documents we see most often how long they are valid and what conditions they carry.',
        },
      },
      {
        id: 'rl-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'In den üblichen Fällen meiner Arbeit bestimme ich selbst, was der Aufenthaltsstatus einer Person für die beantragte Leistung bedeutet, etwa ob sie arbeiten darf.',
          it: 'Nei casi abituali del mio lavoro stabilisco da me che cosa comporta il titolo di soggiorno di una persona per il servizio richiesto, per esempio se può lavorare.',
          es: 'En los casos habituales de mi trabajo determino por mi cuenta qué implica la situación de residencia de una persona para el servicio que solicita, por ejemplo si puede trabajar.',
          en: "In the usual cases of my work, I determine myself what a person's residence status means for the service they are requesting, for example whether they may work.",
        },
      },
      {
        id: 'rl-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich berate Kolleginnen und Kollegen in schwierigen aufenthaltsrechtlichen Konstellationen, etwa bei Familien mit unterschiedlichem Status oder bei noch laufenden Verfahren.',
          it: 'Consiglio colleghe e colleghi nelle situazioni complesse di diritto di soggiorno, per esempio famiglie i cui membri hanno titoli diversi o procedimenti ancora in corso.',
          es: 'Asesoro a mis compañeros y compañeras en situaciones complejas de extranjería, por ejemplo familias cuyos miembros tienen situaciones distintas o procedimientos todavía en curso.',
          en: 'I advise colleagues on complex residence-law situations, such as families whose members hold different statuses or applications that are still pending.',
        },
      },
      {
        id: 'rl-e1',
        level: 'expert',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Wenn sich das Aufenthaltsrecht oder die Rechtsprechung dazu ändert, warte ich ab, bis andere unsere internen Anweisungen und Checklisten anpassen.',
          it: 'Quando cambiano le norme sul soggiorno o la giurisprudenza in materia, aspetto che siano altri ad aggiornare le nostre istruzioni interne e le liste di controllo.',
          es: 'Cuando cambian la normativa de extranjería o la jurisprudencia, espero a que otras personas actualicen nuestras instrucciones internas y listas de verificación.',
          en: 'When residence law or the case law on it changes, I wait for others to update our internal instructions and checklists.',
        },
      },
      {
        id: 'rl-sjt-1',
        level: 'advanced',
        type: 'situational-judgement',
        scenario: {
          de: 'Im Jobcenter zeigt Ihnen eine Frau ihren Aufenthaltstitel, der vor zwei Wochen abgelaufen ist, und eine Bescheinigung der Ausländerbehörde, dass sie die Verlängerung vor Ablauf beantragt hat. Ein Arbeitgeber möchte sie ab nächster Woche einstellen und hat gefragt, ob sie arbeiten darf.',
          it: "Al centro per l'impiego una donna Le mostra il permesso di soggiorno, scaduto da due settimane, insieme alla ricevuta che attesta la richiesta di rinnovo presentata prima della scadenza. Un datore di lavoro vuole assumerla dalla settimana prossima e le ha chiesto se può lavorare.",
          es: 'En la oficina de empleo, una mujer le muestra su autorización de residencia, caducada hace dos semanas, junto con el resguardo que acredita que solicitó la renovación antes de la fecha de caducidad. Una empresa quiere contratarla la semana que viene y le ha preguntado si puede trabajar.',
          en: 'At the job centre, a woman shows you her residence permit, which expired two weeks ago, together with a certificate from the immigration office confirming that she applied for renewal before the expiry date. An employer wants to hire her next week and has asked whether she is allowed to work.',
        },
        prompt: {
          de: 'Wie beantworten Sie ihre Frage, ob sie arbeiten darf?',
          it: 'Come risponde alla sua domanda se può lavorare?',
          es: '¿Cómo responde a su pregunta de si puede trabajar?',
          en: 'How do you answer her question about whether she may work?',
        },
        options: [
          {
            id: 'flat-no',
            label: {
              de: 'Ihr sagen, dass sie nicht arbeiten darf, solange sie keinen neuen Aufenthaltstitel in der Hand hat.',
              it: 'Dirle che non può lavorare finché non ha in mano un nuovo permesso di soggiorno.',
              es: 'Decirle que no puede trabajar mientras no tenga en la mano una nueva autorización de residencia.',
              en: 'Tell her that she may not work until she has a new residence permit in her hand.',
            },
            points: 0,
            feedback: {
              de: 'Ein rechtzeitiger Verlängerungsantrag erhält in der Regel die bisherigen Rechte; ein pauschales Nein kann sie grundlos die Stelle kosten.',
              it: 'Una richiesta di rinnovo presentata in tempo di solito mantiene i diritti precedenti; un no secco può farle perdere il lavoro senza motivo.',
              es: 'Una solicitud de renovación presentada a tiempo suele mantener los derechos anteriores; un no rotundo puede costarle el empleo sin motivo.',
              en: 'A renewal application made in time usually keeps the previous rights in force; a flat no may cost her the job for nothing.',
            },
          },
          {
            id: 'refer-and-wait',
            label: {
              de: 'Sie zur Ausländerbehörde schicken, damit diese die Frage verbindlich beantwortet, und ihr raten, dem Arbeitgeber bis dahin nicht zuzusagen, auch wenn sich der Arbeitsbeginn dadurch verschiebt.',
              it: "Mandarla all'ufficio immigrazione perché le dia una risposta vincolante e consigliarle di non dare conferme al datore di lavoro fino ad allora, anche se l'inizio del lavoro dovesse slittare.",
              es: 'Enviarla a la Oficina de Extranjería para que le den una respuesta vinculante y aconsejarle que hasta entonces no confirme nada a la empresa, aunque eso retrase su incorporación.',
              en: 'Send her to the immigration office for a binding answer and advise her not to commit to the employer until then, even if this pushes back her start date.',
            },
            points: 1,
            feedback: {
              de: 'Die Ausländerbehörde kann das klären, doch die Fallkonstellation ist mit den vorliegenden Papieren prüfbar; der Umweg kann sie die Stelle kosten.',
              it: "L'ufficio immigrazione può chiarire la questione, ma il caso si può verificare con i documenti che ha con sé; il giro in più può costarle il posto.",
              es: 'La Oficina de Extranjería puede aclararlo, pero el caso se puede comprobar con los documentos que trae; el rodeo puede costarle el puesto.',
              en: 'The immigration office can settle it, but the case can be checked with the papers she has brought; the detour may cost her the job.',
            },
          },
          {
            id: 'check-and-explain',
            label: {
              de: 'Prüfen, ob laut Bescheinigung der bisherige Titel mit seiner Erlaubnis zur Beschäftigung bis zur Entscheidung fortgilt, und ihr das Ergebnis erklären.',
              it: "Verificare se, in base alla ricevuta, il permesso precedente resta valido fino alla decisione, compreso il diritto di lavorare, e spiegarle l'esito.",
              es: 'Comprobar si, según el resguardo, la autorización anterior sigue vigente hasta la resolución, incluido el permiso para trabajar, y explicarle el resultado.',
              en: 'Check whether, under the certificate, her previous permit and its permission to work stay in force until the decision, and explain the result to her.',
            },
            points: 2,
            feedback: {
              de: 'Bei einem rechtzeitigen Verlängerungsantrag gelten die bisherigen Rechte in der Regel bis zur Entscheidung fort; wer das an den Papieren prüft, kann ihr sofort eine verlässliche Antwort geben.',
              it: 'Con una richiesta di rinnovo presentata in tempo, di norma i diritti precedenti restano validi fino alla decisione: chi lo verifica sui documenti può darle subito una risposta affidabile.',
              es: 'Con una solicitud de renovación presentada a tiempo, por lo general los derechos anteriores se mantienen hasta la resolución; quien lo comprueba en los documentos puede darle enseguida una respuesta fiable.',
              en: 'With a renewal application made in time, the previous rights usually stay in force until the decision; checking this on the papers gives her a reliable answer at once.',
            },
          },
          {
            id: 'employer-checks',
            label: {
              de: 'Ihr sagen, dass sie die Stelle ruhig antreten kann, weil die Papiere ohnehin der Arbeitgeber prüft.',
              it: 'Dirle che può iniziare tranquillamente, perché tanto i documenti li controlla il datore di lavoro.',
              es: 'Decirle que puede empezar sin problema, porque los papeles ya los revisa la empresa.',
              en: 'Tell her she can go ahead and start, because the employer checks the papers anyway.',
            },
            points: 0,
            feedback: {
              de: 'Eine Zusage ohne Prüfung kann falsch sein, etwa wenn der bisherige Titel keine Beschäftigung erlaubte; die Folgen trägt dann sie.',
              it: 'Un via libera senza verifica può essere sbagliato, per esempio se il permesso precedente non consentiva di lavorare; e le conseguenze ricadono su di lei.',
              es: 'Dar el visto bueno sin comprobarlo puede ser un error, por ejemplo si la autorización anterior no permitía trabajar, y las consecuencias las sufre ella.',
              en: 'A go-ahead without checking may be wrong, for instance if the previous permit did not allow work, and she is the one who bears the consequences.',
            },
          },
        ],
      },
    ],
  },
  {
    competence: 'rights-and-entitlements',
    items: [
      {
        id: 're-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn ein Anliegen nicht zu meiner Dienststelle gehört, gebe ich die aktuelle Übersicht der Stellen mit, die für Sozialleistungen, Gesundheitsversorgung und Sprachkurse zuständig sind.',
          it: 'Quando una richiesta non riguarda il mio ufficio, consegno il prospetto aggiornato degli uffici competenti per prestazioni sociali, assistenza sanitaria e corsi di lingua.',
          es: 'Cuando una petición no corresponde a mi unidad, entrego la relación actualizada de las oficinas competentes en prestaciones sociales, asistencia sanitaria y cursos de idiomas.',
          en: 'When a request does not belong to my unit, I hand out the current overview of the offices responsible for benefits, health care and language courses.',
        },
      },
      {
        id: 're-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        reverse: true,
        prompt: {
          de: 'Wenn ich annehme, dass jemand ohnehin keinen Anspruch hat, spreche ich einen möglichen Antrag gar nicht erst an.',
          it: 'Se ritengo che una persona non abbia comunque diritto, non le parlo nemmeno della possibilità di presentare domanda.',
          es: 'Si creo que alguien no tiene derecho de todos modos, ni siquiera le menciono la posibilidad de presentar una solicitud.',
          en: 'If I assume that someone is not entitled anyway, I do not even mention that they could apply.',
        },
      },
      {
        id: 're-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Wenn jemand zwischen zwei Leistungssystemen durchzufallen droht, etwa bei einem Statuswechsel oder bei dringendem Behandlungsbedarf ohne regulären Aufenthalt, kläre ich mit den zuständigen Stellen, wer die Versorgung übernimmt.',
          it: 'Quando una persona rischia di restare scoperta tra due sistemi di prestazioni, per esempio durante un cambio di status o con un bisogno urgente di cure senza un soggiorno regolare, chiarisco con gli enti competenti chi se ne fa carico.',
          es: 'Cuando alguien corre el riesgo de quedarse sin cobertura entre dos sistemas de prestaciones, por ejemplo durante un cambio de situación o con una necesidad urgente de atención sanitaria sin residencia regular, aclaro con los organismos competentes quién asume su atención.',
          en: 'When someone is about to fall between two benefit systems, for example during a change of status or with an urgent need for treatment without regular status, I clarify with the competent bodies who will provide for them.',
        },
      },
      {
        id: 're-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich werte aus, welche Leistungen Berechtigte häufig nicht in Anspruch nehmen, und schlage auf dieser Grundlage Änderungen an Verfahren oder örtlichen Regelungen vor.',
          it: 'Analizzo quali prestazioni restano spesso non richieste da chi ne avrebbe diritto e su questa base propongo modifiche alle procedure o ai regolamenti locali.',
          es: 'Analizo qué prestaciones quedan a menudo sin solicitar por quienes tienen derecho a ellas y, a partir de ello, propongo cambios en los procedimientos o en la normativa local.',
          en: 'I analyse which entitlements eligible people often do not take up and, on that basis, propose changes to procedures or local rules.',
        },
      },
      {
        id: 're-sjt-1',
        level: 'practitioner',
        type: 'situational-judgement',
        scenario: {
          de: 'Eine Familie mit drei Kindern kommt zum Sozialamt. Ihr Wohngeld wurde eingestellt, weil sie angeforderte Unterlagen nicht fristgerecht eingereicht hat; die Eltern sagen, sie hätten das Erinnerungsschreiben nicht verstanden. Die Frist ist seit drei Wochen abgelaufen.',
          it: "Una famiglia con tre figli si rivolge ai servizi sociali. Il contributo per l'affitto è stato sospeso perché non ha inviato in tempo i documenti richiesti; i genitori dicono di non aver capito la lettera di sollecito. La scadenza è passata da tre settimane.",
          es: 'Una familia con tres hijos acude a los servicios sociales. Le han suspendido la ayuda al alquiler porque no entregó a tiempo los documentos requeridos; los padres dicen que no entendieron la carta de recordatorio. El plazo venció hace tres semanas.',
          en: 'A family with three children comes to social services. Their housing allowance has stopped because they did not send in the requested documents by the deadline; the parents say they did not understand the reminder letter. The deadline passed three weeks ago.',
        },
        prompt: {
          de: 'Was unternehmen Sie für die Familie?',
          it: 'Che cosa fa per la famiglia?',
          es: '¿Qué hace por la familia?',
          en: 'What do you do for the family?',
        },
        options: [
          {
            id: 'find-remedy',
            label: {
              de: 'Prüfen, ob die Unterlagen nachgereicht werden können oder ein neuer Antrag möglich ist, und den Eltern die Schritte und die neue Frist erklären.',
              it: 'Verificare se i documenti si possono ancora presentare o se è possibile una nuova domanda e spiegare ai genitori i passaggi e la nuova scadenza.',
              es: 'Comprobar si aún se pueden entregar los documentos o cabe una nueva solicitud, y explicar a los padres los pasos y el nuevo plazo.',
              en: 'Check whether the documents can still be submitted late or a new application is possible, and explain the steps and the new deadline to the parents.',
            },
            points: 2,
            feedback: {
              de: 'Versäumte Fristen lassen sich oft heilen; wer die Möglichkeiten prüft und verständlich erklärt, sorgt dafür, dass die Familie ihren Anspruch nicht verliert.',
              it: 'A una scadenza mancata spesso si può rimediare: verificare le possibilità e spiegarle con chiarezza evita che la famiglia perda il suo diritto.',
              es: 'Un plazo vencido a menudo tiene remedio; comprobar las posibilidades y explicarlas con claridad evita que la familia pierda su derecho.',
              en: 'Missed deadlines can often be remedied; checking the options and explaining them clearly keeps the family from losing its entitlement.',
            },
          },
          {
            id: 'explain-letter',
            label: {
              de: 'Den Eltern das Erinnerungsschreiben Satz für Satz erklären, damit sie künftige Schreiben besser verstehen, und ihnen raten, beim nächsten Mal früher zu kommen.',
              it: 'Spiegare ai genitori la lettera di sollecito frase per frase, perché capiscano meglio le prossime comunicazioni, e consigliare loro di venire prima la prossima volta.',
              es: 'Explicar a los padres la carta de recordatorio frase por frase, para que entiendan mejor las próximas cartas, y aconsejarles que la próxima vez acudan antes.',
              en: 'Go through the reminder letter with the parents sentence by sentence so that they understand future letters better, and advise them to come earlier next time.',
            },
            points: 0,
            feedback: {
              de: 'Das hilft beim nächsten Schreiben, lässt aber den jetzt verlorenen Anspruch unbearbeitet, obwohl er sich womöglich noch retten lässt.',
              it: 'Aiuta con la prossima lettera, ma lascia da parte il diritto perso adesso, che forse si può ancora recuperare.',
              es: 'Ayuda con la próxima carta, pero deja sin tratar el derecho perdido ahora, que quizá todavía se pueda recuperar.',
              en: 'This helps with the next letter but leaves the entitlement lost now unaddressed, although it may still be saved.',
            },
          },
          {
            id: 'too-late',
            label: {
              de: 'Erklären, dass die Frist abgelaufen ist und sich an der Einstellung nichts mehr ändern lässt.',
              it: 'Spiegare che la scadenza è passata e che la sospensione non si può più cambiare.',
              es: 'Explicar que el plazo ha vencido y que la suspensión ya no se puede cambiar.',
              en: 'Explain that the deadline has passed and the decision to stop the allowance cannot be changed.',
            },
            points: 0,
            feedback: {
              de: 'Die Auskunft, nichts sei mehr möglich, ist oft falsch und kann die Familie um einen Anspruch bringen.',
              it: "Dire che non c'è più niente da fare spesso non è vero e può far perdere alla famiglia un diritto.",
              es: 'Decir que ya no hay nada que hacer a menudo no es cierto y puede privar a la familia de un derecho.',
              en: 'Saying that nothing more can be done is often wrong and may cost the family an entitlement.',
            },
          },
          {
            id: 'refer-only',
            label: {
              de: 'Die Familie an eine unabhängige Beratungsstelle verweisen, die bei Anträgen hilft, und ihr Adresse, Öffnungszeiten und die wahrscheinlich nötigen Unterlagen aufschreiben.',
              it: 'Indirizzare la famiglia a un servizio di consulenza indipendente che aiuta con le domande e scriverle indirizzo, orari e documenti che probabilmente serviranno.',
              es: 'Derivar a la familia a un servicio de asesoramiento independiente que ayuda con las solicitudes y anotarle la dirección, el horario y los documentos que probablemente necesitará.',
              en: 'Refer the family to an independent counselling service that helps with applications, and write down its address, opening hours and the documents they will probably need.',
            },
            points: 1,
            feedback: {
              de: 'Eine Beratung kann helfen, doch Sie kennen das Verfahren selbst, und die Zeit drängt; der Verweis allein verzögert die Lösung.',
              it: 'La consulenza può aiutare, ma Lei conosce la procedura e il tempo stringe: il solo invio ritarda la soluzione.',
              es: 'El asesoramiento puede ayudar, pero usted conoce el procedimiento y el tiempo apremia; la derivación por sí sola retrasa la solución.',
              en: 'Counselling can help, but you know the procedure yourself and time matters, so a referral alone delays the solution.',
            },
          },
        ],
      },
    ],
  },
  {
    competence: 'data-protection-confidentiality',
    items: [
      {
        id: 'dp-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich achte darauf, dass Wartende Gespräche an meinem Platz nicht mithören und keine Akten oder Bildschirme einsehen können.',
          it: 'Faccio in modo che chi è in attesa non possa sentire i colloqui alla mia postazione né vedere fascicoli o schermi.',
          es: 'Procuro que las personas que esperan no puedan oír las conversaciones en mi puesto ni ver expedientes o pantallas.',
          en: 'I make sure that people waiting cannot overhear conversations at my desk or see files or screens.',
        },
      },
      {
        id: 'dp-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Bevor ich um eine Einwilligung bitte, erkläre ich in verständlichen Worten, wofür die Daten der Person verwendet werden, auch wenn das Gespräch über Dolmetschende läuft.',
          it: 'Prima di chiedere il consenso spiego con parole comprensibili a che cosa servono i dati della persona, anche quando il colloquio si svolge tramite interpreti.',
          es: 'Antes de pedir el consentimiento explico con palabras comprensibles para qué se usarán los datos de la persona, también cuando la conversación se hace con intérpretes.',
          en: "Before I ask for consent, I explain in plain words what the person's data will be used for, including when we speak through an interpreter.",
        },
      },
      {
        id: 'dp-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Ob Daten von Ratsuchenden an eine andere Behörde weitergegeben werden dürfen, entscheide ich nicht selbst, sondern überlasse es anderen.',
          it: "Se i dati delle persone che seguiamo possano essere comunicati a un'altra autorità non lo decido io: lascio la decisione ad altri.",
          es: 'Si los datos de las personas usuarias pueden cederse a otra autoridad no lo decido yo, sino que lo dejo en manos de otras personas.',
          en: "Whether service users' data may be passed to another authority is not something I decide; I leave that to others.",
        },
      },
      {
        id: 'dp-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Gemeinsam mit der oder dem Datenschutzbeauftragten entwerfe ich Einwilligungserklärungen und Datenschutzhinweise für die Zusammenarbeit mit anderen Behörden oder NGOs.',
          it: 'Insieme al responsabile della protezione dei dati elaboro moduli di consenso e informative sulla privacy per la collaborazione con altre autorità o con le ONG.',
          es: 'Junto con la persona delegada de protección de datos elaboro formularios de consentimiento y cláusulas informativas para la cooperación con otras autoridades o con ONG.',
          en: 'Together with the data protection officer, I draft consent forms and privacy notices for cooperation with other authorities or NGOs.',
        },
      },
      {
        id: 'dp-sjt-1',
        level: 'advanced',
        type: 'situational-judgement',
        scenario: {
          de: 'Ein Anrufer, der angibt, bei einer anderen Behörde zu arbeiten, fragt Sie telefonisch nach der aktuellen Adresse einer Ihrer Ratsuchenden und danach, ob sie in letzter Zeit zu Ihren Beratungsterminen gekommen ist. Es sei dringend.',
          it: "Un uomo che dice di lavorare per un'altra amministrazione Le chiede al telefono l'indirizzo attuale di una persona da Lei seguita e se negli ultimi tempi si è presentata ai colloqui di consulenza. Dice che è urgente.",
          es: 'Un hombre que dice trabajar en otro organismo público le pide por teléfono la dirección actual de una de sus personas usuarias y si ha acudido últimamente a sus sesiones de asesoramiento. Dice que es urgente.',
          en: 'A caller who says he works for another authority asks you by telephone for the current address of one of your service users and whether she has attended your counselling sessions recently. He says it is urgent.',
        },
        prompt: {
          de: 'Wie reagieren Sie auf die Anfrage des Anrufers?',
          it: 'Come risponde alla richiesta di chi chiama?',
          es: '¿Cómo responde a la petición de la persona que llama?',
          en: "How do you respond to the caller's request?",
        },
        options: [
          {
            id: 'give-all',
            label: {
              de: 'Die Auskunft erteilen, da der Anrufer von einer Behörde kommt und es eilig ist.',
              it: "Dare le informazioni, dato che chi chiama lavora per un'amministrazione ed è urgente.",
              es: 'Dar la información, ya que quien llama trabaja en un organismo público y es urgente.',
              en: 'Give the information, since the caller works for an authority and it is urgent.',
            },
            points: -1,
            feedback: {
              de: 'Weder die Identität des Anrufers noch eine Rechtsgrundlage ist geklärt; die Weitergabe kann unzulässig sein und die Frau gefährden.',
              it: "Non sono chiare né l'identità di chi chiama né la base giuridica: comunicare i dati può essere illecito e mettere a rischio la donna.",
              es: 'No están claras ni la identidad de quien llama ni la base jurídica; ceder los datos puede ser ilícito y poner en peligro a la mujer.',
              en: "Neither the caller's identity nor a legal basis is established; passing the data on may be unlawful and may put the woman at risk.",
            },
          },
          {
            id: 'written-request',
            label: {
              de: 'Am Telefon nichts sagen, um eine schriftliche Anfrage mit Rechtsgrundlage bitten und diese mit der oder dem Datenschutzbeauftragten prüfen.',
              it: 'Non dire nulla al telefono, chiedere una richiesta scritta con la base giuridica e verificarla con il responsabile della protezione dei dati.',
              es: 'No decir nada por teléfono, pedir una solicitud por escrito con la base jurídica y revisarla con la persona delegada de protección de datos.',
              en: 'Say nothing on the phone, ask for a written request stating the legal basis, and check it with the data protection officer.',
            },
            points: 2,
            feedback: {
              de: 'So werden Identität und Rechtsgrundlage geprüft, und eine zulässige Übermittlung bleibt trotzdem rasch möglich.',
              it: 'Così si verificano identità e base giuridica, e una comunicazione ammessa resta comunque possibile in tempi brevi.',
              es: 'Así se comprueban la identidad y la base jurídica, y una cesión permitida sigue siendo posible con rapidez.',
              en: 'This checks identity and legal basis, and a permitted transfer can still happen quickly.',
            },
          },
          {
            id: 'refuse-all',
            label: {
              de: 'Freundlich, aber bestimmt erklären, dass Ihre Dienststelle grundsätzlich keine Auskünfte über Ratsuchende an Dritte gibt, auch nicht an Behörden, und das Gespräch beenden.',
              it: "Spiegare con gentilezza ma con fermezza che il Suo ufficio per principio non dà informazioni sull'utenza a terzi, nemmeno ad altre amministrazioni, e chiudere la telefonata.",
              es: 'Explicar con amabilidad pero con firmeza que su oficina por principio no facilita información sobre las personas usuarias a terceros, tampoco a otros organismos, y colgar.',
              en: 'Explain politely but firmly that your office never gives information about service users to third parties, not even to authorities, and end the call.',
            },
            points: 1,
            feedback: {
              de: 'Die Daten zu schützen ist richtig, doch manche Übermittlungen sind gesetzlich vorgeschrieben; ohne Hinweis auf den richtigen Weg wird auch eine rechtmäßige Anfrage blockiert.',
              it: 'Proteggere i dati è giusto, ma alcune comunicazioni sono previste dalla legge: senza indicare il canale corretto si blocca anche una richiesta legittima.',
              es: 'Proteger los datos es correcto, pero algunas cesiones son obligatorias por ley; sin indicar el cauce adecuado se bloquea también una petición legítima.',
              en: 'Protecting the data is right, but some transfers are required by law; without pointing to the proper channel, a lawful request is blocked too.',
            },
          },
          {
            id: 'address-only',
            label: {
              de: 'Nur die Adresse nennen, zu den Beratungsterminen aber nichts sagen.',
              it: "Comunicare solo l'indirizzo, senza dire nulla sui colloqui.",
              es: 'Dar solo la dirección, sin decir nada de las sesiones de asesoramiento.',
              en: 'Give only the address, but say nothing about the counselling sessions.',
            },
            points: 0,
            feedback: {
              de: 'Auch die Adresse ist ein personenbezogenes Datum; sie ohne Prüfung herauszugeben, bleibt eine ungeprüfte Übermittlung.',
              it: "Anche l'indirizzo è un dato personale: comunicarlo senza verifiche resta una divulgazione non controllata.",
              es: 'La dirección también es un dato personal; facilitarla sin comprobar nada sigue siendo una cesión sin control.',
              en: 'The address is personal data too; handing it over without any check is still an unchecked disclosure.',
            },
          },
        ],
      },
    ],
  },
  {
    competence: 'anti-discrimination-law',
    items: [
      {
        id: 'ad-f1',
        level: 'foundation',
        type: 'likert',
        scale: 'agreement',
        reverse: true,
        prompt: {
          de: 'Wenn mir jemand von einer Diskriminierung berichtet, weiß ich nicht, an welche Beschwerde- oder Beratungsstelle ich die Person verweisen kann.',
          it: 'Quando qualcuno mi racconta di aver subito una discriminazione, non so a quale ufficio reclami o servizio di consulenza indirizzare la persona.',
          es: 'Cuando alguien me cuenta que ha sufrido discriminación, no sé a qué oficina de quejas o servicio de asesoramiento derivar a esa persona.',
          en: 'When someone tells me they have experienced discrimination, I do not know which complaints office or counselling service to refer them to.',
        },
      },
      {
        id: 'ad-p1',
        level: 'practitioner',
        type: 'likert',
        scale: 'frequency',
        prompt: {
          de: 'Ich melde es, wenn in meinem Arbeitsbereich scheinbar neutrale Anforderungen, etwa Formulare nur auf Deutsch oder schwer zu beschaffende Nachweise, bestimmte Gruppen benachteiligen.',
          it: 'Segnalo quando nel mio ambito di lavoro requisiti apparentemente neutri, come moduli solo in italiano o documenti difficili da ottenere, svantaggiano determinati gruppi.',
          es: 'Informo cuando en mi ámbito de trabajo requisitos aparentemente neutros, como formularios solo en español o justificantes difíciles de conseguir, perjudican a determinados colectivos.',
          en: 'I report it when seemingly neutral requirements in my area of work, such as forms only in the local language or proof that is hard to obtain, put certain groups at a disadvantage.',
        },
      },
      {
        id: 'ad-a1',
        level: 'advanced',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Wenn eine Diskriminierungsbeschwerde zu bearbeiten ist, prüfe ich sie anhand der rechtlichen Kriterien, etwa ob eine unterschiedliche Behandlung sachlich gerechtfertigt ist.',
          it: "Quando c'è un reclamo per discriminazione da trattare, lo esamino secondo i criteri giuridici, per esempio verificando se una differenza di trattamento è oggettivamente giustificata.",
          es: 'Cuando hay que tramitar una queja por discriminación, la examino según los criterios jurídicos, por ejemplo si una diferencia de trato está objetivamente justificada.',
          en: 'When a discrimination complaint has to be dealt with, I examine it against the legal criteria, for example whether a difference in treatment is objectively justified.',
        },
      },
      {
        id: 'ad-e1',
        level: 'expert',
        type: 'likert',
        scale: 'agreement',
        prompt: {
          de: 'Ich prüfe Vordrucke, Dienstanweisungen oder Fachverfahren unserer Verwaltung systematisch darauf, ob sie bestimmte Gruppen benachteiligen, und sorge dafür, dass sie korrigiert werden.',
          it: 'Esamino in modo sistematico moduli, disposizioni interne o applicativi informatici della nostra amministrazione per capire se svantaggiano determinati gruppi e faccio in modo che vengano corretti.',
          es: 'Reviso de forma sistemática los impresos, las instrucciones internas o las aplicaciones informáticas de nuestra administración para detectar si perjudican a determinados colectivos y me ocupo de que se corrijan.',
          en: "I systematically review our administration's forms, internal instructions or IT applications for whether they disadvantage certain groups, and see to it that they are corrected.",
        },
      },
      {
        id: 'ad-sjt-1',
        level: 'foundation',
        type: 'situational-judgement',
        scenario: {
          de: 'Eine Frau erzählt Ihnen am Empfang, man habe ihr in einer anderen Abteilung Ihrer Verwaltung gesagt, sie werde erst bedient, „wenn sie richtig Deutsch gelernt hat“. Sie ist aufgebracht und fragt, ob das erlaubt ist.',
          it: "Allo sportello una donna Le racconta che in un altro ufficio della Sua amministrazione le hanno detto che sarebbe stata servita solo «dopo aver imparato bene l'italiano». È turbata e chiede se è consentito.",
          es: 'En el mostrador, una mujer le cuenta que en otro departamento de su administración le dijeron que solo la atenderían «cuando aprenda bien español». Está alterada y pregunta si eso está permitido.',
          en: 'At the front desk, a woman tells you that in another office of your administration she was told she would only be served “once she has learned the language properly”. She is upset and asks whether that is allowed.',
        },
        prompt: {
          de: 'Wie reagieren Sie ihr gegenüber?',
          it: 'Come risponde alla donna?',
          es: '¿Cómo le responde?',
          en: 'How do you respond to her?',
        },
        options: [
          {
            id: 'play-down',
            label: {
              de: 'Sie beruhigen und ihr sagen, dass die Kollegin oder der Kollege das sicher nicht so gemeint hat und es bestimmt ein Missverständnis war.',
              it: 'Calmarla e dirle che la collega o il collega sicuramente non intendeva dire questo e che si è trattato di certo di un malinteso.',
              es: 'Tranquilizarla y decirle que seguro que su compañero o compañera no lo dijo con esa intención y que habrá sido un malentendido.',
              en: 'Calm her down and tell her that your colleague surely did not mean it that way and that it must have been a misunderstanding.',
            },
            points: 0,
            feedback: {
              de: 'Den Vorfall herunterzuspielen, tut ihre Erfahrung ab und verhindert, dass eine mögliche Diskriminierung geprüft wird.',
              it: "Minimizzare l'episodio sminuisce la sua esperienza e impedisce di esaminare una possibile discriminazione.",
              es: 'Quitar importancia al incidente descarta su experiencia e impide que se examine una posible discriminación.',
              en: 'Playing the incident down dismisses her experience and prevents a possible case of discrimination from being examined.',
            },
          },
          {
            id: 'rights-and-channels',
            label: {
              de: 'Ihren Bericht ernst nehmen und ihr die interne Beschwerdestelle und eine unabhängige Beratungsstelle nennen.',
              it: "Prendere sul serio il suo racconto e indicarle l'ufficio reclami interno e un servizio di consulenza indipendente.",
              es: 'Tomar en serio su relato e indicarle la oficina interna de quejas y un servicio de asesoramiento independiente.',
              en: 'Take her account seriously and tell her about the internal complaints office and an independent counselling service.',
            },
            points: 2,
            feedback: {
              de: 'Sie erfährt, dass sie sich beschweren kann und wo; nur so kann der Vorfall geprüft werden.',
              it: "La donna scopre che può presentare un reclamo e dove farlo: solo così l'episodio può essere esaminato.",
              es: 'Ella sabe que puede presentar una queja y dónde; solo así se puede examinar lo ocurrido.',
              en: 'She learns that she can complain and where; only then can the incident be examined.',
            },
          },
          {
            id: 'apologise-serve',
            label: {
              de: 'Sich im Namen der ganzen Verwaltung entschuldigen, ihr Anliegen sofort selbst bearbeiten und ihr anbieten, künftig direkt zu Ihnen zu kommen.',
              it: "Scusarsi a nome di tutta l'amministrazione, occuparsi subito personalmente della sua richiesta e proporle di rivolgersi direttamente a Lei in futuro.",
              es: 'Pedir disculpas en nombre de toda la administración, ocuparse personalmente de su trámite en ese momento y ofrecerle que en adelante acuda directamente a usted.',
              en: 'Apologise on behalf of the whole administration, deal with her request yourself straight away and offer that she come directly to you in future.',
            },
            points: 1,
            feedback: {
              de: 'Das hilft ihr im Moment, doch ohne Hinweis auf die Beschwerdewege bleibt die mögliche Diskriminierung unbearbeitet.',
              it: 'La aiuta sul momento, ma senza informazioni sui canali di reclamo la possibile discriminazione resta senza seguito.',
              es: 'Le ayuda en ese momento, pero sin información sobre las vías de queja la posible discriminación queda sin abordar.',
              en: 'This helps her now, but without information on complaint channels the possible discrimination remains unaddressed.',
            },
          },
        ],
      },
    ],
  },
];
