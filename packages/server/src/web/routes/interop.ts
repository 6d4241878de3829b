// The city's framework for other systems (issue 18): coordinators download it for Moodle (the
// competency framework CSV and the role profiles as learning-plan templates) and as a CASE
// package, in each language of the city the framework is written in; and anyone (a learning
// platform, a CASE server, a registry) reads the CASE package at a public, stable address, in
// the subset of the CASE 1.1 REST binding that serves it: /ims/case/v1p0/CFDocuments, and each
// object by its identifier (CFPackages, CFDocuments, CFItems, CFAssociations, CFItemAssociations,
// CFRubrics, CFItemTypes, CFAssociationGroupings, CFLicenses), so that every `uri` of the package
// resolves. Identifiers are UUIDs derived from the framework's ids: the same at every request.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  CaseExportError,
  exportCasePackage,
  type CaseDefinition,
  type CasePackage,
} from '@competence-kit/model/case';
import {
  exportMoodleCsv,
  exportMoodleTemplates,
  MoodleExportError,
} from '@competence-kit/model/moodle';
import { html, type Html } from '../html.js';
import { wordsFor } from '../i18n.js';
import type { RouteKit } from '../kit.js';
import { COORDINATING, href, type PageContext } from '../page.js';

/** Where the CASE binding is mounted, below the city's base. */
export const CASE_PATH = '/ims/case/v1p0';

type Kind =
  | 'CFDocuments'
  | 'CFItems'
  | 'CFAssociations'
  | 'CFRubrics'
  | 'CFItemTypes'
  | 'CFAssociationGroupings'
  | 'CFLicenses';
/** The kinds of CASE object served by identifier (besides packages and item associations). */
export const CASE_KINDS: readonly Kind[] = [
  'CFDocuments',
  'CFItems',
  'CFAssociations',
  'CFRubrics',
  'CFItemTypes',
  'CFAssociationGroupings',
  'CFLicenses',
];

/** One download of the page, or why it cannot be made. */
interface Download {
  file: string;
  label: 'moodle' | 'templates' | 'case';
  lang: string;
  problem?: string;
}

