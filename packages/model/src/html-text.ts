/**
 * HTML to plain text and back, for the descriptions that learning platforms store as HTML
 * (Moodle's `descriptionformat` 1). Reading never runs or keeps markup: tags are dropped, the
 * content of `script`, `style`, `template`, `iframe`, `object` and comments with them; block
 * ends become line breaks, list items start with "- ", a link keeps its text and, when it
 * differs, its address in brackets; character references are decoded. One pass, linear in the
 * text, no regular expression that can backtrack. Imports nothing: runs in browsers too.
 */

/** Elements whose content is not text for a reader. */
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'noscript', 'svg']);
/** Elements that end a line. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'dd',
  'dt',
  'hr',
]);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  euro: '€',
  copy: '©',
  reg: '®',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  agrave: 'à',
  egrave: 'è',
  eacute: 'é',
  igrave: 'ì',
  ograve: 'ò',
  ugrave: 'ù',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  ccedil: 'ç',
  iexcl: '¡',
  iquest: '¿',
};

/** What {@link htmlToText} dropped that a reader may want to know about. */
export interface HtmlTextNotes {
  /** Elements whose content was dropped (`script`, `img` …), once each, in order. */
  dropped: string[];
}

/** Decodes one character reference at `at` (`&…;`), or returns undefined. */
function reference(html: string, at: number): { text: string; end: number } | undefined {
  // A reference is short: look for its ";" in the next few characters only (a text of many
  // "&" without one must not be read again and again).
  const near = html.slice(at + 1, at + 14).indexOf(';');
  if (near < 0) return undefined;
  const semi = at + 1 + near;
  const body = html.slice(at + 1, semi);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
    const code = Number.parseInt(digits, hex ? 16 : 10);
    // No control characters, surrogates or code points beyond Unicode: a replacement character.
    const ok =
      code <= 0x10ffff &&
      !(code >= 0xd800 && code <= 0xdfff) &&
      (code >= 0x20 || code === 0x09 || code === 0x0a) &&
      !(code >= 0x7f && code <= 0x9f);
    return { text: ok ? String.fromCodePoint(code) : '\uFFFD', end: semi + 1 };
  }
  const named = NAMED[body];
  return named === undefined ? undefined : { text: named, end: semi + 1 };
}

/** The value of attribute `name` in a tag's text (`a href="…"`), decoded; undefined if absent. */
function attribute(tag: string, name: string): string | undefined {
  const lower = tag.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = lower[at - 1];
    if (before !== ' ' && before !== '\t' && before !== '\n') continue;
    let i = from;
    while (tag[i] === ' ') i++;
    if (tag[i] !== '=') continue;
    i++;
    while (tag[i] === ' ') i++;
    const quote = tag[i] === '"' || tag[i] === "'" ? tag[i] : undefined;
    const start = quote ? i + 1 : i;
    let end = start;
    while (end < tag.length && (quote ? tag[end] !== quote : !/[\s>]/.test(tag[end]!))) end++;
    return decodeText(tag.slice(start, end));
  }
}

/** Decodes character references in text without markup. */
function decodeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '&') {
      const ref = reference(text, i);
      if (ref) {
        out += ref.text;
        i = ref.end - 1;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

/**
 * The text of an HTML fragment, for a plain-text field: see the module comment for the rules.
 * White space runs become one space, lines are trimmed, and at most one empty line separates
 * paragraphs.
 *
 * @example
 * ```ts
 * htmlToText('<p>Read the <a href="https://example.org/law">law</a>.</p><script>x()</script>');
 * // 'Read the law (https://example.org/law).'
 * ```
 */
export function htmlToText(html: string, notes?: HtmlTextNotes): string {
  let out = '';
  let i = 0;
  /** From here on no ">" follows: every "<" is text (found once, so many "<" stay linear). */
  let noTagFrom = Infinity;
  /** The dropped element we are inside of, if any. */
  let skipping: string | undefined;
  /** The href of the open link and where its text started in `out`. */
  const links: { href: string | undefined; at: number }[] = [];
  const note = (what: string) => {
    if (notes && !notes.dropped.includes(what)) notes.dropped.push(what);
  };
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? html.length : end + 3;
        continue;
      }
      const close = i >= noTagFrom ? -1 : html.indexOf('>', i + 1);
      if (close < 0) {
        noTagFrom = i;
        // A lone "<" with no tag after it is text.
        if (!skipping) out += '<';
        i++;
        continue;
      }
      const tag = html.slice(i + 1, close);
      const ending = tag.startsWith('/');
      const name = /^\/?\s*([A-Za-z][A-Za-z0-9-]*)/.exec(tag)?.[1]?.toLowerCase();
      if (name === undefined) {
        // "a < b" or "<3": not a tag.
        if (!skipping) out += '<';
        i++;
        continue;
      }
      i = close + 1;
      if (skipping) {
        if (ending && name === skipping) skipping = undefined;
        continue;
      }
      if (DROPPED.has(name)) {
        note(name);
        if (!ending && !tag.endsWith('/')) skipping = name;
        continue;
      }
      if (name === 'img') {
        note('img');
        const alt = attribute(tag, 'alt');
        if (alt) out += alt;
        continue;
      }
      if (name === 'a') {
        if (!ending) links.push({ href: attribute(tag, 'href'), at: out.length });
        else {
          const link = links.pop();
          const text = link ? out.slice(link.at).trim() : '';
          if (link?.href && /^(https?|mailto):/i.test(link.href) && link.href !== text)
            out += ` (${link.href.replace(/^mailto:/i, '')})`;
        }
        continue;
      }
      if (BLOCKS.has(name)) {
        // One line break per block edge (a closing </li> and the next <li> make one), two
        // after a paragraph.
        if (!out.endsWith('\n')) out += '\n';
        if (name === 'p' && ending && !out.endsWith('\n\n')) out += '\n';
        if (name === 'li' && !ending) out += '- ';
      } else if (name === 'td' || name === 'th') {
        if (ending) out += ' ';
      }
      continue;
    }
    if (skipping) {
      i++;
      continue;
    }
    if (c === '&') {
      const ref = reference(html, i);
      if (ref) {
        out += ref.text;
        i = ref.end;
        continue;
      }
    }
    out += c;
    i++;
  }
  return tidy(out);
}

/** One space for runs of white space, trimmed lines, at most one empty line in a row. */
function tidy(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept.at(-1) === '')) continue;
    kept.push(line);
  }
  while (kept.at(-1) === '') kept.pop();
  return kept.join('\n');
}

/** Escapes text for HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Escapes text for HTML content (not an attribute): `&`, `<` and `>`. */
function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Plain text as HTML: paragraphs (separated by an empty line) become `<p>`, single line breaks
 * `<br>`, everything escaped. `htmlToText(textToHtml(t))` gives `t` back for text that is
 * already tidy (trimmed lines, single spaces, at most one empty line in a row).
 */
export function textToHtml(text: string): string {
  return text
    .split(/\n\n/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeText).join('<br>')}</p>`)
    .join('');
}
