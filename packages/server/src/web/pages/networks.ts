// The network pages (issue 19, decision 0029): the city's network of organisations with its
// analysis in words, one stakeholder with its edit form, and the regional action plan with its
// review. Coordinators, admins and the city's stakeholder representatives read them; who may
// edit what is decided by the routes (routes/networks.ts) and passed in as flags.
import type { ActionPlanReview, NetworkAnalysis, NetworkFinding } from '@competence-kit/networks';
import {
  findingText,
  frequencyName,
  lateText,
  measureStatusName,
  namesFrom,
  networkWordsFor,
  numberText,
  offTrackText,
  stakeholderTypeName,
  unaddressedText,
  unmeasuredText,
  type NameLookup,
} from '@competence-kit/networks/messages';
import {
  COOPERATION_FREQUENCIES,
  MEASURE_STATUSES,
  STAKEHOLDER_TYPES,
  type ActionPlan,
  type Issue,
  type LocalizedText,
  type Measure,
  type Network,
  type Stakeholder,
} from '@competence-kit/schemas';
import { getCompetence } from '@competence-kit/model/read';
import { html, safeHref, type Html } from '../html.js';
import type { MessageKey } from '../messages/catalogue.js';
import { href, type PageContext } from '../page.js';

/** What a form had, per field name, and the problem of each field (a message key). */
export interface NetworkForm {
  values: Record<string, string>;
  problems: Record<string, MessageKey>;
  /** Issues the engine found that no field explains (shown with their JSON pointer). */
  issues?: readonly Issue[];
}

/** Which needs report the action plan's review checked the plan against. */
export type ReportSource =
  | { kind: 'stored'; sequence: number; builtAt: Date }
  | { kind: 'sample'; territory: string }
  | { kind: 'none' };

const csrfField = (ctx: PageContext) =>
  html`<input type="hidden" name="_csrf" value="${ctx.csrf}" />`;

const networkWords = (ctx: PageContext) => networkWordsFor(ctx.words.lang);

/** A text of a network document, marked with its language when it is not the page's. */
const docText = (ctx: PageContext, text: LocalizedText | undefined) => ctx.words.text(text);

export const syntheticNote = (ctx: PageContext): Html =>
  html`<p class="notice" role="note">${ctx.words.t('network.synthetic')}</p>`;

function competenceTitle(ctx: PageContext, id: string): string {
  const competence = getCompetence(ctx.portal.framework, id);
  return competence ? ctx.words.textPlain(competence.title) : id;
}

/** The names the engine's results are put into words with, competences from the framework. */
function names(ctx: PageContext, network: Network | undefined, plan?: ActionPlan): NameLookup {
  return {
    ...namesFrom({ ...(network && { network }), ...(plan && { plan }) }, ctx.words.lang),
    competence: (id) => competenceTitle(ctx, id),
  };
}

/** A field's problem, and the attributes that tie the field to it. */
function fieldParts(form: NetworkForm | undefined, name: string, id: string) {
  const problem = form?.problems[name];
  return {
    attrs: problem ? html`aria-invalid="true" aria-describedby="${id}-problem"` : '',
    message: (ctx: PageContext) =>
      problem ? html`<p class="error" id="${id}-problem">${ctx.words.t(problem)}</p>` : '',
  };
}

function formProblems(ctx: PageContext, form: NetworkForm | undefined, title: MessageKey): Html {
  if (!form || (Object.keys(form.problems).length === 0 && !form.issues?.length)) return html``;
  return html`<div class="notice error" role="alert">
    <p>${ctx.words.t(title)}</p>
    ${
      form.issues?.length
        ? html`<ul>
            ${form.issues.map(
              (issue) =>
                html`<li>
                  <code>${issue.path || '/'}</code> <span lang="en">${issue.message}</span>
                </li>`,
            )}
          </ul>`
        : ''
    }
  </div>`;
}

