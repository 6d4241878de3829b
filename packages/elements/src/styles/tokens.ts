/**
 * The design tokens of every `<ck-*>` element, as data. Pages theme the elements by setting
 * the `--ck-*` custom properties (or by loading `tokens.css`, which is generated from this
 * module); inside, each element reads its own `--_ck-*` copies, which fall back to the light
 * theme, so an element looks right on a page that sets nothing.
 *
 * @example
 * ```ts
 * import { themes } from '@competence-kit/elements/tokens';
 * themes.dark['color-accent']; // '#8ab4f8'
 * ```
 */

/** Colours, per theme. Text and UI colours are checked against the backgrounds below. */
export const themes = {
  light: {
    'color-surface': '#ffffff',
    'color-surface-subtle': '#f3f4f6',
    'color-accent-subtle': '#e8f0fb',
    'color-text': '#1f2328',
    'color-text-muted': '#4f5661',
    'color-accent': '#0b5cad',
    'color-on-accent': '#ffffff',
    'color-border': '#7a818c',
    'color-focus': '#0b5cad',
    'color-success': '#1a7335',
    'color-warning': '#8a5300',
    'color-danger': '#b42318',
    // The group dashboard's two sequential scales (step 0 is the surface): lightness falls by
    // about 10 L* a step, so the steps stay apart without hue (colour-blind safe), while the
    // text on the darkest step keeps 4.5:1. Pale yellow to blue for scores, to red for alerts.
    'color-heat-1': '#eee4aa',
    'color-heat-2': '#acd28f',
    'color-heat-3': '#59b9a2',
    'color-heat-4': '#2599b7',
    'color-heat-alert-1': '#fedfa6',
    'color-heat-alert-2': '#feb87b',
    'color-heat-alert-3': '#f38d6a',
    'color-heat-alert-4': '#db6b63',
  },
  dark: {
    'color-surface': '#16181d',
    'color-surface-subtle': '#22262e',
    'color-accent-subtle': '#1c2b40',
    'color-text': '#e8eaed',
    'color-text-muted': '#b0b7c1',
    'color-accent': '#8ab4f8',
    'color-on-accent': '#0d1117',
    'color-border': '#858d99',
    'color-focus': '#8ab4f8',
    'color-success': '#6cc988',
    'color-warning': '#e3b341',
    'color-danger': '#ff8a80',
    // Lightness rises by about 9 L* a step from the dark surface: navy to green, brown to ochre.
    'color-heat-1': '#172d46',
    'color-heat-2': '#004557',
    'color-heat-3': '#005c58',
    'color-heat-4': '#3d704c',
    'color-heat-alert-1': '#422325',
    'color-heat-alert-2': '#5e312a',
    'color-heat-alert-3': '#794330',
    'color-heat-alert-4': '#8c5a35',
  },
} as const;

export type Theme = keyof typeof themes;
export type ColorToken = keyof (typeof themes)['light'];

/**
 * The `color-scheme` of each theme, written as the `--ck-color-scheme` token: native controls
 * (radios, checkboxes, progress bars, scrollbars) are drawn dark in the dark theme.
 */
export const colorSchemes: Record<Theme, 'light' | 'dark'> = { light: 'light', dark: 'dark' };

/**
 * The sequential colour scales, step 0 (the surface) to step 4, in each theme. `tokens.test.ts`
 * checks that adjacent steps differ in lightness, colour and luminance.
 */
export const heatScales: Record<'score' | 'alert', readonly ColorToken[]> = {
  score: ['color-surface', 'color-heat-1', 'color-heat-2', 'color-heat-3', 'color-heat-4'],
  alert: [
    'color-surface',
    'color-heat-alert-1',
    'color-heat-alert-2',
    'color-heat-alert-3',
    'color-heat-alert-4',
  ],
};

/**
 * Which colours are drawn on which, and the contrast WCAG 2.1 AA asks of them: 4.5:1 for text
 * (1.4.3), 3:1 for component boundaries, graphics and the focus ring (1.4.11). `tokens.test.ts`
 * checks every pair in every theme; a new colour must be listed here.
 */
