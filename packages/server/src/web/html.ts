/**
 * Server-side HTML without a template engine: a tagged template whose every interpolation is
 * escaped unless it is already `Html` made by this module. There is no "raw" escape hatch, so
 * text from a city file, a framework or a person's answer can never become markup.
 */

const brand = Symbol('ck-html');

/** A piece of HTML built by {@link html}: safe to interpolate into another. */
export interface Html {
  readonly [brand]: true;
  readonly value: string;
}

/** A value an interpolation accepts: text (escaped), numbers, `Html`, lists of them, or nothing. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);
}

function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && brand in value;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isHtml(value)) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return escapeHtml(String(value));
}

function make(value: string): Html {
  return Object.freeze({ [brand]: true as const, value });
}

/**
 * Builds HTML: `html\`<p title="${title}">${text}</p>\`` escapes `title` and `text`.
 * Interpolate only into text or into a double-quoted attribute value, never into a tag or an
 * attribute name, a `<script>` or a `<style>` (there is no need: data for scripts goes through
 * {@link jsonScript}).
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return make(out);
}

/** `Html` of a whole document, as the string a response sends. */
export function toString(value: Html): string {
  return value.value;
}

/**
 * Data for the page's scripts: `<script type="application/json" id="…">` with the JSON made
 * safe inside a script element (`<`, `>`, `&`, U+2028 and U+2029 written as escapes, so no text
 * can close the element or open a comment). Browsers do not run it; the page's module reads it
 * with `JSON.parse(element.textContent)`.
 */
export function jsonScript(id: string, data: unknown): Html {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return make(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`);
}

/**
 * A URL from data for an `href` or `src`: kept when it is https, http or mailto, or a path on
 * this site; anything else (a `javascript:` or `data:` URL, a protocol-relative `//host`)
 * becomes `#`, so a hostile city file or document cannot smuggle a script into a link.
 */
export function safeHref(url: string): string {
  const trimmed = url.trim();
  if (/^(?:https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  return '#';
}
