// The programme area's pages: the programme in force and the drafts (planning), a programme's
// sessions to edit and publish, and a session with the people enrolled, their attendance and
// its waiting list.
import type { Module, Programme, ProgrammeSession } from '@competence-kit/schemas';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../messages/catalogue.js';
import { href, type PageContext } from '../page.js';
import { sessionDates } from './public.js';

/** A person enrolled in a session, with their recorded attendance. */
export interface AttendanceRow {
  accountId: string;
  email: string;
  attended: boolean;
}

/** What was wrong with a form: the message, and the id of the control it is about. */
export interface FormProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The id of the control to link to (and describe), if the problem is about one. */
  control?: string;
}

/** A programme stored in the portal, as the planning page lists it. */
export interface StoredProgrammeSummary {
  programmeId: string;
  status: 'draft' | 'published';
  programme: Programme;
  createdAt: string;
  /** The stored revision the page shows: every edit form sends it back (a stale one gets 409). */
  revision: number;
}

/** The planner's report kept with a draft: the monthly load. */
export interface PlanReport {
  load?: { month: string; maxDays: number; meanDays: number }[];
  /** How many staff members' self-assessments the demand came from. */
  people?: number;
}

/** The values of the planning form (shown again after a refusal). */
export interface PlanForm {
  start: string;
  months: string;
  capacity: string;
  room: string;
  trainer: string;
  language: string;
  maxDays: string;
}

const problemBlock = (ctx: PageContext, problem: FormProblem | undefined, id: string) =>
  problem
    ? html`<p class="error" role="alert" id="${id}">
        ${
          problem.control
            ? html`<a href="#${problem.control}">${ctx.words.t(problem.key, problem.params)}</a>`
            : ctx.words.t(problem.key, problem.params)
        }
      </p>`
    : '';

/** `aria-describedby` and `aria-invalid` on the control a problem is about. */
const describedIf = (problem: FormProblem | undefined, control: string, id: string) =>
  problem?.control === control ? html`aria-describedby="${id}" aria-invalid="true"` : '';

const placeName = (ctx: PageContext, session: ProgrammeSession) =>
  session.place.type === 'online' ? ctx.words.plain('programme.place.online') : session.place.name;

