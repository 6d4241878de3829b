/**
 * Checks the input of `issueCredential`: the framework and catalogue against their schemas,
 * the references between them, and the issuer, earner, dates and locale. Every problem becomes
 * an issue with a JSON pointer into the input.
 *
 * @packageDocumentation
 */
import type {
  Catalogue,
  Competence,
  Framework,
  Issue,
  Module,
  ParseResult,
  SkosRelation,
} from '@competence-kit/schemas';
import { SKOS_RELATIONS, pointer, validateWithLimits } from '@competence-kit/schemas';
import { validateCatalogue } from '@competence-kit/schemas/validators';
import { canonicalLocale, getCompetence, getLevel, parseFramework } from '@competence-kit/model';
import satisfies from 'semver/functions/satisfies.js';
import type { IssueCredentialInput } from './credential.types.js';
import { IDENTITY_TYPES } from './credential.types.js';
import { isDateTime, isUri } from './formats.js';

/** The input once checked, with the module and its competences looked up. */
export interface CheckedInput {
  input: IssueCredentialInput;
  module: Module;
  competences: Competence[];
}

type Report = (path: string, code: string, message: string) => void;

// Frameworks and catalogues are treated as immutable values (as in @competence-kit/model), so a
// batch of credentials validates each only once.
const checked = new WeakMap<object, Issue[]>();

function memo(value: unknown, check: () => Issue[]): Issue[] {
  if (typeof value !== 'object' || value === null) return check();
  let issues = checked.get(value);
  if (!issues) {
    issues = check();
    checked.set(value, issues);
  }
  return issues;
}

function prefixed(prefix: string, issues: Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: `${prefix}${issue.path}` }));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkIssuer(issuer: unknown, report: Report): void {
  if (!isRecord(issuer)) {
    report('/issuer', 'invalid-type', 'Expected the issuer as an object with id and name.');
    return;
  }
  if (!isUri(issuer.id))
    report(
      '/issuer/id',
      'invalid-format',
      'Expected an absolute URI, such as "https://www.offenbach.de".',
    );
  if (typeof issuer.name !== 'string' || issuer.name.trim() === '')
    report('/issuer/name', 'empty', "Expected the issuer's name.");
  if (issuer.url !== undefined && !(isUri(issuer.url) && /^https?:/i.test(issuer.url)))
    report('/issuer/url', 'invalid-format', 'Expected an http(s) address.');
  if (
    issuer.email !== undefined &&
    !(typeof issuer.email === 'string' && /^[^\s@]+@[^\s@]+$/.test(issuer.email))
  )
    report('/issuer/email', 'invalid-format', 'Expected an e-mail address.');
}

function checkIdentity(identity: unknown, at: string, report: Report): void {
  if (!isRecord(identity) || identity.type !== 'IdentityObject') {
    report(at, 'invalid-type', 'Expected an IdentityObject (see hashIdentity).');
    return;
  }
  if (identity.hashed !== true)
    report(
      `${at}/hashed`,
      'unhashed-identity',
      'Identities are written hashed only; make them with hashIdentity.',
    );
  if (
    typeof identity.identityHash !== 'string' ||
    !/^sha256\$[0-9a-fA-F]{64}$/.test(identity.identityHash)
  )
    report(
      `${at}/identityHash`,
      'invalid-format',
      'Expected "sha256$" followed by 64 hexadecimal digits.',
    );
  const type = identity.identityType;
  if (!(IDENTITY_TYPES as readonly unknown[]).includes(type) && !/^ext:[\w.-]+$/.test(String(type)))
    report(
      `${at}/identityType`,
      'invalid-value',
      'Expected an OB 3.0 identity type, such as "emailAddress", or one starting with "ext:".',
    );
  if (identity.salt !== undefined && typeof identity.salt !== 'string')
    report(`${at}/salt`, 'invalid-type', 'Expected the salt as a string.');
}

function checkEarner(earner: unknown, report: Report): void {
  if (!isRecord(earner)) {
    report(
      '/earner',
      'invalid-type',
      'Expected the earner as an object with a pseudonymous id or hashed identifiers.',
    );
    return;
  }
  if (earner.id !== undefined && !isUri(earner.id))
    report(
      '/earner/id',
      'invalid-format',
      'Expected a URI, such as "urn:uuid:…" or the earner\'s DID.',
    );
  else if (typeof earner.id === 'string' && /^mailto:/i.test(earner.id))
    report(
      '/earner/id',
      'unhashed-identity',
      'An e-mail address would be readable by anyone the credential is shown to; hash it with hashIdentity and pass it as an identifier.',
    );
  if (earner.identifier !== undefined) {
    if (!Array.isArray(earner.identifier))
      report('/earner/identifier', 'invalid-type', 'Expected an array of IdentityObjects.');
    else
      earner.identifier.forEach((identity, i) =>
        checkIdentity(identity, pointer('earner', 'identifier', i), report),
      );
  }
  const hasIdentifier = Array.isArray(earner.identifier) && earner.identifier.length > 0;
  if (earner.id === undefined && !hasIdentifier)
    report('/earner', 'required', 'Name the earner by a pseudonymous id or a hashed identifier.');
}

