import { html, nothing, type PropertyValues } from 'lit';
import type { Framework, Phase, Result } from '@competence-kit/schemas';
import { CkElement } from '../../internal/ck-element.js';
import { contentText, type ContentText } from '../../internal/content-text.js';
import { directionOf } from '../../internal/lang.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import {
  chartAxes,
  MAX_COMPETENCE_AXES,
  radarData,
  type RadarAxis,
  type RadarData,
} from './competence-radar.axes.js';
import { renderChart, renderSample } from './competence-radar.chart.js';
import { styles } from './competence-radar.styles.js';

/**
 * A radar chart of a person's scored result against their role's target: one axis per
 * competence, or, with more than 12 competences (the shipped framework has 28), one axis per
 * domain at the mean of its competences, with buttons that drill down into a domain's
 * competences (`domain`) and back. The levels of the framework's scale as rings (the lowest inside), the levels
 * reached as a solid outline with round markers, the target as a dashed one, and an optional
 * second wave (`comparison`, say after training) as a dotted outline with square markers. The
 * series differ in dash pattern and marker shape, not colour alone, also in forced-colors mode.
 * A competence whose score is invalid (too few answers) breaks the outline instead of drawing
 * it at the centre.
 *
 * The chart is an image for screen readers, named with a summary ("7 of 28 competences below
 * target"); the same data is always in a table (competence, level, target, gap, second wave),
 * visually hidden until the "Show as table" button shows it. In right-to-left languages the
 * axes run counter-clockwise.
 *
 * @summary A radar chart of a scored result against the role's target levels, with a data table.
 *
 * @example
 * ```html
 * <ck-competence-radar domain="intercultural-communication"></ck-competence-radar>
 * <script type="module">
 *   import '@competence-kit/elements/define/competence-radar';
 *   const radar = document.querySelector('ck-competence-radar');
 *   radar.framework = framework;
 *   radar.result = scoreResponse(instrument, framework, response);
 * </script>
 * ```
 *
 * @event ck-data-error - The result was scored against another framework, or names competences or levels the framework does not have; those are left out or shown as not available.
 *
 * @csspart base - The wrapper of the chart, legend, button and table.
 * @csspart chart - The SVG chart.
 * @csspart legend - The legend under the chart.
 * @csspart domains - The buttons that open a domain's competences, and all domains again.
 * @csspart toggle - The button that shows and hides the table.
 * @csspart table - The data table (visually hidden until shown).
 *
 * @cssproperty --ck-color-accent - The result's outline and markers.
 * @cssproperty --ck-color-success - The second wave's outline and markers.
 * @cssproperty --ck-color-text - The target's outline and the labels.
 * @cssproperty --ck-color-text-muted - The level names on the rings.
 * @cssproperty --ck-color-border - The rings, axes and table rules.
 * @cssproperty --ck-color-surface - The halo behind the level names, the button.
 */
export class CkCompetenceRadar extends CkElement {
  static override properties = {
    result: { attribute: false },
    comparison: { attribute: false },
    framework: { attribute: false },
    domain: { reflect: true },
    label: {},
    comparisonLabel: { attribute: 'comparison-label' },
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** The scored result to show (`scoreResponse` in `@competence-kit/scoring`). */
  declare result: Result | undefined;

  /** A second result of the same person, such as after training, drawn as a dotted outline. */
  declare comparison: Result | undefined;

  /** The framework the results were scored against: its scale, competences and titles. */
  declare framework: Framework | undefined;

  /** Show only the competences of this domain (its id); all of them when empty. */
  declare domain: string;

  /** The result's name in the legend and table; by default its phase ("Baseline"). */
  declare label: string;

  /** The second wave's name in the legend and table; by default its phase ("After training"). */
  declare comparisonLabel: string;

  /** Whether the data table is shown (it is always there for screen readers). */
  declare showTable: boolean;

  #data: RadarData = { axes: [], issues: [] };

  constructor() {
    super();
    this.result = undefined;
    this.comparison = undefined;
    this.framework = undefined;
    this.domain = '';
    this.label = '';
    this.comparisonLabel = '';
    this.showTable = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['result', 'comparison', 'framework', 'domain'] as const;
    if (!inputs.some((name) => changed.has(name))) return;
    const { framework, result, comparison, domain } = this;
    this.#data =
      framework && result
        ? radarData(framework, result, comparison, domain)
        : { axes: [], issues: [] };
    if (framework && domain && !framework.domains.some((d) => d.id === domain)) {
      this.#data.issues.push({
        path: '/domain',
        code: 'unknown-reference',
        message: `Domain "${domain}" is not in the framework.`,
      });
    }
    if (this.#data.issues.length > 0) this.emit('ck-data-error', { issues: this.#data.issues });
  }

