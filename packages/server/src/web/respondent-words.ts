// The texts of the pages people without an account see when they answer a city's questionnaire
// (language choice, consent notice, closed or not yet open, thanks, errors, too many answers),
// in the twelve languages of the third-country nationals' questionnaire. Kept apart from the
// staff pages' catalogue (de, it, es, en): these pages speak to residents, many of whom read
// none of those four languages. `fa` is one Persian text for readers of Farsi (Iran) and Dari
// (Afghanistan): its words were chosen to be common to both. fa, ps and ur are written right to
// left (the pages set `dir` from the language), ti (Tigrinya, Ge'ez script) left to right.
//
// NEEDS REVIEW BY NATIVE SPEAKERS: the ar, uk, tr, fr, fa, ps, ti and ur texts (and the
// plain-language wording of all twelve) were written carefully but have not yet been checked by
// native speakers (for fa: by a Farsi and a Dari reader). Have them reviewed before a city uses
// the questionnaire with the public.
/** The languages the respondent pages speak. */
export const RESPONDENT_LANGUAGES = [
  'de',
  'it',
  'es',
  'en',
  'ar',
  'uk',
  'tr',
  'fr',
  'fa',
  'ps',
  'ti',
  'ur',
] as const;
export type RespondentLanguage = (typeof RESPONDENT_LANGUAGES)[number];

/** The keys of the respondent pages' texts; en is the reference. */
const en = {
  /** The language's name in that language (for the language choice). */
  'language.name': 'English',
  'page.title': 'Questionnaire',
  'choose.title': 'Choose your language',
  'choose.lead': 'In which language would you like to answer?',
  'consent.title': 'Before you start',
  'consent.what': 'What is asked',
  'consent.anonymous':
    'Your answers are anonymous. We do not ask for your name. Please do not write your name or other details about yourself in the answers.',
  'consent.voluntary':
    'Taking part is voluntary. You can leave out any question and stop at any time. Nothing changes for you if you do not take part.',
  'consent.noTracking':
    'We do not store your IP address or any information about your phone or computer. We store only your answers, the language and the day you send them.',
  'consent.controller': 'Responsible for your data: {name} ({email}).',
  'consent.retention':
    'Your answers are used only for the city’s review of what its offices need to learn. They are kept only as long as this review needs them.',
  'consent.retentionCity': 'How long your answers are kept:',
  'consent.more': 'More about data protection',
  'consent.start': 'Start',
  'consent.noScript':
    'The questionnaire needs JavaScript, which is turned off in your browser. Please turn it on, or ask for a paper questionnaire: {email}.',
  'answer.sending': 'Sending your answers …',
  'closed.title': 'This questionnaire is closed',
  'closed.text': 'Thank you for your interest. Answers are no longer accepted.',
  'notYet.title': 'This questionnaire has not started yet',
  'notYet.text': 'You can answer from {date}.',
  'thanks.title': 'Thank you!',
  'thanks.text': 'Your answers have been received. You can close this page now.',
  'error.invalid': 'Some answers could not be accepted. Please check them and send them again.',
  'error.expired': 'This page is too old. Please reload the page and send your answers again.',
  'error.limited':
    'Too many answers have been sent from this connection. Please wait {minutes} minutes and try again.',
  'error.failed':
    'Your answers could not be sent. Please check your internet connection and try again.',
  'poster.invitation':
    'Please tell us about your experience. The questionnaire is anonymous and voluntary. Scan the code or open the link:',
} as const;

export type RespondentKey = keyof typeof en;
type Texts = Record<RespondentKey, string>;

