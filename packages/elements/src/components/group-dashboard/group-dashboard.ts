import { html, nothing, type PropertyValues } from 'lit';
import { getCompetence, getRoleProfile, resolveText } from '@competence-kit/model/read';
import type { Release } from '@competence-kit/disclosure';
import type { Framework, LocalizedText } from '@competence-kit/schemas';
import type { Aggregate, GroupDimension } from '@competence-kit/scoring';
import { CkElement } from '../../internal/ck-element.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { checkAggregate, renderLegend } from './group-dashboard.parts.js';
import { renderDistribution } from './group-dashboard.distribution.js';
import {
  checkRelease,
  defaultTable,
  viewOfAggregate,
  viewOfRelease,
  type DashboardView,
  type ViewCell,
  type ViewGroup,
} from './group-dashboard.release.js';
import { styles } from './group-dashboard.styles.js';
import { heatStep, type DashboardMetric } from './group-dashboard.types.js';

type Lang = string | typeof nothing;
type Text = { value: string; lang: Lang };

/** A text in the element's own language (no `lang` of its own). */
const plain = (value: string): Text => ({ value, lang: nothing });

/** A column of the heatmap: a group, or the total (index -1). */
interface Column {
  index: number;
  group: ViewGroup;
  label: Text;
  cells: Map<string, ViewCell>;
}

/**
 * The results of a group of staff: a heatmap table of competences (rows) by groups (columns).
 * For publication it shows a `release` of `@competence-kit/disclosure` (one of its tables, with
 * everyone as the total): a hidden cell says only that it is hidden to protect a small group,
 * and a release with noise marks every figure as approximate, with its margin. For a
 * coordinator's private working view it also takes `aggregate()` of `@competence-kit/scoring`,
 * whose hidden cells say why. Each cell shows the mean score or the share below target as a
 * number and as a colour; a cell opens what its group's figures say about it.
 *
 * @summary Group results as an accessible heatmap, with the anonymity rules written out.
 *
 * @example
 * ```html
 * <ck-group-dashboard metric="below-target"></ck-group-dashboard>
 * <script type="module">
 *   import '@competence-kit/elements/define/group-dashboard';
 *   const dashboard = document.querySelector('ck-group-dashboard');
 *   dashboard.framework = framework;
 *   const { release } = await buildRelease(results, plan, { framework });
 *   dashboard.release = release; // or, privately: dashboard.aggregate = aggregate(...)
 * </script>
 * ```
 *
 * @event ck-data-error - `release` is not a release or `table` not one of its tables, `aggregate` is not an aggregate, or either names competences the framework does not have.
 *
 * @csspart base - The whole dashboard.
 * @csspart metric - The choice of metric.
 * @csspart tables - The choice of the release's table, when it has several by a dimension.
 * @csspart table - The heatmap table.
 * @csspart legend - The colour scale and what hidden cells mean.
 * @csspart distribution - The distribution of the chosen cell.
 *
 * @cssproperty --ck-color-accent - The colour scale of the mean score.
 * @cssproperty --ck-color-danger - The colour scale of the share below target.
 * @cssproperty --ck-color-surface - Where the colour scales start.
 * @cssproperty --ck-color-surface-subtle - Header cells and hidden cells.
 * @cssproperty --ck-color-text - Text.
 * @cssproperty --ck-color-border - Grid lines.
 */
export class CkGroupDashboard extends CkElement {
  static override properties = {
    aggregate: { attribute: false },
    release: { attribute: false },
    table: { type: Number, reflect: true },
    framework: { attribute: false },
    metric: { reflect: true },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /**
   * A release of `@competence-kit/disclosure`: what a city publishes. When set, it is shown
   * instead of `aggregate`.
   */
  declare release: Release | undefined;

  /** Which table of the release to show (its index); by default the first by a dimension. */
  declare table: number | undefined;

  /**
   * Group statistics from `aggregate()` of `@competence-kit/scoring`: a coordinator's private
   * working view, never for publication (it protects one table within one call only).
   */
  declare aggregate: Aggregate | undefined;

  /** The framework, for the titles of competences, role profiles and levels. */
  declare framework: Framework | undefined;

  /** What the cells show and are coloured by: `mean` score or share `below-target`. */
  declare metric: DashboardMetric;

  #selected: { group: number; competence: string } | null = null;
  #view: DashboardView | undefined;
  /** What to focus after the next update: the opened distribution, or the cell that opened it. */
  #focus: string | null = null;

  constructor() {
    super();
    this.aggregate = undefined;
    this.release = undefined;
    this.table = undefined;
    this.framework = undefined;
    this.metric = 'mean';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      !changed.has('aggregate') &&
      !changed.has('release') &&
      !changed.has('table') &&
      !changed.has('framework')
    )
      return;
    let issues;
    if (this.release !== undefined) {
      issues = checkRelease(this.release, this.table, this.framework);
      const broken = issues.some((i) => i.code === 'invalid-type');
      const table =
        this.table !== undefined && !issues.some((i) => i.path === '/table')
          ? this.table
          : broken
            ? 0
            : defaultTable(this.release);
      this.#view = broken ? undefined : viewOfRelease(this.release, table);
    } else {
      issues = checkAggregate(this.aggregate, this.framework);
      this.#view =
        this.aggregate && !issues.some((i) => i.code === 'invalid-type')
          ? viewOfAggregate(this.aggregate)
          : undefined;
    }
    if (changed.has('aggregate') || changed.has('release') || changed.has('table'))
      this.#selected = null;
    if (issues.length > 0) this.emit('ck-data-error', { issues });
  }

