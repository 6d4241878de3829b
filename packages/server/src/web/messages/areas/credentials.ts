// The page texts of the portal's credentials area (Open Badges 3.0 credentials for completed
// modules), in the four page languages. en is the reference: the others must have exactly its
// keys and placeholders (checked by i18n tests), and messages/{en,de,it,es}.ts spread these
// objects into the catalogues.
export const en = {
  'credentials.nav': 'My credentials',
  'credentials.noKey':
    'This city does not issue credentials: the portal has no signing key for them.',
  'credentials.noProgramme': 'There is no programme in force, so nobody has completed a module.',
  'credentials.coordinator.title': 'Credentials for completed modules',
  'credentials.coordinator.lead':
    'A person completed a module when they attended a session of it. For each completed module the city can issue a signed credential (Open Badges 3.0): the person downloads it, and anyone can check it at its public address.',
  'credentials.coordinator.caption': 'Completed modules and their credentials',
  'credentials.coordinator.email': 'Email',
  'credentials.coordinator.module': 'Module',
  'credentials.coordinator.completed': 'Attendance recorded on',
  'credentials.coordinator.credential': 'Credential',
  'credentials.coordinator.issuedOn': 'Issued on {date}',
  'credentials.coordinator.pending': 'Not issued yet',
  'credentials.coordinator.none': 'Nobody has completed a module of the programme yet.',
  'credentials.coordinator.issue': 'Issue the missing credentials ({count})',
  'credentials.coordinator.allIssued': 'Every completed module has its credential.',
  'credentials.coordinator.signer': 'The credentials are signed with the key {did}.',
  'credentials.done.issued': 'The missing credentials were issued.',
  'credentials.done.failed':
    'Some credentials could not be issued: the city’s framework or catalogue does not fit their modules. The server’s log names the modules and the problems; ask the portal’s administrator. They are still listed as not issued.',
  'credentials.own.title': 'My credentials',
  'credentials.own.lead':
    'A credential for each module you completed. Download it to keep it in a digital wallet, or share its public address: anyone can check that the city issued it and that nothing was changed.',
  'credentials.own.caption': 'Your credentials',
  'credentials.own.module': 'Module',
  'credentials.own.issued': 'Issued on',
  'credentials.own.public': 'Public address',
  'credentials.own.file': 'File',
  'credentials.own.show': 'Show and check',
  'credentials.own.download': 'Download (JSON)',
  'credentials.own.none':
    'You have no credentials yet. You receive one when you have attended a session of a module.',
  'credentials.public.title': 'Credential',
  'credentials.public.verified':
    'Verified: the signature is valid and the credential is unchanged since it was issued.',
  'credentials.public.notVerified': 'Not verified: {reason}',
  'credentials.public.achievement': 'Achievement',
  'credentials.public.issuer': 'Issued by',
  'credentials.public.signer': 'Signing key',
  'credentials.public.cityKey': 'This is the key this portal signs with now.',
  'credentials.public.otherKey': 'This is not the key this portal signs with now.',
  'credentials.public.date': 'Completed on',
  'credentials.public.competences': 'Competences',
  'credentials.public.earner': 'Earner',
  'credentials.public.hashed':
    'Identified by a salted hash of their email address: only someone who knows the address can match it.',
  'credentials.public.json': 'The credential as JSON',
  'credentials.public.checkAnother': 'Check another credential',
  'credentials.verify.title': 'Check a credential',
  'credentials.verify.lead':
    'Paste an Open Badges 3.0 credential (JSON), or choose its file, to check its signature. Nothing you paste or upload is stored.',
  'credentials.verify.label': 'Credential (JSON)',
  'credentials.verify.hint': 'At most {size} KB.',
  'credentials.verify.submit': 'Check',
  'credentials.verify.result': 'Result',
  'credentials.verify.empty': 'Paste a credential into the field, or choose its file, first.',
  'credentials.verify.notJson': 'This is not JSON: {detail}',
  'credentials.verify.tooLarge': 'This is too large for a credential (at most {size} KB).',
  'credentials.verify.notObject': 'This is JSON, but not a credential (it must be a JSON object).',
  'credentials.verify.limited':
    'Too many checks from your address. Try again in {minutes} minutes.',
  'credentials.verify.fileLabel': 'Or a credential file (JSON)',
  'credentials.verify.fileHint':
    'A .json file of at most {size} KB, such as the one you downloaded from “My credentials”. Paste a credential or choose a file, not both.',
  'credentials.verify.checkedFile': 'The file {name} was checked.',
  'credentials.verify.both':
    'Paste a credential or choose a file, not both: empty the text field, or check the file alone.',
  'credentials.verify.fileType':
    'This file is not a JSON file (its type is {type}): choose the credential’s .json file.',
  'credentials.verify.notText': 'This file is not text, so it cannot be a credential.',
  'credentials.verify.emptyFile': 'This file is empty.',
  'credentials.verify.twoFiles': 'Choose one file at a time.',
  'credentials.verify.fields':
    'The form held fields it does not have, so nothing was checked. Load the page again and use its form.',
  'credentials.verify.unreadable':
    'The form could not be read, so nothing was checked. Load the page again and send it once more.',
  'credentials.reason.invalid-signature':
    'the signature does not match: the credential or its proof was changed after signing, or another key signed it.',
  'credentials.reason.missing-proof': 'the credential carries no proof (signature).',
  'credentials.reason.issuer-mismatch': 'the key that signed it does not belong to the issuer.',
  'credentials.reason.not-yet-valid': 'the credential is valid only from {date}.',
  'credentials.reason.expired': 'the credential expired on {date}.',
  'credentials.reason.other': 'the check failed ({code}: {message}).',
  'audit.action.credentials-issued': 'credentials issued',
} as const;

