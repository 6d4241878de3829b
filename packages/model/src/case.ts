/**
 * `@competence-kit/model/case`: a framework to and from a 1EdTech CASE (Competencies and
 * Academic Standards Exchange) 1.0/1.1 package, the JSON that CASE servers publish as a
 * `CFPackage`: one `CFDocument`, the `CFItems`, the `CFAssociations` between them, the
 * definitions they use and the `CFRubrics`.
 *
 * Our export, in one locale:
 * - the framework is the `CFDocument`;
 * - each domain, competence and level descriptor is a `CFItem` (`CFItemType` `Domain`,
 *   `Competency`, `Level descriptor`; `humanCodingScheme` our id, `<competence>/<level>` for a
 *   descriptor; the competence's title as `abbreviatedStatement`, its description, or else its
 *   title, as `fullStatement`; a descriptor's level name as `abbreviatedStatement`, its text as
 *   `fullStatement`);
 * - `isChildOf` associations make the tree (domain → document, competence → domain, descriptor →
 *   competence), with `sequenceNumber` for the order;
 * - each mapping to an outside concept is an `exactMatchOf` (SKOS exactMatch) or `isRelatedTo`
 *   (the other SKOS relations) association to the concept's URI, grouped by a
 *   `CFAssociationGrouping` per scheme and relation, so that the import gives the relation back;
 * - one `CFRubric` for the scale: per competence a criterion, per level a criterion level (its
 *   quality the level's name, its score the rank, its description the descriptor).
 * Identifiers are version-5 UUIDs of our ids, so re-exporting gives the same identifiers.
 *
 * The import reads such a package back (every id, edge, level and text of the locale), or one
 * published by others, and reports what has no place in our model. No Node-only code.
 *
 * @packageDocumentation
 */
import type {
  Competence,
  Dimension,
  Domain,
  Framework,
  LocalizedText,
  Mapping,
  ProficiencyLevel,
  SkosRelation,
} from '@competence-kit/schemas';
import { KEBAB, LOCALE, URI, kebab, uniqueId } from './imported-ids.js';
import { isUuid, URL_NAMESPACE, uuidV5 } from './uuid.js';

/** A reference from one CASE object to another. */
export interface CaseLink {
  title: string;
  identifier: string;
  uri: string;
}

export interface CaseDocument {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: string;
  CFPackageURI: CaseLink;
  description?: string;
  publisher?: string;
  language?: string;
  version?: string;
  adoptionStatus?: string;
  licenseURI?: CaseLink;
  notes?: string;
  caseVersion?: string;
  [more: string]: unknown;
}

export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  lastChangeDateTime: string;
  CFDocumentURI?: CaseLink;
  abbreviatedStatement?: string;
  humanCodingScheme?: string;
  CFItemType?: string;
  CFItemTypeURI?: CaseLink;
  language?: string;
  notes?: string;
  [more: string]: unknown;
}

export interface CaseAssociation {
  identifier: string;
  uri: string;
  associationType: string;
  originNodeURI: CaseLink;
  destinationNodeURI: CaseLink;
  lastChangeDateTime: string;
  sequenceNumber?: number;
  CFDocumentURI?: CaseLink;
  CFAssociationGroupingURI?: CaseLink;
  [more: string]: unknown;
}

export interface CaseDefinition {
  identifier: string;
  uri: string;
  title: string;
  description?: string;
  lastChangeDateTime: string;
  [more: string]: unknown;
}

export interface CaseRubricCriterionLevel {
  identifier: string;
  uri: string;
  description?: string;
  quality?: string;
  score?: number;
  position?: number;
  rubricCriterionId?: string;
  lastChangeDateTime: string;
}

export interface CaseRubricCriterion {
  identifier: string;
  uri: string;
  category?: string;
  description?: string;
  CFItemURI?: CaseLink;
  position?: number;
  rubricId?: string;
  lastChangeDateTime: string;
  CFRubricCriterionLevels?: CaseRubricCriterionLevel[];
}

export interface CaseRubric {
  identifier: string;
  uri: string;
  title?: string;
  description?: string;
  lastChangeDateTime: string;
  CFRubricCriteria?: CaseRubricCriterion[];
}

/** A CASE package as `GET /ims/case/v1p0/CFPackages/{id}` returns it. */
export interface CasePackage {
  CFDocument: CaseDocument;
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
  CFDefinitions?: {
    CFItemTypes?: CaseDefinition[];
    CFAssociationGroupings?: CaseDefinition[];
    CFLicenses?: (CaseDefinition & { licenseText?: string })[];
    [more: string]: unknown;
  };
  CFRubrics?: CaseRubric[];
}

