// The network pages (issue 19, decision 0029): the city's network of organisations, each
// stakeholder's entry, and the regional action plan with its review. Coordinators and admins
// read and change everything; a stakeholder representative (the role of 0015-networks) reads
// everything and changes only its own organisation's entry and the measures it owns; staff and
// strangers get nothing. Every change re-parses the whole document with the engine before it is
// stored, under the optimistic lock of its revision (a stale form gets 409).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  analyseNetwork,
  parseActionPlan,
  parseNetwork,
  reviewActionPlan,
  type ReviewNeeds,
} from '@competence-kit/networks';
import {
  catalogue,
  framework as shippedFramework,
  programmeTemplate,
  stakeholderQuestionnaire,
  staffSelfAssessment,
  tcnQuestionnaire,
} from '@competence-kit/framework-intercultural';
import { buildNeedsReport } from '@competence-kit/needs-analysis';
import {
  COOPERATION_FREQUENCIES,
  MEASURE_STATUSES,
  STAKEHOLDER_TYPES,
  type ActionPlan,
  type CooperationFrequency,
  type Issue,
  type LocalizedText,
  type MeasureStatus,
  type Network,
  type NeedsStudy,
  type Stakeholder,
  type StakeholderType,
} from '@competence-kit/schemas';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Account, JsonValue } from '../../store/index.js';
import type { RepresentativeScope } from '../../store/networks.js';
import { badRequest, field, type RouteKit } from '../kit.js';
import { cityToday, isDay } from '../days.js';
import type { MessageKey } from '../messages/catalogue.js';
import { COORDINATING, type PageContext } from '../page.js';
import {
  actionPlanPage,
  brokenDocumentPage,
  networkPage,
  nothingStoredPage,
  stakeholderPage,
  type NetworkForm,
  type ReportSource,
} from '../pages/networks.js';

/** Who sees the network pages: the city's coordinators, admins and stakeholder representatives. */
export const NETWORK_ROLES: ReadonlySet<string> = new Set([
  'coordinator',
  'admin',
  'stakeholder-representative',
]);
/** An id of the schemas (common/v1 `id`). */
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const isId = (value: string) => value.length <= 100 && ID.test(value);
const WEBSITE = /^https?:\/\/[^\s]+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()/-]{3,40}$/;
/** The needs review the portal keeps (see routes/needs.ts). */
const REVIEW = 'current';

/** A stakeholder id made from its name: ASCII kebab-case, unique in the network. */
export function stakeholderIdFor(name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const base = slug === '' ? 'stakeholder' : slug;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The strings of a form body (anything else is left out). */
function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof body !== 'object' || body === null) return values;
  for (const [name, value] of Object.entries(body as Record<string, unknown>))
    if (typeof value === 'string' && name !== '_csrf') values[name] = value;
  return values;
}

/**
 * A localized text from the fields `<name>.<locale>`, trimmed; undefined when all are empty.
 * A document's every text is written in each of its locales (the engine's rule): a text given
 * in some of them only marks the others.
 */
function localizedFrom(
  values: Record<string, string>,
  name: string,
  locales: readonly string[],
  max: number,
  problems: Record<string, MessageKey>,
): LocalizedText | undefined {
  const text: LocalizedText = {};
  for (const locale of locales) {
    const value = (values[`${name}.${locale}`] ?? '').trim();
    if (value.length > max) problems[`${name}.${locale}`] = 'network.problem.tooLong';
    else if (value !== '') text[locale] = value;
  }
  if (Object.keys(text).length === 0) return undefined;
  for (const locale of locales)
    if (text[locale] === undefined)
      problems[`${name}.${locale}`] ??= 'network.problem.everyLanguage';
  return text;
}

/** The priorities of a needs report document, or undefined when it has none in that shape. */
function prioritiesOf(report: unknown): ReviewNeeds | undefined {
  const list = (report as { priorities?: unknown } | null)?.priorities;
  if (!Array.isArray(list)) return undefined;
  const priorities = list.flatMap((p: unknown) => {
    const { competence, rank } = (p ?? {}) as { competence?: unknown; rank?: unknown };
    return typeof competence === 'string' && typeof rank === 'number' ? [{ competence, rank }] : [];
  });
  return { priorities };
}

