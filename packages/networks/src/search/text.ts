// How the knowledge search turns text into words, the same way for entries and for queries, so
// that "Educación", "educacion" and "EDUCACIÓN" are one word and "Straße" matches "strasse".

// Combining marks left by NFKD ("é" → "e" + U+0301), removed so that accents do not matter.
const MARKS = /\p{M}+/gu;
// Anything that is neither a letter nor a digit separates words (Unicode-aware: "ñ", "ß", "ø"
// and Greek or Cyrillic letters are letters). Lone surrogates are neither, so they separate too.
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * The text in the form words are compared in: compatibility decomposition (NFKD: "ﬁ" → "fi",
 * "²" → "2", "é" → "e" + accent), lower case, accents and other combining marks removed, "ß"
 * as "ss". NFKD comes first because some compatibility forms decompose to capitals ("㎒" →
 * "MHz").
 */
export function normalise(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(MARKS, '').replaceAll('ß', 'ss');
}

/** True for a word of at least two letters (a surrogate pair is one letter). */
function longEnough(word: string): boolean {
  if (word.length > 2) return true;
  if (word.length < 2) return false;
  const first = word.charCodeAt(0);
  return first < 0xd800 || first > 0xdbff;
}

/**
 * The words of a text, normalised (see {@link normalise}), in order, repeats kept. Words of one
 * letter are dropped: in the pilot languages they are articles and conjunctions ("a", "e", "y",
 * "l'…") that would match nearly every entry, and as the first letter typed into a search field
 * they narrow nothing.
 */
export function words(text: string): string[] {
  const parts = normalise(text).split(SEPARATORS);
  const out: string[] = [];
  for (const part of parts) if (longEnough(part)) out.push(part);
  return out;
}