/** Options of {@link exportCasePackage}. */
export interface CaseExportOptions {
  /** The locale whose texts the package holds. Default: the framework's default locale. */
  locale?: string;
  /**
   * Where the package is served, e.g. `https://portal.example/ravenna/ims/case/v1p0`: each
   * object's `uri` is `<baseUri>/<CFDocuments|CFItems|…>/<identifier>`. Without it, each `uri`
   * is `urn:uuid:<identifier>`.
   */
  baseUri?: string;
  /** `lastChangeDateTime` of every object. Default: the framework's `provenance.modified` or
   * `created` date at midnight UTC, else the time of the export. */
  lastChangeDateTime?: string;
  /** `creator` of the document. Default: the framework's publisher, else "Competence Kit". */
  creator?: string;
}

/** Why a framework cannot be written as a CASE package. */
export class CaseExportError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'CaseExportError';
  }
}

const ITEM_TYPE = { domain: 'Domain', competence: 'Competency', level: 'Level descriptor' };
const LEVEL_SEPARATOR = '/';
/** SKOS relation → CASE association type. */
const ASSOCIATION_OF: Record<SkosRelation, string> = {
  exactMatch: 'exactMatchOf',
  closeMatch: 'isRelatedTo',
  broadMatch: 'isRelatedTo',
  narrowMatch: 'isRelatedTo',
  related: 'isRelatedTo',
};
const RELATIONS = new Set<string>(Object.keys(ASSOCIATION_OF));

/**
 * The framework as a CASE 1.1 `CFPackage` in one locale (see the module comment for the
 * mapping). The result is plain JSON: `JSON.stringify` it to publish it. Throws a
 * {@link CaseExportError} naming the path when a text is missing in the locale.
 *
 * @example
 * ```ts
 * const pkg = exportCasePackage(framework, { locale: 'it', baseUri: 'https://portal.example/ravenna/ims/case/v1p0' });
 * pkg.CFDocument.identifier; // the same UUID at every export
 * ```
 */
