// The credentials area: Open Badges 3.0 credentials for completed modules (decision 0018).
// Coordinators issue them for every completion that has none; each person lists and downloads
// their own; anyone can see a credential's public page (checked at every view) and check a
// credential they paste or upload (its .json file). The city's signing key comes from the plugin option `credentialKey`:
// it is turned into a signer once, here, and is never stored, logged or put on a page.
import { randomBytes } from 'node:crypto';
import {
  hashIdentity,
  issueCredential,
  resolveDidKey,
  signCredential,
  verifyCredential,
  type CredentialLimits,
} from '@competence-kit/credentials';
import { ed25519Signer } from '@competence-kit/credentials/node-signer';
import multipart from '@fastify/multipart';
import type { Programme } from '@competence-kit/schemas';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from '../html.js';
import { field, type RouteKit } from '../kit.js';
import { COORDINATING } from '../page.js';
import {
  coordinatorPage,
  ownPage,
  publicPage,
  verifyPage,
  type CompletionRow,
  type CredentialView,
  type Reason,
} from '../pages/credentials.js';

/** A credential's public id: 16 random bytes, base64url. */
const CREDENTIAL_ID = /^[A-Za-z0-9_-]{22}$/;
/** The largest credential `/verify` reads (the portal's own are a few KB). */
const MAX_VERIFY_CHARS = 100_000;
/** Pasted credentials are checked against these limits before anything else. */
const LIMITS: Partial<CredentialLimits> = { maxSize: MAX_VERIFY_CHARS, maxProofs: 4 };
/** Checks per address in `VERIFY_WINDOW`, as the questionnaires' public submissions. */
const VERIFY_CHECKS = 20;
const VERIFY_WINDOW = 10 * 60_000;
/** The id of the form's file input, which problems with the file link to. */
const FILE_CONTROL = 'credential-file' as const;
/** Issue codes with a message of their own; the rest show code and message. */
const REASONS: Record<string, Reason['key']> = {
  'invalid-signature': 'credentials.reason.invalid-signature',
  'missing-proof': 'credentials.reason.missing-proof',
  'issuer-mismatch': 'credentials.reason.issuer-mismatch',
};

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** The form's fields besides the file: the CSRF token and the paste field. */
const VERIFY_FIELDS = new Set(['_csrf', 'credential']);
/** The name of the form's file input. */
const FILE_FIELD = 'file';
/**
 * What the multipart parser (`@fastify/multipart`, in the `/verify` route's scope only) reads
 * at most: one file of `MAX_VERIFY_CHARS` bytes, the two fields (the paste field in UTF-8 up to
 * three bytes a character, so a paste of the allowed length is never cut short) and one part
 * more than the form has (so that a second file is told apart as such).
 */
const MULTIPART_LIMITS = {
  files: 1,
  fileSize: MAX_VERIFY_CHARS,
  fields: VERIFY_FIELDS.size,
  parts: VERIFY_FIELDS.size + 2,
  fieldSize: 4 * MAX_VERIFY_CHARS,
  fieldNameSize: 100,
  headerPairs: 20,
};
/** Media types a credential file may have; anything else is refused unread. */
const FILE_TYPES = /^(application\/([\w.-]+\+)*json|text\/plain)$/;
/** A file the browser could not type (`application/octet-stream`) passes with these names. */
const FILE_NAMES = /\.(json|jsonld)$/i;

/** A file sent with `/verify`'s form. */
interface Upload {
  name: string;
  type: string;
  bytes: Buffer;
}

/** What the multipart form of a `/verify` request held beside its fields, or what was wrong. */
const uploads = new WeakMap<FastifyRequest, { file?: Upload; problem?: Reason }>();

/** UTF-8 text of a file, or undefined when its bytes are not UTF-8. */
function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A string of untrusted JSON, bounded for display; anything else is undefined. */
const text = (value: unknown, max = 500): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, max) : undefined;
const objectOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The signing key as a signer, or undefined (no key). Throws without naming the key. */
function signerOf(key: RouteKit['options']['credentialKey']) {
  if (key === undefined) return undefined;
  try {
    return ed25519Signer(key);
  } catch {
    throw new TypeError(
      'credentialKey of competenceKit is not an Ed25519 private key (a KeyObject or a PKCS #8 PEM).',
    );
  }
}