function checkScalars(input: Record<string, unknown>, report: Report): void {
  if (!isDateTime(input.completedAt))
    report(
      '/completedAt',
      'invalid-date',
      'Expected a real date and time with an offset, such as "2026-03-12T16:00:00+01:00".',
    );
  if (typeof input.locale !== 'string' || canonicalLocale(input.locale) === undefined)
    report('/locale', 'invalid-locale', 'Expected a BCP 47 language tag, such as "de" or "it".');
  if (input.id !== undefined) {
    if (!isUri(input.id)) report('/id', 'invalid-format', 'Expected a URI, such as "urn:uuid:…".');
  } else if (input.random !== undefined) {
    if (!(input.random instanceof Uint8Array) || input.random.length < 16)
      report('/random', 'invalid-value', 'Expected at least 16 random bytes (a Uint8Array).');
  } else {
    report(
      '/id',
      'required',
      'Give the credential an id, or 16 random bytes in "random" to make one.',
    );
  }
  if (input.escoRelations !== undefined) {
    const relations = input.escoRelations;
    if (
      !Array.isArray(relations) ||
      relations.some((r) => !SKOS_RELATIONS.includes(r as SkosRelation))
    )
      report(
        '/escoRelations',
        'invalid-value',
        `Expected SKOS relations among ${SKOS_RELATIONS.join(', ')}.`,
      );
  }
}

function checkReferences(
  framework: Framework,
  catalogue: Catalogue,
  input: Record<string, unknown>,
  report: Report,
): { module: Module; competences: Competence[] } | undefined {
  // A city's framework made with extendFramework records the framework it extends: a catalogue
  // written for that base applies to it (its modules' competences are still looked up in the
  // city's framework below, so one the extension removed is reported).
  const base = framework.extends;
  const forBase = base !== undefined && catalogue.framework.id === base.id;
  const target = forBase ? base : framework;
  if (catalogue.framework.id !== framework.id && !forBase) {
    report(
      '/catalogue/framework/id',
      'framework-mismatch',
      `The catalogue is for "${catalogue.framework.id}", not "${framework.id}"${base ? ` nor the framework it extends, "${base.id}"` : ''}.`,
    );
  } else if (!satisfies(target.version, catalogue.framework.version, { includePrerelease: true })) {
    report(
      '/catalogue/framework/version',
      'framework-version-mismatch',
      `The catalogue needs framework version ${catalogue.framework.version}; ${forBase ? `the framework extends version ${target.version} of "${target.id}"` : `this is ${framework.version}`}.`,
    );
  }
  const index = catalogue.modules.findIndex((m) => m.id === input.module);
  const module = catalogue.modules[index];
  if (!module) {
    report(
      '/module',
      'unknown-reference',
      `Module ${JSON.stringify(input.module)} is not in the catalogue.`,
    );
    return undefined;
  }
  const competences: Competence[] = [];
  module.competences.forEach((entry, j) => {
    const at = (...tokens: string[]) =>
      pointer('catalogue', 'modules', index, 'competences', j, ...tokens);
    const competence = getCompetence(framework, entry.competence);
    if (competence) competences.push(competence);
    else
      report(
        at('competence'),
        'unknown-reference',
        `Competence "${entry.competence}" does not exist in the framework.`,
      );
    if (!getLevel(framework, entry.upTo))
      report(
        at('upTo'),
        'unknown-reference',
        `Level "${entry.upTo}" is not on the framework's scale.`,
      );
  });
  if (input.levels !== undefined) {
    if (!isRecord(input.levels))
      report('/levels', 'invalid-type', 'Expected competence ids mapped to level ids.');
    else
      for (const [competence, level] of Object.entries(input.levels)) {
        if (!module.competences.some((c) => c.competence === competence))
          report(
            pointer('levels', competence),
            'unknown-reference',
            `The module does not develop competence "${competence}".`,
          );
        else if (typeof level !== 'string' || !getLevel(framework, level))
          report(
            pointer('levels', competence),
            'unknown-reference',
            `Level ${JSON.stringify(level)} is not on the framework's scale.`,
          );
      }
  }
  return { module, competences };
}

/** Checks everything `issueCredential` is given. Never throws on data (the caller wraps it). */
export function checkInput(input: unknown): ParseResult<CheckedInput> {
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          code: 'invalid-type',
          message:
            'Expected an object with framework, catalogue, module, issuer, earner, completedAt and locale.',
        },
      ],
    };
  }
  const issues: Issue[] = [];
  const report: Report = (path, code, message) => issues.push({ path, code, message });
  const frameworkIssues = memo(input.framework, () => {
    const parsed = parseFramework(input.framework);
    return parsed.ok ? [] : parsed.issues;
  });
  // Bounded like every parser: the limits first, then the schema with an error budget.
  const catalogueIssues = memo(input.catalogue, () => {
    const checked = validateWithLimits(validateCatalogue, input.catalogue);
    return checked.ok ? [] : checked.issues;
  });
  issues.push(
    ...prefixed('/framework', frameworkIssues),
    ...prefixed('/catalogue', catalogueIssues),
  );
  if (typeof input.module !== 'string')
    report('/module', 'invalid-type', 'Expected the id of a module in the catalogue.');
  checkIssuer(input.issuer, report);
  checkEarner(input.earner, report);
  checkScalars(input, report);
  let found: { module: Module; competences: Competence[] } | undefined;
  if (
    frameworkIssues.length === 0 &&
    catalogueIssues.length === 0 &&
    typeof input.module === 'string'
  ) {
    found = checkReferences(
      input.framework as Framework,
      input.catalogue as Catalogue,
      input,
      report,
    );
  }
  if (issues.length > 0 || !found) return { ok: false, issues };
  return { ok: true, value: { input: input as unknown as IssueCredentialInput, ...found } };
}
