// Generates, from the hand-written schemas in this folder:
//   src/generated/types.ts       TypeScript types (json-schema-to-typescript)
//   src/generated/validators.js  ajv standalone validators as an ES module (no `new Function` at run time)
//   src/generated/enums.ts       the values of every titled string `enum`, as `as const` arrays
// `--check` regenerates in memory and fails when the committed files differ (drift check).
import { readFileSync, writeFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { _, str } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { format } from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'generated');
const check = process.argv.includes('--check');

const files = readdirSync(root)
  .filter((f) => f.endsWith('.schema.json'))
  .sort();
const schemas = files.map((file) => ({
  file,
  schema: JSON.parse(readFileSync(join(root, file), 'utf8')),
}));

/** `framework-extension.schema.json` -> `FrameworkExtension` */
const pascal = (file) =>
  file
    .replace(/\.schema\.json$/, '')
    .split('-')
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');

const ID_PREFIX = 'https://w3id.org/competence-kit/schemas/';
for (const { file, schema } of schemas) {
  const name = file.replace(/\.schema\.json$/, '');
  if (
    schema.$id !== `${ID_PREFIX}${name}/v1` &&
    !String(schema.$id).startsWith(`${ID_PREFIX}${name}/v`)
  ) {
    throw new Error(`${file}: $id must be ${ID_PREFIX}${name}/v<major>, found ${schema.$id}`);
  }
}

const RUNTIME = {
  // String length in Unicode code points, as JSON Schema defines minLength and maxLength.
  ucs2length: `function runtime_ucs2length(str) {
  let length = 0;
  for (let i = 0; i < str.length; i++) {
    length++;
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) i++;
    }
  }
  return length;
}`,
  // Deep equality of JSON values, for uniqueItems, const and enum.
  equal: `function runtime_equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!runtime_equal(a[i], b[i])) return false;
      return true;
    }
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(b, key) || !runtime_equal(a[key], b[key])) return false;
    }
    return true;
  }
  return a !== a && b !== b;
}`,
};

// Helpers every generated module carries, whatever the schemas use (see `boundedCode`).
const BOUNDED_RUNTIME = `// Appends a sub-validator's errors to the caller's in place: linear in the number of errors,
// where ajv's standalone code copies the whole list for each failing item (quadratic).
function runtime_appendErrors(target, source) {
  if (target === null) return source.slice();
  for (let i = 0; i < source.length; i++) target.push(source[i]);
  return target;
}
// A key equal for equal JSON arrays and objects (whatever their key order); a Map compares the
// other values itself (a number with a number, a string with a string).
function runtime_itemKey(value) {
  if (value === null || typeof value !== 'object') return typeof value + ':' + String(value);
  if (Array.isArray(value)) return '[' + value.map(runtime_itemKey).join(',') + ']';
  return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + runtime_itemKey(value[k])).join(',') + '}';
}
// \`uniqueItems\` in linear time: the last item i that repeats an earlier one, and the nearest
// earlier item j it repeats (what ajv's pairwise loop reports), or null when all are distinct.
// With \`scalarOnly\` (the item schema admits only strings, numbers…, as ajv's own fast path
// assumes), arrays and objects are skipped: \`items\` rejects them anyway.
function runtime_duplicateItem(items, scalarOnly) {
  const last = new Map();
  let found = null;
  for (let i = 0; i < items.length; i++) {
    let key = items[i];
    if (key !== null && typeof key === 'object') {
      if (scalarOnly) continue;
      key = runtime_itemKey(key);
    }
    const j = last.get(key);
    if (j !== undefined) found = [i, j];
    last.set(key, i);
  }
  return found;
}
// The error budget of the running validation (see \`budgetErrors\` in generate.mjs): the errors
// recorded so far, in order, without those of branches taken back; how many branches are open.
let runtime_trail = [];
let runtime_maxErrors = Infinity;
let runtime_open = 0;
const runtime_stop = { stop: true };
const runtime_cutError = Object.freeze({
  instancePath: '',
  schemaPath: '',
  keyword: 'errorLimit',
  params: Object.freeze({}),
  message: 'more errors were found and not recorded',
});
function runtime_keep(error) {
  runtime_trail.push(error);
  return error;
}
function runtime_overBudget() {
  if (runtime_open === 0) throw runtime_stop;
  runtime_trail.push(runtime_cutError);
  return runtime_cutError;
}
// An exported validator: sets the budget, validates, and exposes the errors.
function runtime_entry(validate) {
  function entry(data, options) {
    const max = options && options.maxErrors;
    runtime_trail = [];
    runtime_open = 0;
    runtime_maxErrors = typeof max === 'number' && max >= 0 ? max : Infinity;
    try {
      const valid = validate(data);
      entry.errors = validate.errors;
      return valid;
    } catch (error) {
      if (error !== runtime_stop) throw error;
      entry.errors = [...runtime_trail, runtime_cutError];
      return false;
    } finally {
      runtime_trail = [];
      runtime_maxErrors = Infinity;
    }
  }
  entry.errors = null;
  return entry;
}`;