const sampleNeeds = new Map<string, ReviewNeeds | null>();
/**
 * The priorities of the needs report built from the shipped synthetic sample study of a pilot
 * territory (framework-intercultural's content/samples), as packages/needs-analysis builds its
 * sample reports; null when there is no such study. Built once per territory.
 */
function sampleNeedsOf(territory: string): ReviewNeeds | null {
  if (!isId(territory)) return null;
  const cached = sampleNeeds.get(territory);
  if (cached !== undefined) return cached;
  let needs: ReviewNeeds | null = null;
  try {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('@competence-kit/framework-intercultural/package.json'));
    const study = JSON.parse(
      readFileSync(join(root, 'content', 'samples', `${territory}.json`), 'utf8'),
    ) as NeedsStudy;
    const report = buildNeedsReport(study, shippedFramework, 'en', {
      instruments: [staffSelfAssessment, tcnQuestionnaire, stakeholderQuestionnaire],
      programme: programmeTemplate,
      modules: catalogue.modules,
    });
    needs = prioritiesOf(report) ?? null;
  } catch {
    // No sample for this territory (or a package without its content folder): not checked.
    needs = null;
  }
  sampleNeeds.set(territory, needs);
  return needs;
}

/** The network page's forms, with the one that was sent. */
const formsOf = (which: 'stakeholder' | 'cooperation', form: NetworkForm) =>
  which === 'stakeholder' ? { stakeholder: form } : { cooperation: form };

type Loaded<T> =
  | { kind: 'none' }
  | { kind: 'broken'; issues: Issue[] }
  | { kind: 'ok'; value: T; revision: number };

