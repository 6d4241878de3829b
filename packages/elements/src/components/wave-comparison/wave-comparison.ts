import { html, nothing, svg, type PropertyValues } from 'lit';
import type { Release, ReleaseChange } from '@competence-kit/disclosure';
import { getRoleProfile } from '@competence-kit/model/read';
import type { CompetenceChange, PairedChange, WaveComparison } from '@competence-kit/scoring';
import type { Framework, Issue } from '@competence-kit/schemas';
import { CkElement } from '../../internal/ck-element.js';
import { contentText } from '../../internal/content-text.js';
import { directionOf } from '../../internal/lang.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { styles } from './wave-comparison.styles.js';
import { CHART_WIDTH, changeScale, xOf, type ChangeScale } from './wave-comparison.scale.js';

/**
 * A wave comparison of a release as `compareWaves` gives one: the release's figures where it
 * shows them, and a hidden row (no reason given) where it does not.
 */
function comparisonOf(release: Release, change: ReleaseChange): WaveComparison {
  const hidden = {
    stats: null,
    suppressed: { reason: 'below-threshold' as const, explanation: '' },
  };
  return {
    minGroupSize: release.minGroupSize,
    confidence: change.confidence,
    issues: [],
    competences: release.competences.map((competence): CompetenceChange => {
      const c = change.hidden
        ? undefined
        : change.competences.find((x) => x.competence === competence);
      const none = {
        stats: null,
        suppressed: { reason: 'below-threshold' as const, explanation: '' },
      };
      if (!c || c.n === null || c.meanChange === null)
        return { competence, paired: hidden, baselineOnly: none, postOnly: none };
      return {
        competence,
        paired: {
          suppressed: null,
          stats: {
            n: c.n,
            meanBaseline: c.meanFrom,
            meanPost: c.meanTo,
            meanChange: c.meanChange,
            sdChange: c.sdChange ?? null,
            confidenceInterval: c.confidenceInterval ?? null,
            t: null,
            df: null,
            pValue: null,
            cohensDz: c.cohensDz ?? null,
          },
        },
        baselineOnly: none,
        postOnly: none,
      };
    }),
  };
}

/**
 * The `group-labels` attribute: a JSON object. Text that is not JSON is kept as it is, so that
 * `willUpdate` can report it instead of the element throwing while it parses its attributes.
 */
const groupLabelsConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};

/** The values of the `group` dimension of a programme's evaluation that have built-in names. */
const BUILT_IN_GROUPS = {
  participant: 'wave-comparison.groupParticipant',
  other: 'wave-comparison.groupOther',
} as const;

/** Scores are 0..1 in the data and shown as 0..100, which reads as points. */
const POINTS = 100;
const COLUMNS = 7;

/**
 * How a group changed between two waves (baseline and after training), competence by
 * competence: a table with the number of people in both waves, their mean scores, the mean
 * change with its confidence interval and Cohen's d_z, from `compareWaves` in
 * `@competence-kit/scoring`. Each row also draws the change as a dot with whiskers for the
 * interval on an axis shared by all rows, with a line at zero, so the competences compare at
 * a glance; the chart repeats the numbers of its row and is hidden from screen readers, for
 * whom the table is the content. Scores are shown from 0 to 100.
 *
 * For publication it shows the wave comparisons of a `release` of `@competence-kit/disclosure`
 * (a plan with `compare`), one group at a time with a choice of group: a hidden comparison says
 * only that it is hidden to protect a small group. With `comparison` (a coordinator's private
 * working view), statistics over fewer people than the anonymity threshold are not shown and the
 * row says why.
 * In right-to-left languages the axis is mirrored (improvements point left, with the text).
 *
 * The choice of the group names each group by its values: `groupLabels` (or the `group-labels`
 * attribute, as JSON) names a value, `{ "participant": "Teilnehmende" }`, or a value of one
 * dimension only, `{ "unit:other": "Other units" }`. Without a label, the groups of a
 * programme's evaluation (the `group` dimension: `participant` and `other`) have localized names,
 * role profiles (`roleProfile`) their titles in the `framework`, and other values are shown as
 * they are.
 *
 * @summary The change per competence between two waves, with confidence intervals and effect sizes.
 *
 * @example
 * ```html
 * <ck-wave-comparison></ck-wave-comparison>
 * <script type="module">
 *   import '@competence-kit/elements/define/wave-comparison';
 *   const table = document.querySelector('ck-wave-comparison');
 *   table.framework = framework;
 *   table.release = release; // a release whose plan compares two waves
 *   // privately: table.comparison = compareWaves(baselineResults, postResults);
 * </script>
 * ```
 *
 * @example
 * ```html
 * <ck-wave-comparison
 *   lang="de"
 *   group-labels='{"participant": "Teilnehmende", "other": "Ohne dieses Modul"}'
 * ></ck-wave-comparison>
 * ```
 *
 * @event ck-data-error - The release is not one or has no wave comparison, `change` is not one of its comparisons, competences are not in the framework (shown by id), or `groupLabels` (`group-labels`) is not an object of texts (what is not a text is ignored).
 *
 * @csspart base - The wrapper.
 * @csspart table - The table.
 * @csspart chart - Each row's dot-and-whisker chart.
 * @csspart axis - The shared axis in the chart column's header.
 * @csspart suppressed - A row's note that its statistics are withheld.
 * @csspart groups - The choice of the group, for a release.
 * @csspart note - The explanation of Cohen's d_z under the table.
 *
 * @cssproperty --ck-color-accent - The dot (mean change).
 * @cssproperty --ck-color-text - Text, the whiskers (confidence interval).
 * @cssproperty --ck-color-text-muted - The zero line, tick labels and notes.
 * @cssproperty --ck-color-border - Table rules and ticks.
 */
