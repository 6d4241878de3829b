/**
 * What the importers of other formats (`./moodle`, `./case`) share: the forms of our ids, URIs
 * and locale tags as the schemas define them, and how an id of ours is made from someone else's
 * identifier or name. Imports nothing: runs in browsers too.
 */

/** An id of ours: kebab-case, starting with a letter (the schemas' `id`). */
export const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** An absolute URI (the schemas' `uri`). */
export const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
/** A BCP 47 tag as an option may give it (language, then subtags). */
export const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** An id in our form made from any text; `fallback` when nothing of it is left, or as a prefix. */
export function kebab(text: string, fallback: string): string {
  const made = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/, '');
  if (made === '') return fallback;
  return /^[a-z]/.test(made) ? made : `${fallback}-${made}`;
}

/**
 * An id for `raw`: `raw` itself when it is already an id of ours, else one made from `text`
 * (default `raw`), then made unique among `used` with a `-2`, `-3` … suffix, and added to it.
 */
export function uniqueId(
  used: Set<string>,
  raw: string,
  fallback: string,
  text: string = raw,
): string {
  let id = KEBAB.test(raw) && raw.length <= 100 ? raw : kebab(text, fallback);
  if (used.has(id)) {
    let n = 2;
    while (used.has(`${id}-${n}`)) n++;
    id = `${id}-${n}`;
  }
  used.add(id);
  return id;
}
