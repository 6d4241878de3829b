import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { City } from '@competence-kit/schemas';
import citySchema from '@competence-kit/schemas/city.schema.json' with { type: 'json' };
import { contrastPairs, themes } from '@competence-kit/elements/tokens';
import { describe, expect, it } from 'vitest';
import { brandingContrast, brandingIssues, contrastRatio } from './city-branding.js';
import { cityFileNames } from './city-files.js';

const citiesDir = join(import.meta.dirname, '..', 'cities');

describe('contrastRatio', () => {
  it('computes the WCAG 2.1 ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('the colour tokens a city may set', () => {
  it("are exactly the elements' colour tokens, in both themes", () => {
    const allowed = Object.keys(citySchema.$defs.brandColors.properties);
    expect(allowed.sort()).toEqual(Object.keys(themes.light).sort());
    expect(allowed.sort()).toEqual(Object.keys(themes.dark).sort());
  });
});

describe('brandingContrast', () => {
  it("checks every pair of the elements' contrastPairs that a city colour is part of", () => {
    const checks = brandingContrast({ colors: { light: { 'color-accent': '#0b5cad' } } });
    const expected = contrastPairs.flatMap((pair) =>
      pair.foreground.flatMap((f) =>
        pair.background
          .filter((b) => f === 'color-accent' || b === 'color-accent')
          .map((b) => `${f} on ${b}`),
      ),
    );
    expect(checks.map((c) => `${c.foreground} on ${c.background}`).sort()).toEqual(expected.sort());
    expect(checks.every((c) => c.theme === 'light')).toBe(true);
  });

  it('uses the elements’ value for the token of a pair that the city leaves alone', () => {
    const [check] = brandingContrast({ colors: { dark: { 'color-on-accent': '#000000' } } });
    expect(check).toMatchObject({
      theme: 'dark',
      foreground: 'color-on-accent',
      background: 'color-accent',
      colors: ['#000000', themes.dark['color-accent']],
      setByCity: 'color-on-accent',
    });
  });

  it('reports a failing pair at the colour the city set', () => {
    expect(
      brandingIssues({ colors: { light: { 'color-accent-subtle': '#7a818c' } } }),
    ).toContainEqual(
      expect.objectContaining({
        path: '/branding/colors/light/color-accent-subtle',
        code: 'insufficient-contrast',
        message: expect.stringMatching(
          /color-text \(#1f2328\) on color-accent-subtle \(#7a818c\) has a contrast of \d\.\d\d:1; WCAG 2\.1 AA asks for 4\.5:1/,
        ),
      }),
    );
    expect(brandingIssues(undefined)).toEqual([]);
  });
});

describe("each city's colours against the tokens they pair with", () => {
  it('meet WCAG 2.1 AA in every theme the city brands', async () => {
    for (const file of await cityFileNames(citiesDir)) {
      const city = JSON.parse(readFileSync(file, 'utf8')) as City;
      const checks = brandingContrast(city.branding);
      if (city.branding?.colors) expect(checks.length, file).toBeGreaterThan(0);
      for (const check of checks) {
        const what = `${file} ${check.theme}: ${check.foreground} ${check.colors[0]} on ${check.background} ${check.colors[1]} = ${check.ratio.toFixed(2)}`;
        expect(check.ratio, what).toBeGreaterThanOrEqual(check.minRatio);
      }
    }
  });

  it('the pilot accents keep 4.5:1 as text on the page and under white or dark text', () => {
    const accents: Record<string, { light: string; dark: string }> = {
      'landkreis-offenbach': { light: '#00665e', dark: '#5fd0c1' },
      ravenna: { light: '#a3341f', dark: '#f0937c' },
      cartagena: { light: '#1d4f91', dark: '#8fb8ef' },
    };
    for (const [id, accent] of Object.entries(accents)) {
      const city = JSON.parse(readFileSync(join(citiesDir, `${id}.json`), 'utf8')) as City;
      expect(city.branding?.colors?.light?.['color-accent']).toBe(accent.light);
      expect(city.branding?.colors?.dark?.['color-accent']).toBe(accent.dark);
      expect(contrastRatio(accent.light, themes.light['color-surface'])).toBeGreaterThanOrEqual(
        4.5,
      );
      expect(contrastRatio(accent.light, themes.light['color-on-accent'])).toBeGreaterThanOrEqual(
        4.5,
      );
      expect(contrastRatio(accent.dark, themes.dark['color-surface'])).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(accent.dark, themes.dark['color-on-accent'])).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });
});
