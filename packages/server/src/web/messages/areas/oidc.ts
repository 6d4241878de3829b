// The page texts of the portal's oidc area, in the four page languages. en is the reference:
// the others must have exactly its keys and placeholders (checked by i18n tests), and
// messages/{en,de,it,es}.ts spread these objects into the catalogues.
export const en = {
  'oidc.heading': 'With your organisation’s account',
  'oidc.signInWith': 'Sign in with {label}',
  'oidc.defaultLabel': 'your organisation’s account',
  'oidc.refused.title': 'Sign-in not completed',
  'oidc.denied':
    'The sign-in was cancelled at the identity provider. You are not signed in; you can try again.',
  'oidc.expired':
    'This sign-in link has expired or was already used. You are not signed in; start again from the sign-in page.',
  'oidc.invalid':
    'The answer of the identity provider could not be verified. You are not signed in; start again from the sign-in page.',
  'oidc.noEmail':
    'The identity provider did not confirm an email address, which the portal needs for your account. You are not signed in; ask your IT service.',
  'oidc.noAccount':
    'The portal has no account for you yet. You are not signed in; ask the training coordinators of your city to invite you.',
  'oidc.emailTaken':
    'An account with your email address exists already, but the identity provider did not confirm the address. You are not signed in; sign in with your password, or ask your IT service.',
  'oidc.unavailable.title': 'Identity provider unavailable',
  'oidc.unavailable':
    'The identity provider cannot be reached at the moment. Try again later, or sign in with your password.',
  'oidc.again': 'Back to the sign-in page',
} as const;

type Texts = Record<keyof typeof en, string>;

export const de: Texts = {
  'oidc.heading': 'Mit dem Konto Ihrer Organisation',
  'oidc.signInWith': 'Anmelden mit {label}',
  'oidc.defaultLabel': 'dem Konto Ihrer Organisation',
  'oidc.refused.title': 'Anmeldung nicht abgeschlossen',
  'oidc.denied':
    'Die Anmeldung wurde beim Identitätsanbieter abgebrochen. Sie sind nicht angemeldet; Sie können es erneut versuchen.',
  'oidc.expired':
    'Dieser Anmeldelink ist abgelaufen oder wurde schon verwendet. Sie sind nicht angemeldet; beginnen Sie erneut auf der Anmeldeseite.',
  'oidc.invalid':
    'Die Antwort des Identitätsanbieters konnte nicht geprüft werden. Sie sind nicht angemeldet; beginnen Sie erneut auf der Anmeldeseite.',
  'oidc.noEmail':
    'Der Identitätsanbieter hat keine E-Mail-Adresse bestätigt, die das Portal für Ihr Konto braucht. Sie sind nicht angemeldet; wenden Sie sich an Ihre IT-Abteilung.',
  'oidc.noAccount':
    'Das Portal hat noch kein Konto für Sie. Sie sind nicht angemeldet; bitten Sie die Fortbildungskoordination Ihrer Stadt um eine Einladung.',
  'oidc.emailTaken':
    'Es gibt bereits ein Konto mit Ihrer E-Mail-Adresse, aber der Identitätsanbieter hat die Adresse nicht bestätigt. Sie sind nicht angemeldet; melden Sie sich mit Ihrem Passwort an oder wenden Sie sich an Ihre IT-Abteilung.',
  'oidc.unavailable.title': 'Identitätsanbieter nicht erreichbar',
  'oidc.unavailable':
    'Der Identitätsanbieter ist im Moment nicht erreichbar. Versuchen Sie es später erneut oder melden Sie sich mit Ihrem Passwort an.',
  'oidc.again': 'Zurück zur Anmeldeseite',
};

export const it: Texts = {
  'oidc.heading': 'Con l’account della vostra organizzazione',
  'oidc.signInWith': 'Accedi con {label}',
  'oidc.defaultLabel': 'l’account della vostra organizzazione',
  'oidc.refused.title': 'Accesso non completato',
  'oidc.denied':
    'L’accesso è stato annullato presso il fornitore di identità. Non avete effettuato l’accesso; potete riprovare.',
  'oidc.expired':
    'Questo collegamento di accesso è scaduto o è già stato usato. Non avete effettuato l’accesso; ricominciate dalla pagina di accesso.',
  'oidc.invalid':
    'Non è stato possibile verificare la risposta del fornitore di identità. Non avete effettuato l’accesso; ricominciate dalla pagina di accesso.',
  'oidc.noEmail':
    'Il fornitore di identità non ha confermato un indirizzo email, necessario al portale per il vostro account. Non avete effettuato l’accesso; rivolgetevi al servizio informatico.',
  'oidc.noAccount':
    'Il portale non ha ancora un account per voi. Non avete effettuato l’accesso; chiedete ai coordinatori della formazione della vostra città di invitarvi.',
  'oidc.emailTaken':
    'Esiste già un account con il vostro indirizzo email, ma il fornitore di identità non ha confermato l’indirizzo. Non avete effettuato l’accesso; accedete con la password o rivolgetevi al servizio informatico.',
  'oidc.unavailable.title': 'Fornitore di identità non raggiungibile',
  'oidc.unavailable':
    'Al momento il fornitore di identità non è raggiungibile. Riprovate più tardi o accedete con la password.',
  'oidc.again': 'Torna alla pagina di accesso',
};

export const es: Texts = {
  'oidc.heading': 'Con la cuenta de su organización',
  'oidc.signInWith': 'Iniciar sesión con {label}',
  'oidc.defaultLabel': 'la cuenta de su organización',
  'oidc.refused.title': 'Inicio de sesión no completado',
  'oidc.denied':
    'El inicio de sesión se canceló en el proveedor de identidad. No ha iniciado sesión; puede volver a intentarlo.',
  'oidc.expired':
    'Este enlace de inicio de sesión ha caducado o ya se utilizó. No ha iniciado sesión; empiece de nuevo desde la página de inicio de sesión.',
  'oidc.invalid':
    'No se pudo verificar la respuesta del proveedor de identidad. No ha iniciado sesión; empiece de nuevo desde la página de inicio de sesión.',
  'oidc.noEmail':
    'El proveedor de identidad no confirmó una dirección de correo electrónico, que el portal necesita para su cuenta. No ha iniciado sesión; consulte a su servicio informático.',
  'oidc.noAccount':
    'El portal aún no tiene una cuenta para usted. No ha iniciado sesión; pida a la coordinación de formación de su ciudad que le invite.',
  'oidc.emailTaken':
    'Ya existe una cuenta con su dirección de correo electrónico, pero el proveedor de identidad no confirmó la dirección. No ha iniciado sesión; inicie sesión con su contraseña o consulte a su servicio informático.',
  'oidc.unavailable.title': 'Proveedor de identidad no disponible',
  'oidc.unavailable':
    'En este momento no se puede acceder al proveedor de identidad. Inténtelo más tarde o inicie sesión con su contraseña.',
  'oidc.again': 'Volver a la página de inicio de sesión',
};