const de: Texts = {
  'language.name': 'Deutsch',
  'page.title': 'Fragebogen',
  'choose.title': 'Wählen Sie Ihre Sprache',
  'choose.lead': 'In welcher Sprache möchten Sie antworten?',
  'consent.title': 'Bevor Sie beginnen',
  'consent.what': 'Worum es geht',
  'consent.anonymous':
    'Ihre Antworten sind anonym. Wir fragen nicht nach Ihrem Namen. Bitte schreiben Sie Ihren Namen oder andere Angaben zu Ihrer Person nicht in die Antworten.',
  'consent.voluntary':
    'Die Teilnahme ist freiwillig. Sie können jede Frage auslassen und jederzeit aufhören. Wenn Sie nicht teilnehmen, hat das für Sie keine Folgen.',
  'consent.noTracking':
    'Wir speichern nicht Ihre IP-Adresse und keine Angaben über Ihr Handy oder Ihren Computer. Wir speichern nur Ihre Antworten, die Sprache und den Tag, an dem Sie sie senden.',
  'consent.controller': 'Verantwortlich für Ihre Daten: {name} ({email}).',
  'consent.retention':
    'Ihre Antworten werden nur für die Untersuchung der Stadt genutzt, was ihre Ämter lernen müssen. Sie werden nur so lange aufbewahrt, wie diese Untersuchung sie braucht.',
  'consent.retentionCity': 'Wie lange Ihre Antworten aufbewahrt werden:',
  'consent.more': 'Mehr zum Datenschutz',
  'consent.start': 'Beginnen',
  'consent.noScript':
    'Der Fragebogen braucht JavaScript, und das ist in Ihrem Browser ausgeschaltet. Bitte schalten Sie es ein, oder fragen Sie nach einem Fragebogen auf Papier: {email}.',
  'answer.sending': 'Ihre Antworten werden gesendet …',
  'closed.title': 'Dieser Fragebogen ist beendet',
  'closed.text': 'Danke für Ihr Interesse. Es werden keine Antworten mehr angenommen.',
  'notYet.title': 'Dieser Fragebogen hat noch nicht begonnen',
  'notYet.text': 'Sie können ab dem {date} antworten.',
  'thanks.title': 'Vielen Dank!',
  'thanks.text': 'Ihre Antworten sind angekommen. Sie können diese Seite jetzt schließen.',
  'error.invalid':
    'Einige Antworten konnten nicht angenommen werden. Bitte prüfen Sie sie und senden Sie sie noch einmal.',
  'error.expired':
    'Diese Seite ist zu alt. Bitte laden Sie die Seite neu und senden Sie Ihre Antworten noch einmal.',
  'error.limited':
    'Von dieser Verbindung wurden zu viele Antworten gesendet. Bitte warten Sie {minutes} Minuten und versuchen Sie es dann noch einmal.',
  'error.failed':
    'Ihre Antworten konnten nicht gesendet werden. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
  'poster.invitation':
    'Erzählen Sie uns von Ihren Erfahrungen. Der Fragebogen ist anonym und freiwillig. Scannen Sie den Code oder öffnen Sie den Link:',
};

const it: Texts = {
  'language.name': 'Italiano',
  'page.title': 'Questionario',
  'choose.title': 'Scelga la Sua lingua',
  'choose.lead': 'In quale lingua desidera rispondere?',
  'consent.title': 'Prima di iniziare',
  'consent.what': 'Di che cosa si tratta',
  'consent.anonymous':
    'Le Sue risposte sono anonime. Non chiediamo il Suo nome. Per favore non scriva nelle risposte il Suo nome o altre informazioni su di Lei.',
  'consent.voluntary':
    'La partecipazione è volontaria. Può saltare qualsiasi domanda e smettere in qualsiasi momento. Se non partecipa, per Lei non cambia nulla.',
  'consent.noTracking':
    'Non registriamo il Suo indirizzo IP né informazioni sul Suo telefono o computer. Registriamo solo le Sue risposte, la lingua e il giorno in cui le invia.',
  'consent.controller': 'Responsabile dei Suoi dati: {name} ({email}).',
  'consent.retention':
    'Le Sue risposte sono usate solo per l’analisi del Comune su che cosa devono imparare i suoi uffici. Sono conservate solo finché questa analisi ne ha bisogno.',
  'consent.retentionCity': 'Per quanto tempo sono conservate le Sue risposte:',
  'consent.more': 'Maggiori informazioni sulla protezione dei dati',
  'consent.start': 'Inizia',
  'consent.noScript':
    'Il questionario ha bisogno di JavaScript, che nel Suo browser è disattivato. Per favore lo attivi, oppure chieda un questionario su carta: {email}.',
  'answer.sending': 'Invio delle risposte in corso …',
  'closed.title': 'Questo questionario è chiuso',
  'closed.text': 'Grazie per l’interesse. Non si accettano più risposte.',
  'notYet.title': 'Questo questionario non è ancora iniziato',
  'notYet.text': 'Può rispondere a partire dal {date}.',
  'thanks.title': 'Grazie!',
  'thanks.text': 'Abbiamo ricevuto le Sue risposte. Ora può chiudere questa pagina.',
  'error.invalid':
    'Alcune risposte non sono state accettate. Per favore le controlli e le invii di nuovo.',
  'error.expired':
    'Questa pagina è troppo vecchia. Per favore ricarichi la pagina e invii di nuovo le risposte.',
  'error.limited':
    'Da questa connessione sono state inviate troppe risposte. Per favore attenda {minutes} minuti e riprovi.',
  'error.failed':
    'Non è stato possibile inviare le risposte. Per favore controlli la connessione a internet e riprovi.',
  'poster.invitation':
    'Ci racconti la Sua esperienza. Il questionario è anonimo e volontario. Inquadri il codice o apra il link:',
};

