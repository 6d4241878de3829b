// The custom-elements manifest is written by `npm run build`; turbo runs the build first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const file = new URL('../custom-elements.json', import.meta.url);
const defines = readdirSync(new URL('./define/', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

interface Documented {
  name: string;
  description?: string;
  privacy?: string;
  kind?: string;
}
interface Declaration extends Documented {
  tagName?: string;
  summary?: string;
  members?: Documented[];
  attributes?: Documented[];
  events?: Documented[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string }[];
  }[];
}

describe('custom-elements.json', () => {
  it('exists (run npm run build)', () => {
    expect(existsSync(file)).toBe(true);
  });
  const manifest = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest)
    : { modules: [] };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

  // The tag a define module registers: `ck-<name>`.
  const tagOf = (name: string) =>
    manifest.modules
      .find((m) => m.path === `dist/define/${name}.js`)
      ?.exports?.find((e) => e.kind === 'custom-element-definition')?.name;

  // One naming rule: define file = folder = tag without `ck-`; class = the tag in PascalCase.
  const pascal = (tag: string) =>
    tag.replace(/(^|-)([a-z])/g, (_: string, __: string, c: string) => c.toUpperCase());

  it.each(defines)('registers ck-%s in dist/define/%s.js', (name) => {
    expect(tagOf(name)).toBe(`ck-${name}`);
  });

  it.each(defines)('declares the class of ck-%s as Ck… in components/%s/', (name) => {
    const module = manifest.modules.find((m) =>
      m.declarations?.some((d) => d.tagName === `ck-${name}`),
    );
    expect(module?.path).toBe(`dist/components/${name}/${name}.js`);
    const element = module?.declarations?.find((d) => d.tagName === `ck-${name}`);
    expect(element?.name).toBe(pascal(`ck-${name}`));
  });

  it.each(defines)(
    'documents the element of %s: summary, public properties, attributes, events',
    (name) => {
      const element = elements.find((d) => d.tagName === tagOf(name));
      expect(element?.summary, `no @summary for ${name}`).toMatch(/\S/);
      const undocumented = [
        ...(element?.members ?? []).filter((m) => m.privacy !== 'protected' && m.kind === 'field'),
        ...(element?.attributes ?? []),
        ...(element?.events ?? []),
      ].filter((d) => !d.description);
      expect(undocumented.map((d) => d.name)).toEqual([]);
    },
  );
});