export function registerInteropRoutes(app: FastifyInstance, kit: RouteKit): void {
  const { portal, base } = kit;
  const framework = portal.framework;
  /** The city's languages the framework is written in, the default first. */
  const languages = [
    portal.city.defaultLanguage,
    ...portal.city.languages.filter((l) => l !== portal.city.defaultLanguage),
  ].filter((l) => framework.locales.includes(l));
  const provenanceDate = framework.provenance?.modified ?? framework.provenance?.created;
  // Without a date in the framework, the time the portal started: stable while it runs.
  const changed = provenanceDate
    ? `${provenanceDate}T00:00:00+00:00`
    : new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');

  const files = new Map<string, { type: string; body: string }>();
  const downloads: Download[] = [];
  for (const lang of languages) {
    const make: [Download['label'], string, string, () => string][] = [
      [
        'moodle',
        `moodle-${lang}.csv`,
        'text/csv',
        () => exportMoodleCsv(framework, { locale: lang }),
      ],
      [
        'templates',
        `moodle-templates-${lang}.csv`,
        'text/csv',
        () => exportMoodleTemplates(framework, { locale: lang }),
      ],
      [
        'case',
        `case-${lang}.json`,
        'application/json',
        () =>
          `${JSON.stringify(exportCasePackage(framework, { locale: lang, lastChangeDateTime: changed }), null, 2)}\n`,
      ],
    ];
    for (const [label, file, type, body] of make) {
      // Made once at start: the framework does not change while the portal runs, and an
      // export that cannot be made faithfully is shown with its reason instead of a link.
      try {
        const text = body();
        files.set(file, { type, body: text });
        downloads.push({ file, label, lang });
      } catch (error) {
        // Only the exporters' refusals (a text Moodle or CASE cannot hold): anything else is a
        // fault, and stops the start.
        if (!(error instanceof MoodleExportError) && !(error instanceof CaseExportError))
          throw error;
        const { path } = error;
        downloads.push({
          file,
          label,
          lang,
          problem: `${error.message}${path ? ` (${path})` : ''}`,
        });
      }
    }
  }

  app.get('/framework/downloads', async (request, reply) => {
    if (!kit.requireRole(request, reply, COORDINATING)) return reply;
    const ctx = kit.context(request, reply, '/framework/downloads');
    return kit.send(
      reply,
      ctx,
      'interop.title',
      downloadsPage(ctx, downloads, caseBase(request) ?? `${base}${CASE_PATH}`),
    );
  });
  app.get<{ Params: { file: string } }>('/framework/downloads/:file', async (request, reply) => {
    if (!kit.requireRole(request, reply, COORDINATING)) return reply;
    const made = files.get(request.params.file);
    if (!made) return reply.callNotFound();
    const { type, body } = made;
    return reply
      .type(`${type}; charset=utf-8`)
      .header('content-disposition', `attachment; filename="${request.params.file}"`)
      .send(body);
  });

  // --- The public CASE binding ---

  /** The absolute base of the CASE binding, from publicOrigin or the request's host. */
  const caseBase = (request: FastifyRequest): string | undefined => {
    const at = kit.publicBase(request);
    return at === undefined ? undefined : `${at}${CASE_PATH}`;
  };
  const packages = new Map<string, CasePackage>();
  /** The package in the language asked (`?lang=`, one of the city's), for this base. */
  function packageFor(request: FastifyRequest, reply: FastifyReply): CasePackage | undefined {
    const asked = (request.query as Record<string, unknown>).lang;
    const lang = typeof asked === 'string' ? asked : languages[0];
    if (lang === undefined || !languages.includes(lang)) {
      void failure(reply, 400, 'invaliddata', `lang must be one of ${languages.join(', ')}.`);
      return undefined;
    }
    const at = caseBase(request);
    if (!at) {
      void failure(reply, 400, 'invaliddata', 'The request names no usable host.');
      return undefined;
    }
    const key = `${lang} ${at}`;
    let pkg = packages.get(key);
    if (!pkg) {
      pkg = exportCasePackage(framework, {
        locale: lang,
        baseUri: at,
        lastChangeDateTime: changed,
      });
      // A handful of hosts and languages at most; never more than a few entries.
      if (packages.size > 64) packages.clear();
      packages.set(key, pkg);
    }
    return pkg;
  }
  /** The status report of the CASE binding (imsx_StatusInfo) for a refusal. */
  function failure(reply: FastifyReply, status: number, minor: string, description: string) {
    return reply
      .code(status)
      .header('access-control-allow-origin', '*')
      .type('application/json; charset=utf-8')
      .send({
        imsx_codeMajor: 'failure',
        imsx_severity: 'error',
        imsx_description: description,
        imsx_CodeMinor: {
          imsx_codeMinorField: [
            { imsx_codeMinorFieldName: 'sourcedId', imsx_codeMinorFieldValue: minor },
          ],
        },
      });
  }
  const answer = (reply: FastifyReply, body: unknown) =>
    reply
      .header('access-control-allow-origin', '*')
      .header('cache-control', 'public, max-age=300')
      .type('application/json; charset=utf-8')
      .send(body);

  app.get(`${CASE_PATH}/CFDocuments`, async (request, reply) => {
    const pkg = packageFor(request, reply);
    if (!pkg) return reply;
    return answer(reply, { CFDocuments: [pkg.CFDocument] });
  });
  app.get<{ Params: { id: string } }>(`${CASE_PATH}/CFPackages/:id`, async (request, reply) => {
    const pkg = packageFor(request, reply);
    if (!pkg) return reply;
    if (request.params.id !== pkg.CFDocument.identifier)
      return failure(
        reply,
        404,
        'unknownobject',
        `No CFPackage "${request.params.id.slice(0, 100)}".`,
      );
    return answer(reply, pkg);
  });
  app.get<{ Params: { id: string } }>(
    `${CASE_PATH}/CFItemAssociations/:id`,
    async (request, reply) => {
      const pkg = packageFor(request, reply);
      if (!pkg) return reply;
      const item = pkg.CFItems.find((i) => i.identifier === request.params.id);
      if (!item)
        return failure(
          reply,
          404,
          'unknownobject',
          `No CFItem "${request.params.id.slice(0, 100)}".`,
        );
      return answer(reply, {
        CFItem: item,
        CFAssociations: pkg.CFAssociations.filter(
          (a) =>
            a.originNodeURI.identifier === item.identifier ||
            a.destinationNodeURI.identifier === item.identifier,
        ),
      });
    },
  );
  for (const kind of CASE_KINDS)
    app.get<{ Params: { id: string } }>(`${CASE_PATH}/${kind}/:id`, async (request, reply) => {
      const pkg = packageFor(request, reply);
      if (!pkg) return reply;
      const found = objectsOf(pkg, kind).find((o) => o.identifier === request.params.id);
      if (!found)
        return failure(
          reply,
          404,
          'unknownobject',
          `No ${kind.slice(0, -1)} "${request.params.id.slice(0, 100)}".`,
        );
      return answer(reply, found);
    });
}