const es: Texts = {
  'language.name': 'Español',
  'page.title': 'Cuestionario',
  'choose.title': 'Elija su idioma',
  'choose.lead': '¿En qué idioma desea responder?',
  'consent.title': 'Antes de empezar',
  'consent.what': 'De qué se trata',
  'consent.anonymous':
    'Sus respuestas son anónimas. No le preguntamos su nombre. Por favor, no escriba su nombre ni otros datos sobre usted en las respuestas.',
  'consent.voluntary':
    'La participación es voluntaria. Puede dejar sin responder cualquier pregunta y parar en cualquier momento. Si no participa, no cambia nada para usted.',
  'consent.noTracking':
    'No guardamos su dirección IP ni ningún dato sobre su teléfono u ordenador. Solo guardamos sus respuestas, el idioma y el día en que las envía.',
  'consent.controller': 'Responsable de sus datos: {name} ({email}).',
  'consent.retention':
    'Sus respuestas se usan solo para el estudio del ayuntamiento sobre lo que deben aprender sus oficinas. Se guardan solo mientras este estudio las necesite.',
  'consent.retentionCity': 'Cuánto tiempo se guardan sus respuestas:',
  'consent.more': 'Más sobre la protección de datos',
  'consent.start': 'Empezar',
  'consent.noScript':
    'El cuestionario necesita JavaScript, que está desactivado en su navegador. Por favor, actívelo o pida un cuestionario en papel: {email}.',
  'answer.sending': 'Enviando sus respuestas …',
  'closed.title': 'Este cuestionario está cerrado',
  'closed.text': 'Gracias por su interés. Ya no se aceptan respuestas.',
  'notYet.title': 'Este cuestionario todavía no ha empezado',
  'notYet.text': 'Puede responder a partir del {date}.',
  'thanks.title': '¡Gracias!',
  'thanks.text': 'Hemos recibido sus respuestas. Ya puede cerrar esta página.',
  'error.invalid':
    'Algunas respuestas no se pudieron aceptar. Por favor, revíselas y envíelas de nuevo.',
  'error.expired':
    'Esta página es demasiado antigua. Por favor, vuelva a cargar la página y envíe sus respuestas de nuevo.',
  'error.limited':
    'Se han enviado demasiadas respuestas desde esta conexión. Por favor, espere {minutes} minutos e inténtelo de nuevo.',
  'error.failed':
    'No se pudieron enviar sus respuestas. Por favor, compruebe su conexión a internet e inténtelo de nuevo.',
  'poster.invitation':
    'Cuéntenos su experiencia. El cuestionario es anónimo y voluntario. Escanee el código o abra el enlace:',
};

const ar: Texts = {
  'language.name': 'العربية',
  'page.title': 'استبيان',
  'choose.title': 'اختاروا لغتكم',
  'choose.lead': 'بأي لغة تريدون الإجابة؟',
  'consent.title': 'قبل أن تبدؤوا',
  'consent.what': 'عمّ يسأل الاستبيان',
  'consent.anonymous':
    'إجاباتكم مجهولة الهوية. لا نسألكم عن اسمكم. يُرجى عدم كتابة اسمكم أو أي معلومات أخرى عنكم في الإجابات.',
  'consent.voluntary':
    'المشاركة طوعية. يمكنكم ترك أي سؤال دون إجابة والتوقف في أي وقت. لن يتغير شيء بالنسبة لكم إذا لم تشاركوا.',
  'consent.noTracking':
    'لا نحفظ عنوان IP الخاص بكم ولا أي معلومات عن هاتفكم أو حاسوبكم. نحفظ فقط إجاباتكم واللغة واليوم الذي ترسلونها فيه.',
  'consent.controller': 'الجهة المسؤولة عن بياناتكم: {name} ({email}).',
  'consent.retention':
    'تُستخدم إجاباتكم فقط لدراسة المدينة حول ما يحتاج موظفو مكاتبها إلى تعلّمه. ولا تُحفظ إلا طوال المدة التي تحتاجها هذه الدراسة.',
  'consent.retentionCity': 'مدة حفظ إجاباتكم:',
  'consent.more': 'المزيد عن حماية البيانات',
  'consent.start': 'ابدؤوا',
  'consent.noScript':
    'يحتاج الاستبيان إلى JavaScript، وهو مُعطَّل في متصفحكم. يُرجى تفعيله، أو اطلبوا استبيانًا ورقيًا: {email}.',
  'answer.sending': 'جارٍ إرسال إجاباتكم …',
  'closed.title': 'هذا الاستبيان مغلق',
  'closed.text': 'شكرًا لاهتمامكم. لم نعد نستقبل إجابات.',
  'notYet.title': 'هذا الاستبيان لم يبدأ بعد',
  'notYet.text': 'يمكنكم الإجابة ابتداءً من {date}.',
  'thanks.title': 'شكرًا لكم!',
  'thanks.text': 'وصلتنا إجاباتكم. يمكنكم الآن إغلاق هذه الصفحة.',
  'error.invalid': 'لم نتمكن من قبول بعض الإجابات. يُرجى مراجعتها وإرسالها مرة أخرى.',
  'error.expired': 'هذه الصفحة قديمة جدًا. يُرجى إعادة تحميل الصفحة وإرسال إجاباتكم مرة أخرى.',
  'error.limited':
    'أُرسلت إجابات كثيرة جدًا من هذا الاتصال. يُرجى الانتظار {minutes} دقيقة ثم المحاولة مرة أخرى.',
  'error.failed': 'تعذّر إرسال إجاباتكم. يُرجى التحقق من اتصالكم بالإنترنت والمحاولة مرة أخرى.',
  'poster.invitation':
    'أخبرونا عن تجربتكم. الاستبيان مجهول الهوية والمشاركة فيه طوعية. امسحوا الرمز أو افتحوا الرابط:',
};