type Texts = Record<keyof typeof en, string>;

export const de: Texts = {
  'credentials.nav': 'Meine Nachweise',
  'credentials.noKey':
    'Diese Stadt stellt keine Nachweise aus: Das Portal hat keinen Signaturschlüssel dafür.',
  'credentials.noProgramme':
    'Es gibt kein gültiges Programm, also hat noch niemand ein Modul abgeschlossen.',
  'credentials.coordinator.title': 'Nachweise für abgeschlossene Module',
  'credentials.coordinator.lead':
    'Wer an einem Termin eines Moduls teilgenommen hat, hat es abgeschlossen. Für jedes abgeschlossene Modul kann die Stadt einen signierten Nachweis (Open Badges 3.0) ausstellen: Die Person lädt ihn herunter, und alle können ihn unter seiner öffentlichen Adresse prüfen.',
  'credentials.coordinator.caption': 'Abgeschlossene Module und ihre Nachweise',
  'credentials.coordinator.email': 'E-Mail',
  'credentials.coordinator.module': 'Modul',
  'credentials.coordinator.completed': 'Anwesenheit erfasst am',
  'credentials.coordinator.credential': 'Nachweis',
  'credentials.coordinator.issuedOn': 'Ausgestellt am {date}',
  'credentials.coordinator.pending': 'Noch nicht ausgestellt',
  'credentials.coordinator.none': 'Noch niemand hat ein Modul des Programms abgeschlossen.',
  'credentials.coordinator.issue': 'Fehlende Nachweise ausstellen ({count})',
  'credentials.coordinator.allIssued': 'Jedes abgeschlossene Modul hat seinen Nachweis.',
  'credentials.coordinator.signer': 'Die Nachweise werden mit dem Schlüssel {did} signiert.',
  'credentials.done.issued': 'Die fehlenden Nachweise wurden ausgestellt.',
  'credentials.done.failed':
    'Einige Nachweise konnten nicht ausgestellt werden: Kompetenzrahmen oder Katalog der Stadt passen nicht zu ihren Modulen. Das Protokoll des Servers nennt die Module und die Probleme; wenden Sie sich an die Administration des Portals. Die Nachweise stehen weiter als nicht ausgestellt in der Liste.',
  'credentials.own.title': 'Meine Nachweise',
  'credentials.own.lead':
    'Ein Nachweis für jedes Modul, das Sie abgeschlossen haben. Laden Sie ihn herunter, um ihn in einer digitalen Brieftasche aufzubewahren, oder teilen Sie seine öffentliche Adresse: Alle können prüfen, dass die Stadt ihn ausgestellt hat und nichts verändert wurde.',
  'credentials.own.caption': 'Ihre Nachweise',
  'credentials.own.module': 'Modul',
  'credentials.own.issued': 'Ausgestellt am',
  'credentials.own.public': 'Öffentliche Adresse',
  'credentials.own.file': 'Datei',
  'credentials.own.show': 'Anzeigen und prüfen',
  'credentials.own.download': 'Herunterladen (JSON)',
  'credentials.own.none':
    'Sie haben noch keine Nachweise. Sie erhalten einen, sobald Sie an einem Termin eines Moduls teilgenommen haben.',
  'credentials.public.title': 'Nachweis',
  'credentials.public.verified':
    'Geprüft: Die Signatur ist gültig, und der Nachweis ist seit der Ausstellung unverändert.',
  'credentials.public.notVerified': 'Nicht bestätigt: {reason}',
  'credentials.public.achievement': 'Leistung',
  'credentials.public.issuer': 'Ausgestellt von',
  'credentials.public.signer': 'Signaturschlüssel',
  'credentials.public.cityKey': 'Mit diesem Schlüssel signiert das Portal derzeit.',
  'credentials.public.otherKey': 'Mit diesem Schlüssel signiert das Portal derzeit nicht.',
  'credentials.public.date': 'Abgeschlossen am',
  'credentials.public.competences': 'Kompetenzen',
  'credentials.public.earner': 'Inhaber',
  'credentials.public.hashed':
    'Erkennbar an einem gesalzenen Hash der E-Mail-Adresse: Nur wer die Adresse kennt, kann ihn zuordnen.',
  'credentials.public.json': 'Der Nachweis als JSON',
  'credentials.public.checkAnother': 'Einen anderen Nachweis prüfen',
  'credentials.verify.title': 'Einen Nachweis prüfen',
  'credentials.verify.lead':
    'Fügen Sie einen Open-Badges-3.0-Nachweis (JSON) ein oder wählen Sie seine Datei, um seine Signatur zu prüfen. Was Sie einfügen oder hochladen, wird nicht gespeichert.',
  'credentials.verify.label': 'Nachweis (JSON)',
  'credentials.verify.hint': 'Höchstens {size} KB.',
  'credentials.verify.submit': 'Prüfen',
  'credentials.verify.result': 'Ergebnis',
  'credentials.verify.empty':
    'Fügen Sie zuerst einen Nachweis in das Feld ein oder wählen Sie seine Datei.',
  'credentials.verify.notJson': 'Das ist kein JSON: {detail}',
  'credentials.verify.tooLarge': 'Das ist zu groß für einen Nachweis (höchstens {size} KB).',
  'credentials.verify.notObject':
    'Das ist JSON, aber kein Nachweis (es muss ein JSON-Objekt sein).',
  'credentials.verify.limited':
    'Zu viele Prüfungen von Ihrer Adresse. Versuchen Sie es in {minutes} Minuten wieder.',
  'credentials.verify.fileLabel': 'Oder eine Nachweisdatei (JSON)',
  'credentials.verify.fileHint':
    'Eine .json-Datei von höchstens {size} KB, etwa die unter „Meine Nachweise“ heruntergeladene. Fügen Sie einen Nachweis ein oder wählen Sie eine Datei, nicht beides.',
  'credentials.verify.checkedFile': 'Geprüft wurde die Datei {name}.',
  'credentials.verify.both':
    'Fügen Sie einen Nachweis ein oder wählen Sie eine Datei, nicht beides: Leeren Sie das Textfeld oder prüfen Sie nur die Datei.',
  'credentials.verify.fileType':
    'Diese Datei ist keine JSON-Datei (ihr Typ ist {type}): Wählen Sie die .json-Datei des Nachweises.',
  'credentials.verify.notText':
    'Diese Datei enthält keinen Text und kann daher kein Nachweis sein.',
  'credentials.verify.emptyFile': 'Diese Datei ist leer.',
  'credentials.verify.twoFiles': 'Wählen Sie jeweils nur eine Datei.',
  'credentials.verify.fields':
    'Das Formular enthielt Felder, die es nicht hat, daher wurde nichts geprüft. Laden Sie die Seite neu und verwenden Sie ihr Formular.',
  'credentials.verify.unreadable':
    'Das Formular konnte nicht gelesen werden, daher wurde nichts geprüft. Laden Sie die Seite neu und senden Sie es noch einmal.',
  'credentials.reason.invalid-signature':
    'Die Signatur passt nicht: Der Nachweis oder sein Beweis wurde nach dem Signieren verändert, oder ein anderer Schlüssel hat signiert.',
  'credentials.reason.missing-proof': 'Der Nachweis trägt keinen Beweis (keine Signatur).',
  'credentials.reason.issuer-mismatch':
    'Der Schlüssel, der signiert hat, gehört nicht zum Aussteller.',
  'credentials.reason.not-yet-valid': 'Der Nachweis gilt erst ab {date}.',
  'credentials.reason.expired': 'Der Nachweis ist am {date} abgelaufen.',
  'credentials.reason.other': 'Die Prüfung ist fehlgeschlagen ({code}: {message}).',
  'audit.action.credentials-issued': 'Nachweise ausgestellt',
};

