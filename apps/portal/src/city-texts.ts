import type { LocalizedText } from '@competence-kit/schemas';
import citySchema from '@competence-kit/schemas/city.schema.json' with { type: 'json' };

const LOCALIZED_TEXT = 'https://w3id.org/competence-kit/schemas/localized-text/v1';

/** The parts of a schema node that lead to localised texts. */
interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
}

const defs = (citySchema as { $defs: Record<string, SchemaNode> }).$defs;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One localised text of a city file and where it is. */
export interface CityText {
  /** Reference tokens of its JSON pointer, such as `['dataProtection', 'purposes', 0, 'retention']`. */
  path: (string | number)[];
  text: LocalizedText;
}

function walk(node: SchemaNode, value: unknown, path: (string | number)[], out: CityText[]): void {
  if (node.$ref === LOCALIZED_TEXT) {
    if (isObject(value)) out.push({ path, text: value as LocalizedText });
    return;
  }
  if (node.$ref?.startsWith('#/$defs/')) {
    const target = defs[node.$ref.slice('#/$defs/'.length)];
    if (target) walk(target, value, path, out);
    return;
  }
  if (node.properties && isObject(value)) {
    for (const [key, child] of Object.entries(node.properties)) {
      if (key in value) walk(child, value[key], [...path, key], out);
    }
  }
  if (node.items && Array.isArray(value)) {
    value.forEach((item, i) => walk(node.items!, item, [...path, i], out));
  }
  for (const branch of node.oneOf ?? []) walk(branch, value, path, out);
}

/**
 * Every localised text of a city file (its name, the logo's alternative text, the contact, each
 * part of the data-protection notice…), found by following the city schema, so a text field
 * added to the schema is found without a change here. Expects a document the schema accepted.
 *
 * @example
 * ```ts
 * for (const { path, text } of cityTexts(city)) console.log(path.join('/'), Object.keys(text));
 * ```
 */
export function cityTexts(city: unknown): CityText[] {
  const out: CityText[] = [];
  walk(citySchema as SchemaNode, city, [], out);
  return out;
}
