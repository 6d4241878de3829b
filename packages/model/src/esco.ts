/**
 * `@competence-kit/model/esco`: checks of a framework's mappings to ESCO (the European Skills,
 * Competences, Qualifications and Occupations classification). Never needed at run time: a
 * maintainer runs them when the mappings change or a new ESCO version comes out.
 *
 * - {@link checkEscoUris}: every mapping whose scheme or target is ESCO's has a well-formed
 *   concept URI (`http://data.europa.eu/esco/<skill|occupation|isco|…>/<id>`, with `http`, as
 *   ESCO mints them).
 * - {@link checkEscoMappings}: given the skills file ESCO publishes for download for one
 *   language (`skills_<lang>.csv`, with at least the columns `conceptUri` and `preferredLabel`),
 *   whether each mapped concept exists (and is released), and the framework with each mapping's
 *   `targetLabel` set to the concept's preferred label in that language.
 *
 * @packageDocumentation
 */
import type { Framework, Mapping } from '@competence-kit/schemas';
import { parseCsv, type CsvIssue, type CsvLimits } from './csv.js';

const ESCO = 'data.europa.eu/esco/';
/** The kinds of ESCO concept URIs, and the form of the id after them. */
const KINDS: Record<string, RegExp> = {
  // Skills and knowledge concepts have UUIDs; the skills hierarchy has codes (S1.2.3, T2, K0…).
  skill: /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[STKL]\d+(?:\.\d+)*)$/,
  occupation: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  isco: /^C\d{1,4}$/,
  'concept-scheme': /^[A-Za-z0-9-]+$/,
};

/** A mapping to ESCO whose URI is not one ESCO mints. */
export interface EscoUriIssue {
  /** JSON pointer of the mapping's target in the framework. */
  path: string;
  mapping: string;
  code: 'not-http' | 'unknown-kind' | 'malformed-id';
  message: string;
  /** The URI as ESCO writes it, when it can be told (`https` → `http`, upper-case UUID). */
  canonical?: string;
}

