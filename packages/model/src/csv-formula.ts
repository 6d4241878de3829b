/**
 * Spreadsheet formula injection (CSV injection): a cell that starts with `=`, `+`, `-` or `@`
 * (or a tab or carriage return, which some programs skip before one) is run as a formula when
 * the CSV is opened in a spreadsheet, and so is the full-width form of these characters
 * (`＝`, `＋`, `－`, `＠`), which input methods turn into the ASCII ones. OWASP's advice: prefix
 * such a cell with a single quote, which spreadsheets take as "this is text", and quote it.
 *
 * The prefix is reversible exactly: a text that already starts with quotes before such a
 * character gets one more, so {@link restoreFormula} can always take exactly one away.
 */

/** The first characters that make a spreadsheet read a cell as a formula, after white space. */
const TRIGGERS = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE62\\uFE63\\uFE66\\uFE6B';

/**
 * Texts that {@link neutraliseFormula} prefixes: any number of single quotes, then a tab or a
 * line break, or white space (of any length) followed by a trigger character.
 */
const GUARDED = new RegExp(`^'*(?:[\\t\\r\\n]|\\s*[${TRIGGERS}])`);

/** Whether a spreadsheet would read `text` as a formula (or data for one, such as `-1+2`). */
export function isFormulaLike(text: string): boolean {
  return GUARDED.test(text) && !text.startsWith("'");
}

/**
 * The text a CSV writer should put in a cell so that no spreadsheet runs it: `text` with a
 * leading `'` when it starts (after any white space) with `=`, `+`, `-`, `@`, their full-width
 * or small forms, or with a tab or line break; and also when it starts with single quotes before
 * one of these, so that {@link restoreFormula} reverses it exactly. Any other text comes back
 * as it is. The caller quotes the cell ({@link formatCsv} does).
 *
 * @example
 * ```ts
 * neutraliseFormula('=HYPERLINK("http://x")'); // `'=HYPERLINK("http://x")`
 * neutraliseFormula('-5 %'); // "'-5 %"
 * neutraliseFormula("'=1"); // "''=1"
 * neutraliseFormula('Bürgerbüro'); // 'Bürgerbüro'
 * ```
 */
export function neutraliseFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

/**
 * The exact inverse of {@link neutraliseFormula}: takes away the one quote it added, and leaves
 * every other text (a quote it did not add included) as it is. For `restoreFormula(x)` to be the
 * original, `x` must be a cell {@link neutraliseFormula} wrote; any text `t` satisfies
 * `restoreFormula(neutraliseFormula(t)) === t`.
 */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && GUARDED.test(text.slice(1)) ? text.slice(1) : text;
}

/** A short description of a value for a TypeError message: `null`, `an array`, `a number`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}