  protected override updated(): void {
    const focus = this.#focus;
    this.#focus = null;
    if (focus) this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  #text(text: LocalizedText | undefined, fallback: string): Text {
    const found = resolveText(text, this.locale, {
      defaultLocale: this.framework?.defaultLocale ?? 'en',
    });
    return found ? { value: found.value, lang: this.langFor(found.locale) } : plain(fallback);
  }

  /** `roleProfile=front-desk, phase=baseline` as people read it: `Front desk, baseline`. */
  #groupLabel(group: ViewGroup, index: number): Text {
    const entries = Object.entries(group.key ?? {});
    if (index < 0 || entries.length === 0) return plain(this.msg('group-dashboard.total'));
    const parts = entries.map(([dimension, value]) => {
      if (value === null || value === undefined) {
        return plain(this.msg('group-dashboard.notStated'));
      }
      const profile =
        dimension === 'roleProfile' && this.framework
          ? getRoleProfile(this.framework, value)
          : undefined;
      return profile ? this.#text(profile.title, value) : plain(value);
    });
    return parts.length === 1 ? parts[0]! : plain(parts.map((p) => p.value).join(', '));
  }

  /** A number of the release: approximate, with its margin, when the release carries noise. */
  #approx(value: string, margin: number | undefined, format: (v: number) => string): string {
    return margin === undefined
      ? value
      : this.msg('group-dashboard.approx', { value, margin: format(margin) });
  }

  #formatMean(value: number): string {
    return this.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  #reason(hidden: 'below-threshold' | 'secondary', k: number): string {
    return hidden === 'secondary'
      ? this.msg('group-dashboard.reason.secondary')
      : this.msg('group-dashboard.reason.below-threshold', { k });
  }

  protected override render() {
    const view = this.#view;
    const messageLang = this.langFor(this.messageLocale);
    if (!view) {
      return html`<div part="base" class="dashboard" lang=${messageLang}>
        <p>${this.msg('common.notAvailable')}</p>
      </div>`;
    }
    const columns: Column[] = [...view.groups, ...(view.total ? [view.total] : [])].map(
      (group, i) => {
        const index = i === view.groups.length ? -1 : i;
        return {
          index,
          group,
          label: this.#groupLabel(group, index),
          cells: new Map(group.competences.map((c) => [c.competence, c])),
        };
      },
    );
    const captionKey =
      this.metric === 'below-target'
        ? 'group-dashboard.captionBelowTarget'
        : 'group-dashboard.captionMean';
    const selected = this.#selected;
    const selectedColumn = selected && columns.find((c) => c.index === selected.group);
    const count = (n: number, margin: number | undefined) =>
      margin === undefined
        ? this.msg('group-dashboard.n', { n })
        : this.msg('group-dashboard.nApprox', {
            n: this.formatNumber(n),
            margin: this.formatNumber(margin),
          });
    return html`<div part="base" class="dashboard metric-${this.metric}">
      ${this.#renderTableChoice(messageLang)} ${this.#renderMetricSwitch(messageLang)}
      <div class="scroll" role="region" tabindex="0" aria-labelledby="caption">
        <table part="table">
          <caption id="caption" lang=${messageLang}>
            ${this.msg(captionKey)}
          </caption>
          <thead>
            <tr>
              <th scope="col" lang=${messageLang}>${this.msg('group-dashboard.competence')}</th>
              ${columns.map(
                (c) =>
                  html`<th scope="col">
                    <span lang=${c.label.lang}>${c.label.value}</span>
                    <span class="sub" lang=${messageLang}
                      >${
                        c.group.n === null
                          ? this.msg('group-dashboard.nHidden')
                          : count(c.group.n, c.group.nMargin)
                      }</span
                    >
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${view.rows.map((id) => {
              const title = this.#competenceTitle(id);
              return html`<tr>
                <th scope="row" lang=${title.lang}>${title.value}</th>
                ${columns.map((c) => this.#renderCell(c, id, view.minGroupSize, messageLang))}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${renderLegend({
        metric: this.metric,
        k: view.minGroupSize,
        lang: messageLang,
        msg: (key, ...params) => this.msg(key, ...params),
        formatMean: (v) => this.#formatMean(v),
        formatPercent: (v) => this.formatPercent(v),
        release: view.fromRelease,
        ...(view.noise && { epsilon: this.formatNumber(view.noise.epsilon) }),
      })}
      ${
        selected && selectedColumn
          ? renderDistribution({
              cell: selectedColumn.cells.get(selected.competence),
              n: selectedColumn.group.n,
              competence: this.#competenceTitle(selected.competence),
              group: selectedColumn.label,
              framework: this.framework,
              messageLang,
              msg: (key, ...params) => this.msg(key, ...params),
              text: (t, fallback) => this.#text(t, fallback),
              formatMean: (v) => this.#formatMean(v),
              formatPercent: (v) => this.formatPercent(v),
              formatNumber: (v) => this.formatNumber(v),
              approx: (value, margin) => this.#approx(value, margin, (m) => this.#formatMean(m)),
              close: () => {
                this.#focus = `[data-cell="${selected.group}|${CSS.escape(selected.competence)}"]`;
                this.#selected = null;
                this.requestUpdate();
              },
            })
          : nothing
      }
    </div>`;
  }

  /** The choice of the release's table, when it has more than one by a dimension. */
  #renderTableChoice(lang: Lang) {
    const release = this.release;
    if (!release || !this.#view?.fromRelease) return nothing;
    const choices = release.tables.map((t, i) => [t, i] as const).filter(([t]) => t.by.length > 0);
    if (choices.length < 2) return nothing;
    const current =
      this.table !== undefined && release.tables[this.table] ? this.table : defaultTable(release);
    const name = (by: readonly GroupDimension[]) =>
      this.msg('group-dashboard.by', {
        dimensions: by.map((d) => this.msg(`group-dashboard.dimension.${d}`)).join(' × '),
      });
    return html`<label part="tables" class="tables" lang=${lang}>
      ${this.msg('group-dashboard.table')}
      <select @change=${(e: Event) => (this.table = Number((e.target as HTMLSelectElement).value))}>
        ${choices.map(
          ([t, i]) =>
            html`<option value=${String(i)} ?selected=${i === current}>${name(t.by)}</option>`,
        )}
      </select>
    </label>`;
  }

  #competenceTitle(id: string) {
    const competence = this.framework && getCompetence(this.framework, id);
    return competence ? this.#text(competence.title, id) : plain(id);
  }

  #renderMetricSwitch(lang: Lang) {
    const option = (
      metric: DashboardMetric,
      key: 'group-dashboard.mean' | 'group-dashboard.belowTarget',
    ) =>
      html`<label>
        <input
          type="radio"
          name="metric"
          value=${metric}
          .checked=${this.metric === metric}
          @change=${() => (this.metric = metric)}
        />
        ${this.msg(key)}
      </label>`;
    return html`<fieldset part="metric" class="metric" lang=${lang}>
      <legend>${this.msg('group-dashboard.metric')}</legend>
      ${option('mean', 'group-dashboard.mean')}
      ${option('below-target', 'group-dashboard.belowTarget')}
    </fieldset>`;
  }

  #renderCell(column: Column, competence: string, k: number, lang: Lang) {
    const cell = column.cells.get(competence);
    if (cell?.hidden === 'release') {
      // A release says nothing about why: not the size, not which rule.
      return html`<td class="hidden" lang=${lang}>
        <span class="value">${this.msg('group-dashboard.hiddenRelease')}</span>
      </td>`;
    }
    if (cell?.hidden) {
      return html`<td class="hidden" lang=${lang}>
        <span class="value">${this.msg('group-dashboard.hidden')}</span>
        <span class="sub">${this.#reason(cell.hidden, k)}</span>
      </td>`;
    }
    const stats = cell?.stats;
    if (!stats) {
      return html`<td class="empty" lang=${lang}>${this.msg('group-dashboard.noData')}</td>`;
    }
    if (stats.mean === null) {
      return html`<td class="empty" lang=${lang}>${this.msg('group-dashboard.fewScores')}</td>`;
    }
    const below = stats.belowTarget;
    const belowText =
      below === undefined
        ? this.msg('group-dashboard.belowTargetNotShown')
        : below === null
          ? this.msg('group-dashboard.noTarget')
          : this.msg('group-dashboard.belowTargetValue', { share: this.formatPercent(below) });
    const meanText = this.#approx(this.#formatMean(stats.mean), stats.meanMargin, (m) =>
      this.#formatMean(m),
    );
    const [value, sub, heat] =
      this.metric === 'below-target'
        ? [
            below === null || below === undefined ? belowText : this.formatPercent(below),
            this.msg('group-dashboard.meanValue', { mean: meanText }),
            below ?? null,
          ]
        : [meanText, belowText, stats.mean];
    const pressed =
      this.#selected?.group === column.index && this.#selected.competence === competence;
    return html`<td class=${heat === null ? 'none' : `heat-${heatStep(heat)}`}>
      <button
        type="button"
        lang=${lang}
        data-cell="${column.index}|${competence}"
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => {
          this.#selected = pressed ? null : { group: column.index, competence };
          this.#focus = pressed ? null : '#distribution-heading';
          this.requestUpdate();
        }}
      >
        <span class="value">${value}</span>
        <span class="sub">${sub}</span>
      </button>
    </td>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-group-dashboard': CkGroupDashboard;
  }
}