export function exportCasePackage(
  framework: Framework,
  options: CaseExportOptions = {},
): CasePackage {
  const locale = options.locale ?? framework.defaultLocale;
  if (!framework.locales.includes(locale))
    throw new CaseExportError(
      `The framework is not written in "${locale}": it has ${framework.locales.join(', ')}.`,
      '/locales',
    );
  const text = (value: LocalizedText | undefined, path: string): string => {
    const found = value?.[locale];
    if (typeof found !== 'string')
      throw new CaseExportError(`${path} has no "${locale}" text to export.`, path);
    return found;
  };
  const provenanceDate = framework.provenance?.modified ?? framework.provenance?.created;
  const changed =
    options.lastChangeDateTime ??
    (provenanceDate ? `${provenanceDate}T00:00:00+00:00` : new Date().toISOString());
  const base = options.baseUri?.replace(/\/+$/, '');
  const id = (name: string) => uuidV5(`${framework.id}#${name}`, URL_NAMESPACE);
  const uri = (kind: string, identifier: string) =>
    base ? `${base}/${kind}/${identifier}` : `urn:uuid:${identifier}`;

  const documentId = id('document');
  const documentTitle = text(framework.title, '/title');
  const documentLink: CaseLink = {
    title: documentTitle,
    identifier: documentId,
    uri: uri('CFDocuments', documentId),
  };
  const typeLinks = new Map<string, CaseLink>();
  const itemTypes: CaseDefinition[] = Object.values(ITEM_TYPE).map((title) => {
    const identifier = id(`item-type/${title}`);
    typeLinks.set(title, { title, identifier, uri: uri('CFItemTypes', identifier) });
    return {
      identifier,
      uri: uri('CFItemTypes', identifier),
      title,
      description: title,
      lastChangeDateTime: changed,
    };
  });
  const items: CaseItem[] = [];
  const links = new Map<string, CaseLink>();
  const item = (
    key: string,
    type: keyof typeof ITEM_TYPE,
    code: string,
    full: string,
    abbreviated: string,
  ) => {
    const identifier = id(`item/${key}`);
    const entry: CaseItem = {
      identifier,
      uri: uri('CFItems', identifier),
      fullStatement: full,
      abbreviatedStatement: abbreviated,
      humanCodingScheme: code,
      CFItemType: ITEM_TYPE[type],
      CFItemTypeURI: typeLinks.get(ITEM_TYPE[type])!,
      language: locale,
      lastChangeDateTime: changed,
      CFDocumentURI: documentLink,
    };
    items.push(entry);
    const link = { title: abbreviated, identifier, uri: entry.uri };
    links.set(key, link);
    return link;
  };
  const associations: CaseAssociation[] = [];
  const associate = (
    type: string,
    origin: CaseLink,
    destination: CaseLink,
    sequence: number | undefined,
    grouping?: CaseLink,
  ) => {
    const identifier = id(`association/${type}/${origin.identifier}/${destination.uri}`);
    associations.push({
      identifier,
      uri: uri('CFAssociations', identifier),
      associationType: type,
      originNodeURI: origin,
      destinationNodeURI: destination,
      ...(sequence !== undefined && { sequenceNumber: sequence }),
      ...(grouping && { CFAssociationGroupingURI: grouping }),
      CFDocumentURI: documentLink,
      lastChangeDateTime: changed,
    });
  };

  const levels = framework.scale.levels;
  framework.domains.forEach((domain, d) => {
    const title = text(domain.title, `/domains/${d}/title`);
    const full = domain.description ? text(domain.description, `/domains/${d}/description`) : title;
    const link = item(`domain/${domain.id}`, 'domain', domain.id, full, title);
    associate('isChildOf', link, documentLink, d + 1);
  });
  let sequence = 0;
  framework.competences.forEach((competence, c) => {
    const at = `/competences/${c}`;
    const title = text(competence.title, `${at}/title`);
    const full = competence.description ? text(competence.description, `${at}/description`) : title;
    const link = item(`competence/${competence.id}`, 'competence', competence.id, full, title);
    associate('isChildOf', link, links.get(`domain/${competence.domain}`)!, ++sequence);
    levels.forEach((level, l) => {
      const descriptor = competence.descriptors[level.id];
      if (descriptor === undefined) return;
      const levelLink = item(
        `descriptor/${competence.id}/${level.id}`,
        'level',
        `${competence.id}${LEVEL_SEPARATOR}${level.id}`,
        text(descriptor, `${at}/descriptors/${level.id}`),
        text(level.title, `/scale/levels/${l}/title`),
      );
      associate('isChildOf', levelLink, link, l + 1);
    });
  });

  // Mappings, grouped by scheme and SKOS relation.
  const groupings: CaseDefinition[] = [];
  const groupingLinks = new Map<string, CaseLink>();
  for (const mapping of framework.mappings ?? []) {
    const key = `${mapping.scheme} ${mapping.relation}`;
    let grouping = groupingLinks.get(key);
    if (!grouping) {
      const identifier = id(`grouping/${key}`);
      grouping = {
        title: mapping.relation,
        identifier,
        uri: uri('CFAssociationGroupings', identifier),
      };
      groupingLinks.set(key, grouping);
      groupings.push({
        identifier,
        uri: grouping.uri,
        title: mapping.relation,
        description: mapping.scheme,
        lastChangeDateTime: changed,
      });
    }
    const origin = links.get(`competence/${mapping.competence}`);
    if (!origin) continue;
    const last = mapping.target.split(/[/#]/).pop() ?? '';
    associate(
      ASSOCIATION_OF[mapping.relation],
      origin,
      {
        title: mapping.targetLabel ?? mapping.target,
        identifier: isUuid(last) ? last.toLowerCase() : uuidV5(mapping.target, URL_NAMESPACE),
        uri: mapping.target,
      },
      undefined,
      grouping,
    );
  }

  // One rubric for the scale.
  const rubricId = id('rubric');
  const rubric: CaseRubric = {
    identifier: rubricId,
    uri: uri('CFRubrics', rubricId),
    title: framework.scale.title ? text(framework.scale.title, '/scale/title') : documentTitle,
    ...(framework.scale.description && {
      description: text(framework.scale.description, '/scale/description'),
    }),
    lastChangeDateTime: changed,
    CFRubricCriteria: framework.competences.map((competence, c) => {
      const criterionId = id(`criterion/${competence.id}`);
      return {
        identifier: criterionId,
        uri: uri('CFRubricCriteria', criterionId),
        category: text(competence.title, `/competences/${c}/title`),
        CFItemURI: links.get(`competence/${competence.id}`)!,
        position: c + 1,
        rubricId,
        lastChangeDateTime: changed,
        CFRubricCriterionLevels: levels.map((level, l) => {
          const levelId = id(`criterion-level/${competence.id}/${level.id}`);
          const descriptor = competence.descriptors[level.id];
          return {
            identifier: levelId,
            uri: uri('CFRubricCriterionLevels', levelId),
            quality: text(level.title, `/scale/levels/${l}/title`),
            ...(descriptor && {
              description: text(descriptor, `/competences/${c}/descriptors/${level.id}`),
            }),
            score: level.rank,
            position: l + 1,
            rubricCriterionId: criterionId,
            lastChangeDateTime: changed,
          };
        }),
      };
    }),
  };

  const licenseDefinitions: (CaseDefinition & { licenseText: string })[] = [];
  let licenseURI: CaseLink | undefined;
  if (framework.license) {
    const identifier = id(`license/${framework.license}`);
    licenseURI = { title: framework.license, identifier, uri: uri('CFLicenses', identifier) };
    licenseDefinitions.push({
      identifier,
      uri: licenseURI.uri,
      title: framework.license,
      licenseText: `SPDX ${framework.license}`,
      lastChangeDateTime: changed,
    });
  }

  const documentIdentifier = documentId;
  return {
    CFDocument: {
      identifier: documentIdentifier,
      uri: documentLink.uri,
      creator: options.creator ?? framework.provenance?.publisher ?? 'Competence Kit',
      title: documentTitle,
      lastChangeDateTime: changed,
      officialSourceURL: framework.id,
      ...(framework.provenance?.publisher && { publisher: framework.provenance.publisher }),
      ...(framework.description && { description: text(framework.description, '/description') }),
      language: locale,
      version: framework.version,
      adoptionStatus: 'Adopted',
      ...(licenseURI && { licenseURI }),
      caseVersion: '1.1',
      CFPackageURI: {
        title: documentTitle,
        identifier: documentIdentifier,
        uri: uri('CFPackages', documentIdentifier),
      },
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: {
      CFItemTypes: itemTypes,
      CFAssociationGroupings: groupings,
      ...(licenseDefinitions.length > 0 && { CFLicenses: licenseDefinitions }),
    },
    CFRubrics: [rubric],
  };
}

// --- Import --------------------------------------------------------------------------------

/** A problem that stops an import: the JSON pointer of what is wrong and what was expected. */
export interface CaseImportIssue {
  path: string;
  code:
    | 'not-a-package'
    | 'invalid-field'
    | 'duplicate-identifier'
    | 'unknown-node'
    | 'unreachable'
    | 'no-items';
  message: string;
}

/** Something of the package that has no place in our model, or was changed to fit it. */
export interface CaseImportNote {
  path: string;
  code:
    | 'id-changed'
    | 'framework-id-made'
    | 'domain-made'
    | 'scale-made'
    | 'dimension-assumed'
    | 'descriptor-missing'
    | 'association-not-imported'
    | 'deeper-levels-not-imported';
  message: string;
}

/** Options of {@link importCasePackage}. */
export interface CaseImportOptions {
  /** The locale of the texts. Default: the document's `language`, else `en`. */
  locale?: string;
  /** The framework's version. Default: the document's `version` when it is semver, else `1.0.0`. */
  version?: string;
  /** The dimension of every competence (CASE has none). Default `skills`, noted. */
  dimension?: Dimension;
}

export type CaseImportResult =
  | { ok: true; framework: Framework; notes: CaseImportNote[] }
  | { ok: false; issues: CaseImportIssue[] };

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface Node {
  item: CaseItem;
  path: string;
  children: { node: Node; sequence: number }[];
  parent?: string;
  depth: number;
}

/**
 * Reads a CASE 1.0/1.1 `CFPackage` (parsed JSON) into a framework in one locale: ours from
 * {@link exportCasePackage}, or one published by others.
 *
 * - The `CFDocument` gives the framework (its `officialSourceURL` as id when it is a URI, as our
 *   export writes it; else `urn:uuid:<identifier>`, noted) and `CFItems` linked by `isChildOf`
 *   give the tree: items under the document are the domains (a package whose top items have no
 *   children gets one domain, noted), their children the competences, and theirs the level
 *   descriptors.
 * - The scale comes from the `CFRubric` (its criterion levels' quality and score), else from the
 *   descriptors' `abbreviatedStatement`s; a package with neither gets a one-level scale, noted.
 * - `exactMatchOf` and `isRelatedTo` associations from a competence to a node outside the
 *   package become mappings (the relation from their `CFAssociationGrouping` when it names a
 *   SKOS relation, as ours do; else `exactMatch` / `related`); other associations are noted.
 * - Ids: `humanCodingScheme` when it is an id of ours, else one made from it or the statement,
 *   noted. Texts are kept as they are (CASE statements are plain text, Markdown at most).
 *
 * Anything that is not a package gives issues with a JSON pointer; nothing throws. The framework
 * returned passes `parseFramework`.
 *
 * @example
 * ```ts
 * const result = importCasePackage(JSON.parse(text), { locale: 'en' });
 * if (result.ok) console.table(result.notes);
 * ```
 */
export function importCasePackage(
  input: unknown,
  options: CaseImportOptions = {},
): CaseImportResult {
  const issues: CaseImportIssue[] = [];
  const notes: CaseImportNote[] = [];
  const issue = (path: string, code: CaseImportIssue['code'], message: string) =>
    issues.push({ path, code, message });
  const note = (path: string, code: CaseImportNote['code'], message: string) =>
    notes.push({ path, code, message });
  if (!isObject(input) || !isObject(input.CFDocument)) {
    issue(
      isObject(input) ? '/CFDocument' : '',
      'not-a-package',
      'Expected a CASE CFPackage: an object with a CFDocument, CFItems and CFAssociations.',
    );
    return { ok: false, issues };
  }
  const document = input.CFDocument;
  const stringField = (
    value: Record<string, unknown>,
    key: string,
    path: string,
    required = true,
  ) => {
    const found = value[key];
    if (typeof found === 'string' && found.trim() !== '') return found;
    if (required || found !== undefined)
      issue(`${path}/${key}`, 'invalid-field', `Expected "${key}" as a non-empty text.`);
    return undefined;
  };
  stringField(document, 'identifier', '/CFDocument');
  const documentTitle = stringField(document, 'title', '/CFDocument');
  for (const key of ['CFItems', 'CFAssociations'] as const)
    if (!Array.isArray(input[key]))
      issue(`/${key}`, 'not-a-package', `Expected "${key}" as an array.`);
  if (issues.length > 0) return { ok: false, issues };

  const locale =
    options.locale ??
    (typeof document.language === 'string' && LOCALE.test(document.language)
      ? document.language
      : 'en');
  if (!LOCALE.test(locale))
    throw new TypeError(
      `importCasePackage: options.locale must be a BCP 47 language tag such as "en", got ${JSON.stringify(locale)}.`,
    );

  // Items by identifier and by URI.
  const nodes = new Map<string, Node>();
  (input.CFItems as unknown[]).forEach((raw, i) => {
    const path = `/CFItems/${i}`;
    if (!isObject(raw)) {
      issue(path, 'invalid-field', 'Expected a CFItem object.');
      return;
    }
    const identifier = stringField(raw, 'identifier', path);
    const statement = stringField(raw, 'fullStatement', path);
    if (!identifier || !statement) return;
    for (const key of ['abbreviatedStatement', 'humanCodingScheme', 'CFItemType'])
      stringField(raw, key, path, false);
    if (nodes.has(identifier)) {
      issue(`${path}/identifier`, 'duplicate-identifier', `Item "${identifier}" is listed twice.`);
      return;
    }
    nodes.set(identifier, { item: raw as CaseItem, path, children: [], depth: 0 });
  });
  // Broken items would make every later finding about the tree a guess.
  if (issues.length > 0) return { ok: false, issues };
  const byUri = new Map<string, Node>();
  for (const node of nodes.values())
    if (typeof node.item.uri === 'string') byUri.set(node.item.uri, node);
  const documentIds = new Set([document.identifier as string, document.uri as string]);
  const find = (link: unknown): Node | 'document' | undefined => {
    if (!isObject(link)) return undefined;
    const identifier = typeof link.identifier === 'string' ? link.identifier : undefined;
    const uri = typeof link.uri === 'string' ? link.uri : undefined;
    if ((identifier && documentIds.has(identifier)) || (uri && documentIds.has(uri)))
      return 'document';
    return (identifier ? nodes.get(identifier) : undefined) ?? (uri ? byUri.get(uri) : undefined);
  };

  const groupings = new Map<string, { title: string; description?: string }>();
  const definitions = isObject(input.CFDefinitions) ? input.CFDefinitions : {};
  if (Array.isArray(definitions.CFAssociationGroupings))
    for (const g of definitions.CFAssociationGroupings)
      if (isObject(g) && typeof g.identifier === 'string' && typeof g.title === 'string')
        groupings.set(g.identifier, {
          title: g.title,
          ...(typeof g.description === 'string' && { description: g.description }),
        });

  const roots: { node: Node; sequence: number }[] = [];
  const outside: { origin: Node; association: CaseAssociation; path: string }[] = [];
  (input.CFAssociations as unknown[]).forEach((raw, i) => {
    const path = `/CFAssociations/${i}`;
    if (!isObject(raw) || typeof raw.associationType !== 'string') {
      issue(path, 'invalid-field', 'Expected a CFAssociation with an associationType.');
      return;
    }
    const association = raw as CaseAssociation;
    const origin = find(raw.originNodeURI);
    const destination = find(raw.destinationNodeURI);
    const sequence = typeof raw.sequenceNumber === 'number' ? raw.sequenceNumber : Infinity;
    if (association.associationType === 'isChildOf') {
      if (!origin || origin === 'document') {
        issue(
          `${path}/originNodeURI`,
          'unknown-node',
          'The child of an isChildOf association must be an item of the package.',
        );
        return;
      }
      if (!destination) {
        issue(
          `${path}/destinationNodeURI`,
          'unknown-node',
          'The parent of an isChildOf association is neither the document nor an item of the package.',
        );
        return;
      }
      if (origin.parent !== undefined) {
        note(
          path,
          'association-not-imported',
          `Item "${origin.item.identifier}" has a second parent; our model keeps the first.`,
        );
        return;
      }
      origin.parent = destination === 'document' ? 'document' : destination.item.identifier;
      if (destination === 'document') roots.push({ node: origin, sequence });
      else destination.children.push({ node: origin, sequence });
      return;
    }
    if (
      (association.associationType === 'exactMatchOf' ||
        association.associationType === 'isRelatedTo') &&
      origin &&
      origin !== 'document' &&
      !destination &&
      isObject(raw.destinationNodeURI) &&
      typeof raw.destinationNodeURI.uri === 'string' &&
      URI.test(raw.destinationNodeURI.uri)
    ) {
      outside.push({ origin, association, path });
      return;
    }
    note(
      path,
      'association-not-imported',
      `A "${association.associationType}" association ${
        destination && destination !== 'document' ? 'between items of the package' : 'here'
      } has no place in our model.`,
    );
  });
  if (issues.length > 0) return { ok: false, issues };
  if (nodes.size === 0) {
    issue('/CFItems', 'no-items', 'The package has a document and no item.');
    return { ok: false, issues };
  }
  // Depths, from the document down; a circle of isChildOf leaves items unreached.
  const sorted = (list: { node: Node; sequence: number }[]) =>
    [...list].sort((a, b) => a.sequence - b.sequence).map((entry) => entry.node);
  const stack = roots.map((r) => ((r.node.depth = 1), r.node));
  const seen = new Set<Node>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const { node: child } of node.children) {
      child.depth = node.depth + 1;
      stack.push(child);
    }
  }
  for (const node of nodes.values())
    if (!seen.has(node) && node.parent !== undefined)
      issue(
        node.path,
        'unreachable',
        `Item "${node.item.identifier}" is its own ancestor (its isChildOf associations form a circle).`,
      );
  if (issues.length > 0) return { ok: false, issues };
  for (const node of nodes.values())
    if (node.parent === undefined)
      note(
        node.path,
        'association-not-imported',
        `Item "${node.item.identifier}" is no child of the document or of another item: not imported.`,
      );

  // The scale: from the rubric, else from the descriptors' short statements.
  const levels: ProficiencyLevel[] = [];
  const levelIds = new Set<string>();
  const addLevel = (name: string, code: string | undefined, rank?: number) => {
    if (levels.some((l) => l.title[locale] === name)) return;
    let id = code && KEBAB.test(code) ? code : kebab(name, 'level');
    while (levelIds.has(id)) id = `${id}-${levels.length + 1}`;
    levelIds.add(id);
    levels.push({ id, rank: rank ?? levels.length + 1, title: { [locale]: name } });
  };
  const rubric = Array.isArray(input.CFRubrics) ? input.CFRubrics.find(isObject) : undefined;
  const descriptorRows = [...nodes.values()].filter((n) => n.depth === 3);
  const codeLevel = (node: Node) => {
    const code = node.item.humanCodingScheme ?? '';
    const cut = code.lastIndexOf(LEVEL_SEPARATOR);
    return cut > 0 ? code.slice(cut + 1) : undefined;
  };
  if (rubric && Array.isArray(rubric.CFRubricCriteria)) {
    const first = rubric.CFRubricCriteria.find(isObject);
    const criterionLevels = Array.isArray(first?.CFRubricCriterionLevels)
      ? (first.CFRubricCriterionLevels as unknown[]).filter(isObject)
      : [];
    const ordered = [...criterionLevels].sort(
      (a, b) => Number(a.position ?? 0) - Number(b.position ?? 0),
    );
    for (const level of ordered) {
      if (typeof level.quality !== 'string' || level.quality.trim() === '') continue;
      const descriptor = descriptorRows.find(
        (n) => n.item.abbreviatedStatement === level.quality && codeLevel(n),
      );
      addLevel(
        level.quality,
        descriptor ? codeLevel(descriptor) : undefined,
        typeof level.score === 'number' &&
          Number.isInteger(level.score) &&
          level.score >= 0 &&
          level.score <= 100
          ? level.score
          : undefined,
      );
    }
    // Ranks must increase strictly: when the scores do not, number the levels in order.
    if (levels.some((l, i) => i > 0 && l.rank <= levels[i - 1]!.rank))
      levels.forEach((l, i) => (l.rank = i + 1));
  }
  if (levels.length === 0)
    for (const node of descriptorRows)
      if (node.item.abbreviatedStatement) addLevel(node.item.abbreviatedStatement, codeLevel(node));
  if (levels.length < 2) {
    // Our scales have two levels at least: a package without them gets the plainest two.
    levels.length = 0;
    levelIds.clear();
    addLevel('Developing', 'developing');
    addLevel('Achieved', 'achieved');
    note(
      '/CFRubrics',
      'scale-made',
      'The package has no rubric and no level descriptors of two levels or more: the framework gets two levels, "developing" and "achieved" (rename them, and write what each competence looks like at each).',
    );
  }
  // The rubric's criterion levels by the competence item they describe: a descriptor where the
  // package has no level descriptor items.
  const rubricTexts = new Map<string, Map<string, string>>();
  if (rubric && Array.isArray(rubric.CFRubricCriteria))
    for (const criterion of rubric.CFRubricCriteria) {
      if (!isObject(criterion) || !isObject(criterion.CFItemURI)) continue;
      const target = find(criterion.CFItemURI);
      if (!target || target === 'document' || !Array.isArray(criterion.CFRubricCriterionLevels))
        continue;
      const texts = new Map<string, string>();
      for (const level of criterion.CFRubricCriterionLevels)
        if (
          isObject(level) &&
          typeof level.quality === 'string' &&
          typeof level.description === 'string'
        )
          texts.set(level.quality, level.description);
      rubricTexts.set(target.item.identifier, texts);
    }

  // The framework's id.
  let frameworkId =
    typeof document.officialSourceURL === 'string' ? document.officialSourceURL : '';
  if (!URI.test(frameworkId)) {
    frameworkId =
      typeof document.identifier === 'string' && isUuid(document.identifier)
        ? `urn:uuid:${document.identifier.toLowerCase()}`
        : `urn:case:${encodeURIComponent(String(document.identifier))}`;
    note(
      '/CFDocument',
      'framework-id-made',
      `The document names no URI of its framework (officialSourceURL): its id becomes "${frameworkId}".`,
    );
  }

  const used = new Set<string>();
  const idFor = (node: Node, fallback: string): string => {
    const code = node.item.humanCodingScheme?.trim() ?? '';
    const id = uniqueId(
      used,
      code,
      fallback,
      code || node.item.abbreviatedStatement || node.item.fullStatement,
    );
    if (id !== code)
      note(
        node.path,
        'id-changed',
        `${code ? `Coding scheme "${code}"` : 'The item has no humanCodingScheme and'} is not an id of ours: the item's id becomes "${id}".`,
      );
    return id;
  };
  const titleOf = (node: Node) =>
    (node.item.abbreviatedStatement ?? node.item.fullStatement).trim();
  const descriptionOf = (node: Node) =>
    node.item.abbreviatedStatement && node.item.fullStatement !== node.item.abbreviatedStatement
      ? node.item.fullStatement.trim()
      : undefined;

  const domains: Domain[] = [];
  const competences: Competence[] = [];
  const competenceOf = new Map<Node, string>();
  const dimension = options.dimension ?? 'skills';
  if (options.dimension === undefined)
    note(
      '/CFItems',
      'dimension-assumed',
      `CASE does not say whether an item is knowledge, a skill, an attitude or a value: every competence is "${dimension}" (options.dimension); check them.`,
    );
  const addCompetence = (node: Node, domain: string) => {
    const id = idFor(node, 'competence');
    competenceOf.set(node, id);
    const title = titleOf(node);
    const description = descriptionOf(node);
    const descriptors: Record<string, LocalizedText> = {};
    const children = sorted(node.children);
    const placed = new Set<Node>();
    for (const child of children) {
      const level =
        levels.find((l) => l.id === codeLevel(child)) ??
        levels.find((l) => l.title[locale] === child.item.abbreviatedStatement);
      if (level && descriptors[level.id] === undefined) {
        descriptors[level.id] = { [locale]: child.item.fullStatement.trim() };
        placed.add(child);
      }
    }
    if (placed.size === 0 && children.length === levels.length)
      children.forEach((child, i) => {
        descriptors[levels[i]!.id] = { [locale]: child.item.fullStatement.trim() };
        placed.add(child);
      });
    for (const child of children)
      if (!placed.has(child))
        note(
          child.path,
          'deeper-levels-not-imported',
          `"${titleOf(child)}" under competence "${id}" is none of its level descriptors: not imported.`,
        );
    const fromRubric = rubricTexts.get(node.item.identifier);
    for (const level of levels) {
      const text = fromRubric?.get(level.title[locale]!);
      if (descriptors[level.id] === undefined && text) descriptors[level.id] = { [locale]: text };
    }
    for (const level of levels)
      if (descriptors[level.id] === undefined) {
        descriptors[level.id] = { [locale]: `${title}: ${level.title[locale]}` };
        note(
          node.path,
          'descriptor-missing',
          `Competence "${id}" has no descriptor for level "${level.title[locale]}": a placeholder stands in for it.`,
        );
      }
    competences.push({
      id,
      domain,
      dimension,
      title: { [locale]: title },
      ...(description && { description: { [locale]: description } }),
      descriptors,
    });
  };

  const top = sorted(roots);
  if (!top.some((n) => n.children.length > 0)) {
    const id = kebab(documentTitle ?? 'competences', 'domain');
    used.add(id);
    domains.push({ id, title: { [locale]: documentTitle ?? id } });
    note(
      '/CFItems',
      'domain-made',
      `The items are one level deep: they are put in one domain "${id}".`,
    );
    for (const node of top) addCompetence(node, id);
  } else {
    let other: string | undefined;
    for (const node of top) {
      if (node.children.length === 0) {
        if (!other) {
          other = kebab('other', 'domain');
          used.add(other);
          domains.push({ id: other, title: { [locale]: documentTitle ?? other } });
          note(
            node.path,
            'domain-made',
            `Top-level items without children go to a domain "${other}".`,
          );
        }
        addCompetence(node, other);
        continue;
      }
      const id = idFor(node, 'domain');
      const description = descriptionOf(node);
      domains.push({
        id,
        title: { [locale]: titleOf(node) },
        ...(description && { description: { [locale]: description } }),
      });
      for (const child of sorted(node.children)) addCompetence(child, id);
    }
  }
  for (const node of nodes.values())
    if (node.depth > 3)
      note(
        node.path,
        'deeper-levels-not-imported',
        `"${titleOf(node)}" is ${node.depth} levels deep; our model has domains, competences and level descriptors: not imported.`,
      );

  const mappings: Mapping[] = [];
  const mappingIds = new Set<string>();
  for (const { origin, association, path } of outside) {
    const competence = competenceOf.get(origin);
    if (!competence) {
      note(
        path,
        'association-not-imported',
        'A mapping from an item that is no competence: not imported.',
      );
      continue;
    }
    const grouping = association.CFAssociationGroupingURI
      ? groupings.get(association.CFAssociationGroupingURI.identifier)
      : undefined;
    const relation = (
      grouping && RELATIONS.has(grouping.title)
        ? grouping.title
        : association.associationType === 'exactMatchOf'
          ? 'exactMatch'
          : 'related'
    ) as SkosRelation;
    const target = association.destinationNodeURI.uri;
    const scheme =
      grouping?.description && URI.test(grouping.description)
        ? grouping.description
        : target.replace(/[/#][^/#]*$/, '');
    let id = kebab(`${competence}-${association.destinationNodeURI.title || target}`, 'mapping');
    while (mappingIds.has(id)) id = `${id}-${mappingIds.size + 1}`;
    mappingIds.add(id);
    mappings.push({
      id,
      competence,
      relation,
      scheme,
      target,
      ...(association.destinationNodeURI.title &&
        association.destinationNodeURI.title !== target && {
          targetLabel: association.destinationNodeURI.title.slice(0, 500),
        }),
    });
  }

  const version =
    options.version ??
    (typeof document.version === 'string' && SEMVER.test(document.version)
      ? document.version
      : '1.0.0');
  const framework: Framework = {
    id: frameworkId,
    version,
    title: { [locale]: documentTitle! },
    ...(typeof document.description === 'string' &&
      document.description.trim() !== '' && { description: { [locale]: document.description } }),
    locales: [locale],
    defaultLocale: locale,
    scale: { levels },
    domains,
    competences,
    ...(mappings.length > 0 && { mappings }),
  };
  return { ok: true, framework, notes };
}
