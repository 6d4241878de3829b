import type { City } from '@competence-kit/schemas';

type Branding = City['branding'];

/**
 * The city's colours as `--ck-*` custom properties, for the portal's own styles and for every
 * `<ck-*>` element (which read the same tokens). Colours are validated hex values from the city
 * file (its schema allows only known token names and `#rrggbb`), so nothing else can reach the
 * stylesheet; the check is repeated here because this string becomes CSS.
 */
export function themeCss(branding: Branding | undefined): string {
  const block = (colors: Record<string, string> | undefined) =>
    Object.entries(colors ?? {})
      .filter(([name, value]) => /^[a-z0-9-]+$/.test(name) && /^#[0-9a-fA-F]{6}$/.test(value))
      .map(([name, value]) => `  --ck-${name}: ${value};`)
      .join('\n');
  const light = block(branding?.colors?.light as Record<string, string> | undefined);
  const dark = block(branding?.colors?.dark as Record<string, string> | undefined);
  return [
    light && `:root {\n${light}\n}`,
    dark &&
      `@media (prefers-color-scheme: dark) {\n  :root {\n  ${dark.replace(/\n/g, '\n  ')}\n  }\n}`,
  ]
    .filter(Boolean)
    .join('\n');
}