/** The objects of one kind in a package. */
function objectsOf(pkg: CasePackage, kind: Kind): { identifier: string }[] {
  const definitions = pkg.CFDefinitions ?? {};
  switch (kind) {
    case 'CFDocuments':
      return [pkg.CFDocument];
    case 'CFItems':
      return pkg.CFItems;
    case 'CFAssociations':
      return pkg.CFAssociations;
    case 'CFRubrics':
      return pkg.CFRubrics ?? [];
    case 'CFItemTypes':
      return (definitions.CFItemTypes ?? []) as CaseDefinition[];
    case 'CFAssociationGroupings':
      return (definitions.CFAssociationGroupings ?? []) as CaseDefinition[];
    case 'CFLicenses':
      return (definitions.CFLicenses ?? []) as CaseDefinition[];
  }
}

/** The coordinators' page of downloads and the public address of the CASE package. */
function downloadsPage(ctx: PageContext, downloads: readonly Download[], caseBase: string): Html {
  const { words: w } = ctx;
  const languages = [...new Set(downloads.map((d) => d.lang))];
  const documents = `${caseBase}/CFDocuments`;
  return html`<h1>${w.t('interop.title')}</h1>
    <p class="lead">${w.t('interop.lead')}</p>
    <div class="table-wrap">
      <table>
        <caption>
          ${w.t('interop.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${w.t('interop.col.language')}</th>
            <th scope="col">${w.t('interop.col.moodle')}</th>
            <th scope="col">${w.t('interop.col.templates')}</th>
            <th scope="col">${w.t('interop.col.case')}</th>
          </tr>
        </thead>
        <tbody>
          ${languages.map(
            (lang) =>
              html`<tr>
                <th scope="row" lang="${lang}">${wordsFor(lang, lang).plain('lang.name')}</th>
                ${(['moodle', 'templates', 'case'] as const).map((label) => {
                  const d = downloads.find((x) => x.lang === lang && x.label === label)!;
                  return html`<td>
                    ${
                      d.problem
                        ? html`<span>${w.t('interop.unavailable')}</span>
                            <span class="help">${d.problem}</span>`
                        : html`<a href="${href(ctx, `/framework/downloads/${d.file}`)}" download
                            >${d.file}</a
                          >`
                    }
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h2>${w.t('interop.moodle.title')}</h2>
    <p>${w.t('interop.moodle.text')}</p>
    <h2>${w.t('interop.case.title')}</h2>
    <p>${w.t('interop.case.text')}</p>
    <p><a href="${documents}" class="url">${documents}</a></p>`;
}
