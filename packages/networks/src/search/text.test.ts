import { describe, expect, it } from 'vitest';
import { normalise, words } from './text.js';

describe('normalise', () => {
  it('removes accents and case, writes ß as ss, and unfolds compatibility forms', () => {
    expect(normalise('Educación')).toBe('educacion');
    expect(normalise('Straße')).toBe('strasse');
    expect(normalise('GROẞE')).toBe('grosse'); // the capital sharp s lower-cases to ß first
    expect(normalise('Città Università')).toBe('citta universita');
    expect(normalise('ﬁnanziamento')).toBe('finanziamento'); // the "fi" ligature
    expect(normalise('㎒')).toBe('mhz'); // decomposes to capitals, lower-cased afterwards
    expect(normalise('İstanbul')).toBe('istanbul'); // the dot above is a combining mark
  });
});

describe('words', () => {
  it('splits on anything but letters and digits and drops one-letter words', () => {
    // "L'" and "è" (→ "e") are one letter; "§3" leaves "3", one digit.
    expect(words("L'integrazione è un diritto")).toEqual(['integrazione', 'un', 'diritto']);
    expect(words('Termin-Vergabe 2025, §3 (Büro)')).toEqual(['termin', 'vergabe', '2025', 'buro']);
    expect(words('  ¿Qué es la ÑOÑERÍA?  ')).toEqual(['que', 'es', 'la', 'noneria']);
  });

  it('treats a surrogate pair as one letter and a lone surrogate as a separator', () => {
    // U+10428 (Deseret small long I) is one letter written as two UTF-16 code units.
    expect(words('\u{10428} \u{10428}\u{10428}')).toEqual(['\u{10428}\u{10428}']);
    expect(words('ab\ud800cd\udfffef')).toEqual(['ab', 'cd', 'ef']);
  });

  it('finds no words in text without letters or digits', () => {
    expect(words('.*+?^${}()|[]\\ — …')).toEqual([]);
    expect(words('')).toEqual([]);
  });
});