const uk: Texts = {
  'language.name': 'Українська',
  'page.title': 'Анкета',
  'choose.title': 'Оберіть мову',
  'choose.lead': 'Якою мовою Ви хочете відповідати?',
  'consent.title': 'Перед початком',
  'consent.what': 'Про що ця анкета',
  'consent.anonymous':
    'Ваші відповіді анонімні. Ми не питаємо Вашого імені. Будь ласка, не пишіть у відповідях своє ім’я чи інші відомості про себе.',
  'consent.voluntary':
    'Участь добровільна. Ви можете пропустити будь-яке запитання і зупинитися будь-коли. Якщо Ви не берете участі, для Вас нічого не зміниться.',
  'consent.noTracking':
    'Ми не зберігаємо Вашу IP-адресу і жодних даних про Ваш телефон чи комп’ютер. Ми зберігаємо лише Ваші відповіді, мову та день, коли Ви їх надіслали.',
  'consent.controller': 'Відповідальний за Ваші дані: {name} ({email}).',
  'consent.retention':
    'Ваші відповіді використовуються лише для дослідження міста про те, чого мають навчитися його установи. Вони зберігаються лише стільки, скільки потрібно для цього дослідження.',
  'consent.retentionCity': 'Як довго зберігаються Ваші відповіді:',
  'consent.more': 'Докладніше про захист даних',
  'consent.start': 'Почати',
  'consent.noScript':
    'Для анкети потрібен JavaScript, а у Вашому браузері його вимкнено. Будь ласка, увімкніть його або попросіть паперову анкету: {email}.',
  'answer.sending': 'Ваші відповіді надсилаються …',
  'closed.title': 'Цю анкету закрито',
  'closed.text': 'Дякуємо за інтерес. Відповіді більше не приймаються.',
  'notYet.title': 'Ця анкета ще не почалася',
  'notYet.text': 'Ви можете відповідати з {date}.',
  'thanks.title': 'Дякуємо!',
  'thanks.text': 'Ми отримали Ваші відповіді. Тепер Ви можете закрити цю сторінку.',
  'error.invalid':
    'Деякі відповіді не вдалося прийняти. Будь ласка, перевірте їх і надішліть ще раз.',
  'error.expired':
    'Ця сторінка застаріла. Будь ласка, оновіть сторінку і надішліть свої відповіді ще раз.',
  'error.limited':
    'З цього з’єднання надіслано забагато відповідей. Будь ласка, зачекайте {minutes} хв і спробуйте ще раз.',
  'error.failed':
    'Не вдалося надіслати Ваші відповіді. Будь ласка, перевірте з’єднання з інтернетом і спробуйте ще раз.',
  'poster.invitation':
    'Розкажіть нам про свій досвід. Анкета анонімна й добровільна. Скануйте код або відкрийте посилання:',
};

const tr: Texts = {
  'language.name': 'Türkçe',
  'page.title': 'Anket',
  'choose.title': 'Dilinizi seçin',
  'choose.lead': 'Hangi dilde cevap vermek istersiniz?',
  'consent.title': 'Başlamadan önce',
  'consent.what': 'Anket ne hakkında',
  'consent.anonymous':
    'Cevaplarınız anonimdir. Adınızı sormuyoruz. Lütfen cevaplara adınızı veya kendiniz hakkında başka bilgiler yazmayın.',
  'consent.voluntary':
    'Katılım gönüllüdür. İstediğiniz soruyu boş bırakabilir ve istediğiniz zaman bırakabilirsiniz. Katılmazsanız sizin için hiçbir şey değişmez.',
  'consent.noTracking':
    'IP adresinizi ve telefonunuz ya da bilgisayarınız hakkında hiçbir bilgiyi kaydetmiyoruz. Yalnızca cevaplarınızı, dili ve gönderdiğiniz günü kaydediyoruz.',
  'consent.controller': 'Verilerinizden sorumlu kurum: {name} ({email}).',
  'consent.retention':
    'Cevaplarınız yalnızca şehrin, kurumlarının neleri öğrenmesi gerektiğine dair incelemesi için kullanılır. Bu inceleme için gerektiği sürece saklanır.',
  'consent.retentionCity': 'Cevaplarınız ne kadar süre saklanır:',
  'consent.more': 'Veri koruma hakkında daha fazla bilgi',
  'consent.start': 'Başla',
  'consent.noScript':
    'Anket için JavaScript gereklidir ve tarayıcınızda kapalıdır. Lütfen açın veya kâğıt bir anket isteyin: {email}.',
  'answer.sending': 'Cevaplarınız gönderiliyor …',
  'closed.title': 'Bu anket kapandı',
  'closed.text': 'İlginiz için teşekkür ederiz. Artık cevap kabul edilmiyor.',
  'notYet.title': 'Bu anket henüz başlamadı',
  'notYet.text': '{date} tarihinden itibaren cevap verebilirsiniz.',
  'thanks.title': 'Teşekkür ederiz!',
  'thanks.text': 'Cevaplarınız bize ulaştı. Bu sayfayı şimdi kapatabilirsiniz.',
  'error.invalid':
    'Bazı cevaplar kabul edilemedi. Lütfen cevaplarınızı kontrol edin ve tekrar gönderin.',
  'error.expired': 'Bu sayfa çok eski. Lütfen sayfayı yenileyin ve cevaplarınızı tekrar gönderin.',
  'error.limited':
    'Bu bağlantıdan çok fazla cevap gönderildi. Lütfen {minutes} dakika bekleyin ve tekrar deneyin.',
  'error.failed':
    'Cevaplarınız gönderilemedi. Lütfen internet bağlantınızı kontrol edin ve tekrar deneyin.',
  'poster.invitation':
    'Deneyiminizi bizimle paylaşın. Anket anonim ve gönüllüdür. Kodu tarayın veya bağlantıyı açın:',
};

