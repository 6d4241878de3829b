import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { bundledLocales, placeholdersOf, type Catalogue } from '../internal/localize.js';
import { en } from './en.js';
import { de } from './de.js';
import { it as italian } from './it.js';
import { es } from './es.js';
import { ar } from './ar.js';
import { uk } from './uk.js';
import { tr } from './tr.js';
import { fr } from './fr.js';
import { fa } from './fa.js';
import { ps } from './ps.js';
import { ti } from './ti.js';
import { ur } from './ur.js';

const catalogues: Record<string, Catalogue> = {
  en,
  de,
  it: italian,
  es,
  ar,
  uk,
  tr,
  fr,
  fa,
  ps,
  ti,
  ur,
};
const keys = Object.keys(en).sort();

describe.each(Object.entries(catalogues))('the %s messages', (locale, catalogue) => {
  it('have every key of the English reference and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(keys);
  });

  it('keep the placeholders of every English message', () => {
    const mismatches = keys.filter(
      (key) =>
        placeholdersOf(catalogue[key as keyof Catalogue]).join() !==
        placeholdersOf(en[key as keyof Catalogue]).join(),
    );
    expect(mismatches).toEqual([]);
  });

  it('are not empty', () => {
    expect(Object.values(catalogue).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('keep the sections of the reference file, in order', () => {
    const sections = (l: string) =>
      readFileSync(new URL(`./${l}.ts`, import.meta.url), 'utf8').match(/^ {2}\/\/ --- .+ ---$/gm);
    expect(sections(locale)).toEqual(sections('en'));
  });
});

describe('the bundled locales', () => {
  it('are the locale files of this folder', () => {
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((f) => /^[a-z-]+\.ts$/i.test(f) && !f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -3));
    expect([...bundledLocales].sort()).toEqual(files.sort());
    expect(Object.keys(catalogues).sort()).toEqual(files.sort());
  });
});

describe('message keys', () => {
  it('are namespaced by a section of the file', () => {
    const text = readFileSync(new URL('./en.ts', import.meta.url), 'utf8');
    let section = '';
    const misplaced: string[] = [];
    for (const line of text.split('\n')) {
      const heading = /^ {2}\/\/ --- (.+) ---$/.exec(line);
      if (heading) section = heading[1]!;
      const key = /^ {2}'([^']+)':/.exec(line)?.[1];
      if (key && !key.startsWith(`${section}.`)) misplaced.push(`${key} in ${section}`);
    }
    expect(misplaced).toEqual([]);
  });
});

// The migrants' languages: a message copied from English by mistake would pass the key and
// placeholder checks above; each of these must be written in its own script, except the few
// that are only symbols and placeholders.
describe.each([
  ['fa', /[\u0600-\u06FF]/],
  ['ps', /[\u0600-\u06FF]/],
  ['ur', /[\u0600-\u06FF]/],
  ['ti', /[\u1200-\u137F]/],
])('the %s messages', (locale, script) => {
  it('are written in the script of the language', () => {
    const symbolsOnly = (text: string) => !/\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ''));
    const foreign = Object.entries(catalogues[locale]!).filter(
      ([, text]) => !symbolsOnly(text) && !script.test(text),
    );
    expect(foreign).toEqual([]);
  });
});