export async function registerCredentialsRoutes(
  app: FastifyInstance,
  kit: RouteKit,
): Promise<void> {
  const { cityId, store, portal, base } = kit;
  Object.assign(kit.done, {
    issued: 'credentials.done.issued',
    'issue-failed': 'credentials.done.failed',
  });
  const signer = signerOf(kit.options.credentialKey);
  const did = signer?.verificationMethod.split('#')[0];
  const city = portal.city;
  const issuer = did && {
    id: did,
    name:
      kit.options.credentialIssuer?.name ??
      city.name[city.defaultLanguage] ??
      Object.values(city.name).find((n) => n) ??
      city.id,
    ...((kit.options.credentialIssuer?.url ?? city.contact.url)
      ? { url: kit.options.credentialIssuer?.url ?? city.contact.url! }
      : {}),
  };
  // The real clock, not the pages' (`options.now`, which demonstrations set to a day inside the
  // programme): a proof's `created` and a credential's validity are facts of the world.
  const now = () => new Date();
  const moduleOf = (id: string) => portal.catalogue.modules.find((m) => m.id === id);

  /** Checks a credential now: its proof, then its validity dates; what the page shows. */
  const check = async (credential: unknown): Promise<CredentialView> => {
    let reason: Reason | undefined;
    try {
      const result = await verifyCredential(credential, resolveDidKey, { limits: LIMITS });
      if (!result.ok) {
        const first = result.issues[0];
        const code = first?.code ?? 'unknown';
        reason = REASONS[code]
          ? { key: REASONS[code] }
          : {
              key: 'credentials.reason.other',
              params: { code, message: (first?.message ?? '').slice(0, 300) },
            };
      }
    } catch (error) {
      reason = {
        key: 'credentials.reason.other',
        params: { code: 'unreadable-input', message: String((error as Error)?.message ?? '') },
      };
    }
    const c = objectOf(credential);
    const validFrom = text(c.validFrom, 40);
    const validUntil = text(c.validUntil, 40);
    const at = now().getTime();
    if (!reason && validFrom && Date.parse(validFrom) > at)
      reason = {
        key: 'credentials.reason.not-yet-valid',
        params: { date: validFrom.slice(0, 10) },
      };
    if (!reason && validUntil && Date.parse(validUntil) <= at)
      reason = { key: 'credentials.reason.expired', params: { date: validUntil.slice(0, 10) } };
    const issuerObject = objectOf(c.issuer);
    const issuerId = text(c.issuer, 200) ?? text(issuerObject.id, 200);
    const subject = objectOf(c.credentialSubject);
    const achievement = objectOf(subject.achievement);
    const alignment = Array.isArray(achievement.alignment) ? achievement.alignment : [];
    const identifiers = Array.isArray(subject.identifier) ? subject.identifier : [];
    return {
      verified: reason === undefined,
      reason,
      name: text(achievement.name) ?? text(c.name),
      issuerName: text(issuerObject.name),
      issuerId,
      cityKey: issuerId !== undefined && issuerId === did,
      completedOn:
        validFrom && /^\d{4}-\d{2}-\d{2}/.test(validFrom) ? validFrom.slice(0, 10) : undefined,
      competences: alignment
        .slice(0, 50)
        .map(objectOf)
        .filter((a) => a.targetType === 'ext:CompetenceKitCompetence')
        .flatMap((a) => text(a.targetName) ?? []),
      hashed: identifiers.some((i) => objectOf(i).hashed === true),
    };
  };

  /** Who completed which module of the programme in force, with their credentials. */
  const completionRows = async (programme: Programme) => {
    const [done, issued, accounts] = await Promise.all([
      store.attendance.completions(cityId, programme),
      store.credentials.listForProgramme(cityId, programme.id),
      store.accounts.list(cityId),
    ]);
    const byKey = new Map(issued.map((c) => [`${c.accountId}\n${c.module}`, c]));
    const rows: (CompletionRow & { accountId: string; module: string; recordedAt: Date })[] = [];
    for (const account of accounts)
      for (const [module, { recordedAt }] of done.get(account.accountId) ?? []) {
        const credential = byKey.get(`${account.accountId}\n${module}`);
        const m = moduleOf(module);
        rows.push({
          accountId: account.accountId,
          module,
          email: account.email,
          recordedAt,
          moduleTitle: m ? html`${m.title[city.defaultLanguage] ?? module}` : module,
          recordedOn: recordedAt.toISOString().slice(0, 10),
          credential: credential && {
            credentialId: credential.credentialId,
            issuedOn: credential.issuedAt.toISOString().slice(0, 10),
          },
        });
      }
    return rows;
  };

  const coordinatorView = async (request: FastifyRequest, reply: FastifyReply, status = 200) => {
    const ctx = kit.context(request, reply, '/programme/credentials');
    const programme = await kit.programme();
    const rows = programme ? await completionRows(programme) : [];
    const w = ctx.words;
    const localized = rows.map((r) => {
      const m = moduleOf(r.module);
      return { ...r, moduleTitle: m ? w.text(m.title) : r.module };
    });
    return kit.send(
      reply,
      ctx,
      'credentials.coordinator.title',
      coordinatorPage(ctx, {
        unavailable: !signer
          ? 'credentials.noKey'
          : !programme
            ? 'credentials.noProgramme'
            : undefined,
        rows: localized,
        did,
      }),
      undefined,
      status,
    );
  };

  app.get('/programme/credentials', async (request, reply) => {
    if (!kit.requireRole(request, reply, COORDINATING)) return reply;
    return coordinatorView(request, reply);
  });

  app.post(
    '/programme/credentials',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const coordinator = kit.requireRole(request, reply, COORDINATING);
      if (!coordinator) return reply;
      const programme = await kit.programme();
      if (!signer || !issuer || !programme) return coordinatorView(request, reply, 409);
      let count = 0;
      // Credentials the package refused (the city's framework and catalogue do not fit the
      // module, say): the coordinator is told, and the log names the module and the problems.
      let failed = 0;
      for (const row of await completionRows(programme)) {
        if (row.credential || !moduleOf(row.module)) continue;
        const credentialId = randomBytes(16).toString('base64url');
        const salt = randomBytes(16).toString('base64url');
        const issued = issueCredential({
          framework: portal.framework,
          catalogue: portal.catalogue,
          module: row.module,
          issuer,
          earner: { identifier: [await hashIdentity(row.email, salt)] },
          completedAt: row.recordedAt.toISOString(),
          locale: city.defaultLanguage,
          ...(kit.options.publicOrigin
            ? { id: `${kit.options.publicOrigin}${base}/credentials/${credentialId}` }
            : { random: randomBytes(16) }),
        });
        if (!issued.ok) {
          // Codes and paths only: the input holds an identity hash, nothing else personal.
          request.log.warn(
            { module: row.module, issues: issued.issues.map((i) => `${i.path} ${i.code}`) },
            'credential not issued',
          );
          failed++;
          continue;
        }
        const signed = await signCredential(issued.value, signer, {
          created: now().toISOString(),
        });
        if (!signed.ok) {
          request.log.warn({ issues: signed.issues.map((i) => i.code) }, 'credential not signed');
          failed++;
          continue;
        }
        const stored = await store.credentials.add(cityId, {
          credentialId,
          accountId: row.accountId,
          programmeId: programme.id,
          module: row.module,
          credential: JSON.stringify(signed.value),
        });
        if (stored) count++;
      }
      await store.audit.record(cityId, {
        actorId: coordinator.accountId,
        action: 'credentials-issued',
        subject: String(count),
      });
      return reply.redirect(
        `${base}/programme/credentials?done=${failed > 0 ? 'issue-failed' : 'issued'}`,
        303,
      );
    },
  );

  app.get('/credentials', async (request, reply) => {
    const account = kit.requireViewer(request, reply);
    if (!account) return reply;
    const ctx = kit.context(request, reply, '/credentials');
    const own = await store.credentials.listOwn(cityId, account.accountId);
    const rows = own.map((c) => {
      const m = moduleOf(c.module);
      return {
        credentialId: c.credentialId,
        moduleTitle: m ? ctx.words.text(m.title) : c.module,
        issuedOn: c.issuedAt.toISOString().slice(0, 10),
      };
    });
    return kit.send(
      reply,
      ctx,
      'credentials.own.title',
      ownPage(ctx, { rows, issuing: signer !== undefined }),
    );
  });

  app.get<{ Params: { id: string } }>('/credentials/:id/download', async (request, reply) => {
    const account = kit.requireViewer(request, reply);
    if (!account) return reply;
    const id = request.params.id;
    const stored = CREDENTIAL_ID.test(id) ? await store.credentials.get(cityId, id) : undefined;
    // Someone else's credential is as unknown as a missing one.
    if (!stored || stored.accountId !== account.accountId) return reply.callNotFound();
    const name = stored.module.replace(/[^\w.-]/g, '_').slice(0, 100);
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="credential-${name}.json"`)
      .type('application/json; charset=utf-8')
      .send(stored.credential);
  });

  app.get<{ Params: { id: string } }>('/credentials/:id', async (request: IdRequest, reply) => {
    const raw = request.params.id;
    const asJson = raw.endsWith('.json');
    const id = asJson ? raw.slice(0, -'.json'.length) : raw;
    const stored = CREDENTIAL_ID.test(id) ? await store.credentials.get(cityId, id) : undefined;
    if (!stored) return reply.callNotFound();
    if (asJson)
      return reply
        .header('cache-control', 'no-store')
        .header('access-control-allow-origin', '*')
        .type('application/json; charset=utf-8')
        .send(stored.credential);
    const ctx = kit.context(request, reply, `/credentials/${id}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(stored.credential);
    } catch {
      parsed = undefined;
    }
    return kit.send(
      reply,
      ctx,
      'credentials.public.title',
      publicPage(ctx, id, await check(parsed)),
    );
  });

  const maxKb = Math.floor(MAX_VERIFY_CHARS / 1000);
  app.get('/verify', async (request, reply) => {
    const ctx = kit.context(request, reply, '/verify');
    return kit.send(reply, ctx, 'credentials.verify.title', verifyPage(ctx, { maxKb }));
  });
  /**
   * A multipart form (the page's: a file can be chosen) read into the request: the fields as
   * its body, as a urlencoded form's, so that the CSRF check that follows reads `_csrf` from it;
   * the file, or what was wrong with the form, kept aside for the handler. Errors are never
   * thrown: the handler answers them with a 400 page once the CSRF token has been checked.
   */
  const readMultipart = async (request: FastifyRequest) => {
    if (!request.isMultipart()) return;
    const fields: Record<string, string> = {};
    const found: { file?: Upload; problem?: Reason } = {};
    uploads.set(request, found);
    const refuse = (problem: Reason) => {
      found.problem ??= problem;
    };
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          // Read to the end (at most the file limit) before the next part can come.
          const bytes = await part.toBuffer();
          if (part.fieldname !== FILE_FIELD) refuse({ key: 'credentials.verify.fields' });
          // A browser sends the file input with no name and no bytes when none was chosen.
          else if (part.filename === '' && bytes.length === 0) continue;
          else found.file = { name: part.filename.slice(0, 200), type: part.mimetype, bytes };
        } else if (
          VERIFY_FIELDS.has(part.fieldname) &&
          !Object.hasOwn(fields, part.fieldname) &&
          typeof part.value === 'string'
        )
          fields[part.fieldname] = part.value;
        else refuse({ key: 'credentials.verify.fields' });
      }
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      refuse(
        code === 'FST_REQ_FILE_TOO_LARGE'
          ? { key: 'credentials.verify.tooLarge', params: { size: maxKb }, control: FILE_CONTROL }
          : code === 'FST_FILES_LIMIT'
            ? { key: 'credentials.verify.twoFiles', control: FILE_CONTROL }
            : code === 'FST_FIELDS_LIMIT' ||
                code === 'FST_PARTS_LIMIT' ||
                code === 'FST_PROTO_VIOLATION'
              ? { key: 'credentials.verify.fields' }
              : { key: 'credentials.verify.unreadable' },
      );
    }
    request.body = fields;
  };

  // In a scope of its own: the multipart parser serves this route only. Not awaited: the scope
  // loads once the plugin has registered everything, its error pages included (a refused CSRF
  // token: the portal's 403 page), which it then inherits; awaiting it here would fix the error
  // handler of every route registered so far before the plugin sets it.
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: MULTIPART_LIMITS });
    scope.post(
      '/verify',
      {
        // Urlencoded, a pasted credential is up to three times its size. (Multipart forms are
        // bounded by MULTIPART_LIMITS instead.)
        bodyLimit: 4 * MAX_VERIFY_CHARS,
        // The form is read first, so that a multipart form's token is checked as a urlencoded
        // form's is.
        preValidation: [readMultipart, app.csrfProtection],
        config: {
          rateLimit: {
            max: VERIFY_CHECKS,
            timeWindow: VERIFY_WINDOW,
            // Per address, in memory: the address is never stored.
            keyGenerator: (request: FastifyRequest) => `verify|${cityId}|${request.ip}`,
            errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) => ({
              statusCode: 429,
              code: 'rate-limited',
              ttl: context.ttl,
            }),
          },
        },
        errorHandler: async (error: FastifyError & { ttl?: number }, request, reply) => {
          const status = error.statusCode ?? 500;
          if (status !== 429 && status !== 413) throw error;
          const ctx = kit.context(request, reply, '/verify');
          const problem: Reason =
            status === 429
              ? {
                  key: 'credentials.verify.limited',
                  params: { minutes: Math.ceil((Number(error.ttl) || VERIFY_WINDOW) / 60_000) },
                }
              : { key: 'credentials.verify.tooLarge', params: { size: maxKb } };
          return kit.send(
            reply,
            ctx,
            'credentials.verify.title',
            verifyPage(ctx, { maxKb, problem }),
            undefined,
            status === 429 ? 429 : 400,
          );
        },
      },
      async (request, reply) => {
        const ctx = kit.context(request, reply, '/verify');
        const pasted = field(request.body, 'credential') ?? '';
        const { file, problem } = uploads.get(request) ?? {};
        const refuse = (problem: Reason, shown = pasted) =>
          kit.send(
            reply,
            ctx,
            'credentials.verify.title',
            verifyPage(ctx, { maxKb, problem, text: shown }),
            undefined,
            400,
          );
        if (problem) return refuse(problem, pasted.length > MAX_VERIFY_CHARS ? '' : pasted);
        // The file, if one was chosen, is what is checked: never the file and a paste together.
        let text = pasted;
        if (file) {
          const onFile = { control: FILE_CONTROL };
          if (pasted.trim() !== '') return refuse({ key: 'credentials.verify.both', ...onFile });
          const type = file.type.split(';')[0]!.trim().toLowerCase();
          if (
            !FILE_TYPES.test(type) &&
            !(type === 'application/octet-stream' && FILE_NAMES.test(file.name))
          )
            return refuse({
              key: 'credentials.verify.fileType',
              params: { type: type.slice(0, 100) || '?' },
              ...onFile,
            });
          const decoded = utf8(file.bytes);
          if (decoded === undefined)
            return refuse({ key: 'credentials.verify.notText', ...onFile });
          text = decoded.replace(/^\uFEFF/, '');
          if (text.trim() === '') return refuse({ key: 'credentials.verify.emptyFile', ...onFile });
        }
        const control = file ? { control: FILE_CONTROL } : {};
        const shown = file ? '' : pasted;
        if (text.trim() === '') return refuse({ key: 'credentials.verify.empty' });
        if (text.length > MAX_VERIFY_CHARS)
          return refuse(
            { key: 'credentials.verify.tooLarge', params: { size: maxKb }, ...control },
            '',
          );
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (error) {
          return refuse(
            {
              key: 'credentials.verify.notJson',
              params: { detail: String((error as Error).message).slice(0, 200) },
              ...control,
            },
            shown,
          );
        }
        if (typeof json !== 'object' || json === null || Array.isArray(json))
          return refuse({ key: 'credentials.verify.notObject', ...control }, shown);
        const view = await check(json);
        return kit.send(
          reply,
          ctx,
          'credentials.verify.title',
          verifyPage(ctx, { maxKb, text: shown, view, ...(file && { fileName: file.name }) }),
        );
      },
    );
  });
}