const fr: Texts = {
  'language.name': 'Français',
  'page.title': 'Questionnaire',
  'choose.title': 'Choisissez votre langue',
  'choose.lead': 'Dans quelle langue voulez-vous répondre ?',
  'consent.title': 'Avant de commencer',
  'consent.what': 'De quoi il s’agit',
  'consent.anonymous':
    'Vos réponses sont anonymes. Nous ne demandons pas votre nom. Merci de ne pas écrire votre nom ni d’autres informations sur vous dans les réponses.',
  'consent.voluntary':
    'La participation est volontaire. Vous pouvez ne pas répondre à une question et arrêter à tout moment. Si vous ne participez pas, cela ne change rien pour vous.',
  'consent.noTracking':
    'Nous n’enregistrons pas votre adresse IP ni aucune information sur votre téléphone ou votre ordinateur. Nous enregistrons seulement vos réponses, la langue et le jour où vous les envoyez.',
  'consent.controller': 'Responsable de vos données : {name} ({email}).',
  'consent.retention':
    'Vos réponses servent uniquement à l’étude de la ville sur ce que ses services doivent apprendre. Elles ne sont conservées que le temps nécessaire à cette étude.',
  'consent.retentionCity': 'Combien de temps vos réponses sont conservées :',
  'consent.more': 'En savoir plus sur la protection des données',
  'consent.start': 'Commencer',
  'consent.noScript':
    'Le questionnaire a besoin de JavaScript, qui est désactivé dans votre navigateur. Merci de l’activer ou de demander un questionnaire papier : {email}.',
  'answer.sending': 'Envoi de vos réponses …',
  'closed.title': 'Ce questionnaire est fermé',
  'closed.text': 'Merci de votre intérêt. Les réponses ne sont plus acceptées.',
  'notYet.title': 'Ce questionnaire n’a pas encore commencé',
  'notYet.text': 'Vous pourrez répondre à partir du {date}.',
  'thanks.title': 'Merci !',
  'thanks.text': 'Nous avons bien reçu vos réponses. Vous pouvez maintenant fermer cette page.',
  'error.invalid':
    'Certaines réponses n’ont pas pu être acceptées. Merci de les vérifier et de les envoyer à nouveau.',
  'error.expired':
    'Cette page est trop ancienne. Merci de recharger la page et d’envoyer à nouveau vos réponses.',
  'error.limited':
    'Trop de réponses ont été envoyées depuis cette connexion. Merci d’attendre {minutes} minutes et de réessayer.',
  'error.failed':
    'Vos réponses n’ont pas pu être envoyées. Merci de vérifier votre connexion internet et de réessayer.',
  'poster.invitation':
    'Parlez-nous de votre expérience. Le questionnaire est anonyme et volontaire. Scannez le code ou ouvrez le lien :',
};

