import { html, nothing, type TemplateResult } from 'lit';
import { getLevel } from '@competence-kit/model/read';
import type { Framework, LocalizedText } from '@competence-kit/schemas';
import type { MessageKey, MessageParams } from '../../internal/localize.js';
import type { ViewCell } from './group-dashboard.release.js';

type Text = { value: string; lang: string | typeof nothing };

/** What the distribution needs from the dashboard. */
export interface DistributionContext {
  cell: ViewCell | undefined;
  /** The people of the cell's group (a release gives no count per competence). */
  n: number | null;
  competence: Text;
  group: Text;
  framework: Framework | undefined;
  messageLang: string | typeof nothing;
  msg: <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;
  text: (text: LocalizedText | undefined, fallback: string) => Text;
  formatMean: (value: number) => string;
  formatPercent: (value: number) => string;
  formatNumber: (value: number) => string;
  /** A figure with its margin, in a release with noise. */
  approx: (value: string, margin: number | undefined) => string;
  close: () => void;
}

/**
 * One cell in detail: its statistics, and its respondents per level as a table whose last
 * column draws the share as a bar (the chart and its table in one, so nothing is in the
 * picture only). From a release, only what the release publishes for the cell.
 */
export function renderDistribution(ctx: DistributionContext): TemplateResult {
  const stats = ctx.cell?.stats;
  const { msg, messageLang: lang } = ctx;
  const levels = stats?.levels ? Object.entries(stats.levels) : [];
  const total = levels.reduce((sum, [, n]) => sum + n, 0);
  const people = stats?.n ?? ctx.n;
  const row = (term: string, value: string) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<section
    part="distribution"
    class="distribution"
    aria-labelledby="distribution-heading"
  >
    <h3 id="distribution-heading" tabindex="-1">
      <span lang=${lang}>${msg('group-dashboard.distribution')}</span>
      <span lang=${ctx.competence.lang}>${ctx.competence.value}</span>,
      <span lang=${ctx.group.lang}>${ctx.group.value}</span>
    </h3>
    ${
      stats
        ? html`<dl class="stats" lang=${lang}>
              ${people === null ? nothing : row(msg('group-dashboard.respondents'), ctx.formatNumber(people))}
              ${
                stats.mean === null
                  ? nothing
                  : row(
                      msg('group-dashboard.mean'),
                      ctx.approx(ctx.formatMean(stats.mean), stats.meanMargin),
                    )
              }
              ${
                stats.sd === undefined
                  ? nothing
                  : row(
                      msg('group-dashboard.sd'),
                      stats.sd === null ? '—' : ctx.formatMean(stats.sd),
                    )
              }
              ${
                stats.quartiles
                  ? row(
                      msg('group-dashboard.quartiles'),
                      stats.quartiles.map(ctx.formatMean).join(' · '),
                    )
                  : nothing
              }
              ${
                stats.belowTarget === undefined
                  ? nothing
                  : row(
                      msg('group-dashboard.belowTarget'),
                      stats.belowTarget === null
                        ? msg('group-dashboard.noTarget')
                        : ctx.formatPercent(stats.belowTarget),
                    )
              }
            </dl>
            ${
              levels.length === 0
                ? nothing
                : html` <table class="levels">
                    <caption lang=${lang}>
                      ${msg('group-dashboard.byLevel')}
                    </caption>
                    <thead lang=${lang}>
                      <tr>
                        <th scope="col">${msg('common.level')}</th>
                        <th scope="col">${msg('group-dashboard.respondents')}</th>
                        <th scope="col">${msg('group-dashboard.share')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${levels.map(([id, n]) => {
                        const level = ctx.framework && getLevel(ctx.framework, id);
                        // "below-scale" is scoring's BELOW_SCALE: valid scores under the lowest level.
                        const title = level
                          ? ctx.text(level.title, id)
                          : id === 'below-scale'
                            ? { value: msg('common.belowScale'), lang }
                            : { value: id, lang: nothing };
                        const share = total > 0 ? n / total : 0;
                        return html`<tr>
                          <th scope="row" lang=${title.lang}>${title.value}</th>
                          <td>${ctx.formatNumber(n)}</td>
                          <td class="share">
                            <svg
                              class="track"
                              viewBox="0 0 100 10"
                              preserveAspectRatio="none"
                              aria-hidden="true"
                              focusable="false"
                            >
                              <rect class="bar" width=${share * 100} height="10"></rect>
                            </svg>
                            ${ctx.formatPercent(share)}
                          </td>
                        </tr>`;
                      })}
                    </tbody>
                  </table>`
            }`
        : html`<p lang=${lang}>${msg('group-dashboard.noData')}</p>`
    }
    <button type="button" class="close" lang=${lang} @click=${ctx.close}>
      ${msg('common.close')}
    </button>
  </section>`;
}
