import { describe, expect, it } from 'vitest';
import {
  colorSchemes,
  contrastPairs,
  heatScales,
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

/** CIELAB (D65) of an sRGB colour `#rrggbb`: L* from 0 (black) to 100 (white), a*, b*. */
function lab(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** The CIE76 colour difference ΔE*ab: about 2.3 is just noticeable, 10 plainly different. */
function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
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

describe('lab and deltaE', () => {
  it('compute CIELAB and CIE76 differences', () => {
    expect(lab('#ffffff')[0]).toBeCloseTo(100, 1);
    expect(lab('#000000')[0]).toBeCloseTo(0, 5);
    expect(lab('#777777')[0]).toBeCloseTo(50, 0);
    expect(lab('#ff0000').map((v) => Math.round(v))).toEqual([53, 80, 67]);
    expect(deltaE('#ffffff', '#000000')).toBeCloseTo(100, 1);
  });
});

/**
 * How far apart two adjacent steps of a sequential scale must be: in lightness alone (so that
 * they stay apart for every kind of colour blindness and in greyscale), in colour, and in
 * luminance contrast.
 */
const MIN_STEP = { lightness: 8, deltaE: 10, contrast: 1.25 };

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

  for (const theme of Object.keys(themes) as Theme[]) {
    for (const [name, steps] of Object.entries(heatScales)) {
      it(`keep the ${name} scale's adjacent steps apart in the ${theme} theme`, () => {
        const colours = steps.map((token) => themes[theme][token]);
        const failures: string[] = [];
        const direction = Math.sign(lab(colours[1]!)[0] - lab(colours[0]!)[0]);
        for (let i = 1; i < colours.length; i++) {
          const [a, b] = [colours[i - 1]!, colours[i]!];
          const lightness = (lab(b)[0] - lab(a)[0]) * direction;
          const pair = `${steps[i - 1]} (${a}) to ${steps[i]} (${b})`;
          if (lightness < MIN_STEP.lightness) failures.push(`${pair}: ΔL* ${lightness.toFixed(1)}`);
          if (deltaE(a, b) < MIN_STEP.deltaE)
            failures.push(`${pair}: ΔE ${deltaE(a, b).toFixed(1)}`);
          if (contrast(a, b) < MIN_STEP.contrast) {
            failures.push(`${pair}: contrast ${contrast(a, b).toFixed(2)}:1`);
          }
        }
        expect(failures).toEqual([]);
      });
    }
  }

  it('write a color-scheme for each theme', () => {
    const page = tokensCss();
    expect(page).toMatch(/\[data-ck-theme='dark'\] \{[^}]*color-scheme: dark;/);
    expect(page).toMatch(/:root,\n\[data-ck-theme='light'\] \{[^}]*color-scheme: light;/);
    expect(hostTokensCss()).toContain(`color-scheme: var(--ck-color-scheme, light)`);
    expect(colorSchemes).toEqual({ light: 'light', dark: 'dark' });
  });

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