function textInput(
  ctx: PageContext,
  form: NetworkForm | undefined,
  options: {
    name: string;
    label: MessageKey | Html;
    value: string;
    type?: 'text' | 'email' | 'url' | 'tel' | 'date' | 'number';
    multiline?: boolean;
    maxlength: number;
    lang?: string;
    required?: boolean;
    extra?: Html | string;
  },
): Html {
  const id = `field-${options.name.replace(/[^a-z0-9-]/gi, '-')}`;
  const parts = fieldParts(form, options.name, id);
  const value = form?.values[options.name] ?? options.value;
  const label = typeof options.label === 'string' ? ctx.words.t(options.label) : options.label;
  const lang = options.lang ? html`lang="${options.lang}"` : '';
  return html`<label for="${id}">${label}</label> ${
      options.multiline
        ? html`<textarea
            id="${id}"
            name="${options.name}"
            rows="3"
            maxlength="${options.maxlength}"
            ${lang}
            ${parts.attrs}
          >
${value}</textarea>`
        : html`<input
            id="${id}"
            name="${options.name}"
            type="${options.type ?? 'text'}"
            maxlength="${options.maxlength}"
            value="${value}"
            ${options.required ? html`required` : ''}
            ${lang}
            ${options.extra ?? ''}
            ${parts.attrs}
          />`
    }
    ${parts.message(ctx)}`;
}

function selectInput(
  ctx: PageContext,
  form: NetworkForm | undefined,
  options: {
    name: string;
    label: MessageKey;
    value: string;
    choices: readonly (readonly [string, string])[];
    empty?: string;
  },
): Html {
  const id = `field-${options.name}`;
  const parts = fieldParts(form, options.name, id);
  const value = form?.values[options.name] ?? options.value;
  return html`<label for="${id}">${ctx.words.t(options.label)}</label>
    <select id="${id}" name="${options.name}" ${parts.attrs}>
      ${options.empty !== undefined ? html`<option value="">${options.empty}</option>` : ''}
      ${options.choices.map(
        ([v, label]) =>
          html`<option value="${v}" ${v === value ? html`selected` : ''}>${label}</option>`,
      )}
    </select>
    ${parts.message(ctx)}`;
}

const languageName = (ctx: PageContext, locale: string) => {
  try {
    return new Intl.DisplayNames([ctx.words.lang], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
};

/** Each locale's field of a localized text, labelled with the language. */
function localizedInputs(
  ctx: PageContext,
  form: NetworkForm | undefined,
  options: {
    name: string;
    label: MessageKey;
    locales: readonly string[];
    value: LocalizedText | undefined;
    multiline?: boolean;
    maxlength: number;
  },
): Html {
  return html`${options.locales.map((locale) =>
    textInput(ctx, form, {
      name: `${options.name}.${locale}`,
      label: ctx.words.t(options.label, { language: languageName(ctx, locale) }),
      value: options.value?.[locale] ?? '',
      multiline: options.multiline ?? false,
      maxlength: options.maxlength,
      lang: locale,
    }),
  )}`;
}

const stakeholderLink = (ctx: PageContext, s: Stakeholder) =>
  html`<a href="${href(ctx, `/network/stakeholders/${s.id}`)}">${s.name}</a>`;

const nameOf = (network: Network, id: string) =>
  network.stakeholders.find((s) => s.id === id)?.name ?? id;

/** Each stakeholder's distinct partners, in the network's order. */
export function partnersOf(network: Network): Map<string, string[]> {
  const partners = new Map<string, Set<string>>(network.stakeholders.map((s) => [s.id, new Set()]));
  for (const c of network.cooperations) {
    const [a, b] = c.stakeholders;
    if (a === undefined || b === undefined) continue;
    partners.get(a)?.add(b);
    partners.get(b)?.add(a);
  }
  const order = new Map(network.stakeholders.map((s, i) => [s.id, i]));
  return new Map(
    [...partners].map(([id, set]) => [
      id,
      [...set].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)),
    ]),
  );
}

function findingsSection(
  ctx: PageContext,
  findings: readonly NetworkFinding[],
  lookup: NameLookup,
): Html {
  const nw = networkWords(ctx);
  return html`<section aria-labelledby="findings-title">
    <h2 id="findings-title">${ctx.words.t('network.findings')}</h2>
    ${
      findings.length === 0
        ? html`<p>${ctx.words.t('network.findings.none')}</p>`
        : html`<ul>
            ${findings.map((f) => html`<li>${findingText(nw, f, lookup)}</li>`)}
          </ul>`
    }
  </section>`;
}

