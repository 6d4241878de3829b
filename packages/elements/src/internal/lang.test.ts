import { describe, expect, it } from 'vitest';
import { directionOf } from './lang.js';

describe('directionOf', () => {
  it('is rtl for the languages written right to left', () => {
    for (const locale of [
      'ar',
      'ar-EG',
      'he',
      'fa',
      'fa-AF',
      'ur',
      'ckb',
      'ps',
      'yi',
      'dv',
      'az-Arab',
    ]) {
      expect(directionOf(locale), locale).toBe('rtl');
    }
  });

  it('is ltr for the others and for what it cannot read', () => {
    for (const locale of [
      'en',
      'de-AT',
      'it',
      'es',
      'ku',
      'sr-Latn',
      'uk',
      'ti',
      'ti-ER',
      'not a tag',
    ]) {
      expect(directionOf(locale), locale).toBe('ltr');
    }
  });
});
