import type { Framework } from '@competence-kit/schemas';

const ENTITY_LISTS: Record<string, string> = {
  domains: 'domain',
  competences: 'competence',
  roleProfiles: 'role',
  mappings: 'mapping',
};

/**
 * A readable id for the text at `path`: the kind and id of its entry, then the field, so it
 * tells a translator what the text is and notices when entries were reordered.
 *
 * @example
 * ```ts
 * textId(framework, '/competences/0/descriptors/expert'); // 'competence:plain-language/descriptors/expert'
 * textId(framework, '/scale/levels/1/title'); // 'level:practitioner/title'
 * ```
 */
export function textId(framework: Framework, path: string): string {
  const tokens = path
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const [first = '', second = '', ...rest] = tokens;
  if (first === 'scale' && second === 'levels') {
    const [index = '', ...field] = rest;
    return `level:${framework.scale.levels[Number(index)]?.id ?? index}/${field.join('/')}`;
  }
  const kind = ENTITY_LISTS[first];
  if (kind) {
    const list = (framework as unknown as Record<string, { id: string }[] | undefined>)[first];
    return `${kind}:${list?.[Number(second)]?.id ?? second}/${rest.join('/')}`;
  }
  if (first === 'scale') return `scale:${[second, ...rest].join('/')}`;
  return `framework:${tokens.join('/')}`;
}
