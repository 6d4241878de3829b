// The page texts of the portal's interop area (the framework for Moodle and CASE servers), in the
// four page languages. en is the reference: the others must have exactly its keys and
// placeholders (checked by i18n tests), and messages/{en,de,it,es}.ts spread these objects into
// the catalogues.
export const en = {
  'interop.title': 'The framework for other systems',
  'interop.lead':
    'Take the city’s competence framework, with the city’s own additions, into a learning platform or a competence registry without typing it again.',
  'interop.link': 'Download the framework for Moodle or a CASE server',
  'interop.caption': 'Downloads, one per language',
  'interop.col.language': 'Language',
  'interop.col.moodle': 'Moodle: competency framework',
  'interop.col.templates': 'Moodle: learning-plan templates',
  'interop.col.case': 'CASE package',
  'interop.unavailable': 'Not available:',
  'interop.moodle.title': 'Into Moodle',
  'interop.moodle.text':
    'In Moodle, go to Site administration, Competencies, Import competency framework, and upload the CSV of one language. Domains, competences and one entry per level come in; the levels become the framework’s scale. The learning-plan templates (one per role) are read by the “Learning plan template manager” plugin; without it, they list the templates to create by hand.',
  'interop.case.title': 'Subscribing through CASE, the 1EdTech standard',
  'interop.case.text':
    'Systems that read CASE can subscribe to the framework at this public address. It always gives the same identifiers, so a system that reads it again updates what it has instead of adding copies.',
} as const;

type Texts = Record<keyof typeof en, string>;

export const de: Texts = {
  'interop.title': 'Der Kompetenzrahmen für andere Systeme',
  'interop.lead':
    'Übernehmen Sie den Kompetenzrahmen der Stadt mit ihren eigenen Ergänzungen in eine Lernplattform oder ein Kompetenzverzeichnis, ohne ihn neu abzutippen.',
  'interop.link': 'Kompetenzrahmen für Moodle oder einen CASE-Server herunterladen',
  'interop.caption': 'Downloads, einer je Sprache',
  'interop.col.language': 'Sprache',
  'interop.col.moodle': 'Moodle: Kompetenzrahmen',
  'interop.col.templates': 'Moodle: Lernplanvorlagen',
  'interop.col.case': 'CASE-Paket',
  'interop.unavailable': 'Nicht verfügbar:',
  'interop.moodle.title': 'In Moodle übernehmen',
  'interop.moodle.text':
    'Öffnen Sie in Moodle Website-Administration, Kompetenzen, Kompetenzrahmen importieren, und laden Sie die CSV-Datei einer Sprache hoch. Bereiche, Kompetenzen und je Stufe ein Eintrag werden übernommen; die Stufen werden zur Skala des Rahmens. Die Lernplanvorlagen (eine je Rolle) liest das Plugin „Learning plan template manager“; ohne es nennen sie die Vorlagen, die von Hand anzulegen sind.',
  'interop.case.title': 'Abonnieren über CASE, den 1EdTech-Standard',
  'interop.case.text':
    'Systeme, die CASE lesen, können den Rahmen unter dieser öffentlichen Adresse abonnieren. Sie liefert immer dieselben Kennungen: Ein System, das sie erneut liest, aktualisiert seinen Bestand, statt Kopien anzulegen.',
};

export const it: Texts = {
  'interop.title': 'Il quadro per altri sistemi',
  'interop.lead':
    'Portate il quadro delle competenze della città, con le integrazioni proprie della città, in una piattaforma di apprendimento o in un registro delle competenze senza ridigitarlo.',
  'interop.link': 'Scaricare il quadro per Moodle o per un server CASE',
  'interop.caption': 'Download, uno per lingua',
  'interop.col.language': 'Lingua',
  'interop.col.moodle': 'Moodle: quadro delle competenze',
  'interop.col.templates': 'Moodle: modelli di piano di formazione',
  'interop.col.case': 'Pacchetto CASE',
  'interop.unavailable': 'Non disponibile:',
  'interop.moodle.title': 'Importare in Moodle',
  'interop.moodle.text':
    'In Moodle aprite Amministrazione del sito, Competenze, Importa quadro delle competenze, e caricate il file CSV di una lingua. Vengono importati ambiti, competenze e una voce per ogni livello; i livelli diventano la scala del quadro. I modelli di piano di formazione (uno per ruolo) sono letti dal plugin «Learning plan template manager»; senza di esso indicano i modelli da creare a mano.',
  'interop.case.title': 'Abbonarsi tramite CASE, lo standard 1EdTech',
  'interop.case.text':
    'I sistemi che leggono CASE possono abbonarsi al quadro a questo indirizzo pubblico. Fornisce sempre gli stessi identificativi: un sistema che lo rilegge aggiorna ciò che ha invece di aggiungere copie.',
};

export const es: Texts = {
  'interop.title': 'El marco para otros sistemas',
  'interop.lead':
    'Lleve el marco de competencias de la ciudad, con las ampliaciones propias de la ciudad, a una plataforma de aprendizaje o a un registro de competencias sin volver a teclearlo.',
  'interop.link': 'Descargar el marco para Moodle o para un servidor CASE',
  'interop.caption': 'Descargas, una por idioma',
  'interop.col.language': 'Idioma',
  'interop.col.moodle': 'Moodle: marco de competencias',
  'interop.col.templates': 'Moodle: plantillas de plan de aprendizaje',
  'interop.col.case': 'Paquete CASE',
  'interop.unavailable': 'No disponible:',
  'interop.moodle.title': 'Importar en Moodle',
  'interop.moodle.text':
    'En Moodle, abra Administración del sitio, Competencias, Importar marco de competencias, y suba el CSV de un idioma. Se importan los ámbitos, las competencias y una entrada por nivel; los niveles pasan a ser la escala del marco. Las plantillas de plan de aprendizaje (una por rol) las lee el complemento «Learning plan template manager»; sin él, indican qué plantillas crear a mano.',
  'interop.case.title': 'Suscribirse mediante CASE, el estándar de 1EdTech',
  'interop.case.text':
    'Los sistemas que leen CASE pueden suscribirse al marco en esta dirección pública. Siempre da los mismos identificadores: un sistema que la vuelve a leer actualiza lo que tiene en lugar de añadir copias.',
};