/** The index just after the object literal that opens at \`start\` (a \`{\`), skipping strings. */
function endOfObjectLiteral(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'") {
      for (i++; code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('unbalanced object literal in the standalone code');
}

/**
 * With \`allErrors\`, a document of 8,000 empty entries makes 40,000 error objects, each with its
 * path built as a string: far more work per byte than a valid document. The rewritten code keeps
 * every recorded error on one trail as well (an error of a branch that is tried and then passes,
 * in \`anyOf\`, \`oneOf\`, \`not\` or \`if\`, is taken back with it) and counts the branches open.
 * Given \`maxErrors\`, the next error stops the validation at once, its result the trail and a
 * placeholder error (\`keyword: 'errorLimit'\`), unless a branch is open: that error may yet be
 * taken back, so it is recorded as the placeholder, which costs no allocation, and validation goes
 * on. So the result, valid or not, never changes; only how many errors are listed.
 */
function budgetErrors(code) {
  const edits = []; // [position, text to insert] or [start, end, replacement]
  // Each error object is built only within the budget.
  let created = 0;
  const opening = /const (err\d+) = \{/g;
  for (let match; (match = opening.exec(code));) {
    const brace = match.index + match[0].length - 1;
    const end = endOfObjectLiteral(code, brace);
    edits.push([brace, brace, 'runtime_trail.length < runtime_maxErrors ? runtime_keep(']);
    edits.push([end, end, ') : runtime_overBudget()']);
    opening.lastIndex = end;
    created++;
  }
  // Each branch region: opened at its mark, closed before its verdict (or at the reset of `if`),
  // its errors taken back from the trail when it passes.
  let regions = 0;
  for (const match of code.matchAll(/\berrors = (_errs\d+);/g)) {
    const mark = match[1];
    const opened = code.lastIndexOf(`const ${mark} = errors;`, match.index);
    if (opened < 0) throw new Error(`no mark ${mark} before its reset`);
    const markEnd = opened + `const ${mark} = errors;`.length;
    edits.push([markEnd, markEnd, 'runtime_open++;']);
    const before = code.slice(opened, match.index);
    let close = match.index;
    if (before.endsWith('errors++;}else {')) {
      const verdicts = [...before.matchAll(/if\(!?valid\d+\)\{const err\d+ = \{/g)];
      if (verdicts.length === 0) throw new Error(`no verdict for the region of ${mark}`);
      close = opened + verdicts.at(-1).index;
    } else if (!/;$/.test(before)) {
      throw new Error(`unexpected code before the reset of ${mark}`);
    }
    edits.push([close, close, 'runtime_open--;']);
    edits.push([match.index, match.index, `runtime_trail.length -= errors - ${mark};`]);
    regions++;
  }
  edits.sort((x, y) => y[0] - x[0]);
  let out = code;
  for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
  let entries = 0;
  out = out.replace(/export const (validate\w+) = (validate\d+);/g, (_match, name, fn) => {
    entries++;
    return `export const ${name} = runtime_entry(${fn});`;
  });
  const resets = (code.match(/vErrors\.length = /g) ?? []).length;
  if (created === 0 || regions !== resets || entries === 0) {
    throw new Error('ajv records errors in an unexpected way: update budgetErrors in generate.mjs');
  }
  return out;
}

/**
 * ajv checks \`uniqueItems\` pairwise (quadratic) unless the item schema itself states a scalar
 * \`type\`, and ours use \`$ref\`. The compiled validators therefore see every \`uniqueItems: true\`
 * as \`linearUniqueItems: true\`, a keyword of ours with the same meaning, params \`{ i, j }\` and
 * message, checked with one hash map. The schemas themselves keep \`uniqueItems\`.
 */
const LINEAR_UNIQUE_ITEMS = {
  keyword: 'linearUniqueItems',
  type: 'array',
  schemaType: 'boolean',
  error: {
    message: ({ params: { i, j } }) =>
      str`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => _`{i: ${i}, j: ${j}}`,
  },
  code(cxt) {
    if (!cxt.schema) return;
    const scalarOnly = scalarItems(cxt.parentSchema.items);
    const duplicate = cxt.gen.const(
      'duplicate',
      _`runtime_duplicateItem(${cxt.data}, ${scalarOnly})`,
    );
    cxt.setParams({ i: _`${duplicate}[0]`, j: _`${duplicate}[1]` });
    cxt.fail(_`${duplicate} !== null`);
  },
};

/** Whether an item schema (followed through an absolute \`$ref\`) admits only scalar values. */
function scalarItems(items) {
  let node = items;
  for (let hops = 0; node && typeof node.$ref === 'string' && hops < 5; hops++) {
    const [uri, fragment = ''] = node.$ref.split('#');
    const doc = schemas.find(({ schema }) => schema.$id === uri)?.schema;
    node = fragment
      .split('/')
      .filter(Boolean)
      .reduce((n, key) => n?.[key], doc);
  }
  const types = node && (Array.isArray(node.type) ? node.type : [node.type]);
  return Boolean(node?.type) && types.every((t) => t !== 'object' && t !== 'array');
}

/** A copy of a schema in which every \`uniqueItems: true\` reads \`linearUniqueItems: true\`. */
function withLinearUniqueItems(node) {
  if (Array.isArray(node)) return node.map(withLinearUniqueItems);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'uniqueItems' && value === true) out.linearUniqueItems = true;
    else if (key === 'enum' || key === 'const' || key === 'examples') out[key] = value;
    else out[key] = withLinearUniqueItems(value);
  }
  return out;
}

function banner(comment) {
  return `${comment} Generated from schemas/*.schema.json by schemas/scripts/generate.mjs.\n${comment} Do not edit; run npm run generate.\n`;
}

async function validatorsModule() {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // Item types require properties that their shared `itemBase` (in `allOf`) defines.
    strictRequired: false,
    // A value of several types (an answer: integer, string or array) is written as a type list.
    allowUnionTypes: true,
    // `format` is an annotation in our schemas; every assertion is a `pattern`.
    validateFormats: false,
    // `discriminator` (OpenAPI) picks the oneOf branch by `type`, so only that branch reports errors.
    // Other validators treat it as an annotation and still apply `oneOf`.
    discriminator: true,
    code: { source: true, esm: true, optimize: true },
  });
  ajv.addKeyword(LINEAR_UNIQUE_ITEMS);
  for (const { schema } of schemas) ajv.addSchema(withLinearUniqueItems(schema));
  const exports = {};
  for (const { file, schema } of schemas) {
    // Schemas made only of $defs are libraries, not documents: they get no validator of their own.
    if (schema.type === undefined && schema.$defs) continue;
    exports[`validate${pascal(file)}`] = schema.$id;
  }
  let code = standaloneCode(ajv, exports);
  // ajv's ESM output still require()s two runtime helpers. We substitute small ES implementations
  // so the module has no dependency at all and runs unchanged in Node, bundlers and browsers.
  const used = new Set();
  code = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/g, (_, helper) => {
    if (!(helper in RUNTIME))
      throw new Error(`no ES substitute for ajv runtime helper "${helper}"`);
    used.add(helper);
    return `runtime_${helper}`;
  });
  // ajv merges a sub-validator's errors with \`vErrors.concat(…)\` after each failing item, which
  // copies the whole list every time: 8,000 failing items cost seconds. Append in place instead.
  let concats = 0;
  code = code.replace(
    /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g,
    (_match, fn) => {
      concats++;
      return `vErrors = runtime_appendErrors(vErrors, ${fn}.errors);`;
    },
  );
  if (concats === 0 || /\.concat\(/.test(code)) {
    throw new Error('ajv merges errors in an unexpected way: update the rewrite in generate.mjs');
  }
  code = budgetErrors(code);
  if (/\brequire\(/.test(code)) {
    throw new Error(
      'standalone validators must be pure ES modules, but the output calls require()',
    );
  }
  const helpers = [...used]
    .sort()
    .map((h) => RUNTIME[h])
    .join('\n');
  code = `${banner('//')}/* eslint-disable */\n${helpers}\n${BOUNDED_RUNTIME}\n${code}`;
  return format(code, { parser: 'babel', printWidth: 120 });
}

function validatorsDeclaration() {
  const lines = [banner('//'), "import type * as T from './types.js';", ''];
  lines.push(
    "/** One error as the compiled validators report it (the shape of ajv's ErrorObject). */",
    'export interface ValidatorError {',
    '  instancePath: string;',
    '  schemaPath: string;',
    '  keyword: string;',
    '  params: Record<string, unknown>;',
    '  message?: string;',
    '}',
    '',
    '/** Options of a compiled validator. */',
    'export interface ValidatorOptions {',
    '  /**',
    '   * Errors recorded in full; each further one is recorded as a placeholder with the keyword',
    '   * `errorLimit` (which `toIssues` turns into `too-many-issues`), so that a document full of',
    '   * errors costs no more per byte than a valid one. Whether the document is valid is unchanged.',
    '   * Default: no limit.',
    '   */',
    '  maxErrors?: number;',
    '}',
    '',
    "/** A compiled validator. On failure, `errors` holds ajv's error objects; see `toIssues`. */",
    'export interface CompiledValidator<Doc> {',
    '  (data: unknown, options?: ValidatorOptions): data is Doc;',
    '  errors?: ValidatorError[] | null;',
    '}',
    '',
  );
  for (const { file, schema } of schemas) {
    if (schema.type === undefined && schema.$defs) continue;
    lines.push(`/** Validates a document against \`${schema.$id}\`. */`);
    lines.push(
      `export declare const validate${pascal(file)}: CompiledValidator<T.${pascal(file)}>;`,
    );
  }
  return format(lines.join('\n'), { parser: 'typescript' });
}

/** Resolves a `$ref` (absolute, or local to `baseId`) to the schema node it names. */
function resolveRef(ref, baseId, byId) {
  const [uri, pointer = ''] = ref.split('#');
  const doc = byId.get(uri === '' ? baseId : uri);
  if (!doc) throw new Error(`unresolvable $ref ${ref} in ${baseId}`);
  return pointer
    .split('/')
    .filter(Boolean)
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

/**
 * json-schema-to-typescript names a type afresh wherever a `$ref` has sibling keywords
 * (a `description`, say), which yields `Uri1`, `Uri2`, `LocalizedText1`… So every `$ref` to a
 * titled definition becomes a `tsType` reference to that title, and each titled definition is
 * declared exactly once.
 */
function toTypeSource(node, baseId, byId, root = true) {
  if (Array.isArray(node)) return node.map((n) => toTypeSource(n, baseId, byId, false));
  if (!node || typeof node !== 'object') return node;
  // A titled enum inside a definition is declared once on its own (see `typesModule`).
  if (!root && typeof node.title === 'string' && Array.isArray(node.enum)) {
    const { title, enum: _e, type: _t, ...siblings } = node;
    return { ...siblings, tsType: title };
  }
  // `allOf: [{ $ref: base }]` plus own properties (our item types): flatten into one object type,
  // which gives TypeScript a clean discriminated union.
  if (
    Array.isArray(node.allOf) &&
    node.properties &&
    node.allOf.every((part) => typeof part.$ref === 'string')
  ) {
    const { allOf, unevaluatedProperties: _u, ...rest } = node;
    const merged = {
      ...rest,
      additionalProperties: false,
      properties: {},
      required: [...(rest.required ?? [])],
    };
    for (const part of allOf) {
      const base = resolveRef(part.$ref, baseId, byId);
      Object.assign(merged.properties, base.properties);
      for (const r of base.required ?? [])
        if (!merged.required.includes(r)) merged.required.push(r);
    }
    Object.assign(merged.properties, rest.properties);
    return toTypeSource(merged, baseId, byId, root);
  }
  if (typeof node.$ref === 'string') {
    const target = resolveRef(node.$ref, baseId, byId);
    if (target?.title) {
      const { $ref: _ref, ...siblings } = node;
      return { ...siblings, tsType: target.title };
    }
  }
  // `oneOf` / `anyOf` made only of `required` lists ("one of these must be present") constrain
  // values, not shapes: the properties already give the type.
  for (const combinator of ['oneOf', 'anyOf']) {
    if (
      node.properties &&
      Array.isArray(node[combinator]) &&
      node[combinator].every((b) => Object.keys(b).join() === 'required')
    ) {
      const { [combinator]: _c, ...rest } = node;
      return toTypeSource(rest, baseId, byId, root);
    }
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === 'enum' || key === 'examples' ? value : toTypeSource(value, baseId, byId, false);
  }
  return out;
}

async function typesModule() {
  const byId = new Map(schemas.map(({ schema }) => [schema.$id, schema]));
  const defs = {};
  const declare = (node, baseId) => {
    if (defs[node.title]) throw new Error(`two schemas share the title ${node.title}`);
    const { $id: _id, $schema: _s, $defs: _d, ...rest } = node;
    defs[node.title] = toTypeSource(rest, baseId, byId);
  };
  for (const { schema } of schemas) {
    if (schema.title && schema.type !== undefined) declare(schema, schema.$id);
    for (const def of Object.values(schema.$defs ?? {})) if (def.title) declare(def, schema.$id);
  }
  // Titled enums written inline (an item's `type`, a finding's `kind`) get a type of their own.
  for (const [title, { file, node }] of enums) {
    if (!defs[title]) declare(node, schemas.find((s) => s.file === file).schema.$id);
  }
  const ts = await compile(
    { title: 'CompetenceKitDocuments', type: 'object', additionalProperties: false, $defs: defs },
    'CompetenceKitDocuments',
    {
      bannerComment: banner('//').trimEnd(),
      additionalProperties: false,
      unreachableDefinitions: true,
      strictIndexSignatures: true,
      ignoreMinAndMaxItems: true,
      format: false,
    },
  );
  // The wrapper exists only to carry the definitions.
  const pretty = await format(ts, { parser: 'typescript', printWidth: 100, singleQuote: true });
  return pretty
    .replace(/export interface CompetenceKitDocuments \{\}\n/, '')
    .replace(
      /\n \*\n \* This interface was referenced by `CompetenceKitDocuments`'s JSON-Schema\n \* via the `definition` "\w+"\./g,
      '',
    );
}

function idsModule() {
  const camel = (file) => pascal(file).replace(/^./, (c) => c.toLowerCase());
  const entries = schemas
    .map(({ file, schema }) => `  ${camel(file)}: '${schema.$id}',`)
    .join('\n');
  return `${banner('//')}
/**
 * The \`$id\` of each schema. The scheme is \`https://w3id.org/competence-kit/schemas/<name>/v<major>\`:
 * a permanent identifier that changes only with a breaking change of the schema (see
 * docs/decisions/0002-schema-ids.md).
 *
 * @example
 * \`\`\`ts
 * const doc = { $schema: SCHEMA_IDS.framework, id: 'https://example.org/fw', ... };
 * \`\`\`
 */
export const SCHEMA_IDS = {
${entries}
} as const;

/** The name of a schema in {@link SCHEMA_IDS}. */
export type SchemaName = keyof typeof SCHEMA_IDS;
`;
}

/** `ModuleFormat` -> `MODULE_FORMATS`, `Phase` -> `PHASES`, `Status` -> `STATUSES`. */
function enumConstName(title) {
  const snake = title.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  if (/(S|X|Z|CH|SH)$/.test(snake)) return `${snake}ES`;
  if (/[^AEIOU]Y$/.test(snake)) return `${snake.slice(0, -1)}IES`;
  return `${snake}S`;
}

/**
 * Every titled `enum` of strings, where the schemas declare it (a `$ref` is not followed, so each
 * is found once). The title names the generated type; the runtime array is named after it.
 */
function titledEnums() {
  const found = new Map();
  const walk = (node, file, path) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, file, `${path}/${i}`));
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node.enum) && typeof node.title === 'string') {
      if (!node.enum.every((v) => typeof v === 'string')) {
        throw new Error(`${file}#${path}: the titled enum ${node.title} must list strings only`);
      }
      if (found.has(node.title)) {
        const other = found.get(node.title);
        throw new Error(
          `two enums share the title ${node.title}: ${other.file}#${other.path} and ${file}#${path}`,
        );
      }
      found.set(node.title, { file, path, node, values: node.enum });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'enum' && key !== 'examples' && key !== 'const') {
        walk(value, file, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
    }
  };
  for (const { file, schema } of schemas) walk(schema, file, '');
  return [...found.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function enumsModule(types) {
  const lines = [
    banner('//'),
    "import type * as T from './types.js';",
    '',
    "// The values of each titled `enum` in the schemas, in the schemas' order, for code that lists,",
    '// loops over or checks them at run time. Use these instead of copying a list: a value added to',
    '// a schema then reaches every list. Each array `satisfies` the generated type of the same name.',
    '',
  ];
  for (const [title, { file, path, values }] of enums) {
    if (!new RegExp(`^export type ${title} =`, 'm').test(types)) {
      throw new Error(`${file}#${path}: no generated type ${title} for its enum`);
    }
    lines.push(
      `/** Every {@link T.${title}}, from \`${file}#${path}\`. */`,
      `export const ${enumConstName(title)} = ${JSON.stringify(values)} as const satisfies readonly T.${title}[];`,
      '',
    );
  }
  return format(lines.join('\n'), { parser: 'typescript', printWidth: 100, singleQuote: true });
}

const enums = titledEnums();
const types = await typesModule();
const outputs = {
  'ids.ts': idsModule(),
  'validators.js': await validatorsModule(),
  'validators.d.ts': await validatorsDeclaration(),
  'types.ts': types,
  'enums.ts': await enumsModule(types),
};

if (check) {
  const drifted = Object.entries(outputs).filter(([name, content]) => {
    const path = join(outDir, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== content;
  });
  if (drifted.length > 0) {
    console.error(
      `Generated files are out of date: ${drifted.map(([n]) => `schemas/src/generated/${n}`).join(', ')}.\n` +
        'Run `npm run generate` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`Generated files match the ${files.length} schemas.`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of Object.entries(outputs)) writeFileSync(join(outDir, name), content);
  console.log(
    `Wrote ${Object.keys(outputs).length} files from ${files.length} schemas to src/generated/.`,
  );
}