const fa: Texts = {
  'language.name': 'فارسی / دری',
  'page.title': 'پرسشنامه',
  'choose.title': 'زبان خود را انتخاب کنید',
  'choose.lead': 'به کدام زبان می‌خواهید پاسخ دهید؟',
  'consent.title': 'پیش از شروع',
  'consent.what': 'دربارهٔ چه چیزی می‌پرسیم',
  'consent.anonymous':
    'پاسخ‌های شما بی‌نام است. ما نام شما را نمی‌پرسیم. لطفاً نام خود یا اطلاعات دیگری دربارهٔ خودتان را در پاسخ‌ها ننویسید.',
  'consent.voluntary':
    'شرکت در این پرسشنامه داوطلبانه است. می‌توانید به هر سؤالی جواب ندهید و هر وقت خواستید دست بکشید. اگر شرکت نکنید، هیچ چیزی برای شما تغییر نمی‌کند.',
  'consent.noTracking':
    'ما نشانی IP شما و هیچ اطلاعاتی دربارهٔ تلفن یا کامپیوتر شما را ذخیره نمی‌کنیم. ما فقط پاسخ‌های شما، زبان و روزی را که آن‌ها را می‌فرستید ذخیره می‌کنیم.',
  'consent.controller': 'مسئول اطلاعات شما: {name} ({email}).',
  'consent.retention':
    'پاسخ‌های شما فقط برای بررسی شهر به کار می‌رود: این‌که اداره‌های آن چه چیزهایی را باید یاد بگیرند. پاسخ‌ها فقط تا وقتی نگه داشته می‌شوند که این بررسی به آن‌ها نیاز دارد.',
  'consent.retentionCity': 'مدت نگهداری پاسخ‌های شما:',
  'consent.more': 'اطلاعات بیشتر دربارهٔ حفاظت از اطلاعات شخصی',
  'consent.start': 'شروع',
  'consent.noScript':
    'این پرسشنامه به JavaScript نیاز دارد، اما JavaScript در مرورگر شما خاموش است. لطفاً آن را روشن کنید یا پرسشنامهٔ کاغذی بخواهید: {email}.',
  'answer.sending': 'پاسخ‌های شما فرستاده می‌شود …',
  'closed.title': 'این پرسشنامه بسته شده است',
  'closed.text': 'از علاقهٔ شما سپاسگزاریم. دیگر پاسخی پذیرفته نمی‌شود.',
  'notYet.title': 'این پرسشنامه هنوز شروع نشده است',
  'notYet.text': 'از {date} می‌توانید پاسخ دهید.',
  'thanks.title': 'سپاسگزاریم!',
  'thanks.text': 'پاسخ‌های شما رسید. اکنون می‌توانید این صفحه را ببندید.',
  'error.invalid': 'برخی از پاسخ‌ها پذیرفته نشد. لطفاً آن‌ها را بررسی کنید و دوباره بفرستید.',
  'error.expired':
    'این صفحه خیلی قدیمی است. لطفاً صفحه را دوباره باز کنید و پاسخ‌های خود را دوباره بفرستید.',
  'error.limited':
    'از این اتصال پاسخ‌های زیادی فرستاده شده است. لطفاً {minutes} دقیقه صبر کنید و دوباره امتحان کنید.',
  'error.failed':
    'پاسخ‌های شما فرستاده نشد. لطفاً اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.',
  'poster.invitation':
    'لطفاً تجربهٔ خود را با ما در میان بگذارید. این پرسشنامه بی‌نام و داوطلبانه است. کد را اسکن کنید یا پیوند را باز کنید:',
};

const ps: Texts = {
  'language.name': 'پښتو',
  'page.title': 'پوښتنپاڼه',
  'choose.title': 'خپله ژبه وټاکئ',
  'choose.lead': 'په کومه ژبه غواړئ ځواب ورکړئ؟',
  'consent.title': 'له پیل مخکې',
  'consent.what': 'څه پوښتل کېږي',
  'consent.anonymous':
    'ستاسو ځوابونه بې نومه دي. موږ ستاسو نوم نه پوښتو. مهرباني وکړئ په ځوابونو کې خپل نوم یا د ځان په اړه نور معلومات مه لیکئ.',
  'consent.voluntary':
    'ګډون ستاسو په خوښه دی. تاسو کولای شئ هره پوښتنه پرېږدئ او هر وخت ودرېږئ. که ګډون ونه کړئ، ستاسو لپاره هېڅ شی نه بدلېږي.',
  'consent.noTracking':
    'موږ ستاسو د IP پته او ستاسو د تلیفون یا کمپیوټر په اړه هېڅ معلومات نه ساتو. موږ یوازې ستاسو ځوابونه، ژبه او هغه ورځ ساتو چې تاسو یې لېږئ.',
  'consent.controller': 'ستاسو د معلوماتو مسؤل: {name} ({email}).',
  'consent.retention':
    'ستاسو ځوابونه یوازې د ښار د هغې څېړنې لپاره کارول کېږي چې د هغه ادارې باید څه زده کړي. دوی یوازې تر هغه وخته ساتل کېږي چې دې څېړنې ته اړتیا وي.',
  'consent.retentionCity': 'ستاسو ځوابونه به څومره وخت وساتل شي:',
  'consent.more': 'د معلوماتو د ساتنې په اړه نور معلومات',
  'consent.start': 'پیل کړئ',
  'consent.noScript':
    'دې پوښتنپاڼې ته JavaScript اړین دی، چې ستاسو په براوزر کې بند دی. مهرباني وکړئ هغه چالان کړئ، یا د کاغذ پوښتنپاڼه وغواړئ: {email}.',
  'answer.sending': 'ستاسو ځوابونه لېږل کېږي …',
  'closed.title': 'دا پوښتنپاڼه بنده شوې ده',
  'closed.text': 'ستاسو له لېوالتیا مننه. نور ځوابونه نه منل کېږي.',
  'notYet.title': 'دا پوښتنپاڼه لا نه ده پیل شوې',
  'notYet.text': 'تاسو له {date} څخه ځواب ورکولای شئ.',
  'thanks.title': 'مننه!',
  'thanks.text': 'ستاسو ځوابونه ترلاسه شول. اوس تاسو دا پاڼه تړلای شئ.',
  'error.invalid': 'ځینې ځوابونه و نه منل شول. مهرباني وکړئ هغه وګورئ او بیا یې ولېږئ.',
  'error.expired': 'دا پاڼه ډېره زړه ده. مهرباني وکړئ پاڼه بیا پرانیزئ او خپل ځوابونه بیا ولېږئ.',
  'error.limited':
    'له دې اتصال څخه ډېر ځوابونه لېږل شوي دي. مهرباني وکړئ {minutes} دقیقې صبر وکړئ او بیا هڅه وکړئ.',
  'error.failed':
    'ستاسو ځوابونه و نه لېږل شول. مهرباني وکړئ خپل انټرنېټ اتصال وګورئ او بیا هڅه وکړئ.',
  'poster.invitation':
    'مهرباني وکړئ موږ ته د خپلې تجربې په اړه ووایاست. دا پوښتنپاڼه بې نومه او په خوښه ده. کوډ سکین کړئ یا لینک پرانیزئ:',
};

