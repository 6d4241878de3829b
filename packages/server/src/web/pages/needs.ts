import type { NeedsReport } from '@competence-kit/needs-analysis';
import type { NeedsStudy } from '@competence-kit/schemas';
import { html, jsonScript, type Html } from '../html.js';
import type { MessageKey } from '../messages/catalogue.js';
import { href, type PageContext } from '../page.js';
import { erasureNote } from './results.js';
import {
  CONSENT_METHODS,
  FINDING_KINDS,
  GROUPS,
  OUTCOMES,
  PLAN_KINDS,
  PLAN_STATUSES,
  SOURCE_KINDS,
  VOPI_LEVELS,
  type Form,
  type GuideCode,
  type PlanItem,
  type Problem,
} from '../needs-review.js';

/** A form sent back with its problems: the page shows them and keeps what was typed. */
export interface FormState {
  form: string;
  values: Form;
  problems: Problem[];
}

const LABELS: Record<string, Record<string, MessageKey>> = {
  start: { start: 'needs.period.start', end: 'needs.period.end' },
  plan: {
    kind: 'needs.plan.kind',
    title: 'needs.plan.what',
    date: 'needs.plan.date',
    status: 'needs.plan.status',
  },
  source: {
    title: 'needs.source.title',
    kind: 'needs.source.kind',
    publisher: 'needs.source.publisher',
    date: 'needs.source.date',
    summary: 'needs.source.summary',
  },
  session: {
    kind: 'needs.session.kind',
    purpose: 'needs.session.purpose',
    date: 'needs.session.date',
    language: 'needs.session.language',
    facilitator: 'needs.session.facilitator',
    group: 'needs.session.group',
    count: 'needs.session.count',
    consent: 'needs.session.consent',
    summary: 'needs.session.summary',
  },
  finding: {
    statement: 'needs.finding.statement',
    code: 'needs.finding.code',
    kind: 'needs.finding.kind',
    level: 'needs.finding.level',
    competences: 'needs.finding.competences',
    session: 'needs.finding.session',
    source: 'needs.finding.source',
    participants: 'needs.finding.participants',
    validation: 'needs.finding.validation',
    outcome: 'needs.finding.outcome',
  },
  import: {
    instrument: 'needs.import.instrument',
    group: 'needs.session.group',
    delimiter: 'needs.import.delimiter',
    csv: 'needs.import.csv',
    mapping: 'needs.import.mapping',
  },
};

const idOf = (form: string, name: string) => `${form}-${name}`;