/** The sessions of a programme in a table: module, dates, place, language, enrolled/capacity. */
function sessionsTable(
  ctx: PageContext,
  programme: Programme,
  modules: ReadonlyMap<string, Module>,
  enrolled: ReadonlyMap<string, number> | undefined,
  caption: MessageKey,
): Html {
  const w = ctx.words;
  if (programme.sessions.length === 0) return html`<p>${w.t('programme.plan.noSessions')}</p>`;
  return html`<table>
    <caption>
      ${w.t(caption)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${w.t('programme.plan.module')}</th>
        <th scope="col">${w.t('programme.plan.dates')}</th>
        <th scope="col">${w.t('programme.plan.place')}</th>
        <th scope="col">${w.t('programme.plan.trainer')}</th>
        <th scope="col">${w.t('programme.plan.language')}</th>
        <th scope="col">
          ${enrolled ? w.t('programme.plan.enrolled') : w.t('programme.plan.capacity')}
        </th>
      </tr>
    </thead>
    <tbody>
      ${programme.sessions.map((s) => {
        const m = modules.get(s.module);
        const title = m ? w.text(m.title) : s.module;
        return html`<tr>
          <th scope="row">
            ${
              enrolled
                ? html`<a href="${href(ctx, `/programme/sessions/${s.id}`)}">${title}</a>`
                : title
            }
            (${s.id})
          </th>
          <td>${sessionDates(ctx, s)}</td>
          <td>${placeName(ctx, s)}</td>
          <td>${s.trainer ?? ''}</td>
          <td>${s.language}</td>
          <td>
            ${
              enrolled
                ? w.t('programme.plan.of', {
                    enrolled: enrolled.get(s.id) ?? 0,
                    capacity: s.capacity,
                  })
                : String(s.capacity)
            }
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The planning page: the programme in force, the stored programmes and the planning form. */
export function overviewPage(
  ctx: PageContext,
  options: {
    inForce: Programme | undefined;
    /** Whether the programme in force is stored in the portal (else the city file's). */
    inForceStored: boolean;
    enrolled: ReadonlyMap<string, number>;
    modules: ReadonlyMap<string, Module>;
    stored: readonly StoredProgrammeSummary[];
    form: PlanForm;
    problem?: FormProblem | undefined;
  },
): Html {
  const w = ctx.words;
  const { inForce, form, problem } = options;
  const drafts = options.stored.filter((p) => p.status === 'draft');
  const field = (
    id: string,
    name: keyof PlanForm,
    label: MessageKey,
    attributes: Html,
    hint?: MessageKey,
  ) =>
    html`<p>
      <label for="${id}">${w.t(label)}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${w.t(hint)}</span>` : ''}
      <input
        id="${id}"
        name="${name}"
        value="${form[name]}"
        ${attributes}
        ${hint && problem?.control !== id ? html`aria-describedby="${id}-hint"` : ''}
        ${describedIf(problem, id, 'plan-problem')}
      />
    </p>`;
  return html`<h1>${w.t('programme.title')}</h1>
    <p class="lead">${w.t('programme.lead')}</p>
    <h2>${w.t('programme.inForce.title')}</h2>
    ${
      inForce
        ? html`<p>
              ${w.t(options.inForceStored ? 'programme.inForce.stored' : 'programme.inForce.file', {
                id: inForce.id,
                start: w.date(inForce.period.start),
                end: w.date(inForce.period.end),
              })}
              ${
                options.inForceStored
                  ? html`<a href="${href(ctx, `/programme/plans/${inForce.id}`)}"
                      >${w.t('programme.inForce.edit')}</a
                    >`
                  : ''
              }
            </p>
            ${sessionsTable(ctx, inForce, options.modules, options.enrolled, 'programme.inForce.sessions')}
            <p>
              <a href="${href(ctx, '/programme/credentials')}"
                >${w.t('credentials.coordinator.title')}</a
              >
            </p>`
        : html`<p>${w.t('programme.inForce.none')}</p>`
    }
    <h2>${w.t('programme.drafts.title')}</h2>
    ${
      drafts.length === 0
        ? html`<p>${w.t('programme.drafts.none')}</p>`
        : html`<ul>
            ${drafts.map(
              (d) =>
                html`<li>
                  <a href="${href(ctx, `/programme/plans/${d.programmeId}`)}">${d.programmeId}</a>:
                  ${w.t('programme.drafts.item', {
                    start: w.date(d.programme.period.start),
                    end: w.date(d.programme.period.end),
                    sessions: d.programme.sessions.length,
                  })}
                </li>`,
            )}
          </ul>`
    }
    <h2>${w.t('programme.plan.title')}</h2>
    <p>${w.t('programme.plan.lead')}</p>
    ${problemBlock(ctx, problem, 'plan-problem')}
    <form method="post" action="${href(ctx, '/programme/plans')}">
      <input type="hidden" name="_csrf" value="${ctx.csrf}" />
      ${field('plan-start', 'start', 'programme.plan.start', html`type="month" required`, 'programme.plan.startHint')}
      ${field('plan-months', 'months', 'programme.plan.months', html`type="number" min="1" max="24" required`)}
      ${field('plan-capacity', 'capacity', 'programme.plan.defaultCapacity', html`type="number" min="1" max="1000"`, 'programme.plan.capacityHint')}
      ${field('plan-room', 'room', 'programme.plan.room', html`type="text" maxlength="200" required`)}
      ${field('plan-trainer', 'trainer', 'programme.plan.trainer', html`type="text" maxlength="200"`)}
      <p>
        <label for="plan-language">${w.t('programme.plan.language')}</label>
        <select
          id="plan-language"
          name="language"
          ${describedIf(problem, 'plan-language', 'plan-problem')}
        >
          ${ctx.portal.city.languages.map(
            (l) =>
              html`<option value="${l}" ${l === form.language ? html`selected` : ''}>${l}</option>`,
          )}
        </select>
      </p>
      ${field('plan-max-days', 'maxDays', 'programme.plan.maxDays', html`type="number" min="1" max="31" required`)}
      <button type="submit">${w.t('programme.plan.submit')}</button>
    </form>`;
}

/** The controls of one session: dates, place, trainer, capacity and (drafts) language. */
function sessionFields(
  ctx: PageContext,
  prefix: string,
  session: Partial<ProgrammeSession>,
  options: { languageLocked: boolean; problem?: FormProblem | undefined; problemId: string },
): Html {
  const w = ctx.words;
  const { problem, problemId } = options;
  const online = session.place?.type === 'online';
  const room = session.place?.type === 'in-person' ? session.place.name : '';
  const d = (control: string) => describedIf(problem, `${prefix}-${control}`, problemId);
  return html`<p>
      <label for="${prefix}-dates">${w.t('programme.plan.dates')}</label>
      <span class="hint" id="${prefix}-dates-hint">${w.t('programme.edit.datesHint')}</span>
      <input
        id="${prefix}-dates"
        name="dates"
        type="text"
        required
        value="${(session.dates ?? []).join(', ')}"
        ${problem?.control === `${prefix}-dates` ? d('dates') : html`aria-describedby="${prefix}-dates-hint"`}
      />
    </p>
    <p>
      <label for="${prefix}-place-type">${w.t('programme.edit.placeType')}</label>
      <select id="${prefix}-place-type" name="placeType" ${d('place-type')}>
        <option value="in-person" ${online ? '' : html`selected`}>
          ${w.t('programme.place.inPerson')}
        </option>
        <option value="online" ${online ? html`selected` : ''}>
          ${w.t('programme.place.online')}
        </option>
      </select>
    </p>
    <p>
      <label for="${prefix}-room">${w.t('programme.plan.room')}</label>
      <input
        id="${prefix}-room"
        name="room"
        type="text"
        maxlength="200"
        value="${room}"
        ${d('room')}
      />
    </p>
    <p>
      <label for="${prefix}-trainer">${w.t('programme.plan.trainer')}</label>
      <input
        id="${prefix}-trainer"
        name="trainer"
        type="text"
        maxlength="200"
        value="${session.trainer ?? ''}"
        ${d('trainer')}
      />
    </p>
    <p>
      <label for="${prefix}-capacity">${w.t('programme.plan.capacity')}</label>
      <input
        id="${prefix}-capacity"
        name="capacity"
        type="number"
        min="1"
        max="1000"
        required
        value="${session.capacity === undefined ? '' : String(session.capacity)}"
        ${d('capacity')}
      />
    </p>
    ${
      options.languageLocked
        ? html`<p>${w.t('programme.edit.languageLocked', { language: session.language ?? '' })}</p>`
        : html`<p>
            <label for="${prefix}-language">${w.t('programme.plan.language')}</label>
            <select id="${prefix}-language" name="language" ${d('language')}>
              ${ctx.portal.city.languages.map(
                (l) =>
                  html`<option value="${l}" ${l === session.language ? html`selected` : ''}>
                    ${l}
                  </option>`,
              )}
            </select>
          </p>`
    }`;
}

/** A stored programme to edit: its sessions one form each, adding a session, publishing. */
export function planPage(
  ctx: PageContext,
  options: {
    stored: StoredProgrammeSummary;
    report: PlanReport | null;
    modules: ReadonlyMap<string, Module>;
    enrolled: ReadonlyMap<string, number>;
    /** The session a problem is about ('new' for the form that adds one), and the problem. */
    problem?: { session: string; problem: FormProblem } | undefined;
  },
): Html {
  const w = ctx.words;
  const { stored, report, modules, problem } = options;
  const { programme } = stored;
  const published = stored.status === 'published';
  const base = `/programme/plans/${stored.programmeId}`;
  const problemFor = (session: string) =>
    problem?.session === session ? problem.problem : undefined;
  const load = report?.load ?? [];
  const unplaced = programme.unplaced ?? [];
  const newProblem = problemFor('new');
  // Which revision the page was built from: a save from it is refused once another was stored.
  const hidden = html`<input type="hidden" name="_csrf" value="${ctx.csrf}" />
    <input type="hidden" name="revision" value="${String(stored.revision)}" />`;
  return html`<h1>
      ${w.t(published ? 'programme.edit.titlePublished' : 'programme.edit.titleDraft', { id: programme.id })}
    </h1>
    <p>
      ${w.t('programme.edit.period', {
        start: w.date(programme.period.start),
        end: w.date(programme.period.end),
        sessions: programme.sessions.length,
      })}
      ${report?.people === undefined ? '' : w.t('programme.edit.demand', { people: report.people })}
    </p>
    <p><a href="${href(ctx, '/programme')}">${w.t('programme.edit.back')}</a></p>
    ${problemBlock(ctx, problemFor('publish'), 'publish-problem')}
    ${
      published
        ? html`<p>${w.t('programme.edit.publishedNote')}</p>`
        : html`<form method="post" action="${href(ctx, `${base}/publish`)}">
            ${hidden}
            <p>${w.t('programme.edit.publishNote')}</p>
            <button type="submit">${w.t('programme.edit.publish')}</button>
          </form>`
    }
    <h2>${w.t('programme.unplaced.title')}</h2>
    ${
      unplaced.length === 0
        ? html`<p>${w.t('programme.unplaced.none')}</p>`
        : html`<ul>
            ${unplaced.map((u) => {
              const m = modules.get(u.module);
              return html`<li>
                ${m ? w.text(m.title) : u.module}:
                ${w.t('programme.unplaced.item', { people: u.people ?? 0, reason: u.reason })}
                <span lang="en">${u.message}</span>
              </li>`;
            })}
          </ul>`
    }
    <h2>${w.t('programme.load.title')}</h2>
    ${
      load.length === 0
        ? html`<p>${w.t('programme.load.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('programme.load.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('programme.load.month')}</th>
                <th scope="col">${w.t('programme.load.max')}</th>
                <th scope="col">${w.t('programme.load.mean')}</th>
              </tr>
            </thead>
            <tbody>
              ${load.map(
                (l) =>
                  html`<tr>
                    <th scope="row">${l.month}</th>
                    <td>${w.number(l.maxDays)}</td>
                    <td>${w.number(Math.round(l.meanDays * 100) / 100)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <h2>${w.t('programme.edit.sessions')}</h2>
    ${sessionsTable(ctx, programme, modules, published ? options.enrolled : undefined, 'programme.edit.sessions')}
    ${programme.sessions.map((s, i) => {
      const m = modules.get(s.module);
      const sessionProblem = problemFor(s.id);
      const problemId = `session-${i}-problem`;
      return html`<section aria-labelledby="session-${i}-title">
        <h3 id="session-${i}-title">${m ? w.text(m.title) : s.module} (${s.id})</h3>
        ${
          published
            ? html`<p>
                ${w.t('programme.plan.of', { enrolled: options.enrolled.get(s.id) ?? 0, capacity: s.capacity })}
              </p>`
            : ''
        }
        ${problemBlock(ctx, sessionProblem, problemId)}
        <form method="post" action="${href(ctx, `${base}/sessions/${s.id}`)}">
          ${hidden}
          ${sessionFields(ctx, `s-${i}`, s, { languageLocked: published, problem: sessionProblem, problemId })}
          <button type="submit" aria-describedby="session-${i}-title">
            ${w.t('programme.edit.save')}
          </button>
        </form>
        <form method="post" action="${href(ctx, `${base}/sessions/${s.id}/remove`)}">
          ${hidden}
          <button type="submit" aria-describedby="session-${i}-title">
            ${w.t('programme.edit.remove')}
          </button>
        </form>
      </section>`;
    })}
    <h2 id="add-title">${w.t('programme.edit.add')}</h2>
    ${problemBlock(ctx, newProblem, 'new-problem')}
    <form method="post" action="${href(ctx, `${base}/sessions`)}" aria-labelledby="add-title">
      ${hidden}
      <p>
        <label for="new-module">${w.t('programme.plan.module')}</label>
        <select
          id="new-module"
          name="module"
          ${describedIf(newProblem, 'new-module', 'new-problem')}
        >
          ${[...modules.values()].map(
            (m) => html`<option value="${m.id}">${w.text(m.title)}</option>`,
          )}
        </select>
      </p>
      ${sessionFields(ctx, 'new', {}, { languageLocked: false, problem: newProblem, problemId: 'new-problem' })}
      <button type="submit">${w.t('programme.edit.addSubmit')}</button>
    </form>`;
}

/**
 * The answer to a save from a page opened before someone else saved the programme (409): what
 * happened, that nothing was saved, and the way back to the programme as it is now.
 */
export function stalePage(ctx: PageContext, programmeId: string): Html {
  const w = ctx.words;
  return html`<h1>${w.t('programme.stale.title')}</h1>
    <p>${w.t('programme.stale.text')}</p>
    <p>
      <a href="${href(ctx, `/programme/plans/${programmeId}`)}">${w.t('programme.stale.reload')}</a>
    </p>`;
}

/** A session, its enrolled people and the attendance form (coordinators), and its waiting list. */
export function sessionPage(
  ctx: PageContext,
  session: ProgrammeSession,
  module: Module | undefined,
  people: readonly AttendanceRow[],
  error?: Html,
  waiting: readonly string[] = [],
): Html {
  const w = ctx.words;
  return html`<h1>${w.t('programme.session.title')}</h1>
    <p>${module ? w.text(module.title) : session.module}: ${sessionDates(ctx, session)}</p>
    <p>${w.t('programme.plan.of', { enrolled: people.length, capacity: session.capacity })}</p>
    ${error ? html`<p class="error" role="alert" id="attendance-error">${error}</p>` : ''}
    ${
      people.length === 0
        ? html`<p>${w.t('programme.session.none')}</p>`
        : html`<form
            method="post"
            action="${href(ctx, `/programme/sessions/${session.id}/attendance`)}"
            ${error ? html`aria-describedby="attendance-error"` : ''}
          >
            <input type="hidden" name="_csrf" value="${ctx.csrf}" />
            <table>
              <caption>
                ${w.t('programme.session.people')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${w.t('programme.session.email')}</th>
                  <th scope="col">${w.t('programme.session.attended')}</th>
                </tr>
              </thead>
              <tbody>
                ${people.map(
                  (p, i) =>
                    html`<tr>
                      <th scope="row"><label for="att-${i}">${p.email}</label></th>
                      <td>
                        <input
                          type="checkbox"
                          id="att-${i}"
                          name="attended"
                          value="${p.accountId}"
                          ${p.attended ? html`checked` : ''}
                        />
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <button type="submit">${w.t('programme.session.save')}</button>
          </form>`
    }
    <h2>${w.t('programme.waiting.title')}</h2>
    ${
      waiting.length === 0
        ? html`<p>${w.t('programme.waiting.none')}</p>`
        : html`<ol aria-label="${w.plain('programme.waiting.title')}">
            ${waiting.map((email) => html`<li>${email}</li>`)}
          </ol>`
    }`;
}

/**
 * The staff's waiting lists on their profile: the lists they are on (with their position, and a
 * way to leave), and the full sessions of their path they can wait for.
 */
export function waitingSection(
  ctx: PageContext,
  options: {
    mine: readonly { session: ProgrammeSession; position: number }[];
    full: readonly ProgrammeSession[];
  },
): Html {
  const w = ctx.words;
  const modules = new Map(ctx.portal.catalogue.modules.map((m) => [m.id, m]));
  const title = (s: ProgrammeSession) => {
    const m = modules.get(s.module);
    return m ? w.text(m.title) : s.module;
  };
  if (options.mine.length === 0 && options.full.length === 0) return html``;
  const form = (s: ProgrammeSession, path: string, label: MessageKey) =>
    html`<form method="post" action="${href(ctx, path)}" class="inline">
      <input type="hidden" name="_csrf" value="${ctx.csrf}" />
      <input type="hidden" name="session" value="${s.id}" />
      <button type="submit" aria-describedby="waiting-${s.id}">${w.t(label)}</button>
    </form>`;
  return html`<h2>${w.t('programme.waiting.staffTitle')}</h2>
    <p>${w.t('programme.waiting.staffLead')}</p>
    ${
      options.mine.length === 0
        ? ''
        : html`<h3>${w.t('programme.waiting.mine')}</h3>
            <ul class="sessions">
              ${options.mine.map(
                ({ session, position }) =>
                  html`<li>
                    <span id="waiting-${session.id}"
                      >${title(session)}: ${sessionDates(ctx, session)}.
                      ${w.t('programme.waiting.position', { position })}</span
                    >
                    ${form(session, '/waiting-list/leave', 'programme.waiting.leave')}
                  </li>`,
              )}
            </ul>`
    }
    ${
      options.full.length === 0
        ? ''
        : html`<h3>${w.t('programme.waiting.full')}</h3>
            <ul class="sessions">
              ${options.full.map(
                (session) =>
                  html`<li>
                    <span id="waiting-${session.id}"
                      >${title(session)}: ${sessionDates(ctx, session)}</span
                    >
                    ${form(session, '/waiting-list', 'programme.waiting.join')}
                  </li>`,
              )}
            </ul>`
    }`;
}