const isEsco = (mapping: Mapping) =>
  mapping.scheme.replace(/^https?:\/\//, '').startsWith(ESCO) ||
  mapping.target.replace(/^https?:\/\//, '').startsWith(ESCO);

/** Whether `uri` is an ESCO concept URI as ESCO mints it; the issue if not. */
function uriProblem(uri: string): Pick<EscoUriIssue, 'code' | 'message' | 'canonical'> | undefined {
  const match = /^(https?):\/\/data\.europa\.eu\/esco\/([a-z-]+)\/([^/?#]+)$/.exec(uri);
  if (!match)
    return {
      code: 'unknown-kind',
      message: `"${uri}" is not an ESCO concept URI: expected http://data.europa.eu/esco/<skill|occupation|isco>/<id>.`,
    };
  const [, protocol, kind, id] = match as unknown as [string, string, string, string];
  const form = KINDS[kind];
  if (!form)
    return {
      code: 'unknown-kind',
      message: `"${kind}" is no kind of ESCO concept; expected one of ${Object.keys(KINDS).join(', ')}.`,
    };
  const canonicalId = form.test(id.toLowerCase()) && !form.test(id) ? id.toLowerCase() : id;
  if (!form.test(canonicalId))
    return {
      code: 'malformed-id',
      message: `"${id}" is not the id of an ESCO ${kind} concept (${kind === 'isco' ? 'C and up to four digits' : 'a UUID'}).`,
    };
  const canonical = `http://data.europa.eu/esco/${kind}/${canonicalId}`;
  if (protocol !== 'http' || canonicalId !== id)
    return {
      code: protocol !== 'http' ? 'not-http' : 'malformed-id',
      message: `ESCO writes this URI as "${canonical}"; concept URIs are identifiers and must match exactly.`,
      canonical,
    };
  return undefined;
}

/**
 * The mappings to ESCO (scheme or target under `data.europa.eu/esco/`) whose target is not a
 * well-formed ESCO concept URI. An empty list means every ESCO URI is well formed; whether the
 * concepts exist needs ESCO's data ({@link checkEscoMappings}).
 *
 * @example
 * ```ts
 * for (const issue of checkEscoUris(framework)) console.error(issue.path, issue.message);
 * ```
 */
export function checkEscoUris(framework: Framework): EscoUriIssue[] {
  const issues: EscoUriIssue[] = [];
  (framework.mappings ?? []).forEach((mapping, i) => {
    if (!isEsco(mapping)) return;
    const problem = uriProblem(mapping.target);
    if (problem) issues.push({ path: `/mappings/${i}/target`, mapping: mapping.id, ...problem });
  });
  return issues;
}

/** What {@link checkEscoMappings} found for one mapping. */
export interface EscoMappingCheck {
  path: string;
  mapping: string;
  target: string;
  /**
   * `found`: in the file and released. `not-released`: in the file with another status.
   * `missing`: not in the file (a wrong URI, or a concept of another pillar than the file's).
   * `malformed`: not a well-formed ESCO URI (see {@link checkEscoUris}).
   */
  status: 'found' | 'not-released' | 'missing' | 'malformed';
  /** The concept's preferred label in the file's language, when found. */
  preferredLabel?: string;
  /** The label the framework had, when it differs from the preferred label. */
  previousLabel?: string;
  message: string;
}

/** What {@link checkEscoMappings} returns. */
export interface EscoCheckResult {
  /** One entry per ESCO mapping, in framework order. */
  checks: EscoMappingCheck[];
  /** The framework with each found mapping's `targetLabel` set to the preferred label. */
  framework: Framework;
  /** Problems of the file itself (a malformed record, a missing column), with their lines. */
  fileIssues: (Pick<CsvIssue, 'line' | 'message'> & { code: string })[];
  /** Whether every ESCO mapping was found. */
  ok: boolean;
}

/**
 * Checks the framework's ESCO mappings against the skills file ESCO publishes for one language
 * (`skills_en.csv`, `skills_de.csv` … from ESCO's download page; columns by name, at least
 * `conceptUri` and `preferredLabel`, `status` read when present) and fills in the preferred
 * labels. The file is read as it comes (a BOM, quoted line breaks in descriptions); a file
 * without those columns gives `fileIssues` and no checks. Nothing is fetched.
 *
 * @example
 * ```ts
 * const { checks, framework: labelled } = checkEscoMappings(framework, readFileSync('skills_de.csv', 'utf8'));
 * console.table(checks.filter((c) => c.status !== 'found'));
 * ```
 */
export function checkEscoMappings(
  framework: Framework,
  skillsCsv: string,
  options: { limits?: Partial<CsvLimits> } = {},
): EscoCheckResult {
  if (typeof skillsCsv !== 'string')
    throw new TypeError(
      `checkEscoMappings: expected the CSV as a string, got ${typeof skillsCsv}.`,
    );
  const parsed = parseCsv(skillsCsv.startsWith('\uFEFF') ? skillsCsv.slice(1) : skillsCsv, {
    skipBlankLines: true,
    ...(options.limits && { limits: options.limits }),
  });
  const fileIssues: EscoCheckResult['fileIssues'] = parsed.issues.map((i) => ({
    line: i.line,
    code: i.code,
    message: i.message,
  }));
  const [header, ...records] = parsed.records;
  const column = (name: string) => header?.fields.findIndex((f) => f.trim() === name) ?? -1;
  const uriAt = column('conceptUri');
  const labelAt = column('preferredLabel');
  const statusAt = column('status');
  if (uriAt < 0 || labelAt < 0) {
    fileIssues.push({
      line: header?.line ?? 1,
      code: 'missing-columns',
      message: `The file lacks ${[uriAt < 0 && '"conceptUri"', labelAt < 0 && '"preferredLabel"'].filter(Boolean).join(' and ')}: expected ESCO's skills file for one language (skills_<lang>.csv).`,
    });
    return { checks: [], framework, fileIssues, ok: false };
  }
  const concepts = new Map<string, { label: string; status: string }>();
  for (const record of records)
    concepts.set(record.fields[uriAt]!.trim(), {
      label: record.fields[labelAt]!.trim(),
      status: statusAt < 0 ? 'released' : (record.fields[statusAt] ?? '').trim(),
    });

  const checks: EscoMappingCheck[] = [];
  const mappings = (framework.mappings ?? []).map((mapping, i) => {
    if (!isEsco(mapping)) return mapping;
    const path = `/mappings/${i}`;
    const base = { path, mapping: mapping.id, target: mapping.target };
    const problem = uriProblem(mapping.target);
    if (problem) {
      checks.push({ ...base, status: 'malformed', message: problem.message });
      return mapping;
    }
    const concept = concepts.get(mapping.target);
    if (!concept) {
      checks.push({
        ...base,
        status: 'missing',
        message: `ESCO's file has no concept ${mapping.target}: check the URI (or the file: occupations are in occupations_<lang>.csv).`,
      });
      return mapping;
    }
    const released = concept.status === '' || concept.status === 'released';
    checks.push({
      ...base,
      status: released ? 'found' : 'not-released',
      preferredLabel: concept.label,
      ...(mapping.targetLabel !== undefined &&
        mapping.targetLabel !== concept.label && { previousLabel: mapping.targetLabel }),
      message: released
        ? `Found: "${concept.label}".`
        : `The concept "${concept.label}" has the status "${concept.status}" in ESCO: map to a released one.`,
    });
    return concept.label === ''
      ? mapping
      : { ...mapping, targetLabel: concept.label.slice(0, 500) };
  });
  return {
    checks,
    framework: framework.mappings ? { ...framework, mappings } : framework,
    fileIssues,
    ok: fileIssues.length === 0 && checks.every((c) => c.status === 'found'),
  };
}
