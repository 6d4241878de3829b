/**
 * Whether a module offered in `offered` languages can be given to someone asking for
 * `wanted`: the same tag, or the requested tag's language matches an offered tag without a
 * region (`de-AT` is served by `de`). Case-insensitive, as BCP 47 tags are.
 */
export function offersLanguage(offered: readonly string[], wanted: string): boolean {
  const w = wanted.toLowerCase();
  const primary = w.split('-')[0];
  return offered.some((o) => {
    const l = o.toLowerCase();
    return l === w || l === primary;
  });
}