export const it: Texts = {
  'credentials.nav': 'I miei attestati',
  'credentials.noKey':
    'Questa città non rilascia attestati: il portale non ha una chiave di firma per farlo.',
  'credentials.noProgramme':
    'Non c’è un programma in vigore, quindi nessuno ha ancora completato un modulo.',
  'credentials.coordinator.title': 'Attestati per i moduli completati',
  'credentials.coordinator.lead':
    'Una persona ha completato un modulo quando ha partecipato a una sua sessione. Per ogni modulo completato la città può rilasciare un attestato firmato (Open Badges 3.0): la persona lo scarica e chiunque può verificarlo al suo indirizzo pubblico.',
  'credentials.coordinator.caption': 'Moduli completati e relativi attestati',
  'credentials.coordinator.email': 'Indirizzo di posta elettronica',
  'credentials.coordinator.module': 'Modulo',
  'credentials.coordinator.completed': 'Presenza registrata il',
  'credentials.coordinator.credential': 'Attestato',
  'credentials.coordinator.issuedOn': 'Rilasciato il {date}',
  'credentials.coordinator.pending': 'Non ancora rilasciato',
  'credentials.coordinator.none': 'Nessuno ha ancora completato un modulo del programma.',
  'credentials.coordinator.issue': 'Rilascia gli attestati mancanti ({count})',
  'credentials.coordinator.allIssued': 'Ogni modulo completato ha il suo attestato.',
  'credentials.coordinator.signer': 'Gli attestati sono firmati con la chiave {did}.',
  'credentials.done.issued': 'Gli attestati mancanti sono stati rilasciati.',
  'credentials.done.failed':
    'Alcuni attestati non sono stati rilasciati: il quadro delle competenze o il catalogo della città non corrispondono ai loro moduli. Il registro del server indica i moduli e i problemi; rivolgetevi all’amministrazione del portale. Restano nell’elenco come non rilasciati.',
  'credentials.own.title': 'I miei attestati',
  'credentials.own.lead':
    'Un attestato per ogni modulo che hai completato. Scaricalo per conservarlo in un portafoglio digitale, oppure condividi il suo indirizzo pubblico: chiunque può verificare che l’ha rilasciato la città e che nulla è stato modificato.',
  'credentials.own.caption': 'I tuoi attestati',
  'credentials.own.module': 'Modulo',
  'credentials.own.issued': 'Rilasciato il',
  'credentials.own.public': 'Indirizzo pubblico',
  'credentials.own.file': 'Copia da scaricare',
  'credentials.own.show': 'Mostra e verifica',
  'credentials.own.download': 'Scarica (JSON)',
  'credentials.own.none':
    'Non hai ancora attestati. Ne ricevi uno quando hai partecipato a una sessione di un modulo.',
  'credentials.public.title': 'Attestato',
  'credentials.public.verified':
    'Verificato: la firma è valida e l’attestato non è cambiato da quando è stato rilasciato.',
  'credentials.public.notVerified': 'Non verificato: {reason}',
  'credentials.public.achievement': 'Risultato',
  'credentials.public.issuer': 'Rilasciato da',
  'credentials.public.signer': 'Chiave di firma',
  'credentials.public.cityKey': 'È la chiave con cui il portale firma ora.',
  'credentials.public.otherKey': 'Non è la chiave con cui il portale firma ora.',
  'credentials.public.date': 'Completato il',
  'credentials.public.competences': 'Competenze',
  'credentials.public.earner': 'Titolare',
  'credentials.public.hashed':
    'Identificato da un hash con sale del suo indirizzo di posta elettronica: solo chi conosce l’indirizzo può collegarlo.',
  'credentials.public.json': 'L’attestato in formato JSON',
  'credentials.public.checkAnother': 'Verifica un altro attestato',
  'credentials.verify.title': 'Verifica un attestato',
  'credentials.verify.lead':
    'Incolla un attestato Open Badges 3.0 (JSON), oppure scegli il suo file, per verificarne la firma. Ciò che incolli o carichi non viene salvato.',
  'credentials.verify.label': 'Attestato (JSON)',
  'credentials.verify.hint': 'Al massimo {size} KB.',
  'credentials.verify.submit': 'Verifica',
  'credentials.verify.result': 'Esito',
  'credentials.verify.empty': 'Incolla prima un attestato nel campo, oppure scegli il suo file.',
  'credentials.verify.notJson': 'Questo non è JSON: {detail}',
  'credentials.verify.tooLarge': 'È troppo grande per un attestato (al massimo {size} KB).',
  'credentials.verify.notObject':
    'Questo è JSON, ma non un attestato (deve essere un oggetto JSON).',
  'credentials.verify.limited': 'Troppe verifiche dal tuo indirizzo. Riprova tra {minutes} minuti.',
  'credentials.verify.fileLabel': 'Oppure un file di attestato (JSON)',
  'credentials.verify.fileHint':
    'Un file .json di al massimo {size} KB, come quello scaricato da “I miei attestati”. Incolla un attestato oppure scegli un file, non entrambi.',
  'credentials.verify.checkedFile': 'È stato verificato il file {name}.',
  'credentials.verify.both':
    'Incolla un attestato oppure scegli un file, non entrambi: svuota il campo di testo, oppure verifica solo il file.',
  'credentials.verify.fileType':
    'Questo file non è un file JSON (il suo tipo è {type}): scegli il file .json dell’attestato.',
  'credentials.verify.notText':
    'Questo file non contiene testo, quindi non può essere un attestato.',
  'credentials.verify.emptyFile': 'Questo file è vuoto.',
  'credentials.verify.twoFiles': 'Scegli un solo file alla volta.',
  'credentials.verify.fields':
    'Il modulo conteneva campi che non prevede, quindi non è stato verificato nulla. Ricarica la pagina e usa il suo modulo.',
  'credentials.verify.unreadable':
    'Non è stato possibile leggere il modulo, quindi non è stato verificato nulla. Ricarica la pagina e invialo di nuovo.',
  'credentials.reason.invalid-signature':
    'la firma non corrisponde: l’attestato o la sua prova è stato modificato dopo la firma, oppure l’ha firmato un’altra chiave.',
  'credentials.reason.missing-proof': 'l’attestato non contiene alcuna prova (firma).',
  'credentials.reason.issuer-mismatch': 'la chiave che l’ha firmato non appartiene all’emittente.',
  'credentials.reason.not-yet-valid': 'l’attestato è valido solo dal {date}.',
  'credentials.reason.expired': 'l’attestato è scaduto il {date}.',
  'credentials.reason.other': 'la verifica non è riuscita ({code}: {message}).',
  'audit.action.credentials-issued': 'attestati rilasciati',
};