export const contrastPairs: readonly {
  foreground: readonly ColorToken[];
  background: readonly ColorToken[];
  minRatio: number;
}[] = [
  {
    foreground: [
      'color-text',
      'color-text-muted',
      'color-success',
      'color-warning',
      'color-danger',
    ],
    background: ['color-surface', 'color-surface-subtle', 'color-accent-subtle'],
    minRatio: 4.5,
  },
  {
    foreground: ['color-text'],
    background: [
      'color-heat-1',
      'color-heat-2',
      'color-heat-3',
      'color-heat-4',
      'color-heat-alert-1',
      'color-heat-alert-2',
      'color-heat-alert-3',
      'color-heat-alert-4',
    ],
    minRatio: 4.5,
  },
  {
    foreground: ['color-accent'],
    background: ['color-surface', 'color-surface-subtle', 'color-accent-subtle'],
    minRatio: 4.5,
  },
  { foreground: ['color-on-accent'], background: ['color-accent'], minRatio: 4.5 },
  {
    foreground: ['color-border', 'color-focus'],
    background: ['color-surface', 'color-surface-subtle', 'color-accent-subtle'],
    minRatio: 3,
  },
];

/** System colours used instead when the user has forced colours (Windows contrast themes). */
export const forcedColors: Record<ColorToken, string> = {
  'color-surface': 'Canvas',
  'color-surface-subtle': 'Canvas',
  'color-accent-subtle': 'Canvas',
  'color-text': 'CanvasText',
  'color-text-muted': 'CanvasText',
  'color-accent': 'Highlight',
  'color-on-accent': 'HighlightText',
  'color-border': 'CanvasText',
  'color-focus': 'Highlight',
  'color-success': 'CanvasText',
  'color-warning': 'CanvasText',
  'color-danger': 'CanvasText',
  'color-heat-1': 'Canvas',
  'color-heat-2': 'Canvas',
  'color-heat-3': 'Canvas',
  'color-heat-4': 'Canvas',
  'color-heat-alert-1': 'Canvas',
  'color-heat-alert-2': 'Canvas',
  'color-heat-alert-3': 'Canvas',
  'color-heat-alert-4': 'Canvas',
};

/**
 * Spacing, shape, type sizes and focus: the same in every theme. There is no font-family
 * token: the elements inherit the page's font, as inherited properties cross shadow roots.
 */
export const metrics = {
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-6': '1.5rem',
  'space-8': '2rem',
  'radius-s': '0.25rem',
  'radius-m': '0.5rem',
  'radius-pill': '999px',
  'font-size-s': '0.875rem',
  'font-size-m': '1rem',
  'font-size-l': '1.25rem',
  'font-weight-strong': '600',
  'focus-ring-width': '2px',
  'focus-ring-offset': '2px',
  'duration-short': '150ms',
} as const;

export type MetricToken = keyof typeof metrics;
export type Token = ColorToken | MetricToken;

function declarations(
  values: Record<string, string>,
  write: (name: string, value: string) => string,
): string[] {
  return Object.entries(values).map(([name, value]) => `${write(name, value)};`);
}

const block = (selector: string, lines: string[], indent = '') =>
  `${indent}${selector} {\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}}`;

/**
 * The page stylesheet (`tokens.css`): the light theme on `:root`, the dark theme under
 * `[data-ck-theme="dark"]`, and under `[data-ck-theme="auto"]` the theme of the user's system
 * (`prefers-color-scheme`). Without the attribute the page stays light: most city websites are.
 */
export function tokensCss(): string {
  const custom = (values: Record<string, string>) =>
    declarations(values, (name, value) => `--ck-${name}: ${value}`);
  const theme = (name: Theme) => [
    ...custom(themes[name]),
    `--ck-color-scheme: ${colorSchemes[name]};`,
    `color-scheme: ${colorSchemes[name]};`,
  ];
  return [
    block(":root,\n[data-ck-theme='light']", theme('light')),
    block(':root', custom(metrics)),
    block("[data-ck-theme='dark']", theme('dark')),
    `@media (prefers-color-scheme: dark) {\n${block("[data-ck-theme='auto']", theme('dark'), '  ')}\n}`,
  ].join('\n\n');
}

/**
 * The `:host` rules every element includes: a private `--_ck-*` copy of each token that reads
 * the page's `--ck-*` value or falls back to the light theme, and system colours when colours
 * are forced.
 */
export function hostTokensCss(): string {
  const fallback = (values: Record<string, string>) =>
    declarations(values, (name, value) => `--_ck-${name}: var(--ck-${name}, ${value})`);
  const forced = declarations(forcedColors, (name, value) => `--_ck-${name}: ${value}`);
  return [
    `:host { ${[...fallback(themes.light), ...fallback(metrics)].join(' ')} color-scheme: var(--ck-color-scheme, ${colorSchemes.light}); }`,
    `@media (forced-colors: active) { :host { ${forced.join(' ')} } }`,
  ].join('\n');
}
