// The page texts of the portal's questionnaires area, in the four page languages. en is the reference:
// the others must have exactly its keys and placeholders (checked by i18n tests), and
// messages/{en,de,it,es}.ts spread these objects into the catalogues.
export const en = {} as const;

type Texts = Record<keyof typeof en, string>;

export const de: Texts = {};
export const it: Texts = {};
export const es: Texts = {};
