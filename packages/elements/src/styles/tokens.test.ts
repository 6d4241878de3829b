import { describe, expect, it } from 'vitest';
import {
  contrastPairs,
  forcedColors,
  hostTokensCss,
  metrics,
  themes,
  tokensCss,
} from './tokens.js';
import type { ColorToken, Theme } from './tokens.js';

/** Relative luminance of an sRGB colour `#rrggbb` (WCAG 2.1, definition of relative luminance). */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('contrast', () => {
  it('computes the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('design tokens', () => {
  const names = Object.keys(themes) as Theme[];

  for (const theme of names) {
    it(`meet WCAG 2.1 AA contrast in the ${theme} theme`, () => {
      const failures: string[] = [];
      for (const { foreground, background, minRatio } of contrastPairs) {
        for (const fg of foreground) {
          for (const bg of background) {
            const ratio = contrast(themes[theme][fg], themes[theme][bg]);
            if (ratio < minRatio) {
              failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)}:1 < ${minRatio}:1`);
            }
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('check every colour of every theme against something', () => {
    const checked = new Set(contrastPairs.flatMap((p) => [...p.foreground, ...p.background]));
    for (const theme of names) {
      expect(Object.keys(themes[theme]).filter((t) => !checked.has(t as ColorToken))).toEqual([]);
      expect(Object.keys(themes[theme]).sort()).toEqual(Object.keys(themes.light).sort());
    }
    expect(Object.keys(forcedColors).sort()).toEqual(Object.keys(themes.light).sort());
  });

  it('write every token into the page stylesheet and the host fallbacks', () => {
    const page = tokensCss();
    const host = hostTokensCss();
    for (const name of [...Object.keys(themes.light), ...Object.keys(metrics)]) {
      expect(page).toContain(`--ck-${name}:`);
      expect(host).toContain(`--_ck-${name}: var(--ck-${name},`);
    }
    expect(page).toContain(`[data-ck-theme='dark'] {`);
    expect(page).toContain('@media (prefers-color-scheme: dark)');
    expect(host).toContain('@media (forced-colors: active)');
  });
});
