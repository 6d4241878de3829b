import type { BrandColors, CityBranding, Issue } from '@competence-kit/schemas';
import { pointer } from '@competence-kit/schemas';
import { contrastPairs, themes } from '@competence-kit/elements/tokens';
import type { ColorToken, Theme } from '@competence-kit/elements/tokens';

/** Relative luminance of an sRGB colour `#rrggbb` (WCAG 2.1, definition of relative luminance). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The WCAG 2.1 contrast ratio of two colours, from 1 (none) to 21 (black on white).
 *
 * @example
 * ```ts
 * contrastRatio('#767676', '#ffffff'); // 4.54…
 * ```
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** One pair of colours drawn on each other, in one theme, with the city's colours applied. */
export interface ContrastCheck {
  theme: Theme;
  foreground: ColorToken;
  background: ColorToken;
  /** The colours compared: the city's value where it sets the token, else the elements'. */
  colors: [foreground: string, background: string];
  ratio: number;
  /** What WCAG 2.1 AA asks of this pair: 4.5 for text, 3 for borders, graphics and focus. */
  minRatio: number;
  /** The token of the pair that the city sets (the foreground when it sets both). */
  setByCity: ColorToken;
}

/**
 * Every pair of the elements' `contrastPairs` in which the city sets at least one colour, in each
 * theme the city brands, with the ratio of the colours the page will show: the city's where it
 * sets them, the elements' own everywhere else.
 *
 * @example
 * ```ts
 * const failing = brandingContrast(city.branding).filter((c) => c.ratio < c.minRatio);
 * ```
 */
export function brandingContrast(branding: CityBranding | undefined): ContrastCheck[] {
  const checks: ContrastCheck[] = [];
  for (const theme of Object.keys(themes) as Theme[]) {
    const own: BrandColors | undefined = branding?.colors?.[theme];
    if (!own) continue;
    const set = (token: ColorToken) => (own as Record<string, string | undefined>)[token];
    const value = (token: ColorToken) => set(token) ?? themes[theme][token];
    for (const pair of contrastPairs) {
      for (const foreground of pair.foreground) {
        for (const background of pair.background) {
          if (set(foreground) === undefined && set(background) === undefined) continue;
          const colors: [string, string] = [value(foreground), value(background)];
          checks.push({
            theme,
            foreground,
            background,
            colors,
            ratio: contrastRatio(...colors),
            minRatio: pair.minRatio,
            setByCity: set(foreground) !== undefined ? foreground : background,
          });
        }
      }
    }
  }
  return checks;
}

/** The contrast checks that fail, as issues at the colour the city set. */
export function brandingIssues(branding: CityBranding | undefined): Issue[] {
  return brandingContrast(branding)
    .filter((check) => check.ratio < check.minRatio)
    .map((check) => ({
      path: pointer('branding', 'colors', check.theme, check.setByCity),
      code: 'insufficient-contrast',
      message:
        `In the ${check.theme} theme, ${check.foreground} (${check.colors[0]}) on ${check.background} ` +
        `(${check.colors[1]}) has a contrast of ${check.ratio.toFixed(2)}:1; WCAG 2.1 AA asks for ` +
        `${check.minRatio}:1.`,
    }));
}
