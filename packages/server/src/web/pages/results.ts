import type { Release } from '@competence-kit/disclosure';
import { getCompetence, getRoleProfile } from '@competence-kit/model/read';
import { html, jsonScript, type Html } from '../html.js';
import type { MessageKey } from '../messages/catalogue.js';
import { href, type PageContext } from '../page.js';

/**
 * What a release computed on `computedAt` (YYYY-MM-DD) says about accounts erased since whose
 * answers it still counts (decision 0023); nothing when there are none.
 */
export function erasureNote(ctx: PageContext, computedAt: string, erased: number): Html {
  if (erased <= 0) return html``;
  return html`<p class="notice" role="note">
    ${ctx.words.t('results.erasedSince', {
      date: ctx.words.date(computedAt),
      n: ctx.words.number(erased),
    })}
  </p>`;
}

/** A release as the results pages list it. */
export interface ReleaseSummary {
  sequence: number;
  publishedAt: string;
  tables: number;
  cells: number;
  hidden: number;
}

/** The breakdowns a coordinator may choose for the city's results (fixed by the first release). */
export interface ResultsChoice {
  byRole: boolean;
  byPhase: boolean;
}

/** The words for the phases of the response schema. */
const PHASE_WORDS: Record<string, MessageKey> = {
  baseline: 'results.phase.baseline',
  post: 'results.phase.post',
  'follow-up': 'results.phase.follow-up',
};

/** Why a release was refused, in the coordinator's words. */
export const REFUSALS: Record<string, MessageKey> = {
  'plan-differs': 'results.refused.plan-differs',
  'ledger-missing': 'results.refused.ledger-missing',
  'budget-spent': 'results.refused.budget-spent',
  'nothing-left': 'results.refused.nothing-left',
  'no-answers': 'results.refused.no-answers',
  taken: 'results.refused.taken',
};

/**
 * The results workspace of a coordinator: what has been published, and the form that publishes
 * the next release. Figures exist only in releases; this page computes none.
 */
export function resultsPage(
  ctx: PageContext,
  options: {
    releases: ReleaseSummary[];
    /** The breakdowns of the population's releases; undefined before the first. */
    fixed: ResultsChoice | undefined;
    minGroupSize: number;
    refused?: MessageKey | undefined;
  },
): Html {
  const { words: w } = ctx;
  const { fixed } = options;
  const check = (name: keyof ResultsChoice, key: MessageKey) =>
    html`<label class="check">
      <input
        type="checkbox"
        name="${name}"
        value="yes"
        ${fixed ? (fixed[name] ? html`checked disabled` : html`disabled`) : name === 'byRole' ? html`checked` : ''}
      />
      ${w.t(key)}
    </label>`;
  return html`<h1>${w.t('results.title')}</h1>
    <p class="lead">${w.t('results.lead', { k: options.minGroupSize })}</p>
    ${options.refused ? html`<p class="notice error" role="alert">${w.t(options.refused)}</p>` : ''}
    <h2>${w.t('results.published')}</h2>
    ${
      options.releases.length === 0
        ? html`<p>${w.t('results.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('results.published')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('results.release')}</th>
                <th scope="col">${w.t('results.date')}</th>
                <th scope="col">${w.t('results.figures')}</th>
              </tr>
            </thead>
            <tbody>
              ${options.releases.map(
                (r) =>
                  html`<tr>
                    <th scope="row">
                      <a href="${href(ctx, `/results/${r.sequence}`)}"
                        >${w.t('results.releaseNumber', { n: r.sequence })}</a
                      >
                    </th>
                    <td>${w.date(r.publishedAt)}</td>
                    <td>
                      ${w.t('results.cells', {
                        cells: w.number(r.cells),
                        hidden: w.number(r.hidden),
                      })}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <h2>${w.t('results.publish')}</h2>
    <form method="post" action="${href(ctx, '/results')}">
      <input type="hidden" name="_csrf" value="${ctx.csrf}" />
      <fieldset>
        <legend>${w.t('results.breakdowns')}</legend>
        <p class="hint">${w.t(fixed ? 'results.fixed' : 'results.choose')}</p>
        ${check('byRole', 'results.byRole')} ${check('byPhase', 'results.byPhase')}
      </fieldset>
      <p>${w.t('results.publishNote')}</p>
      <button type="submit">${w.t('results.publishButton')}</button>
    </form>`;
}

/** A table cell's group as people read it: `Front desk, baseline`, or `Everyone`. */
function groupLabel(ctx: PageContext, key: Record<string, string | null | undefined>): Html {
  const { words: w, portal } = ctx;
  const parts = Object.entries(key).map(([dimension, value]) => {
    if (value === null || value === undefined) return w.plain('results.notStated');
    if (dimension === 'roleProfile') {
      const profile = getRoleProfile(portal.framework, value);
      if (profile) return w.textPlain(profile.title);
    }
    if (dimension === 'phase' && value in PHASE_WORDS) return w.plain(PHASE_WORDS[value]!);
    return value;
  });
  return parts.length === 0 ? w.t('results.everyone') : html`${parts.join(', ')}`;
}

/**
 * One published release: the group dashboard and, when the release compares waves, the wave
 * comparison, fed by the release as stored. Without script, one plain table per table of the
 * release: every figure on the page comes from the release.
 */
export function releasePage(
  ctx: PageContext,
  options: { sequence: number; publishedAt: string; release: Release; erasedSince?: number },
): Html {
  const { words: w, portal } = ctx;
  const { release } = options;
  const title = (id: string) => {
    const competence = getCompetence(portal.framework, id);
    return competence ? w.text(competence.title) : html`${id}`;
  };
  const mean = (value: number | null) =>
    value === null ? w.t('results.noMean') : w.number(Math.round(value * 100) / 100);
  const hidden = w.t('results.hidden');
  return html`<h1>${w.t('results.releaseNumber', { n: options.sequence })}</h1>
    <p class="lead">
      ${w.t('results.releaseLead', {
        date: w.date(options.publishedAt),
        k: release.minGroupSize,
      })}
    </p>
    ${erasureNote(ctx, options.publishedAt, options.erasedSince ?? 0)}
    <p><a href="${href(ctx, '/results')}">${w.t('results.back')}</a></p>
    ${jsonScript('ck-results', { framework: portal.framework, release })}
    <ck-group-dashboard lang="${w.lang}">
      ${release.tables.map(
        (table, t) =>
          html`<table class="fallback">
            <caption>
              ${w.t('results.tableCaption', { n: t + 1 })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('profile.competence')}</th>
                ${table.cells.map(
                  (cell) =>
                    html`<th scope="col">
                      ${groupLabel(ctx, cell.key)}
                      <span class="sub"
                        >${cell.hidden ? hidden : w.t('results.n', { n: w.number(cell.n!) })}</span
                      >
                    </th>`,
                )}
              </tr>
            </thead>
            <tbody>
              ${release.competences.map(
                (id) =>
                  html`<tr>
                    <th scope="row">${title(id)}</th>
                    ${table.cells.map((cell) =>
                      cell.hidden
                        ? html`<td>${hidden}</td>`
                        : html`<td>
                            ${mean(cell.competences.find((c) => c.competence === id)?.mean ?? null)}
                          </td>`,
                    )}
                  </tr>`,
              )}
            </tbody>
          </table>`,
      )}
    </ck-group-dashboard>
    ${
      release.changes && release.changes.length > 0
        ? html`<h2>${w.t('results.changes')}</h2>
            <ck-wave-comparison lang="${w.lang}"></ck-wave-comparison>`
        : ''
    }`;
}