export async function registerNetworkRoutes(app: FastifyInstance, kit: RouteKit): Promise<void> {
  const { cityId, store, portal, base } = kit;
  const now = kit.options.now ?? (() => new Date());
  /** Today in the city's time zone (YYYY-MM-DD). */
  const today = cityToday(portal.city.timezone, now);
  Object.assign(kit.done, {
    'network-saved': 'network.done.saved',
    'network-added': 'network.done.added',
    'cooperation-added': 'network.done.cooperationAdded',
    'cooperation-deleted': 'network.done.cooperationDeleted',
    'measure-status': 'actionPlan.done.status',
    'measure-measured': 'actionPlan.done.measurement',
  });

  /** The viewer of a network page, with the scope when a representative; undefined: answered. */
  const viewerOf = async (request: FastifyRequest, reply: FastifyReply) => {
    const account = kit.requireRole(request, reply, NETWORK_ROLES);
    if (!account) return undefined;
    const coordinating = COORDINATING.has(account.role);
    // Read on every request: a changed scope (or role) counts from the next request on.
    const scope =
      account.role === 'stakeholder-representative'
        ? await store.representatives.of(cityId, account.accountId)
        : undefined;
    return { account, coordinating, scope };
  };
  type Viewer = { account: Account; coordinating: boolean; scope: RepresentativeScope | undefined };

  /** The city's network: the representative's, else the first stored. */
  const loadNetwork = async (preferred?: string): Promise<Loaded<Network>> => {
    const docs = await store.networkDocuments.list(cityId, 'network');
    const doc = docs.find((d) => d.documentId === preferred) ?? docs[0];
    if (!doc) return { kind: 'none' };
    const parsed = parseNetwork(doc.document);
    return parsed.ok
      ? { kind: 'ok', value: parsed.value, revision: doc.revision }
      : { kind: 'broken', issues: parsed.issues };
  };
  /** The city's action plan for `network` (else the first stored), checked against it. */
  const loadPlan = async (network: Network | undefined): Promise<Loaded<ActionPlan>> => {
    const docs = await store.networkDocuments.list(cityId, 'action-plan');
    const doc =
      docs.find((d) => (d.document as { network?: unknown } | null)?.network === network?.id) ??
      docs[0];
    if (!doc) return { kind: 'none' };
    if (!network) {
      // A plan is checked against its network: without one, it cannot be shown.
      return {
        kind: 'broken',
        issues: [
          {
            path: '/network',
            code: 'unknown-reference',
            message: 'The plan’s network is not stored.',
          },
        ],
      };
    }
    const parsed = parseActionPlan(doc.document, { network, framework: portal.framework });
    return parsed.ok
      ? { kind: 'ok', value: parsed.value, revision: doc.revision }
      : { kind: 'broken', issues: parsed.issues };
  };

  const forbidden = (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = kit.context(request, reply, request.url.slice(base.length));
    const page = kit.message(ctx, 'error.forbidden.title', 'error.forbidden.text');
    return kit.send(reply, ctx, 'error.forbidden.title', page, undefined, 403);
  };

  // --- The network -------------------------------------------------------------------------

  const sendNetwork = async (
    request: FastifyRequest,
    reply: FastifyReply,
    viewer: Viewer,
    extra: {
      forms?: { stakeholder?: NetworkForm; cooperation?: NetworkForm };
      stale?: boolean;
      status?: number;
    } = {},
  ) => {
    const ctx = kit.context(request, reply, '/network');
    const loaded = await loadNetwork(viewer.scope?.network);
    if (loaded.kind === 'none')
      return kit.send(reply, ctx, 'network.title', nothingStoredPage(ctx, 'network'));
    if (loaded.kind === 'broken')
      return kit.send(
        reply,
        ctx,
        'network.title',
        brokenDocumentPage(ctx, 'network', loaded.issues),
      );
    const network = loaded.value;
    const plan = await loadPlan(network);
    const page = networkPage(ctx, {
      network,
      analysis: analyseNetwork(network, plan.kind === 'ok' ? plan.value : undefined),
      plan: plan.kind === 'ok' ? plan.value : undefined,
      own: viewer.scope?.network === network.id ? viewer.scope.stakeholder : undefined,
      coordinating: viewer.coordinating,
      ...(extra.forms && { forms: extra.forms }),
      ...(extra.stale && { stale: true }),
    });
    return kit.send(reply, ctx, 'network.title', page, undefined, extra.status ?? 200);
  };

  app.get('/network', async (request, reply) => {
    const viewer = await viewerOf(request, reply);
    if (!viewer) return reply;
    return sendNetwork(request, reply, viewer);
  });

  const mayEditStakeholder = (viewer: Viewer, network: Network, id: string) =>
    viewer.coordinating ||
    (viewer.scope?.network === network.id && viewer.scope.stakeholder === id);

  const sendStakeholder = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    viewer: Viewer,
    loaded: { value: Network; revision: number },
    stakeholder: Stakeholder,
    extra: { form?: NetworkForm; stale?: boolean; status?: number } = {},
  ) => {
    const ctx: PageContext = kit.context(request, reply, `/network/stakeholders/${stakeholder.id}`);
    const plan = await loadPlan(loaded.value);
    const page = stakeholderPage(ctx, {
      network: loaded.value,
      stakeholder,
      revision: loaded.revision,
      plan: plan.kind === 'ok' ? plan.value : undefined,
      canEdit: mayEditStakeholder(viewer, loaded.value, stakeholder.id),
      ...(extra.form && { form: extra.form }),
      ...(extra.stale && { stale: true }),
    });
    return kit.send(reply, ctx, 'network.stakeholder.title', page, undefined, extra.status ?? 200);
  };

  /** The network and the stakeholder a request names; undefined when answered (404). */
  const stakeholderOf = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    viewer: Viewer,
  ) => {
    const { id } = request.params;
    if (!isId(id)) return void reply.callNotFound();
    const loaded = await loadNetwork(viewer.scope?.network);
    if (loaded.kind !== 'ok') return void reply.callNotFound();
    const stakeholder = loaded.value.stakeholders.find((s) => s.id === id);
    if (!stakeholder) return void reply.callNotFound();
    return { loaded, stakeholder };
  };

  app.get<{ Params: { id: string } }>('/network/stakeholders/:id', async (request, reply) => {
    const viewer = await viewerOf(request, reply);
    if (!viewer) return reply;
    const found = await stakeholderOf(request, reply, viewer);
    if (!found) return reply;
    return sendStakeholder(request, reply, viewer, found.loaded, found.stakeholder);
  });

  /** The revision a form was opened on; a value the form never sends is a 400. */
  const revisionOf = (body: unknown): number => {
    const text = field(body, 'revision') ?? '';
    if (!/^[1-9]\d{0,9}$/.test(text)) throw badRequest('The form names no revision.');
    return Number(text);
  };

  app.post<{ Params: { id: string } }>(
    '/network/stakeholders/:id',
    { preValidation: app.csrfProtection },
    async (request, reply) => {
      const viewer = await viewerOf(request, reply);
      if (!viewer) return reply;
      const found = await stakeholderOf(request, reply, viewer);
      if (!found) return reply;
      const { loaded, stakeholder } = found;
      const network = loaded.value;
      if (!mayEditStakeholder(viewer, network, stakeholder.id)) return forbidden(request, reply);
      const revision = revisionOf(request.body);
      if (revision !== loaded.revision)
        return sendStakeholder(request, reply, viewer, loaded, stakeholder, {
          stale: true,
          status: 409,
        });

      const values = formValues(request.body);
      const problems: Record<string, MessageKey> = {};
      const locales = network.locales;
      const description = localizedFrom(values, 'description', locales, 2000, problems);
      const role = localizedFrom(values, 'contactRole', locales, 300, problems);
      const website = (values.website ?? '').trim();
      if (website !== '' && (website.length > 2048 || !WEBSITE.test(website)))
        problems.website = 'network.problem.website';
      const email = (values.contactEmail ?? '').trim();
      if (email !== '' && (email.length > 254 || !EMAIL.test(email)))
        problems.contactEmail = 'network.problem.email';
      const phone = (values.contactPhone ?? '').trim();
      if (phone !== '' && !PHONE.test(phone)) problems.contactPhone = 'network.problem.phone';
      const person = stakeholder.contact?.person;
      if (!role && (email !== '' || phone !== '' || person !== undefined))
        problems[`contactRole.${network.defaultLocale}`] ??= 'network.problem.contactRole';

      const { description: _d, website: _w, contact: _c, ...rest } = stakeholder;
      const contact =
        role === undefined
          ? undefined
          : {
              ...(stakeholder.contact ?? {}),
              role,
              ...(email !== '' ? { email } : {}),
              ...(phone !== '' ? { phone } : {}),
            };
      if (contact) {
        if (email === '') delete contact.email;
        if (phone === '') delete contact.phone;
      }
      const updated: Stakeholder = {
        ...rest,
        ...(description && { description }),
        ...(website !== '' && { website }),
        ...(contact && { contact }),
      };
      const next: Network = {
        ...network,
        stakeholders: network.stakeholders.map((s) => (s.id === stakeholder.id ? updated : s)),
      };
      const form: NetworkForm = { values, problems };
      if (Object.keys(problems).length > 0)
        return sendStakeholder(request, reply, viewer, loaded, stakeholder, { form, status: 422 });
      const parsed = parseNetwork(next);
      if (!parsed.ok)
        return sendStakeholder(request, reply, viewer, loaded, stakeholder, {
          form: { ...form, issues: parsed.issues },
          status: 422,
        });
      const saved = await store.networkDocuments.save(
        cityId,
        'network',
        network.id,
        parsed.value as unknown as JsonValue,
        { revision, by: viewer.account.accountId },
      );
      if (!saved.ok) return staleStakeholder(request, reply, viewer, stakeholder.id);
      await store.audit.record(cityId, {
        actorId: viewer.account.accountId,
        action: 'network-changed',
        subject: `${network.id}: stakeholder ${stakeholder.id} edited`,
      });
      return reply.redirect(
        `${base}/network/stakeholders/${stakeholder.id}?done=network-saved`,
        303,
      );
    },
  );

  /** A save refused because someone saved first: the current version, with the message. */
  const staleStakeholder = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    viewer: Viewer,
    id: string,
  ) => {
    const loaded = await loadNetwork(viewer.scope?.network);
    const stakeholder = loaded.kind === 'ok' && loaded.value.stakeholders.find((s) => s.id === id);
    if (loaded.kind !== 'ok' || !stakeholder) return reply.callNotFound();
    return sendStakeholder(request, reply, viewer, loaded, stakeholder, {
      stale: true,
      status: 409,
    });
  };

  /**
   * A coordinator's change of the whole network: `change` returns the new network or the
   * form's problems. Answers the page itself (422, 409) or redirects to `done`.
   */
  const changeNetwork = async (
    request: FastifyRequest,
    reply: FastifyReply,
    which: 'stakeholder' | 'cooperation',
    change: (
      network: Network,
      values: Record<string, string>,
    ) =>
      | { network: Network; subject: string; done: string }
      | { problems: Record<string, MessageKey> }
      | { notFound: true },
  ) => {
    const viewer = await viewerOf(request, reply);
    if (!viewer) return reply;
    if (!viewer.coordinating) return forbidden(request, reply);
    const loaded = await loadNetwork();
    if (loaded.kind !== 'ok') return reply.callNotFound();
    const values = formValues(request.body);
    const result = change(loaded.value, values);
    if ('notFound' in result) return reply.callNotFound();
    if ('problems' in result)
      return sendNetwork(request, reply, viewer, {
        forms: formsOf(which, { values, problems: result.problems }),
        status: 422,
      });
    const parsed = parseNetwork(result.network);
    if (!parsed.ok)
      return sendNetwork(request, reply, viewer, {
        forms: formsOf(which, { values, problems: {}, issues: parsed.issues }),
        status: 422,
      });
    const saved = await store.networkDocuments.save(
      cityId,
      'network',
      loaded.value.id,
      parsed.value as unknown as JsonValue,
      { revision: loaded.revision, by: viewer.account.accountId },
    );
    if (!saved.ok) {
      // Someone saved between reading and writing: the form is shown again, nothing stored.
      return sendNetwork(request, reply, viewer, {
        forms: formsOf(which, { values, problems: {} }),
        stale: true,
        status: 409,
      });
    }
    await store.audit.record(cityId, {
      actorId: viewer.account.accountId,
      action: 'network-changed',
      subject: `${loaded.value.id}: ${result.subject}`,
    });
    return reply.redirect(`${base}${result.done}`, 303);
  };

  app.post('/network/stakeholders', { preValidation: app.csrfProtection }, (request, reply) =>
    changeNetwork(request, reply, 'stakeholder', (network, values) => {
      const problems: Record<string, MessageKey> = {};
      const name = (values.name ?? '').trim();
      if (name === '') problems.name = 'network.problem.required';
      else if (name.length > 300) problems.name = 'network.problem.tooLong';
      const type = values.type ?? '';
      if (!STAKEHOLDER_TYPES.includes(type as StakeholderType))
        problems.type = 'network.problem.type';
      const description = localizedFrom(values, 'description', network.locales, 2000, problems);
      if (Object.keys(problems).length > 0) return { problems };
      const id = stakeholderIdFor(name, new Set(network.stakeholders.map((s) => s.id)));
      const stakeholder: Stakeholder = {
        id,
        name,
        type: type as StakeholderType,
        ...(description && { description }),
      };
      return {
        network: { ...network, stakeholders: [...network.stakeholders, stakeholder] },
        subject: `stakeholder ${id} added`,
        done: `/network/stakeholders/${id}?done=network-added`,
      };
    }),
  );

  app.post('/network/cooperations', { preValidation: app.csrfProtection }, (request, reply) =>
    changeNetwork(request, reply, 'cooperation', (network, values) => {
      const problems: Record<string, MessageKey> = {};
      const ids = new Set(network.stakeholders.map((s) => s.id));
      const first = values.first ?? '';
      const second = values.second ?? '';
      if (!ids.has(first)) problems.first = 'network.problem.stakeholder';
      if (!ids.has(second)) problems.second = 'network.problem.stakeholder';
      else if (second === first) problems.second = 'network.problem.same';
      const topic = localizedFrom(values, 'topic', network.locales, 500, problems);
      if (!topic && !Object.keys(problems).some((k) => k.startsWith('topic.')))
        problems[`topic.${network.defaultLocale}`] = 'network.problem.topic';
      const frequency = values.frequency ?? '';
      if (!COOPERATION_FREQUENCIES.includes(frequency as CooperationFrequency))
        problems.frequency = 'network.problem.frequency';
      if (Object.keys(problems).length > 0 || !topic) return { problems };
      const taken = new Set(network.cooperations.map((c) => c.id));
      let n = network.cooperations.length + 1;
      while (taken.has(`cooperation-${n}`)) n++;
      const id = `cooperation-${n}`;
      return {
        network: {
          ...network,
          cooperations: [
            ...network.cooperations,
            {
              id,
              stakeholders: [first, second],
              topic,
              frequency: frequency as CooperationFrequency,
              since: today(),
            },
          ],
        },
        subject: `cooperation ${id} added`,
        done: '/network?done=cooperation-added',
      };
    }),
  );

  app.post<{ Params: { id: string } }>(
    '/network/cooperations/:id/delete',
    { preValidation: app.csrfProtection },
    (request, reply) => {
      const { id } = request.params;
      return changeNetwork(request, reply, 'cooperation', (network) =>
        !isId(id) || !network.cooperations.some((c) => c.id === id)
          ? { notFound: true }
          : {
              network: {
                ...network,
                cooperations: network.cooperations.filter((c) => c.id !== id),
              },
              subject: `cooperation ${id} removed`,
              done: '/network?done=cooperation-deleted',
            },
      );
    },
  );

  // --- The action plan ---------------------------------------------------------------------

  /** The needs the plan is reviewed against, and which report they came from. */
  const needsFor = async (
    plan: ActionPlan,
  ): Promise<{ needs?: ReviewNeeds; source: ReportSource }> => {
    const sequence = plan.needsReport?.sequence;
    if (sequence !== undefined) {
      const stored = await store.needsReviews.getReport(cityId, REVIEW, sequence);
      const needs = stored && prioritiesOf(stored.report);
      if (stored && needs)
        return { needs, source: { kind: 'stored', sequence, builtAt: stored.builtAt } };
    }
    if (plan.synthetic && plan.needsReport) {
      const needs = sampleNeedsOf(plan.needsReport.territory);
      if (needs) return { needs, source: { kind: 'sample', territory: plan.territory.name } };
    }
    return { source: { kind: 'none' } };
  };

  const mayEditMeasure = (viewer: Viewer, plan: ActionPlan, owner: string) =>
    viewer.coordinating ||
    (viewer.scope?.network === plan.network && viewer.scope.stakeholder === owner);

  const sendPlan = async (
    request: FastifyRequest,
    reply: FastifyReply,
    viewer: Viewer,
    extra: { form?: NetworkForm; stale?: boolean; status?: number } = {},
  ) => {
    const ctx = kit.context(request, reply, '/action-plan');
    const network = await loadNetwork(viewer.scope?.network);
    const plan = await loadPlan(network.kind === 'ok' ? network.value : undefined);
    if (plan.kind === 'none')
      return kit.send(reply, ctx, 'actionPlan.title', nothingStoredPage(ctx, 'action-plan'));
    if (plan.kind === 'broken')
      return kit.send(
        reply,
        ctx,
        'actionPlan.title',
        brokenDocumentPage(ctx, 'action-plan', plan.issues),
      );
    const { needs, source } = await needsFor(plan.value);
    const review = reviewActionPlan(plan.value, today(), needs ? { needs } : {});
    const page = actionPlanPage(ctx, {
      plan: plan.value,
      network: network.kind === 'ok' ? network.value : undefined,
      review,
      source,
      revision: plan.revision,
      mayEdit: (m) => mayEditMeasure(viewer, plan.value, m.owner),
      ...(extra.form && { form: extra.form }),
      ...(extra.stale && { stale: true }),
    });
    return kit.send(reply, ctx, 'actionPlan.title', page, undefined, extra.status ?? 200);
  };

  app.get('/action-plan', async (request, reply) => {
    const viewer = await viewerOf(request, reply);
    if (!viewer) return reply;
    return sendPlan(request, reply, viewer);
  });

  /**
   * A change of one measure by a coordinator or its owner's representative: `change` returns
   * the new plan or the form's problems. Answers 404 (unknown measure), 403, 409 (stale), 422,
   * or redirects to the plan.
   */
  const changeMeasure = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    change: (
      plan: ActionPlan,
      index: number,
      values: Record<string, string>,
    ) =>
      | { plan: ActionPlan; subject: string; done: string }
      | { problems: Record<string, MessageKey> },
  ) => {
    const viewer = await viewerOf(request, reply);
    if (!viewer) return reply;
    const { id } = request.params;
    if (!isId(id)) return reply.callNotFound();
    const network = await loadNetwork(viewer.scope?.network);
    if (network.kind !== 'ok') return reply.callNotFound();
    const loaded = await loadPlan(network.value);
    if (loaded.kind !== 'ok') return reply.callNotFound();
    const plan = loaded.value;
    const index = plan.measures.findIndex((m) => m.id === id);
    if (index < 0) return reply.callNotFound();
    if (!mayEditMeasure(viewer, plan, plan.measures[index]!.owner))
      return forbidden(request, reply);
    const revision = revisionOf(request.body);
    if (revision !== loaded.revision)
      return sendPlan(request, reply, viewer, { stale: true, status: 409 });
    const values = { ...formValues(request.body), measure: id };
    const result = change(plan, index, values);
    if ('problems' in result)
      return sendPlan(request, reply, viewer, {
        form: { values, problems: result.problems },
        status: 422,
      });
    const parsed = parseActionPlan(result.plan, {
      network: network.value,
      framework: portal.framework,
    });
    if (!parsed.ok)
      return sendPlan(request, reply, viewer, {
        form: { values, problems: {}, issues: parsed.issues },
        status: 422,
      });
    const saved = await store.networkDocuments.save(
      cityId,
      'action-plan',
      plan.id,
      parsed.value as unknown as JsonValue,
      { revision, by: viewer.account.accountId },
    );
    if (!saved.ok) return sendPlan(request, reply, viewer, { stale: true, status: 409 });
    await store.audit.record(cityId, {
      actorId: viewer.account.accountId,
      action: 'action-plan-changed',
      subject: `${plan.id}: ${result.subject}`,
    });
    return reply.redirect(`${base}${result.done}`, 303);
  };

  app.post<{ Params: { id: string } }>(
    '/action-plan/measures/:id/status',
    { preValidation: app.csrfProtection },
    (request, reply) =>
      changeMeasure(request, reply, (plan, index, values) => {
        const status = values.status ?? '';
        // The form offers the statuses only: anything else is not the form's.
        if (!MEASURE_STATUSES.includes(status as MeasureStatus))
          throw badRequest('The form sends one of the statuses.');
        const measure = plan.measures[index]!;
        return {
          plan: {
            ...plan,
            measures: plan.measures.map((m, i) =>
              i === index ? { ...m, status: status as MeasureStatus } : m,
            ),
          },
          subject: `measure ${measure.id} ${measure.status} → ${status}`,
          done: `/action-plan?done=measure-status#measure-${measure.id}`,
        };
      }),
  );

  app.post<{ Params: { id: string } }>(
    '/action-plan/measures/:id/measurements',
    { preValidation: app.csrfProtection },
    (request, reply) =>
      changeMeasure(request, reply, (plan, index, values) => {
        const measure = plan.measures[index]!;
        const problems: Record<string, MessageKey> = {};
        const indicator = measure.indicators.find((i) => i.id === values.indicator);
        if (!indicator) problems.indicator = 'network.problem.indicator';
        const date = (values.date ?? '').trim();
        if (!isDay(date) || date < plan.period.start || date > plan.period.end)
          problems.date = 'network.problem.date';
        const text = (values.value ?? '').trim().replace(',', '.');
        const value = /^-?\d{1,15}(?:\.\d{1,6})?$/.test(text) ? Number(text) : Number.NaN;
        if (!Number.isFinite(value)) problems.value = 'network.problem.value';
        if (Object.keys(problems).length > 0 || !indicator) return { problems };
        return {
          plan: {
            ...plan,
            measures: plan.measures.map((m, i) =>
              i === index
                ? {
                    ...m,
                    indicators: m.indicators.map((x) =>
                      x.id === indicator.id
                        ? { ...x, measurements: [...x.measurements, { date, value }] }
                        : x,
                    ),
                  }
                : m,
            ),
          },
          subject: `measure ${measure.id} indicator ${indicator.id} measured ${date}`,
          done: `/action-plan?done=measure-measured#measure-${measure.id}`,
        };
      }),
  );
}