export const es: Texts = {
  'credentials.nav': 'Mis credenciales',
  'credentials.noKey':
    'Esta ciudad no emite credenciales: el portal no tiene una clave de firma para ello.',
  'credentials.noProgramme':
    'No hay ningún programa en vigor, así que nadie ha completado todavía un módulo.',
  'credentials.coordinator.title': 'Credenciales de los módulos completados',
  'credentials.coordinator.lead':
    'Una persona ha completado un módulo cuando asistió a una de sus sesiones. Por cada módulo completado, la ciudad puede emitir una credencial firmada (Open Badges 3.0): la persona la descarga y cualquiera puede comprobarla en su dirección pública.',
  'credentials.coordinator.caption': 'Módulos completados y sus credenciales',
  'credentials.coordinator.email': 'Correo electrónico',
  'credentials.coordinator.module': 'Módulo',
  'credentials.coordinator.completed': 'Asistencia registrada el',
  'credentials.coordinator.credential': 'Credencial',
  'credentials.coordinator.issuedOn': 'Emitida el {date}',
  'credentials.coordinator.pending': 'Aún no emitida',
  'credentials.coordinator.none': 'Nadie ha completado todavía un módulo del programa.',
  'credentials.coordinator.issue': 'Emitir las credenciales que faltan ({count})',
  'credentials.coordinator.allIssued': 'Cada módulo completado tiene su credencial.',
  'credentials.coordinator.signer': 'Las credenciales se firman con la clave {did}.',
  'credentials.done.issued': 'Se han emitido las credenciales que faltaban.',
  'credentials.done.failed':
    'Algunas credenciales no se han podido emitir: el marco de competencias o el catálogo de la ciudad no encajan con sus módulos. El registro del servidor indica los módulos y los problemas; consulte a la administración del portal. Siguen en la lista como no emitidas.',
  'credentials.own.title': 'Mis credenciales',
  'credentials.own.lead':
    'Una credencial por cada módulo que has completado. Descárgala para guardarla en una cartera digital, o comparte su dirección pública: cualquiera puede comprobar que la emitió la ciudad y que nada ha cambiado.',
  'credentials.own.caption': 'Tus credenciales',
  'credentials.own.module': 'Módulo',
  'credentials.own.issued': 'Emitida el',
  'credentials.own.public': 'Dirección pública',
  'credentials.own.file': 'Archivo',
  'credentials.own.show': 'Ver y comprobar',
  'credentials.own.download': 'Descargar (JSON)',
  'credentials.own.none':
    'Todavía no tienes credenciales. Recibes una cuando has asistido a una sesión de un módulo.',
  'credentials.public.title': 'Credencial',
  'credentials.public.verified':
    'Verificada: la firma es válida y la credencial no ha cambiado desde que se emitió.',
  'credentials.public.notVerified': 'No verificada: {reason}',
  'credentials.public.achievement': 'Logro',
  'credentials.public.issuer': 'Emitida por',
  'credentials.public.signer': 'Clave de firma',
  'credentials.public.cityKey': 'Es la clave con la que firma ahora este portal.',
  'credentials.public.otherKey': 'No es la clave con la que firma ahora este portal.',
  'credentials.public.date': 'Completado el',
  'credentials.public.competences': 'Competencias',
  'credentials.public.earner': 'Titular',
  'credentials.public.hashed':
    'Identificado por un hash con sal de su correo electrónico: solo quien conoce la dirección puede relacionarlo.',
  'credentials.public.json': 'La credencial en JSON',
  'credentials.public.checkAnother': 'Comprobar otra credencial',
  'credentials.verify.title': 'Comprobar una credencial',
  'credentials.verify.lead':
    'Pega una credencial Open Badges 3.0 (JSON), o elige su archivo, para comprobar su firma. Lo que pegues o subas no se guarda.',
  'credentials.verify.label': 'Credencial (JSON)',
  'credentials.verify.hint': 'Como máximo {size} KB.',
  'credentials.verify.submit': 'Comprobar',
  'credentials.verify.result': 'Resultado',
  'credentials.verify.empty': 'Primero pega una credencial en el campo, o elige su archivo.',
  'credentials.verify.notJson': 'Esto no es JSON: {detail}',
  'credentials.verify.tooLarge': 'Es demasiado grande para una credencial (como máximo {size} KB).',
  'credentials.verify.notObject': 'Esto es JSON, pero no una credencial (debe ser un objeto JSON).',
  'credentials.verify.limited':
    'Demasiadas comprobaciones desde tu dirección. Vuelve a intentarlo dentro de {minutes} minutos.',
  'credentials.verify.fileLabel': 'O un archivio de credencial (JSON)',
  'credentials.verify.fileHint':
    'Un archivo .json de como máximo {size} KB, como el que descargaste en «Mis credenciales». Pega una credencial o elige un archivo, no ambas cosas.',
  'credentials.verify.checkedFile': 'Se ha comprobado el archivo {name}.',
  'credentials.verify.both':
    'Pega una credencial o elige un archivo, no ambas cosas: vacía el campo de texto o comprueba solo el archivo.',
  'credentials.verify.fileType':
    'Este archivo no es un archivo JSON (su tipo es {type}): elige el archivo .json de la credencial.',
  'credentials.verify.notText':
    'Este archivo no contiene texto, así que no puede ser una credencial.',
  'credentials.verify.emptyFile': 'Este archivo está vacío.',
  'credentials.verify.twoFiles': 'Elige un solo archivo cada vez.',
  'credentials.verify.fields':
    'El formulario contenía campos que no tiene, así que no se ha comprobado nada. Vuelve a cargar la página y usa su formulario.',
  'credentials.verify.unreadable':
    'No se ha podido leer el formulario, así que no se ha comprobado nada. Vuelve a cargar la página y envíalo otra vez.',
  'credentials.reason.invalid-signature':
    'la firma no coincide: la credencial o su prueba se modificó después de firmarla, o la firmó otra clave.',
  'credentials.reason.missing-proof': 'la credencial no lleva ninguna prueba (firma).',
  'credentials.reason.issuer-mismatch': 'la clave que la firmó no pertenece al emisor.',
  'credentials.reason.not-yet-valid': 'la credencial solo es válida a partir del {date}.',
  'credentials.reason.expired': 'la credencial caducó el {date}.',
  'credentials.reason.other': 'la comprobación ha fallado ({code}: {message}).',
  'audit.action.credentials-issued': 'credenciales emitidas',
};
