import { html, nothing, type PropertyValues } from 'lit';
import { getCompetence, getRoleProfile, resolveText } from '@competence-kit/model/read';
import type { Framework, LocalizedText } from '@competence-kit/schemas';
import type {
  Aggregate,
  CompetenceCell,
  GroupAggregate,
  Suppression,
} from '@competence-kit/scoring';
import { CkElement } from '../../internal/ck-element.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { checkAggregate, renderLegend } from './group-dashboard.parts.js';
import { renderDistribution } from './group-dashboard.distribution.js';
import { styles } from './group-dashboard.styles.js';
import { heatStep, type DashboardMetric } from './group-dashboard.types.js';

type Lang = string | typeof nothing;
type Text = { value: string; lang: Lang };

/** A text in the element's own language (no `lang` of its own). */
const plain = (value: string): Text => ({ value, lang: nothing });

/** A column of the heatmap: a group, or the total (index -1). */
interface Column {
  index: number;
  group: GroupAggregate;
  label: Text;
  cells: Map<string, CompetenceCell>;
}

/**
 * The anonymised results of a group of staff: a heatmap table of competences (rows) by groups
 * (columns) from `aggregate()` of `@competence-kit/scoring`. Each cell shows the mean score or
 * the share below target as a number and as a colour; cells hidden under the anonymity rules
 * say so and why. A cell opens the distribution of its respondents over the levels.
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
 *   dashboard.aggregate = aggregate(results, { by: ['roleProfile'], framework });
 * </script>
 * ```
 *
 * @event ck-data-error - `aggregate` is not an aggregate, or names competences the framework does not have.
 *
 * @csspart base - The whole dashboard.
 * @csspart metric - The choice of metric.
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
    framework: { attribute: false },
    metric: { reflect: true },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** Group statistics from `aggregate()` of `@competence-kit/scoring`. */
  declare aggregate: Aggregate | undefined;

  /** The framework, for the titles of competences, role profiles and levels. */
  declare framework: Framework | undefined;

  /** What the cells show and are coloured by: `mean` score or share `below-target`. */
  declare metric: DashboardMetric;

  #selected: { group: number; competence: string } | null = null;
  #valid = false;
  /** What to focus after the next update: the opened distribution, or the cell that opened it. */
  #focus: string | null = null;

  constructor() {
    super();
    this.aggregate = undefined;
    this.framework = undefined;
    this.metric = 'mean';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('aggregate') && !changed.has('framework')) return;
    const issues = checkAggregate(this.aggregate, this.framework);
    this.#valid = !issues.some((i) => i.code === 'invalid-type');
    if (changed.has('aggregate')) this.#selected = null;
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
  #groupLabel(group: GroupAggregate, index: number): Text {
    if (index < 0) return plain(this.msg('group-dashboard.total'));
    const parts = Object.entries(group.key ?? {}).map(([dimension, value]) => {
      if (value === null || value === undefined) {
        return plain(this.msg('group-dashboard.notStated'));
      }
      const profile =
        dimension === 'roleProfile' && this.framework
          ? getRoleProfile(this.framework, value)
          : undefined;
      return profile ? this.#text(profile.title, value) : plain(value);
    });
    if (parts.length === 0) return plain(group.label);
    return parts.length === 1 ? parts[0]! : plain(parts.map((p) => p.value).join(', '));
  }

  #formatMean(value: number): string {
    return this.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  #reason(s: Suppression, k: number): string {
    return s.reason === 'secondary'
      ? this.msg('group-dashboard.reason.secondary')
      : this.msg('group-dashboard.reason.below-threshold', { k });
  }

  protected override render() {
    const { aggregate } = this;
    const messageLang = this.langFor(this.messageLocale);
    if (!aggregate || !this.#valid) {
      return html`<div part="base" class="dashboard" lang=${messageLang}>
        <p>${this.msg('common.notAvailable')}</p>
      </div>`;
    }
    const columns: Column[] = [...aggregate.groups, aggregate.total].map((group, i) => {
      const index = i === aggregate.groups.length ? -1 : i;
      return {
        index,
        group,
        label: this.#groupLabel(group, index),
        cells: new Map(group.competences.map((c) => [c.competence, c])),
      };
    });
    const rows = aggregate.total.competences.map((c) => c.competence);
    const captionKey =
      this.metric === 'below-target'
        ? 'group-dashboard.captionBelowTarget'
        : 'group-dashboard.captionMean';
    const selected = this.#selected;
    const selectedColumn = selected && columns.find((c) => c.index === selected.group);
    return html`<div part="base" class="dashboard metric-${this.metric}">
      ${this.#renderMetricSwitch(messageLang)}
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
                          : this.msg('group-dashboard.n', { n: c.group.n })
                      }</span
                    >
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map((id) => {
              const title = this.#competenceTitle(id);
              return html`<tr>
                <th scope="row" lang=${title.lang}>${title.value}</th>
                ${columns.map((c) => this.#renderCell(c, id, aggregate.minGroupSize, messageLang))}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${renderLegend({
        metric: this.metric,
        k: aggregate.minGroupSize,
        lang: messageLang,
        msg: (key, ...params) => this.msg(key, ...params),
        formatMean: (v) => this.#formatMean(v),
        formatPercent: (v) => this.formatPercent(v),
      })}
      ${
        selected && selectedColumn
          ? renderDistribution({
              cell: selectedColumn.cells.get(selected.competence),
              competence: this.#competenceTitle(selected.competence),
              group: selectedColumn.label,
              framework: this.framework,
              messageLang,
              msg: (key, ...params) => this.msg(key, ...params),
              text: (t, fallback) => this.#text(t, fallback),
              formatMean: (v) => this.#formatMean(v),
              formatPercent: (v) => this.formatPercent(v),
              formatNumber: (v) => this.formatNumber(v),
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
    if (cell?.suppressed) {
      return html`<td class="hidden" lang=${lang}>
        <span class="value">${this.msg('group-dashboard.hidden')}</span>
        <span class="sub">${this.#reason(cell.suppressed, k)}</span>
      </td>`;
    }
    const stats = cell?.stats;
    if (!stats) {
      return html`<td class="empty" lang=${lang}>${this.msg('group-dashboard.noData')}</td>`;
    }
    const below = stats.belowTarget;
    const belowText =
      below === null
        ? this.msg('group-dashboard.noTarget')
        : this.msg('group-dashboard.belowTargetValue', { share: this.formatPercent(below) });
    const meanText = this.#formatMean(stats.mean);
    const [value, sub, heat] =
      this.metric === 'below-target'
        ? [
            below === null ? belowText : this.formatPercent(below),
            this.msg('group-dashboard.meanValue', { mean: meanText }),
            below,
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
