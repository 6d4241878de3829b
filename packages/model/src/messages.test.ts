import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf, pluralKey, resolveMessage } from './messages.js';

describe('the message catalogue mechanism', () => {
  const catalogues: Record<string, Record<string, string>> = {
    en: { hi: 'Hello {name}', 'n.one': '{n} item', 'n.other': '{n} items' },
    ar: { 'n.one': 'عنصر واحد', 'n.two': 'عنصران', 'n.other': '{n} عنصر' },
  };

  it('resolves along the chain, from a record or a map, and says where it found the text', () => {
    expect(resolveMessage(catalogues, ['ar', 'en'], 'hi')).toEqual({
      text: 'Hello {name}',
      locale: 'en',
    });
    expect(resolveMessage(new Map(Object.entries(catalogues)), ['ar'], 'n.two')).toEqual({
      text: 'عنصران',
      locale: 'ar',
    });
    expect(resolveMessage(catalogues, ['de'], 'hi')).toBeUndefined();
  });

  it('formats placeholders and leaves unknown ones as written', () => {
    expect(formatMessage('Hello {name}, {k} of {n}', { name: 'Ana', k: 3 })).toBe(
      'Hello Ana, 3 of {n}',
    );
    expect(placeholdersOf('{b} and {a}')).toEqual(['a', 'b']);
  });

  it('picks the plural form of the locale, falling back to other', () => {
    expect(pluralKey(catalogues.en!, 'en', 'n', 1)).toBe('n.one');
    expect(pluralKey(catalogues.en!, 'en', 'n', 2)).toBe('n.other');
    expect(pluralKey(catalogues.ar!, 'ar', 'n', 2)).toBe('n.two');
    expect(pluralKey(catalogues.ar!, 'ar', 'n', 5)).toBe('n.other'); // "few" not given
  });
});
