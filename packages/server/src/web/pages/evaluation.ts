import type { Release } from '@competence-kit/disclosure';
import { getCompetence } from '@competence-kit/model/read';
import type { Programme } from '@competence-kit/schemas';
import type { Wave } from '../../store/index.js';
import type { FeedbackRelease } from '../feedback-release.js';
import { html, jsonScript, type Html } from '../html.js';
import type { MessageKey } from '../messages/catalogue.js';
import { href, type PageContext } from '../page.js';
import { erasureNote } from './results.js';

type Session = Programme['sessions'][number];

const hidden = (ctx: PageContext) => html`<input type="hidden" name="_csrf" value="${ctx.csrf}" />`;

/** A module's title in the page's language, else its id. */
function moduleTitle(ctx: PageContext, moduleId: string): string {
  const module = ctx.portal.catalogue.modules.find((m) => m.id === moduleId);
  return module ? ctx.words.textPlain(module.title) : moduleId;
}

/** A session as people name it: its module and its day. */
export function sessionName(ctx: PageContext, session: Session): string {
  return `${moduleTitle(ctx, session.module)}, ${ctx.words.date(session.dates[0]!)}`;
}

/** The sessions a person took part in, and whether they have given feedback on each. */
export function feedbackListPage(
  ctx: PageContext,
  sessions: readonly { session: Session; given: boolean }[],
  minGroupSize: number,
): Html {
  const { words: w } = ctx;
  return html`<h1>${w.t('feedback.title')}</h1>
    <p class="lead">${w.t('feedback.lead', { k: minGroupSize - 1 })}</p>
    ${
      sessions.length === 0
        ? html`<p>${w.t('feedback.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('feedback.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('feedback.session')}</th>
                <th scope="col">${w.t('feedback.date')}</th>
                <th scope="col">${w.t('feedback.state')}</th>
              </tr>
            </thead>
            <tbody>
              ${sessions.map(
                ({ session, given }) =>
                  html`<tr>
                    <th scope="row">${moduleTitle(ctx, session.module)}</th>
                    <td>${session.dates.map((d) => w.date(d)).join(', ')}</td>
                    <td>
                      ${
                        given
                          ? w.t('feedback.given')
                          : html`<a href="${href(ctx, `/feedback/${session.id}`)}"
                              >${w.t('feedback.give', { session: sessionName(ctx, session) })}</a
                            >`
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }`;
}

export interface FeedbackProblems {
  satisfaction?: boolean;
  usefulness?: boolean;
  comment?: boolean;
}

const MAX_COMMENT = 2000;
export { MAX_COMMENT };

/** The feedback form of one session: two five-point questions and a comment. */
export function feedbackFormPage(
  ctx: PageContext,
  session: Session,
  options: {
    minGroupSize: number;
    values?: Record<string, string | undefined>;
    problems?: FeedbackProblems;
  },
): Html {
  const { words: w } = ctx;
  const problems = options.problems ?? {};
  const values = options.values ?? {};
  const scale = (name: 'satisfaction' | 'usefulness') =>
    html`<fieldset
      id="feedback-${name}"
      ${problems[name] ? html`aria-describedby="feedback-${name}-problem"` : ''}
    >
      <legend>${w.t(`feedback.${name}`)}</legend>
      ${problems[name] ? html`<p class="error" id="feedback-${name}-problem">${w.t('feedback.required')}</p>` : ''}
      ${[1, 2, 3, 4, 5].map(
        (n) =>
          html`<label class="check">
            <input
              type="radio"
              name="${name}"
              value="${String(n)}"
              required
              ${values[name] === String(n) ? html`checked` : ''}
            />
            ${w.t(`feedback.scale.${n}` as MessageKey)}
          </label>`,
      )}
    </fieldset>`;
  return html`<h1>${w.t('feedback.form.title', { session: sessionName(ctx, session) })}</h1>
    <p class="lead">${w.t('feedback.lead', { k: options.minGroupSize - 1 })}</p>
    <form
      method="post"
      action="${href(ctx, `/feedback/${session.id}`)}"
      class="stack wide"
      novalidate
    >
      ${hidden(ctx)} ${scale('satisfaction')} ${scale('usefulness')}
      <label for="feedback-comment">${w.t('feedback.comment')}</label>
      <p class="help" id="feedback-comment-hint">${w.t('feedback.comment.hint')}</p>
      ${problems.comment ? html`<p class="error" id="feedback-comment-problem">${w.t('feedback.tooLong', { max: MAX_COMMENT })}</p>` : ''}
      <textarea
        id="feedback-comment"
        name="comment"
        rows="4"
        maxlength="${String(MAX_COMMENT)}"
        aria-describedby="feedback-comment-hint${problems.comment ? ' feedback-comment-problem' : ''}"
        ${problems.comment ? html`aria-invalid="true"` : ''}
      >
${values.comment ?? ''}</textarea>
      <button type="submit">${w.t('feedback.send')}</button>
    </form>`;
}

const WAVES: Wave[] = ['baseline', 'post', 'follow-up'];

/** The coordinator's evaluation page: the wave, and the feedback releases. */
export function evaluationPage(
  ctx: PageContext,
  options: {
    wave: Wave;
    openedAt: Date | null;
    releases: readonly { sequence: number; publishedAt: Date }[];
    minGroupSize: number;
    hasProgramme: boolean;
  },
): Html {
  const { words: w } = ctx;
  const k = options.minGroupSize;
  return html`<h1>${w.t('evaluation.title')}</h1>
    <p class="lead">${w.t('evaluation.lead', { k })}</p>
    <h2>${w.t('evaluation.wave.title')}</h2>
    <p>
      ${w.t('evaluation.wave.current', { wave: w.plain(`evaluation.wave.${options.wave}`) })}
      ${options.openedAt ? w.t('evaluation.wave.since', { date: w.date(options.openedAt.toISOString().slice(0, 10)) }) : ''}
    </p>
    <p>${w.t('evaluation.wave.note')}</p>
    ${WAVES.filter((wave) => wave !== options.wave).map(
      (wave) =>
        html`<form method="post" action="${href(ctx, '/evaluation/wave')}" class="inline">
          ${hidden(ctx)}
          <input type="hidden" name="wave" value="${wave}" />
          <button type="submit">
            ${w.t('evaluation.wave.open', { wave: w.plain(`evaluation.wave.${wave}`) })}
          </button>
        </form>`,
    )}
    <p><a href="${href(ctx, '/results')}">${w.t('evaluation.wave.results')}</a></p>
    <p><a href="${href(ctx, '/evaluation/programme')}">${w.t('evaluation.programme.link')}</a></p>
    <h2>${w.t('evaluation.feedback.title')}</h2>
    <p>${w.t('evaluation.feedback.lead', { k })}</p>
    ${
      options.hasProgramme
        ? html`<form method="post" action="${href(ctx, '/evaluation/feedback')}">
            ${hidden(ctx)}
            <button type="submit">${w.t('evaluation.feedback.publish')}</button>
          </form>`
        : html`<p>${w.t('evaluation.feedback.noProgramme')}</p>`
    }
    ${
      options.releases.length === 0
        ? html`<p>${w.t('evaluation.feedback.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('evaluation.feedback.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('results.release')}</th>
                <th scope="col">${w.t('evaluation.feedback.published')}</th>
              </tr>
            </thead>
            <tbody>
              ${options.releases.map(
                (r) =>
                  html`<tr>
                    <th scope="row">
                      <a href="${href(ctx, `/evaluation/feedback/${r.sequence}`)}"
                        >${w.t('evaluation.feedback.release', { n: r.sequence })}</a
                      >
                    </th>
                    <td>${w.date(r.publishedAt.toISOString().slice(0, 10))}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }`;
}

/** One feedback release: a row per module; hidden rows say only that they are hidden. */
export function feedbackReleasePage(
  ctx: PageContext,
  release: FeedbackRelease,
  publishedAt: Date,
): Html {
  const { words: w } = ctx;
  const k = release.minGroupSize;
  const mean = (value: number) => w.number(value);
  const shown = release.rows.filter((r) => !r.hidden && (r.n ?? 0) > 0);
  return html`<h1>
      ${w.t('evaluation.release.title', {
        n: release.sequence,
        date: w.date(publishedAt.toISOString().slice(0, 10)),
      })}
    </h1>
    <p class="lead">${w.t('evaluation.feedback.lead', { k })}</p>
    <table>
      <caption>
        ${w.t('evaluation.release.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${w.t('evaluation.release.module')}</th>
          <th scope="col">${w.t('evaluation.release.n')}</th>
          <th scope="col">${w.t('evaluation.release.satisfaction')}</th>
          <th scope="col">${w.t('evaluation.release.usefulness')}</th>
        </tr>
      </thead>
      <tbody>
        ${release.rows.map((row) =>
          row.hidden
            ? html`<tr>
                <th scope="row">${moduleTitle(ctx, row.module)}</th>
                <td colspan="3">${w.t(`evaluation.release.hidden.${row.hidden}`, { k })}</td>
              </tr>`
            : html`<tr>
                <th scope="row">${moduleTitle(ctx, row.module)}</th>
                <td>${w.number(row.n ?? 0)}</td>
                <td>${row.satisfaction ? mean(row.satisfaction.mean) : '–'}</td>
                <td>${row.usefulness ? mean(row.usefulness.mean) : '–'}</td>
              </tr>`,
        )}
      </tbody>
    </table>
    ${shown.map(
      (row) =>
        html`<h2>
            ${w.t('evaluation.release.comments', { module: moduleTitle(ctx, row.module) })}
          </h2>
          ${
            row.comments && row.comments.length > 0
              ? html`<ul class="records">
                  ${row.comments.map((c) => html`<li>${c}</li>`)}
                </ul>`
              : html`<p>${w.t('evaluation.release.noComments')}</p>`
          }`,
    )}`;
}

/** A module's state on the programme evaluation page (see `moduleStates`). */
export interface ModuleStateView {
  module: string;
  state: 'enough' | 'few' | 'none';
  closeTo?: string;
}

/** A publication of the programme's evaluation: one release per module, published together. */
export interface EvaluationPublication {
  publication: number;
  publishedAt: Date;
  modules: string[];
}

/**
 * The coordinator's page of the modules' evaluation: which modules can be evaluated, the button
 * that publishes the releases, and the publications so far. It shows no figure about anyone's
 * results: those exist only in the releases.
 */
export function programmeEvaluationPage(
  ctx: PageContext,
  options: {
    hasProgramme: boolean;
    modules: readonly ModuleStateView[];
    publications: readonly EvaluationPublication[];
    minGroupSize: number;
    problem?: MessageKey | undefined;
    refused?: readonly { module: string; reason: MessageKey }[];
  },
): Html {
  const { words: w } = ctx;
  const k = options.minGroupSize;
  const state = (m: ModuleStateView) =>
    m.closeTo
      ? w.t('evaluation.programme.state.close', { module: moduleTitle(ctx, m.closeTo), k })
      : w.t(`evaluation.programme.state.${m.state}`, { k });
  return html`<h1>${w.t('evaluation.programme.title')}</h1>
    <p class="lead">${w.t('evaluation.programme.lead', { k })}</p>
    <p><a href="${href(ctx, '/evaluation')}">${w.t('evaluation.programme.back')}</a></p>
    ${options.problem ? html`<p class="notice error" role="alert">${w.t(options.problem)}</p>` : ''}
    ${
      options.refused && options.refused.length > 0
        ? html`<div class="notice error" role="alert">
            <p>${w.t('evaluation.programme.refused')}</p>
            <ul>
              ${options.refused.map(
                (r) => html`<li>${moduleTitle(ctx, r.module)}: ${w.t(r.reason)}</li>`,
              )}
            </ul>
          </div>`
        : ''
    }
    <h2>${w.t('evaluation.programme.modules')}</h2>
    ${
      !options.hasProgramme
        ? html`<p>${w.t('evaluation.feedback.noProgramme')}</p>`
        : html`<table>
              <caption>
                ${w.t('evaluation.programme.modules.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${w.t('evaluation.release.module')}</th>
                  <th scope="col">${w.t('evaluation.programme.modules.state')}</th>
                </tr>
              </thead>
              <tbody>
                ${options.modules.map(
                  (m) =>
                    html`<tr>
                      <th scope="row">${moduleTitle(ctx, m.module)}</th>
                      <td>${state(m)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <h2>${w.t('evaluation.programme.publish')}</h2>
            <p>${w.t('evaluation.programme.publishNote', { k })}</p>
            <form method="post" action="${href(ctx, '/evaluation/programme')}">
              ${hidden(ctx)}
              <button type="submit">${w.t('evaluation.programme.publishButton')}</button>
            </form>`
    }
    <h2>${w.t('evaluation.programme.publications')}</h2>
    ${
      options.publications.length === 0
        ? html`<p>${w.t('evaluation.programme.publications.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('evaluation.programme.publications.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('results.release')}</th>
                <th scope="col">${w.t('evaluation.feedback.published')}</th>
                <th scope="col">${w.t('evaluation.programme.publications.modules')}</th>
              </tr>
            </thead>
            <tbody>
              ${options.publications.map(
                (p) =>
                  html`<tr>
                    <th scope="row">
                      <a href="${href(ctx, `/evaluation/programme/releases/${p.publication}`)}"
                        >${w.t('evaluation.programme.publication', { n: p.publication })}</a
                      >
                    </th>
                    <td>${w.date(p.publishedAt.toISOString().slice(0, 10))}</td>
                    <td>${p.modules.map((m) => moduleTitle(ctx, m)).join(', ')}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }`;
}

/**
 * One publication of the programme's evaluation: per module, the change between the waves of its
 * participants next to that of the others, as the module's release publishes it. Every figure
 * comes from a stored release; a hidden comparison shows only the release's notice.
 */
export function programmeEvaluationReleasePage(
  ctx: PageContext,
  options: {
    publication: number;
    publishedAt: Date;
    releases: readonly { module: string; sequence: number; release: Release }[];
    /** Accounts erased since the publication whose answers it still counts (0023). */
    erasedSince?: number;
  },
): Html {
  const { words: w, portal } = ctx;
  const hiddenText = w.t('evaluation.programme.hidden');
  const score = (value: number | null) =>
    value === null ? '–' : w.number(Math.round(value * 100) / 100);
  const competenceTitle = (id: string) => {
    const competence = getCompetence(portal.framework, id);
    return competence ? w.text(competence.title) : html`${id}`;
  };
  const groups = [
    ['participant', 'evaluation.programme.participants'],
    ['other', 'evaluation.programme.others'],
  ] as const;
  // The component's group selector names the groups as the headings do.
  const groupLabels = JSON.stringify(Object.fromEntries(groups.map(([g, k]) => [g, w.plain(k)])));
  const anyHidden = options.releases.some(({ release }) =>
    (release.changes ?? []).some((c) => c.hidden || c.competences.some((x) => x.n === null)),
  );
  return html`<h1>
      ${w.t('evaluation.programme.release.title', {
        n: options.publication,
        date: w.date(options.publishedAt.toISOString().slice(0, 10)),
      })}
    </h1>
    <p class="lead">
      ${w.t('evaluation.programme.release.lead', {
        k: options.releases[0]?.release.minGroupSize ?? 5,
      })}
    </p>
    <p>
      <a href="${href(ctx, '/evaluation/programme')}"
        >${w.t('evaluation.programme.release.back')}</a
      >
    </p>
    ${erasureNote(ctx, options.publishedAt.toISOString().slice(0, 10), options.erasedSince ?? 0)}
    ${anyHidden ? html`<p class="notice">${w.t('evaluation.programme.release.hiddenNote')}</p>` : ''}
    ${jsonScript('ck-programme-evaluation', {
      framework: portal.framework,
      releases: options.releases.map((r) => r.release),
    })}
    ${options.releases.map(({ module, sequence, release }, r) => {
      const title = moduleTitle(ctx, module);
      const changeOf = (group: string) =>
        (release.changes ?? []).findIndex((c) => c.key.group === group);
      return html`<section aria-labelledby="module-${String(r)}">
        <h2 id="module-${String(r)}">${title}</h2>
        <p class="hint">${w.t('evaluation.programme.release.sequence', { n: sequence })}</p>
        <table>
          <caption>
            ${w.t('evaluation.programme.release.caption', { module: title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${w.t('profile.competence')}</th>
              ${groups.map(([, key]) => html`<th scope="col">${w.t(key)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${release.competences.map(
              (id) =>
                html`<tr>
                  <th scope="row">${competenceTitle(id)}</th>
                  ${groups.map(([group]) => {
                    const change = (release.changes ?? [])[changeOf(group)];
                    const figures = change?.competences.find((c) => c.competence === id);
                    if (!change || change.hidden || !figures || figures.n === null)
                      return html`<td>${hiddenText}</td>`;
                    return html`<td>
                      ${w.t('evaluation.programme.release.cell', {
                        from: score(figures.meanFrom),
                        to: score(figures.meanTo),
                        change: score(figures.meanChange),
                        n: w.number(figures.n),
                      })}
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
        <div class="pair">
          ${groups.map(([group, key]) => {
            const index = changeOf(group);
            return html`<figure>
              <figcaption>${w.t(key)}</figcaption>
              ${
                index < 0
                  ? html`<p>${hiddenText}</p>`
                  : html`<ck-wave-comparison
                      lang="${w.lang}"
                      data-release="${String(r)}"
                      change="${String(index)}"
                      group-labels="${groupLabels}"
                    ></ck-wave-comparison>`
              }
            </figure>`;
          })}
        </div>
      </section>`;
    })}`;
}