const ti: Texts = {
  'language.name': 'ትግርኛ',
  'page.title': 'መሕተት',
  'choose.title': 'ቋንቋኹም ምረጹ',
  'choose.lead': 'ብኣየናይ ቋንቋ ክትምልሱ ትደልዩ?',
  'consent.title': 'ቅድሚ ምጅማርኩም',
  'consent.what': 'እንታይ ይሕተት',
  'consent.anonymous':
    'መልስታትኩም ስም ዘይብሎም እዮም። ስምኩም ኣይንሓትትን ኢና። በጃኹም ኣብቲ መልስታት ስምኩም ወይ ካልእ ብዛዕባኹም ዝገልጽ ሓበሬታ ኣይትጽሓፉ።',
  'consent.voluntary':
    'ምስታፍ ብድሌትኩም እዩ። ዝኾነ ሕቶ ክትሓልፍዎን ኣብ ዝኾነ ግዜ ደው ክትብሉን ትኽእሉ ኢኹም። እንተዘይተሳቲፍኩም፡ ንዓኹም ዝቕየር ነገር የለን።',
  'consent.noTracking':
    'ናይ IP ኣድራሻኹም ወይ ብዛዕባ ተሌፎንኩም ወይ ኮምፒተርኩም ዝኾነ ሓበሬታ ኣይንዕቅብን ኢና። መልስታትኩም፡ ቋንቋን እትሰድዱላ መዓልትን ጥራይ ኢና እንዕቅብ።',
  'consent.controller': 'ሓላፊ ሓበሬታኹም፦ {name} ({email})።',
  'consent.retention':
    'መልስታትኩም ነቲ ቤት ጽሕፈታት እታ ከተማ እንታይ ክመሃሩ ከም ዘለዎም ዝምርምር መጽናዕቲ ጥራይ እዮም ዝውዕሉ። እቲ መጽናዕቲ ክሳብ ዘድልዮም ጥራይ እዮም ዝዕቀቡ።',
  'consent.retentionCity': 'መልስታትኩም ክንደይ ግዜ ይዕቀቡ፦',
  'consent.more': 'ብዛዕባ ምሕላው ውልቃዊ ሓበሬታ ዝያዳ',
  'consent.start': 'ጀምሩ',
  'consent.noScript':
    'እዚ መሕተት JavaScript የድልዮ እዩ፡ ኣብ ብራውዘርኩም ግን ተዓጽዩ ኣሎ። በጃኹም ኣብርህዎ፡ ወይ ናይ ወረቐት መሕተት ሕተቱ፦ {email}።',
  'answer.sending': 'መልስታትኩም ይለኣኹ ኣለዉ …',
  'closed.title': 'እዚ መሕተት ተዓጽዩ እዩ',
  'closed.text': 'ስለ ተገዳስነትኩም የቐንየልና። ካብ ሕጂ ንደሓር መልሲ ኣይቕበልን።',
  'notYet.title': 'እዚ መሕተት ገና ኣይጀመረን',
  'notYet.text': 'ካብ {date} ጀሚርኩም ክትምልሱ ትኽእሉ ኢኹም።',
  'thanks.title': 'የቐንየልና!',
  'thanks.text': 'መልስታትኩም በጺሑና እዩ። ሕጂ ነዚ ገጽ ክትዓጽውዎ ትኽእሉ ኢኹም።',
  'error.invalid': 'ገለ መልስታት ክቕበሉ ኣይከኣሉን። በጃኹም ተመልከትዎም እሞ እንደገና ስደድዎም።',
  'error.expired': 'እዚ ገጽ ኣዝዩ ኣረጊቱ እዩ። በጃኹም ነቲ ገጽ እንደገና ጽዓንዎ እሞ መልስታትኩም እንደገና ስደዱ።',
  'error.limited': 'ካብዚ መራኸቢ ብዙሓት መልስታት ተላኢኾም። በጃኹም {minutes} ደቓይቕ ተጸቢኹም እንደገና ፈትኑ።',
  'error.failed': 'መልስታትኩም ክለኣኹ ኣይከኣሉን። በጃኹም ናይ ኢንተርነት መራኸቢኹም ተመልከቱ እሞ እንደገና ፈትኑ።',
  'poster.invitation':
    'በጃኹም ብዛዕባ ተመኩሮኹም ንገሩና። እቲ መሕተት ስም ዘይብሉን ብድሌት ዝግበርን እዩ። ነቲ ኮድ ስካን ግበሩ ወይ ነቲ ሊንክ ክፈቱ፦',
};