  protected override render() {
    const { framework, result } = this;
    if (!framework || !result) return nothing;
    const { axes } = this.#data;
    if (axes.length === 0) {
      return html`<p part="base">${this.msg('common.notAvailable')}</p>`;
    }
    const labels = this.#seriesLabels();
    const hasTarget = axes.some((a) => a.target !== null);
    return html`<div part="base" class="radar" lang=${this.langFor(this.messageLocale)}>
      ${renderChart({
        axes: chartAxes(framework, axes, this.domain),
        levels: framework.scale.levels,
        text: (t) => this.#text(t),
        direction: directionOf(this.locale),
        hasTarget,
        hasComparison: Boolean(this.comparison),
        summary: this.#summary(axes, hasTarget),
      })}
      <ul part="legend" class="legend">
        <li>${renderSample('result')}${labels.result}</li>
        ${
          this.comparison
            ? html`<li>${renderSample('comparison')}${labels.comparison}</li>`
            : nothing
        }
        ${hasTarget ? html`<li>${renderSample('target')}${this.msg('common.target')}</li>` : nothing}
      </ul>
      ${this.#renderDomains()}
      <button
        part="toggle"
        class="toggle"
        type="button"
        aria-expanded=${this.showTable ? 'true' : 'false'}
        aria-controls="data"
        @click=${() => (this.showTable = !this.showTable)}
      >
        ${this.msg(this.showTable ? 'common.hideTable' : 'common.showTable')}
      </button>
      <div
        id="data"
        part="table"
        class=${this.showTable ? 'data' : 'data visually-hidden'}
        role=${this.showTable ? 'region' : nothing}
        aria-labelledby=${this.showTable ? 'caption' : nothing}
        tabindex=${this.showTable ? '0' : nothing}
      >
        ${this.#renderTable(axes, labels)}
      </div>
    </div>`;
  }