function cooperationsTable(
  ctx: PageContext,
  network: Network,
  options: { only?: string; canDelete: boolean },
): Html {
  const { words: w } = ctx;
  const nw = networkWords(ctx);
  const rows = network.cooperations.filter(
    (c) => options.only === undefined || c.stakeholders.includes(options.only),
  );
  if (rows.length === 0) return html`<p>${w.t('network.cooperations.none')}</p>`;
  return html`<table>
    <caption>
      ${w.t('network.cooperations.caption', { n: w.number(rows.length) })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${w.t('network.cooperations.between')}</th>
        <th scope="col">${w.t('network.cooperations.topic')}</th>
        <th scope="col">${w.t('network.cooperations.frequency')}</th>
        <th scope="col">${w.t('network.cooperations.since')}</th>
        ${options.canDelete ? html`<th scope="col">${w.t('network.cooperations.action')}</th>` : ''}
      </tr>
    </thead>
    <tbody>
      ${rows.map((c) => {
        const [a, b] = c.stakeholders;
        const between = `${nameOf(network, a ?? '')} – ${nameOf(network, b ?? '')}`;
        return html`<tr>
          <th scope="row">${between}</th>
          <td>${docText(ctx, c.topic)}</td>
          <td>${frequencyName(nw, c.frequency)}</td>
          <td>${c.since ? w.date(c.since) : ''}</td>
          ${
            options.canDelete
              ? html`<td>
                  <form
                    method="post"
                    action="${href(ctx, `/network/cooperations/${c.id}/delete`)}"
                    class="inline"
                  >
                    ${csrfField(ctx)}
                    <button type="submit">
                      ${w.t('network.cooperations.delete', { between })}
                    </button>
                  </form>
                </td>`
              : ''
          }
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The coordinators' forms: a new stakeholder, a new cooperation. */
function coordinatorForms(
  ctx: PageContext,
  network: Network,
  forms: { stakeholder?: NetworkForm | undefined; cooperation?: NetworkForm | undefined },
): Html {
  const { words: w } = ctx;
  const nw = networkWords(ctx);
  const types = STAKEHOLDER_TYPES.map((t) => [t, stakeholderTypeName(nw, t)] as const);
  const stakeholders = network.stakeholders.map((s) => [s.id, s.name] as const);
  const frequencies = COOPERATION_FREQUENCIES.map((f) => [f, frequencyName(nw, f)] as const);
  const s = forms.stakeholder;
  const c = forms.cooperation;
  return html`<section aria-labelledby="add-stakeholder-title" id="add-stakeholder">
      <h2 id="add-stakeholder-title">${w.t('network.add.stakeholder')}</h2>
      ${formProblems(ctx, s, 'network.form.problem')}
      <form method="post" action="${href(ctx, '/network/stakeholders')}" class="stack" novalidate>
        ${csrfField(ctx)}
        ${textInput(ctx, s, { name: 'name', label: 'network.field.name', value: '', maxlength: 300, required: true })}
        ${selectInput(ctx, s, { name: 'type', label: 'network.field.type', value: '', choices: types, empty: w.plain('network.choose') })}
        ${localizedInputs(ctx, s, {
          name: 'description',
          label: 'network.field.description',
          locales: network.locales,
          value: undefined,
          multiline: true,
          maxlength: 2000,
        })}
        <button type="submit">${w.t('network.add.stakeholder.submit')}</button>
      </form>
    </section>
    <section aria-labelledby="add-cooperation-title" id="add-cooperation">
      <h2 id="add-cooperation-title">${w.t('network.add.cooperation')}</h2>
      ${formProblems(ctx, c, 'network.form.problem')}
      <form method="post" action="${href(ctx, '/network/cooperations')}" class="stack" novalidate>
        ${csrfField(ctx)}
        ${selectInput(ctx, c, { name: 'first', label: 'network.field.first', value: '', choices: stakeholders, empty: w.plain('network.choose') })}
        ${selectInput(ctx, c, { name: 'second', label: 'network.field.second', value: '', choices: stakeholders, empty: w.plain('network.choose') })}
        ${localizedInputs(ctx, c, {
          name: 'topic',
          label: 'network.field.topic',
          locales: network.locales,
          value: undefined,
          maxlength: 500,
        })}
        ${selectInput(ctx, c, { name: 'frequency', label: 'network.field.frequency', value: '', choices: frequencies, empty: w.plain('network.choose') })}
        <button type="submit">${w.t('network.add.cooperation.submit')}</button>
      </form>
    </section>`;
}

/** The page when the city has no network (or no action plan) stored yet. */
export function nothingStoredPage(ctx: PageContext, what: 'network' | 'action-plan'): Html {
  const { words: w } = ctx;
  return what === 'network'
    ? html`<h1>${w.t('network.title')}</h1>
        <p>${w.t('network.none')}</p>`
    : html`<h1>${w.t('actionPlan.title')}</h1>
        <p>${w.t('actionPlan.none')}</p>`;
}

/** A stored document the engine refuses: what is wrong, where. */
export function brokenDocumentPage(
  ctx: PageContext,
  what: 'network' | 'action-plan',
  issues: readonly Issue[],
): Html {
  const { words: w } = ctx;
  return html`<h1>${w.t(what === 'network' ? 'network.title' : 'actionPlan.title')}</h1>
    <p class="notice error" role="alert">${w.t('network.broken')}</p>
    <ul>
      ${issues.map(
        (issue) =>
          html`<li><code>${issue.path || '/'}</code> <span lang="en">${issue.message}</span></li>`,
      )}
    </ul>`;
}

/** The network: findings in words, stakeholders, cooperations, and the coordinators' forms. */
export function networkPage(
  ctx: PageContext,
  options: {
    network: Network;
    analysis: NetworkAnalysis;
    plan?: ActionPlan | undefined;
    /** The stakeholder the viewer speaks for, when a representative. */
    own?: string | undefined;
    coordinating: boolean;
    forms?: { stakeholder?: NetworkForm; cooperation?: NetworkForm };
    /** Someone saved the network between this form's reading and writing: nothing was stored. */
    stale?: boolean;
  },
): Html {
  const { words: w } = ctx;
  const nw = networkWords(ctx);
  const { network, analysis } = options;
  const lookup = names(ctx, network, options.plan);
  const partners = partnersOf(network);
  const degree = new Map(analysis.centrality.map((c) => [c.stakeholder, c.degree]));
  const own = options.own && network.stakeholders.find((s) => s.id === options.own);
  return html`<h1>${docText(ctx, network.title)}</h1>
    ${network.synthetic ? syntheticNote(ctx) : ''}
    ${network.description ? html`<p class="lead">${docText(ctx, network.description)}</p>` : ''}
    ${options.stale ? html`<p class="notice error" role="alert">${w.t('network.stale')}</p>` : ''}
    ${own ? html`<p>${w.t('network.yours', { name: own.name })} ${stakeholderLink(ctx, own)}</p>` : ''}
    <dl class="facts">
      <dt>${w.t('network.count.stakeholders')}</dt>
      <dd>${w.number(network.stakeholders.length)}</dd>
      <dt>${w.t('network.count.cooperations')}</dt>
      <dd>${w.number(network.cooperations.length)}</dd>
      <dt>${w.t('network.count.components')}</dt>
      <dd>${w.number(analysis.components.length)}</dd>
      <dt>${w.t('network.count.density')}</dt>
      <dd>${numberText(nw, analysis.density)}</dd>
    </dl>
    ${findingsSection(ctx, analysis.findings, lookup)}
    <section aria-labelledby="stakeholders-title">
      <h2 id="stakeholders-title">${w.t('network.stakeholders')}</h2>
      <table>
        <caption>
          ${w.t('network.stakeholders.caption', { n: w.number(network.stakeholders.length) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${w.t('network.field.name')}</th>
            <th scope="col">${w.t('network.field.type')}</th>
            <th scope="col">${w.t('network.partners')}</th>
            <th scope="col">${w.t('network.degree')}</th>
          </tr>
        </thead>
        <tbody>
          ${network.stakeholders.map(
            (s) =>
              html`<tr>
                <th scope="row">${stakeholderLink(ctx, s)}</th>
                <td>${stakeholderTypeName(nw, s.type)}</td>
                <td>${(partners.get(s.id) ?? []).map((id) => nameOf(network, id)).join(', ')}</td>
                <td>${w.number(degree.get(s.id) ?? 0)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>
    <section aria-labelledby="cooperations-title">
      <h2 id="cooperations-title">${w.t('network.cooperations')}</h2>
      ${cooperationsTable(ctx, network, { canDelete: options.coordinating })}
    </section>
    ${options.coordinating ? coordinatorForms(ctx, network, options.forms ?? {}) : ''}
    <p><a href="${href(ctx, '/action-plan')}">${w.t('actionPlan.link')}</a></p>`;
}

/** The stakeholder's measures in the plan: those it owns, then those it takes part in. */
function measuresOf(ctx: PageContext, plan: ActionPlan, id: string): Html {
  const { words: w } = ctx;
  const nw = networkWords(ctx);
  const rows = plan.measures.filter((m) => m.owner === id || m.partners.includes(id));
  if (rows.length === 0) return html`<p>${w.t('network.measures.none')}</p>`;
  const goal = (m: Measure) => plan.goals.find((g) => g.id === m.goal);
  return html`<table>
    <caption>
      ${w.t('network.measures.caption', { n: w.number(rows.length) })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${w.t('actionPlan.measure')}</th>
        <th scope="col">${w.t('actionPlan.goal')}</th>
        <th scope="col">${w.t('network.measures.part')}</th>
        <th scope="col">${w.t('actionPlan.status')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (m) =>
          html`<tr>
            <th scope="row">${docText(ctx, m.title)}</th>
            <td>${docText(ctx, goal(m)?.title)}</td>
            <td>${w.t(m.owner === id ? 'network.measures.owner' : 'network.measures.partner')}</td>
            <td>${measureStatusName(nw, m.status)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** One stakeholder: what it is, whom it works with, its measures, and (if allowed) the form. */
export function stakeholderPage(
  ctx: PageContext,
  options: {
    network: Network;
    stakeholder: Stakeholder;
    revision: number;
    plan?: ActionPlan | undefined;
    canEdit: boolean;
    form?: NetworkForm;
    /** The form's revision is no longer the stored one. */
    stale?: boolean;
  },
): Html {
  const { words: w } = ctx;
  const nw = networkWords(ctx);
  const { network, stakeholder: s } = options;
  const contact = s.contact;
  return html`<p><a href="${href(ctx, '/network')}">${w.t('network.back')}</a></p>
    <h1>${s.name}</h1>
    ${network.synthetic ? syntheticNote(ctx) : ''}
    <dl class="facts">
      <dt>${w.t('network.field.type')}</dt>
      <dd>${stakeholderTypeName(nw, s.type)}</dd>
      ${
        s.territory
          ? html`<dt>${w.t('network.field.territory')}</dt>
              <dd>${s.territory}</dd>`
          : ''
      }
      ${
        s.description
          ? html`<dt>${w.t('network.about')}</dt>
              <dd>${docText(ctx, s.description)}</dd>`
          : ''
      }
      ${
        s.website
          ? html`<dt>${w.t('network.field.website')}</dt>
              <dd><a href="${safeHref(s.website)}" rel="noopener noreferrer">${s.website}</a></dd>`
          : ''
      }
      ${
        contact
          ? html`<dt>${w.t('network.contact')}</dt>
              <dd>
                ${docText(ctx, contact.role)}
                ${contact.person && contact.consent && !contact.consent.withdrawn ? html`<br />${contact.person}` : ''}
                ${contact.email ? html`<br /><a href="mailto:${contact.email}">${contact.email}</a>` : ''}
                ${contact.phone ? html`<br />${contact.phone}` : ''}
              </dd>`
          : ''
      }
    </dl>
    <section aria-labelledby="own-cooperations-title">
      <h2 id="own-cooperations-title">${w.t('network.cooperations')}</h2>
      ${cooperationsTable(ctx, network, { only: s.id, canDelete: false })}
    </section>
    ${
      options.plan
        ? html`<section aria-labelledby="own-measures-title">
            <h2 id="own-measures-title">${w.t('network.measures')}</h2>
            ${measuresOf(ctx, options.plan, s.id)}
          </section>`
        : ''
    }
    ${options.canEdit ? stakeholderForm(ctx, options) : ''}`;
}

function stakeholderForm(
  ctx: PageContext,
  options: {
    network: Network;
    stakeholder: Stakeholder;
    revision: number;
    form?: NetworkForm;
    stale?: boolean;
  },
): Html {
  const { words: w } = ctx;
  const { network, stakeholder: s, form } = options;
  return html`<section aria-labelledby="edit-title" id="edit">
    <h2 id="edit-title">${w.t('network.edit')}</h2>
    <p>${w.t('network.edit.lead')}</p>
    ${options.stale ? html`<p class="notice error" role="alert">${w.t('network.stale')}</p>` : ''}
    ${formProblems(ctx, form, 'network.form.problem')}
    <form
      method="post"
      action="${href(ctx, `/network/stakeholders/${s.id}`)}"
      class="stack"
      novalidate
    >
      ${csrfField(ctx)}
      <input type="hidden" name="revision" value="${String(options.revision)}" />
      ${localizedInputs(ctx, form, {
        name: 'description',
        label: 'network.field.description',
        locales: network.locales,
        value: s.description,
        multiline: true,
        maxlength: 2000,
      })}
      ${textInput(ctx, form, {
        name: 'website',
        label: 'network.field.website',
        value: s.website ?? '',
        type: 'url',
        maxlength: 2048,
      })}
      ${localizedInputs(ctx, form, {
        name: 'contactRole',
        label: 'network.field.contactRole',
        locales: network.locales,
        value: s.contact?.role,
        maxlength: 300,
      })}
      ${textInput(ctx, form, {
        name: 'contactEmail',
        label: 'network.field.contactEmail',
        value: s.contact?.email ?? '',
        type: 'email',
        maxlength: 254,
        extra: html`autocomplete="off"`,
      })}
      ${textInput(ctx, form, {
        name: 'contactPhone',
        label: 'network.field.contactPhone',
        value: s.contact?.phone ?? '',
        type: 'tel',
        maxlength: 40,
        extra: html`autocomplete="off"`,
      })}
      <button type="submit">${w.t('network.edit.submit')}</button>
    </form>
  </section>`;
}

function reviewSection(
  ctx: PageContext,
  review: ActionPlanReview,
  lookup: NameLookup,
  source: ReportSource,
): Html {
  const { words: w } = ctx;
  const nw = networkWords(ctx);
  const list = (title: MessageKey, items: readonly string[], id: string) =>
    html`<h3 id="${id}">${w.t(title)}</h3>
      ${
        items.length === 0
          ? html`<p>${w.t('actionPlan.review.nothing')}</p>`
          : html`<ul aria-labelledby="${id}">
              ${items.map((text) => html`<li>${text}</li>`)}
            </ul>`
      }`;
  const reportNote =
    source.kind === 'stored'
      ? w.t('actionPlan.report.stored', {
          sequence: source.sequence,
          date: w.date(source.builtAt.toISOString().slice(0, 10)),
        })
      : source.kind === 'sample'
        ? w.t('actionPlan.report.sample', { territory: source.territory })
        : w.t('actionPlan.report.none');
  return html`<section aria-labelledby="review-title">
    <h2 id="review-title">${w.t('actionPlan.review', { date: w.date(review.today) })}</h2>
    <p>${reportNote}</p>
    ${list(
      'actionPlan.review.late',
      review.late.map((l) => lateText(nw, l, lookup)),
      'review-late',
    )}
    ${list(
      'actionPlan.review.offTrack',
      review.offTrack.map((o) => offTrackText(nw, o, lookup)),
      'review-off-track',
    )}
    ${list(
      'actionPlan.review.unmeasured',
      review.unmeasured.map((u) => unmeasuredText(nw, u, lookup)),
      'review-unmeasured',
    )}
    ${
      source.kind === 'none'
        ? ''
        : list(
            'actionPlan.review.unaddressed',
            review.unaddressed.map((u) => unaddressedText(nw, u, lookup)),
            'review-unaddressed',
          )
    }
    <table>
      <caption>
        ${w.t('actionPlan.byStatus')}
      </caption>
      <thead>
        <tr>
          ${MEASURE_STATUSES.map((status) => html`<th scope="col">${measureStatusName(nw, status)}</th>`)}
        </tr>
      </thead>
      <tbody>
        <tr>
          ${MEASURE_STATUSES.map((status) => html`<td>${w.number(review.byStatus[status])}</td>`)}
        </tr>
      </tbody>
    </table>
    ${
      Object.keys(review.budget).length > 0
        ? html`<p>
            ${w.t('actionPlan.budget', {
              amount: Object.entries(review.budget)
                .map(([currency, amount]) =>
                  new Intl.NumberFormat(w.lang, { style: 'currency', currency }).format(amount),
                )
                .join(', '),
            })}
          </p>`
        : ''
    }
  </section>`;
}

/** A measure's indicators: baseline, target and the latest measurement. */
function indicatorsCell(ctx: PageContext, measure: Measure): Html {
  const { words: w } = ctx;
  if (measure.indicators.length === 0) return html``;
  return html`<ul>
    ${measure.indicators.map((i) => {
      const latest = [...i.measurements].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
      return html`<li>
        ${docText(ctx, i.title)}:
        ${w.t('actionPlan.indicator', {
          baseline: w.number(i.baseline),
          target: w.number(i.target),
          unit: w.textPlain(i.unit),
        })}
        ${
          latest
            ? w.t('actionPlan.indicator.latest', {
                value: w.number(latest.value),
                date: w.date(latest.date),
              })
            : ''
        }
      </li>`;
    })}
  </ul>`;
}

/** The forms of a measure its viewer may change: its status, a new measurement. */
function measureForms(
  ctx: PageContext,
  measure: Measure,
  form: NetworkForm | undefined,
  revision: number,
): Html {
  const { words: w } = ctx;
  const nw = networkWords(ctx);
  const statusId = `status-${measure.id}`;
  const f = form && form.values.measure === measure.id ? form : undefined;
  const parts = (name: string) => fieldParts(f, name, `${name}-${measure.id}`);
  const indicator = parts('indicator');
  const date = parts('date');
  const value = parts('value');
  const title = w.textPlain(measure.title);
  return html`<form
      method="post"
      action="${href(ctx, `/action-plan/measures/${measure.id}/status`)}"
      class="inline"
    >
      ${csrfField(ctx)}
      <input type="hidden" name="revision" value="${String(revision)}" />
      <label for="${statusId}">${w.t('actionPlan.status.of', { measure: title })}</label>
      <select id="${statusId}" name="status">
        ${MEASURE_STATUSES.map(
          (s) =>
            html`<option value="${s}" ${s === measure.status ? html`selected` : ''}>
              ${measureStatusName(nw, s)}
            </option>`,
        )}
      </select>
      <button type="submit">${w.t('actionPlan.status.save')}</button>
    </form>
    ${
      measure.indicators.length > 0
        ? html`<form
            method="post"
            action="${href(ctx, `/action-plan/measures/${measure.id}/measurements`)}"
            class="stack"
            novalidate
          >
            ${csrfField(ctx)}
            <input type="hidden" name="revision" value="${String(revision)}" />
            <fieldset>
              <legend>${w.t('actionPlan.measurement.add', { measure: title })}</legend>
              <label for="indicator-${measure.id}"
                >${w.t('actionPlan.measurement.indicator')}</label
              >
              <select id="indicator-${measure.id}" name="indicator" ${indicator.attrs}>
                ${measure.indicators.map(
                  (i) =>
                    html`<option
                      value="${i.id}"
                      ${f?.values.indicator === i.id ? html`selected` : ''}
                    >
                      ${w.textPlain(i.title)}
                    </option>`,
                )}
              </select>
              ${indicator.message(ctx)}
              <label for="date-${measure.id}">${w.t('actionPlan.measurement.date')}</label>
              <input
                id="date-${measure.id}"
                name="date"
                type="date"
                value="${f?.values.date ?? ''}"
                ${date.attrs}
              />
              ${date.message(ctx)}
              <label for="value-${measure.id}">${w.t('actionPlan.measurement.value')}</label>
              <input
                id="value-${measure.id}"
                name="value"
                type="text"
                inputmode="decimal"
                maxlength="30"
                value="${f?.values.value ?? ''}"
                ${value.attrs}
              />
              ${value.message(ctx)}
              <button type="submit">${w.t('actionPlan.measurement.submit')}</button>
            </fieldset>
          </form>`
        : ''
    }`;
}

/** The action plan by goal, its review in words, and the forms of the measures one may change. */
export function actionPlanPage(
  ctx: PageContext,
  options: {
    plan: ActionPlan;
    network?: Network | undefined;
    review: ActionPlanReview;
    source: ReportSource;
    revision: number;
    mayEdit: (measure: Measure) => boolean;
    form?: NetworkForm;
    stale?: boolean;
  },
): Html {
  const { words: w } = ctx;
  const nw = networkWords(ctx);
  const { plan, network } = options;
  const lookup = names(ctx, network, plan);
  const stakeholderName = (id: string) => (network ? nameOf(network, id) : id);
  return html`<h1>${docText(ctx, plan.title)}</h1>
    ${plan.synthetic ? syntheticNote(ctx) : ''}
    ${plan.description ? html`<p class="lead">${docText(ctx, plan.description)}</p>` : ''}
    <p>
      ${w.t('actionPlan.period', { start: w.date(plan.period.start), end: w.date(plan.period.end) })}
    </p>
    ${options.stale ? html`<p class="notice error" role="alert">${w.t('network.stale')}</p>` : ''}
    ${formProblems(ctx, options.form, 'network.form.problem')}
    ${reviewSection(ctx, options.review, lookup, options.source)}
    ${plan.goals.map((goal) => {
      const measures = plan.measures.filter((m) => m.goal === goal.id);
      return html`<section aria-labelledby="goal-${goal.id}">
        <h2 id="goal-${goal.id}">${docText(ctx, goal.title)}</h2>
        ${goal.description ? html`<p>${docText(ctx, goal.description)}</p>` : ''}
        ${
          goal.needs.length > 0
            ? html`<p>
                ${w.t('actionPlan.needs', {
                  needs: goal.needs.map((id) => competenceTitle(ctx, id)).join(', '),
                })}
              </p>`
            : ''
        }
        ${
          measures.length === 0
            ? html`<p>${w.t('actionPlan.measures.none')}</p>`
            : html`<table>
                <caption>
                  ${w.t('actionPlan.measures.caption', {
                    goal: w.textPlain(goal.title),
                    n: w.number(measures.length),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${w.t('actionPlan.measure')}</th>
                    <th scope="col">${w.t('actionPlan.owner')}</th>
                    <th scope="col">${w.t('actionPlan.partners')}</th>
                    <th scope="col">${w.t('actionPlan.when')}</th>
                    <th scope="col">${w.t('actionPlan.status')}</th>
                    <th scope="col">${w.t('actionPlan.indicators')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${measures.map(
                    (m) =>
                      html`<tr id="measure-${m.id}">
                        <th scope="row">${docText(ctx, m.title)}</th>
                        <td>${stakeholderName(m.owner)}</td>
                        <td>${m.partners.map(stakeholderName).join(', ')}</td>
                        <td>${w.date(m.start)} – ${w.date(m.end)}</td>
                        <td>
                          ${measureStatusName(nw, m.status)}
                          ${
                            options.mayEdit(m)
                              ? measureForms(ctx, m, options.form, options.revision)
                              : ''
                          }
                        </td>
                        <td>${indicatorsCell(ctx, m)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
        }
      </section>`;
    })}`;
}