const ur: Texts = {
  'language.name': 'اردو',
  'page.title': 'سوالنامہ',
  'choose.title': 'اپنی زبان منتخب کریں',
  'choose.lead': 'آپ کس زبان میں جواب دینا چاہتے ہیں؟',
  'consent.title': 'شروع کرنے سے پہلے',
  'consent.what': 'کیا پوچھا جاتا ہے',
  'consent.anonymous':
    'آپ کے جوابات گمنام ہیں۔ ہم آپ کا نام نہیں پوچھتے۔ براہِ کرم جوابات میں اپنا نام یا اپنے بارے میں کوئی اور تفصیل نہ لکھیں۔',
  'consent.voluntary':
    'حصہ لینا آپ کی مرضی پر ہے۔ آپ کوئی بھی سوال چھوڑ سکتے ہیں اور کسی بھی وقت رک سکتے ہیں۔ اگر آپ حصہ نہیں لیتے تو آپ کے لیے کچھ نہیں بدلتا۔',
  'consent.noTracking':
    'ہم آپ کا IP ایڈریس یا آپ کے فون یا کمپیوٹر کے بارے میں کوئی معلومات محفوظ نہیں کرتے۔ ہم صرف آپ کے جوابات، زبان اور وہ دن محفوظ کرتے ہیں جب آپ انہیں بھیجتے ہیں۔',
  'consent.controller': 'آپ کے ڈیٹا کے ذمہ دار: {name} ({email})۔',
  'consent.retention':
    'آپ کے جوابات صرف شہر کے اس جائزے کے لیے استعمال ہوتے ہیں کہ اس کے دفاتر کو کیا سیکھنے کی ضرورت ہے۔ انہیں صرف اتنی دیر رکھا جاتا ہے جتنی دیر اس جائزے کو ان کی ضرورت ہے۔',
  'consent.retentionCity': 'آپ کے جوابات کتنی دیر رکھے جاتے ہیں:',
  'consent.more': 'ڈیٹا کے تحفظ کے بارے میں مزید معلومات',
  'consent.start': 'شروع کریں',
  'consent.noScript':
    'سوالنامے کو JavaScript کی ضرورت ہے، جو آپ کے براؤزر میں بند ہے۔ براہِ کرم اسے چالو کریں، یا کاغذ پر سوالنامہ مانگیں: {email}۔',
  'answer.sending': 'آپ کے جوابات بھیجے جا رہے ہیں …',
  'closed.title': 'یہ سوالنامہ بند ہو چکا ہے',
  'closed.text': 'آپ کی دلچسپی کا شکریہ۔ اب جوابات قبول نہیں کیے جاتے۔',
  'notYet.title': 'یہ سوالنامہ ابھی شروع نہیں ہوا',
  'notYet.text': 'آپ {date} سے جواب دے سکتے ہیں۔',
  'thanks.title': 'شکریہ!',
  'thanks.text': 'آپ کے جوابات مل گئے ہیں۔ اب آپ یہ صفحہ بند کر سکتے ہیں۔',
  'error.invalid': 'کچھ جوابات قبول نہیں ہو سکے۔ براہِ کرم انہیں دیکھیں اور دوبارہ بھیجیں۔',
  'error.expired':
    'یہ صفحہ بہت پرانا ہو گیا ہے۔ براہِ کرم صفحہ دوبارہ لوڈ کریں اور اپنے جوابات پھر سے بھیجیں۔',
  'error.limited':
    'اس کنکشن سے بہت زیادہ جوابات بھیجے گئے ہیں۔ براہِ کرم {minutes} منٹ انتظار کریں اور پھر کوشش کریں۔',
  'error.failed':
    'آپ کے جوابات نہیں بھیجے جا سکے۔ براہِ کرم اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں۔',
  'poster.invitation':
    'براہِ کرم ہمیں اپنے تجربے کے بارے میں بتائیں۔ سوالنامہ گمنام اور رضاکارانہ ہے۔ کوڈ اسکین کریں یا لنک کھولیں:',
};

/** Every language's texts (exported for the tests: each has exactly en's keys). */
export const RESPONDENT_TEXTS: Readonly<Record<RespondentLanguage, Texts>> = {
  de,
  it,
  es,
  en,
  ar,
  uk,
  tr,
  fr,
  fa,
  ps,
  ti,
  ur,
};

export const isRespondentLanguage = (lang: unknown): lang is RespondentLanguage =>
  typeof lang === 'string' && (RESPONDENT_LANGUAGES as readonly string[]).includes(lang);

/**
 * A respondent text in `lang` as plain text, with `{name}` placeholders filled (the values are
 * plain text too: the page template escapes the whole).
 */
export function respondentText(
  lang: RespondentLanguage,
  key: RespondentKey,
  params: Record<string, string | number> = {},
): string {
  return RESPONDENT_TEXTS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