/** The problems of a form, as a list of links to their fields (announced to screen readers). */
function problemSummary(ctx: PageContext, state: FormState | undefined, form: string): Html {
  if (!state || state.form !== form || state.problems.length === 0) return html``;
  const { words: w } = ctx;
  const labels = LABELS[form] ?? {};
  return html`<div class="notice error" role="alert" tabindex="-1" id="${form}-problems">
    <p>${w.t('needs.invalid', { problems: String(state.problems.length) })}</p>
    <ul>
      ${state.problems.map((p) => {
        const label = labels[p.field];
        const name = label ? w.plain(label) : p.field;
        return html`<li>
          <a href="#${idOf(form, p.field)}"
            >${w.t(p.code === 'required' ? 'needs.field.required' : 'needs.field.invalid', {
              field: name,
            })}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

interface FieldOptions {
  type?: 'text' | 'date' | 'number' | 'textarea';
  required?: boolean;
  rows?: number;
  hint?: MessageKey;
  value?: string;
}

/** A labelled control; with a problem it is marked invalid and described by its message. */
function control(
  ctx: PageContext,
  state: FormState | undefined,
  form: string,
  name: string,
  options: FieldOptions = {},
): Html {
  const { words: w } = ctx;
  const id = idOf(form, name);
  const mine = state?.form === form ? state : undefined;
  const problem = mine?.problems.find((p) => p.field === name);
  const raw = mine?.values[name];
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? options.value ?? '';
  const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(
    Boolean,
  );
  const aria = html`${problem ? html`aria-invalid="true"` : ''}
  ${described.length ? html`aria-describedby="${described.join(' ')}"` : ''}`;
  const label = LABELS[form]?.[name];
  return html`<label for="${id}">${label ? w.t(label) : name}</label>
    ${options.hint ? html`<p class="help" id="${id}-hint">${w.t(options.hint)}</p>` : ''}
    ${
      problem
        ? html`<p class="error" id="${id}-problem">
            ${w.t(problem.code === 'required' ? 'needs.field.required' : 'needs.field.invalid', {
              field: label ? w.plain(label) : name,
            })}
          </p>`
        : ''
    }
    ${
      options.type === 'textarea'
        ? html`<textarea
            id="${id}"
            name="${name}"
            rows="${String(options.rows ?? 4)}"
            ${options.required ? html`required` : ''}
            ${aria}
          >
${value}</textarea>`
        : html`<input
            id="${id}"
            name="${name}"
            type="${options.type ?? 'text'}"
            value="${value}"
            ${options.type === 'number' ? html`min="1" inputmode="numeric"` : ''}
            ${options.required ? html`required` : ''}
            ${aria}
          />`
    }`;
}

/** A select of codes with their words; `blank` adds a first, empty choice. */
function select(
  ctx: PageContext,
  state: FormState | undefined,
  form: string,
  name: string,
  choices: readonly (readonly [value: string, label: Html | string])[],
  options: { blank?: MessageKey; required?: boolean; hint?: MessageKey } = {},
): Html {
  const { words: w } = ctx;
  const id = idOf(form, name);
  const mine = state?.form === form ? state : undefined;
  const problem = mine?.problems.find((p) => p.field === name);
  const raw = mine?.values[name];
  const chosen = Array.isArray(raw) ? raw[0] : raw;
  const label = LABELS[form]?.[name];
  const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(
    Boolean,
  );
  return html`<label for="${id}">${label ? w.t(label) : name}</label>
    ${options.hint ? html`<p class="help" id="${id}-hint">${w.t(options.hint)}</p>` : ''}
    ${
      problem
        ? html`<p class="error" id="${id}-problem">
            ${w.t(problem.code === 'required' ? 'needs.field.required' : 'needs.field.invalid', {
              field: label ? w.plain(label) : name,
            })}
          </p>`
        : ''
    }
    <select
      id="${id}"
      name="${name}"
      ${options.required ? html`required` : ''}
      ${problem ? html`aria-invalid="true"` : ''}
      ${described.length ? html`aria-describedby="${described.join(' ')}"` : ''}
    >
      ${options.blank ? html`<option value="">${w.t(options.blank)}</option>` : ''}
      ${choices.map(
        ([value, text]) =>
          html`<option value="${value}" ${chosen === value ? html`selected` : ''}>${text}</option>`,
      )}
    </select>`;
}

const words = (ctx: PageContext, prefix: string, codes: readonly string[]) =>
  codes.map((c) => [c, ctx.words.t(`${prefix}.${c}` as MessageKey)] as const);

/** The links between the parts of the review. */
function sectionNav(ctx: PageContext, current: string): Html {
  const { words: w } = ctx;
  const parts: [string, MessageKey][] = [
    ['/needs', 'needs.section.plan'],
    ['/needs/evidence', 'needs.section.evidence'],
    ['/needs/findings', 'needs.section.findings'],
    ['/needs/questionnaires', 'needs.section.questionnaires'],
    ['/needs/import', 'needs.section.import'],
    ['/needs/reports', 'needs.section.reports'],
  ];
  return html`<nav aria-label="${w.plain('needs.sections')}" class="subnav">
    <ul>
      ${parts.map(
        ([path, key]) =>
          html`<li>
            <a href="${href(ctx, path)}" ${path === current ? html`aria-current="page"` : ''}
              >${w.t(key)}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

const hidden = (ctx: PageContext) => html`<input type="hidden" name="_csrf" value="${ctx.csrf}" />`;

/** Before the review starts: its period. */
export function startPage(ctx: PageContext, state?: FormState): Html {
  const { words: w } = ctx;
  return html`<h1>${w.t('needs.title')}</h1>
    <p class="lead">${w.t('needs.lead')}</p>
    <h2>${w.t('needs.start.title')}</h2>
    <p>${w.t('needs.start.lead')}</p>
    ${problemSummary(ctx, state, 'start')}
    <form method="post" action="${href(ctx, '/needs/start')}" class="stack" novalidate>
      ${hidden(ctx)}
      <fieldset class="stack">
        <legend>${w.t('needs.period')}</legend>
        ${control(ctx, state, 'start', 'start', { type: 'date', required: true })}
        ${control(ctx, state, 'start', 'end', { type: 'date', required: true })}
      </fieldset>
      <button type="submit">${w.t('needs.start.submit')}</button>
    </form>`;
}

/** The review's overview: its period, what has been recorded, and its plan. */
export function planPage(
  ctx: PageContext,
  study: NeedsStudy,
  plan: readonly PlanItem[],
  state?: FormState,
): Html {
  const { words: w } = ctx;
  const responses = study.questionnaires.reduce((n, q) => n + q.responses.length, 0);
  return html`<h1>${w.t('needs.title')}</h1>
    ${sectionNav(ctx, '/needs')}
    <p class="lead">
      ${w.t('needs.period')}: ${w.date(study.period.start)} – ${w.date(study.period.end)}
    </p>
    <p>
      ${w.t('needs.summary', {
        sources: w.number(study.sources.length),
        sessions: w.number(study.sessions.length),
        responses: w.number(responses),
        findings: w.number(study.findings.length),
      })}
    </p>
    <h2>${w.t('needs.section.plan')}</h2>
    ${
      plan.length === 0
        ? html`<p>${w.t('needs.plan.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('needs.plan.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('needs.plan.what')}</th>
                <th scope="col">${w.t('needs.plan.kind')}</th>
                <th scope="col">${w.t('needs.plan.date')}</th>
                <th scope="col">${w.t('needs.plan.status')}</th>
                <th scope="col">${w.t('needs.plan.change')}</th>
              </tr>
            </thead>
            <tbody>
              ${plan.map(
                (item) =>
                  html`<tr>
                    <th scope="row" id="${item.id}-title">${item.title}</th>
                    <td>${w.t(`needs.kind.${item.kind}` as MessageKey)}</td>
                    <td>${item.date ? w.date(item.date) : ''}</td>
                    <td>${w.t(`needs.status.${item.status}` as MessageKey)}</td>
                    <td>
                      <form
                        method="post"
                        action="${href(ctx, `/needs/plan/${item.id}`)}"
                        class="inline-fields"
                        aria-labelledby="${item.id}-title"
                      >
                        ${hidden(ctx)}
                        <label for="${item.id}-status" class="visually-hidden"
                          >${w.t('needs.plan.status')}</label
                        >
                        <select id="${item.id}-status" name="status">
                          ${PLAN_STATUSES.map(
                            (s) =>
                              html`<option value="${s}" ${s === item.status ? html`selected` : ''}>
                                ${w.t(`needs.status.${s}` as MessageKey)}
                              </option>`,
                          )}
                        </select>
                        <label for="${item.id}-date" class="visually-hidden"
                          >${w.t('needs.plan.date')}</label
                        >
                        <input
                          id="${item.id}-date"
                          name="date"
                          type="date"
                          value="${item.date ?? ''}"
                        />
                        <button type="submit">${w.t('needs.plan.save')}</button>
                      </form>
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <h3>${w.t('needs.plan.add')}</h3>
    ${problemSummary(ctx, state, 'plan')}
    <form method="post" action="${href(ctx, '/needs/plan')}" class="stack" novalidate>
      ${hidden(ctx)}
      ${select(ctx, state, 'plan', 'kind', words(ctx, 'needs.kind', PLAN_KINDS), { required: true })}
      ${control(ctx, state, 'plan', 'title', { required: true })}
      ${control(ctx, state, 'plan', 'date', { type: 'date' })}
      ${select(ctx, state, 'plan', 'status', words(ctx, 'needs.status', PLAN_STATUSES))}
      <button type="submit">${w.t('needs.plan.add')}</button>
    </form>`;
}

/** Desk-research sources and sessions (interviews, focus groups): lists and the forms to add. */
export function evidencePage(ctx: PageContext, study: NeedsStudy, state?: FormState): Html {
  const { words: w, portal } = ctx;
  return html`<h1>${w.t('needs.section.evidence')}</h1>
    ${sectionNav(ctx, '/needs/evidence')}
    <h2>${w.t('needs.sources.title')}</h2>
    ${
      study.sources.length === 0
        ? html`<p>${w.t('needs.sources.none')}</p>`
        : html`<ul class="records">
            ${study.sources.map(
              (s) =>
                html`<li>
                  <strong>${s.title}</strong> (${w.t(`needs.sourceKind.${s.kind}` as MessageKey)}${
                    s.date ? html`, ${w.date(s.date)}` : ''
                  })
                  <p>${w.text(s.summary)}</p>
                </li>`,
            )}
          </ul>`
    }
    <h3>${w.t('needs.sources.add')}</h3>
    ${problemSummary(ctx, state, 'source')}
    <form method="post" action="${href(ctx, '/needs/sources')}" class="stack" novalidate>
      ${hidden(ctx)} ${control(ctx, state, 'source', 'title', { required: true })}
      ${select(ctx, state, 'source', 'kind', words(ctx, 'needs.sourceKind', SOURCE_KINDS), {
        required: true,
      })}
      ${control(ctx, state, 'source', 'publisher')}
      ${control(ctx, state, 'source', 'date', { type: 'date' })}
      ${control(ctx, state, 'source', 'summary', { type: 'textarea', required: true })}
      <button type="submit">${w.t('needs.sources.add')}</button>
    </form>
    <h2>${w.t('needs.sessions.title')}</h2>
    <p>${w.t('needs.sessions.privacy')}</p>
    ${
      study.sessions.length === 0
        ? html`<p>${w.t('needs.sessions.none')}</p>`
        : html`<ul class="records">
            ${study.sessions.map(
              (s) =>
                html`<li>
                  <strong>${w.t(`needs.kind.${s.kind}` as MessageKey)}, ${w.date(s.date)}</strong>
                  (${s.participants
                    .map(
                      (p) =>
                        `${w.number(p.count)} ${w.plain(`needs.group.${p.group}` as MessageKey)}`,
                    )
                    .join(', ')})
                  <p>${w.text(s.summary)}</p>
                </li>`,
            )}
          </ul>`
    }
    <h3>${w.t('needs.sessions.add')}</h3>
    ${problemSummary(ctx, state, 'session')}
    <form method="post" action="${href(ctx, '/needs/sessions')}" class="stack" novalidate>
      ${hidden(ctx)}
      ${select(
        ctx,
        state,
        'session',
        'kind',
        [
          ['interview', w.t('needs.kind.interview')],
          ['focus-group', w.t('needs.kind.focus-group')],
        ],
        { required: true },
      )}
      ${select(
        ctx,
        state,
        'session',
        'purpose',
        words(ctx, 'needs.purpose', ['exploration', 'validation']),
        { blank: 'needs.finding.none' },
      )}
      ${control(ctx, state, 'session', 'date', { type: 'date', required: true })}
      ${select(
        ctx,
        state,
        'session',
        'language',
        portal.city.languages.map((l) => [l, l] as const),
        { required: true },
      )}
      ${control(ctx, state, 'session', 'facilitator', { required: true })}
      ${select(ctx, state, 'session', 'group', words(ctx, 'needs.group', GROUPS), {
        required: true,
      })}
      ${control(ctx, state, 'session', 'count', { type: 'number', required: true })}
      ${select(ctx, state, 'session', 'consent', words(ctx, 'needs.consent', CONSENT_METHODS), {
        required: true,
      })}
      ${control(ctx, state, 'session', 'summary', { type: 'textarea', required: true })}
      <button type="submit">${w.t('needs.sessions.add')}</button>
    </form>`;
}

/** The coded findings and the form that codes one more. */
export function findingsPage(
  ctx: PageContext,
  study: NeedsStudy,
  codes: readonly GuideCode[],
  state?: FormState,
): Html {
  const { words: w, portal } = ctx;
  const competences = portal.framework.competences;
  const chosen = new Set(
    state?.form === 'finding' ? [state.values.competences ?? []].flat() : ([] as string[]),
  );
  const competenceProblem =
    state?.form === 'finding' && state.problems.find((p) => p.field === 'competences');
  return html`<h1>${w.t('needs.findings.title')}</h1>
    ${sectionNav(ctx, '/needs/findings')}
    ${
      study.findings.length === 0
        ? html`<p>${w.t('needs.findings.none')}</p>`
        : html`<ul class="records">
            ${study.findings.map(
              (f) =>
                html`<li>
                  <strong>${w.text(f.statement)}</strong>
                  <p>
                    ${w.t(`needs.findingKind.${f.kind}` as MessageKey)} ·
                    ${w.t(`needs.level.${f.level}` as MessageKey)} ·
                    ${f.competences
                      .map((id) => {
                        const c = competences.find((x) => x.id === id);
                        return c ? w.textPlain(c.title) : id;
                      })
                      .join(', ')}
                    ${f.validation ? html` · ${w.t(`needs.outcome.${f.validation.outcome}` as MessageKey)}` : ''}
                  </p>
                </li>`,
            )}
          </ul>`
    }
    <h2>${w.t('needs.findings.add')}</h2>
    ${problemSummary(ctx, state, 'finding')}
    <form method="post" action="${href(ctx, '/needs/findings')}" class="stack" novalidate>
      ${hidden(ctx)}
      ${control(ctx, state, 'finding', 'statement', { type: 'textarea', required: true, rows: 3 })}
      ${select(ctx, state, 'finding', 'kind', words(ctx, 'needs.findingKind', FINDING_KINDS), {
        required: true,
      })}
      ${select(
        ctx,
        state,
        'finding',
        'code',
        codes.map((c) => [c.id, w.textPlain(c.text)] as const),
        { blank: 'needs.finding.noCode', hint: 'needs.finding.code.hint' },
      )}
      ${select(ctx, state, 'finding', 'level', words(ctx, 'needs.level', VOPI_LEVELS), {
        blank: 'needs.finding.anyLevel',
      })}
      <fieldset
        id="finding-competences"
        ${competenceProblem ? html`aria-describedby="finding-competences-problem"` : ''}
      >
        <legend>${w.t('needs.finding.competences')}</legend>
        ${
          competenceProblem
            ? html`<p class="error" id="finding-competences-problem">
                ${w.t(
                  competenceProblem.code === 'required'
                    ? 'needs.field.required'
                    : 'needs.field.invalid',
                  { field: w.plain('needs.finding.competences') },
                )}
              </p>`
            : ''
        }
        ${competences.map(
          (c) =>
            html`<label class="check">
              <input
                type="checkbox"
                name="competences"
                value="${c.id}"
                ${chosen.has(c.id) ? html`checked` : ''}
              />
              ${w.text(c.title)}
            </label>`,
        )}
      </fieldset>
      <fieldset class="stack">
        <legend>${w.t('needs.finding.evidence')}</legend>
        ${select(
          ctx,
          state,
          'finding',
          'session',
          study.sessions.map(
            (s) =>
              [
                s.id,
                `${w.plain(`needs.kind.${s.kind}` as MessageKey)}, ${w.date(s.date)}`,
              ] as const,
          ),
          { blank: 'needs.finding.none' },
        )}
        ${control(ctx, state, 'finding', 'participants', { type: 'number' })}
        ${select(
          ctx,
          state,
          'finding',
          'source',
          study.sources.map((s) => [s.id, s.title] as const),
          { blank: 'needs.finding.none' },
        )}
      </fieldset>
      ${select(
        ctx,
        state,
        'finding',
        'validation',
        study.sessions
          .filter((s) => s.kind === 'focus-group')
          .map((s) => [s.id, `${w.plain('needs.kind.focus-group')}, ${w.date(s.date)}`] as const),
        { blank: 'needs.finding.none' },
      )}
      ${select(ctx, state, 'finding', 'outcome', words(ctx, 'needs.outcome', OUTCOMES), {
        blank: 'needs.finding.none',
      })}
      <button type="submit">${w.t('needs.findings.add')}</button>
    </form>`;
}

/** One row of an import's report. */
export interface ImportIssue {
  line: number;
  column?: string | undefined;
  code: string;
  message: string;
}

/** The import form, what has been imported, and the report of the last import. */
export function importPage(
  ctx: PageContext,
  study: NeedsStudy,
  options: {
    instruments: readonly { id: string; title: Html }[];
    mappingExample: string;
    state?: FormState | undefined;
    problem?: Html | undefined;
    result?: { imported: number; skipped: number; issues: readonly ImportIssue[] } | undefined;
  },
): Html {
  const { words: w } = ctx;
  const { state } = options;
  return html`<h1>${w.t('needs.import.title')}</h1>
    ${sectionNav(ctx, '/needs/import')}
    <p class="lead">${w.t('needs.import.lead')}</p>
    ${
      options.result
        ? html`<div class="notice" role="status">
              <p>
                ${w.t('needs.import.result', {
                  imported: w.number(options.result.imported),
                  skipped: w.number(options.result.skipped),
                })}
              </p>
            </div>
            ${
              options.result.issues.length
                ? html`<table>
                    <caption>
                      ${w.t('needs.import.issues')}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">${w.t('needs.import.line')}</th>
                        <th scope="col">${w.t('needs.import.column')}</th>
                        <th scope="col">${w.t('needs.import.problem')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${options.result.issues.map(
                        (i) =>
                          html`<tr>
                            <td>${w.number(i.line)}</td>
                            <td>${i.column ?? ''}</td>
                            <td><code>${i.code}</code> ${i.message}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>`
                : ''
            }`
        : ''
    }
    ${options.problem ? html`<p class="notice error" role="alert">${options.problem}</p>` : ''}
    ${problemSummary(ctx, state, 'import')}
    <form method="post" action="${href(ctx, '/needs/import')}" class="stack wide" novalidate>
      ${hidden(ctx)}
      ${select(
        ctx,
        state,
        'import',
        'instrument',
        options.instruments.map((i) => [i.id, i.title] as const),
        { required: true },
      )}
      ${select(ctx, state, 'import', 'group', words(ctx, 'needs.group', GROUPS), { required: true })}
      ${select(ctx, state, 'import', 'delimiter', [
        [',', ','],
        [';', ';'],
        ['tab', 'Tab'],
      ])}
      ${control(ctx, state, 'import', 'csv', { type: 'textarea', required: true, rows: 10 })}
      ${control(ctx, state, 'import', 'mapping', {
        type: 'textarea',
        required: true,
        rows: 10,
        hint: 'needs.import.mapping.hint',
        value: options.mappingExample,
      })}
      <button type="submit">${w.t('needs.import.submit')}</button>
    </form>
    <h2>${w.t('needs.import.imported')}</h2>
    ${
      study.questionnaires.length === 0
        ? html`<p>${w.t('needs.import.none')}</p>`
        : html`<ul>
            ${study.questionnaires.map(
              (q) =>
                html`<li>
                  ${options.instruments.find((i) => i.id === q.instrument.id)?.title ?? q.id}:
                  ${w.number(q.responses.length)} (${w.t(`needs.group.${q.group}` as MessageKey)})
                </li>`,
            )}
          </ul>`
    }`;
}

/** The reports built so far and the button that builds one more. */
export function reportsPage(
  ctx: PageContext,
  reports: readonly { sequence: number; builtAt: Date }[],
  options: { minGroupSize: number; problem?: Html | undefined },
): Html {
  const { words: w } = ctx;
  return html`<h1>${w.t('needs.reports.title')}</h1>
    ${sectionNav(ctx, '/needs/reports')}
    <p class="lead">${w.t('needs.reports.lead', { k: options.minGroupSize })}</p>
    ${options.problem ? html`<p class="notice error" role="alert">${options.problem}</p>` : ''}
    <form method="post" action="${href(ctx, '/needs/reports')}">
      ${hidden(ctx)}
      <button type="submit">${w.t('needs.reports.build')}</button>
    </form>
    ${
      reports.length === 0
        ? html`<p>${w.t('needs.reports.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('needs.reports.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('needs.reports.number')}</th>
                <th scope="col">${w.t('needs.reports.built')}</th>
              </tr>
            </thead>
            <tbody>
              ${reports.map(
                (r) =>
                  html`<tr>
                    <th scope="row">
                      <a href="${href(ctx, `/needs/reports/${r.sequence}`)}"
                        >${w.t('needs.reports.open', { n: r.sequence })}</a
                      >
                    </th>
                    <td>${w.date(r.builtAt.toISOString().slice(0, 10))}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }`;
}

/** The names of the report formats. */
export const REPORT_FORMATS = { html: 'HTML', md: 'Markdown', csv: 'CSV' } as const;

/** One report: the downloads in the city's languages, then `<ck-needs-report>` with its data. */
export function reportPage(
  ctx: PageContext,
  options: {
    sequence: number;
    builtAt: string;
    report: NeedsReport;
    languages: Record<string, string>;
    /** Accounts erased since the report was built whose answers it still counts (0023). */
    erasedSince?: number;
  },
): Html {
  const { words: w, portal } = ctx;
  return html`<h1>
      ${w.t('needs.report.title', { n: options.sequence, date: w.date(options.builtAt) })}
    </h1>
    ${sectionNav(ctx, '/needs/reports')}
    ${erasureNote(ctx, options.builtAt, options.erasedSince ?? 0)}
    <h2>${w.t('needs.report.downloads')}</h2>
    <ul class="downloads">
      ${Object.entries(REPORT_FORMATS).flatMap(([format, name]) =>
        portal.city.languages.map(
          (lang) =>
            html`<li>
              <a
                href="${href(ctx, `/needs/reports/${options.sequence}/report.${format}?in=${lang}`)}"
                download
                hreflang="${lang}"
                >${w.t('needs.report.download', {
                  format: name,
                  language: options.languages[lang] ?? lang,
                })}</a
              >
            </li>`,
        ),
      )}
    </ul>
    <noscript><p>${w.t('needs.report.script')}</p></noscript>
    <ck-needs-report lang="${w.lang}" dir="${w.dir}"></ck-needs-report>
    ${jsonScript('ck-needs-report-data', options.report)}`;
}
