import type { Programme } from '@competence-kit/schemas';
import type { Wave } from '../../store/index.js';
import type { FeedbackRelease } from '../feedback-release.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../messages/catalogue.js';
import { href, type PageContext } from '../page.js';

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