export class CkWaveComparison extends CkElement {
  static override properties = {
    comparison: { attribute: false },
    release: { attribute: false },
    change: { type: Number, reflect: true },
    framework: { attribute: false },
    baselineLabel: { attribute: 'baseline-label' },
    postLabel: { attribute: 'post-label' },
    groupLabels: { attribute: 'group-labels', converter: groupLabelsConverter },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /**
   * The comparison of two waves of results (`compareWaves` in `@competence-kit/scoring`): a
   * coordinator's private working view, never for publication.
   */
  declare comparison: WaveComparison | undefined;

  /** A release with wave comparisons (`@competence-kit/disclosure`); shown instead of `comparison`. */
  declare release: Release | undefined;

  /** Which of the release's comparisons (`release.changes`) to show; by default the first. */
  declare change: number | undefined;

  /** The comparison drawn: `comparison`, or the chosen one of the release. */
  #shown: WaveComparison | undefined;
  #fromRelease = false;

  /** The framework the results were scored against, for the competences' titles; ids without it. */
  declare framework: Framework | undefined;

  /** The first wave's name in the caption and headers; by default "Baseline". */
  declare baselineLabel: string;

  /** The second wave's name in the caption and headers; by default "After training". */
  declare postLabel: string;

  /**
   * Names of the groups in the choice of the group, by value (`participant`) or by dimension and
   * value (`group:participant`, which wins); in the `group-labels` attribute as JSON. A label
   * here wins; a value without one keeps its built-in name (`participant` and `other` of the
   * `group` dimension), its role profile's title, or is shown as it is.
   */
  declare groupLabels: Readonly<Record<string, string>> | undefined;

  /** The usable entries of `groupLabels`. */
  #groupLabels = new Map<string, string>();

  constructor() {
    super();
    this.comparison = undefined;
    this.release = undefined;
    this.change = undefined;
    this.framework = undefined;
    this.baselineLabel = '';
    this.postLabel = '';
    this.groupLabels = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('groupLabels')) this.#readGroupLabels();
    if (
      !changed.has('comparison') &&
      !changed.has('release') &&
      !changed.has('change') &&
      !changed.has('framework')
    )
      return;
    const issues: Issue[] = [];
    this.#fromRelease = this.release !== undefined;
    if (this.release !== undefined) {
      const changes = (this.release as Partial<Release> | null)?.changes;
      const competences = (this.release as Partial<Release> | null)?.competences;
      const wellFormed = (c: unknown) =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as ReleaseChange).key === 'object' &&
        (c as ReleaseChange).key !== null &&
        Array.isArray((c as ReleaseChange).competences);
      if (
        !Array.isArray(changes) ||
        changes.length === 0 ||
        !Array.isArray(competences) ||
        !changes.every(wellFormed)
      ) {
        issues.push({
          path: '/release/changes',
          code: 'invalid-type',
          message:
            'Expected a release from buildRelease() whose plan compares two waves (plan.compare).',
        });
        this.#shown = undefined;
      } else {
        let index = this.change ?? 0;
        if (!(Number.isInteger(index) && index >= 0 && index < changes.length)) {
          issues.push({
            path: '/change',
            code: 'out-of-range',
            message: `Expected the index of one of the release's ${changes.length} comparisons (0 to ${changes.length - 1}); the first is shown.`,
          });
          index = 0;
        }
        this.#shown = comparisonOf(this.release, changes[index]!);
      }
    } else {
      this.#shown = this.comparison;
    }
    const { framework } = this;
    const shown = this.#shown;
    if (shown && framework) {
      const known = new Set(framework.competences.map((c) => c.id));
      shown.competences.forEach((c, i) => {
        if (!known.has(c.competence)) {
          issues.push({
            path: `/${this.#fromRelease ? 'release' : 'comparison'}/competences/${i}/competence`,
            code: 'unknown-reference',
            message: `Competence "${c.competence}" is not in the framework; it is shown by its id.`,
          });
        }
      });
    }
    if (issues.length > 0) this.emit('ck-data-error', { issues });
  }

  /** Keeps the string labels of `groupLabels` and reports the rest. */
  #readGroupLabels(): void {
    const labels = this.groupLabels as unknown;
    this.#groupLabels = new Map();
    if (labels === undefined || labels === null) return;
    const issues: Issue[] = [];
    if (typeof labels !== 'object' || Array.isArray(labels)) {
      issues.push({
        path: '/groupLabels',
        code: typeof labels === 'string' ? 'invalid-json' : 'invalid-type',
        message:
          'Expected an object of labels by group value, such as {"participant": "Participants"}; the groups keep their names.',
      });
    } else {
      for (const [key, label] of Object.entries(labels)) {
        if (typeof label === 'string' && label.trim() !== '') this.#groupLabels.set(key, label);
        else
          issues.push({
            path: `/groupLabels/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
            code: 'invalid-type',
            message: `Expected a text as the label of "${key}"; the group keeps its name.`,
          });
      }
    }
    if (issues.length > 0) this.emit('ck-data-error', { issues });
  }

  /** A comparison's group as people read it: `Front desk`, or everyone. */
  #groupName(change: ReleaseChange): string {
    const entries = Object.entries(change.key);
    if (entries.length === 0) return this.msg('wave-comparison.everyone');
    return entries
      .map(([dimension, value]) => {
        if (value === null || value === undefined) return this.msg('group-dashboard.notStated');
        const label =
          this.#groupLabels.get(`${dimension}:${value}`) ?? this.#groupLabels.get(value);
        if (label !== undefined) return label;
        if (dimension === 'group' && Object.hasOwn(BUILT_IN_GROUPS, value))
          return this.msg(BUILT_IN_GROUPS[value as keyof typeof BUILT_IN_GROUPS]);
        const profile =
          dimension === 'roleProfile' && this.framework
            ? getRoleProfile(this.framework, value)
            : undefined;
        return profile
          ? (contentText(profile.title, this.locale, this.framework!.defaultLocale)?.value ?? value)
          : value;
      })
      .join(', ');
  }

  /** The choice of the group, for a release with more than one comparison. */
  #renderGroups() {
    const changes = this.release?.changes;
    if (!this.#fromRelease || !changes || changes.length < 2) return nothing;
    const current = this.change !== undefined && changes[this.change] ? this.change : 0;
    return html`<label part="groups" class="groups">
      ${this.msg('wave-comparison.group')}
      <select
        @change=${(e: Event) => (this.change = Number((e.target as HTMLSelectElement).value))}
      >
        ${changes.map(
          (c, i) =>
            html`<option value=${String(i)} ?selected=${i === current}>
              ${this.#groupName(c)}
            </option>`,
        )}
      </select>
    </label>`;
  }

  protected override render() {
    const comparison = this.#shown;
    if (!comparison) {
      return this.#fromRelease
        ? html`<p part="base">${this.msg('common.notAvailable')}</p>`
        : nothing;
    }
    const chosen = this.#fromRelease
      ? this.release!.changes![
          this.change !== undefined && this.release!.changes![this.change] ? this.change : 0
        ]
      : undefined;
    const phaseName = (phase: string | undefined, fallback: string) =>
      phase === undefined || phase === 'baseline' || phase === 'post' ? fallback : phase;
    const baseline =
      this.baselineLabel || phaseName(chosen?.from, this.msg('wave-comparison.baseline'));
    const post = this.postLabel || phaseName(chosen?.to, this.msg('wave-comparison.post'));
    if (comparison.competences.length === 0) {
      return html`<p part="base">${this.msg('wave-comparison.empty')}</p>`;
    }
    const scale = changeScale(comparison.competences);
    const confidence = this.formatPercent(comparison.confidence, { maximumFractionDigits: 1 });
    return html`<div part="base" class="waves" lang=${this.langFor(this.messageLocale)}>
      ${this.#renderGroups()}
      <div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption">
            <span class="caption-text"
              >${this.msg('wave-comparison.caption', { baseline, post })}</span
            >
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.msg('wave-comparison.competence')}</th>
              <th scope="col" class="number">${this.msg('wave-comparison.n')}</th>
              <th scope="col" class="number">
                ${this.msg('wave-comparison.mean', { label: baseline })}
              </th>
              <th scope="col" class="number">
                ${this.msg('wave-comparison.mean', { label: post })}
              </th>
              <th scope="col" class="number">${this.msg('wave-comparison.change')}</th>
              <th scope="col" class="number">
                ${this.msg('wave-comparison.interval', { confidence })}
              </th>
              <th scope="col" class="chart-column">
                <span class="visually-hidden">${this.msg('wave-comparison.chart')}</span>
                ${this.#renderAxis(scale)}
              </th>
              <th scope="col" class="number">${this.msg('wave-comparison.effect')}</th>
            </tr>
          </thead>
          <tbody>
            ${comparison.competences.map((change) => this.#renderRow(change, scale))}
          </tbody>
        </table>
      </div>
      <p part="note" class="note">
        ${this.msg('wave-comparison.effectNote', { small: 0.2, medium: 0.5, large: 0.8 })}
      </p>
    </div>`;
  }

  #direction(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  #points(value: number, sign = false): string {
    return this.formatNumber(value * POINTS, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
  }

  #renderRow(change: CompetenceChange, scale: ChangeScale) {
    const competence = this.framework?.competences.find((c) => c.id === change.competence);
    const title =
      competence && contentText(competence.title, this.locale, this.framework!.defaultLocale);
    const header = html`<th scope="row" lang=${title?.lang ?? nothing} dir=${title?.dir ?? nothing}>
      ${title?.value ?? change.competence}
    </th>`;
    const { paired } = change;
    if (!paired.stats) {
      // A release's hidden comparison says nothing about why.
      const why = this.#fromRelease
        ? this.msg('wave-comparison.hiddenRelease')
        : paired.suppressed.reason === 'below-threshold'
          ? this.msg('wave-comparison.suppressed', { min: this.#shown!.minGroupSize })
          : this.msg('wave-comparison.suppressedOther');
      return html`<tr class="suppressed">
        ${header}
        <td part="suppressed" colspan=${COLUMNS}>${why}</td>
      </tr>`;
    }
    const stats = paired.stats;
    if (stats.n === 0 || stats.meanChange === null) {
      return html`<tr class="empty">
        ${header}
        <td colspan=${COLUMNS}>${this.msg('wave-comparison.noPairs')}</td>
      </tr>`;
    }
    const interval = stats.confidenceInterval;
    return html`<tr>
      ${header}
      <td class="number">${this.formatNumber(stats.n)}</td>
      <td class="number">${this.#points(stats.meanBaseline!)}</td>
      <td class="number">${this.#points(stats.meanPost!)}</td>
      <td class="number change">${this.#points(stats.meanChange, true)}</td>
      <td class="number">
        ${
          interval
            ? this.msg('wave-comparison.range', {
                lower: this.#points(interval[0], true),
                upper: this.#points(interval[1], true),
              })
            : this.#notDefined()
        }
      </td>
      <td class="chart-column">${this.#renderChart(stats, scale)}</td>
      <td class="number">
        ${
          stats.cohensDz === null
            ? this.#notDefined()
            : this.formatNumber(stats.cohensDz, {
                minimumFractionDigits: 2,
                maximumFractionDigits: 2,
                signDisplay: 'exceptZero',
              })
        }
      </td>
    </tr>`;
  }

  #notDefined() {
    return html`<span aria-hidden="true">–</span
      ><span class="visually-hidden">${this.msg('wave-comparison.notDefined')}</span>`;
  }

  #renderChart(stats: PairedChange, scale: ChangeScale) {
    const dir = this.#direction();
    const x = (v: number) => xOf(v, scale, dir);
    const [lower, upper] = stats.confidenceInterval ?? [stats.meanChange!, stats.meanChange!];
    return html`<svg
      part="chart"
      class="chart"
      viewBox="0 0 ${CHART_WIDTH} 20"
      aria-hidden="true"
      focusable="false"
    >
      <line class="zero" x1=${x(0)} x2=${x(0)} y1="0" y2="20"></line>
      <line class="whisker" x1=${x(lower)} x2=${x(upper)} y1="10" y2="10"></line>
      <line class="whisker" x1=${x(lower)} x2=${x(lower)} y1="5" y2="15"></line>
      <line class="whisker" x1=${x(upper)} x2=${x(upper)} y1="5" y2="15"></line>
      <circle class="mean" cx=${x(stats.meanChange!)} cy="10" r="4.5"></circle>
    </svg>`;
  }

  #renderAxis(scale: ChangeScale) {
    const dir = this.#direction();
    const ticks = scale.ticks.map((t) => {
      const x = xOf(t, scale, dir);
      return svg`<line class=${t === 0 ? 'zero' : 'tick'} x1=${x} x2=${x} y1="16" y2="24"></line>
        <text x=${x} y="12" text-anchor="middle">${this.formatNumber(t * POINTS, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })}</text>`;
    });
    return html`<svg
      part="axis"
      class="chart axis"
      viewBox="0 0 ${CHART_WIDTH} 24"
      aria-hidden="true"
      focusable="false"
    >
      ${ticks}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-wave-comparison': CkWaveComparison;
  }
}