  /**
   * With more than {@link MAX_COMPETENCE_AXES} competences the chart shows one axis per domain;
   * these buttons open a domain's competences (setting `domain`) and go back to all domains.
   */
  #renderDomains() {
    const { framework, result } = this;
    if (!framework || !result || framework.domains.length < 2) return nothing;
    if (!this.domain && result.competences.length <= MAX_COMPETENCE_AXES) return nothing;
    const scored = new Set(result.competences.map((c) => c.competence));
    const domains = framework.domains.filter((d) =>
      framework.competences.some((c) => c.domain === d.id && scored.has(c.id)),
    );
    const choose = (id: string) => () => (this.domain = id);
    return html`<nav part="domains" aria-label=${this.msg('radar.domains')}>
      <ul class="domains">
        <li>
          <button type="button" aria-pressed=${this.domain ? 'false' : 'true'} @click=${choose('')}>
            ${this.msg('radar.allDomains')}
          </button>
        </li>
        ${domains.map((d) => {
          const title = this.#text(d.title);
          return html`<li>
            <button
              type="button"
              aria-pressed=${this.domain === d.id ? 'true' : 'false'}
              lang=${title?.lang ?? nothing}
              dir=${title?.dir ?? nothing}
              @click=${choose(d.id)}
            >
              ${title?.value ?? d.id}
            </button>
          </li>`;
        })}
      </ul>
    </nav>`;
  }

  /**
   * The names of the series: the given labels; else "Level reached" for a result alone, the
   * phases ("Baseline", "After training") of two results, or "First/Second wave" when the
   * phases are the same.
   */
  #seriesLabels(): { result: string; comparison: string } {
    const { result, comparison } = this;
    const phases = comparison && result && result.phase !== comparison.phase;
    const phase = (p: Phase) => this.msg(`radar.phase.${p}`);
    return {
      result:
        this.label ||
        (phases ? phase(result.phase) : this.msg(comparison ? 'radar.firstWave' : 'radar.result')),
      comparison:
        this.comparisonLabel || (phases ? phase(comparison.phase) : this.msg('radar.secondWave')),
    };
  }

  #summary(axes: readonly RadarAxis[], hasTarget: boolean): string {
    const total = axes.length;
    if (!hasTarget) return this.msg('radar.summaryNoTarget', { total });
    const below = axes.filter((a) => (a.gap ?? 0) > 0).length;
    if (!this.comparison) return this.msg('radar.summary', { below, total });
    const labels = this.#seriesLabels();
    return this.msg('radar.summaryWithComparison', {
      below,
      total,
      label: labels.result,
      comparisonBelow: axes.filter((a) => (a.comparisonGap ?? 0) > 0).length,
      comparisonLabel: labels.comparison,
    });
  }

  #text(value: Parameters<typeof contentText>[0]): ContentText | undefined {
    return contentText(value, this.locale, this.framework?.defaultLocale);
  }

  #levelText(position: number | null, none: string) {
    if (position === 0) return this.msg('common.belowScale');
    const level = position === null ? undefined : this.framework!.scale.levels[position - 1];
    const title = level && this.#text(level.title);
    return title ? html`<span lang=${title.lang} dir=${title.dir}>${title.value}</span>` : none;
  }

  #gapText(gap: number | null, level: number | null, target: number | null): string {
    if (target === null) return this.msg('radar.noTarget');
    if (level === null || gap === null) return this.msg('radar.invalid');
    if (gap < 0) return this.msg('radar.gapAbove');
    if (gap === 0) return this.msg('radar.gapMet');
    if (gap === 1) return this.msg('radar.gapOne');
    if (gap === 2) return this.msg('radar.gapTwo');
    return this.msg('radar.gapOther', { gap });
  }

  #renderTable(axes: readonly RadarAxis[], labels: { result: string; comparison: string }) {
    const compared = Boolean(this.comparison);
    const heading = (key: 'radar.levelOf' | 'radar.gapOf', label: string) =>
      this.msg(key, { label });
    const invalid = this.msg('radar.invalid');
    return html`<table>
      <caption id="caption">
        ${this.msg('radar.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.msg('radar.competence')}</th>
          <th scope="col">
            ${compared ? heading('radar.levelOf', labels.result) : this.msg('common.level')}
          </th>
          <th scope="col">${this.msg('common.target')}</th>
          <th scope="col">
            ${compared ? heading('radar.gapOf', labels.result) : this.msg('common.gap')}
          </th>
          ${
            compared
              ? html`<th scope="col">${heading('radar.levelOf', labels.comparison)}</th>
                  <th scope="col">${heading('radar.gapOf', labels.comparison)}</th>`
              : nothing
          }
        </tr>
      </thead>
      <tbody>
        ${axes.map((axis) => {
          const title = this.#text(axis.competence.title);
          return html`<tr>
            <th scope="row" lang=${title?.lang ?? nothing} dir=${title?.dir ?? nothing}>
              ${title?.value ?? axis.competence.id}
            </th>
            <td>${this.#levelText(axis.level, invalid)}</td>
            <td>${this.#levelText(axis.target, this.msg('radar.noTarget'))}</td>
            <td>${this.#gapText(axis.gap, axis.level, axis.target)}</td>
            ${
              compared
                ? html`<td>${this.#levelText(axis.comparisonLevel, invalid)}</td>
                    <td>
                      ${this.#gapText(axis.comparisonGap, axis.comparisonLevel, axis.target)}
                    </td>`
                : nothing
            }
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-competence-radar': CkCompetenceRadar;
  }
}
