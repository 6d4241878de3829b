import { describe, expect, expectTypeOf, it } from 'vitest';
import { fallbackChain } from '@competence-kit/model/read';
import {
  formatMessage,
  loadMessages,
  messageLocaleOf,
  placeholdersOf,
  registerMessages,
  resolveMessage,
  type MessageParams,
} from './localize.js';

describe('messages', () => {
  it('resolve along the fallback chain, English last', async () => {
    expect(resolveMessage(['de-AT', 'de', 'en'], 'common.close')).toEqual({
      text: 'Close',
      locale: 'en',
    });
    await loadMessages(['de-AT', 'de', 'en']);
    expect(resolveMessage(['de-AT', 'de', 'en'], 'common.close')).toEqual({
      text: 'Schließen',
      locale: 'de',
    });
    expect(messageLocaleOf(['de-AT', 'de', 'en'])).toBe('de');
    expect(messageLocaleOf(['pl', 'en'])).toBe('en');
  });

  it('ship Ukrainian, Turkish and French, reached from a regional tag', async () => {
    const next = { 'uk-UA': 'Далі', 'tr-TR': 'İleri', 'fr-BE': 'Suivant' };
    for (const [tag, text] of Object.entries(next)) {
      const chain = fallbackChain(tag, { defaultLocale: 'en' });
      await loadMessages(chain);
      expect(resolveMessage(chain, 'questionnaire.next'), tag).toEqual({
        text,
        locale: tag.slice(0, 2),
      });
      expect(messageLocaleOf(chain)).toBe(tag.slice(0, 2));
    }
  });

  it('load each bundled catalogue once, and nothing when all are in', async () => {
    const first = loadMessages(['it', 'en']);
    expect(first).toBeInstanceOf(Promise);
    await first;
    expect(loadMessages(['it', 'en'])).toBeUndefined();
    expect(loadMessages(['pl', 'en'])).toBeUndefined();
  });

  it('can be added or overridden by a city, before or after the catalogue loads', async () => {
    registerMessages('es', { 'common.close': 'Cerrar ventana' });
    await loadMessages(['es', 'en']);
    expect(resolveMessage(['es', 'en'], 'common.close').text).toBe('Cerrar ventana');
    expect(resolveMessage(['es', 'en'], 'common.level').text).toBe('Nivel');
    registerMessages('PL', { 'common.close': 'Zamknij' });
    expect(resolveMessage(['pl', 'en'], 'common.close')).toEqual({ text: 'Zamknij', locale: 'pl' });
    expect(() => registerMessages('not a tag', {})).toThrow(RangeError);
  });

  it('fill in their placeholders', () => {
    expect(formatMessage('{rank} of {total}', { rank: '2', total: '4' })).toBe('2 of 4');
    expect(formatMessage('{rank} of {total}', { rank: '2' })).toBe('2 of {total}');
    expect(placeholdersOf('{b} and {a}, {b}')).toEqual(['a', 'b', 'b']);
  });

  it('type their parameters from the English text', () => {
    expectTypeOf<MessageParams<'common.close'>>().toEqualTypeOf<[]>();
    expectTypeOf<MessageParams<'level-badge.rank'>>().toEqualTypeOf<
      [params: Record<'rank' | 'total', string | number>]
    >();
  });
});
