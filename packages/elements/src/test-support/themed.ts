import { colorSchemes, themes, type Theme } from '../styles/tokens.js';

/**
 * A theme's `--ck-*` tokens, background and text colour as an inline style, so that a story or
 * a test shows the dark theme without loading `tokens.css`.
 *
 * @example
 * ```ts
 * html`<div style=${themed('dark')}><ck-group-dashboard></ck-group-dashboard></div>`;
 * ```
 */
export function themed(theme: Theme): string {
  return Object.entries(themes[theme])
    .map(([name, value]) => `--ck-${name}: ${value}`)
    .concat(
      `--ck-color-scheme: ${colorSchemes[theme]}`,
      `color-scheme: ${colorSchemes[theme]}`,
      `background: ${themes[theme]['color-surface']}`,
      `color: ${themes[theme]['color-text']}`,
    )
    .join('; ');
}
