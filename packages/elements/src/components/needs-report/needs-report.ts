import { html, nothing, type PropertyValues } from 'lit';
import type { Issue, ParticipantGroup, VopiLevel } from '@competence-kit/schemas';
import type { NeedsReport } from '@competence-kit/needs-analysis';
import { CkElement } from '../../internal/ck-element.js';
import { numberFormat } from '../../internal/format.js';
import {
  loadReportWords,
  loadedReportWordsFor,
  summaryText,
} from '@competence-kit/needs-analysis/messages/lazy';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { filterReport, type FilteredReport } from './needs-report.filter.js';
import {
  renderGroupResults,
  renderInternalReview,
  renderLevels,
  renderLimitations,
  renderLinks,
  renderMethods,
  renderPriorities,
  renderQuotes,
  renderRecommendations,
  word,
  type SectionContext,
} from './needs-report.sections.js';
import { styles } from './needs-report.styles.js';

/** The participant groups, in the order the filter lists them. */
const PARTICIPANT_GROUPS: readonly ParticipantGroup[] = [
  'staff',
  'third-country-nationals',
  'ngos',
  'migrant-organisations',
  'stakeholders',
];

/**
 * The needs report of a territory, from `buildNeedsReport()` of
 * `@competence-kit/needs-analysis`, with the content of its HTML rendering (summary, methods
 * and participation, the administration's internal review, strengths and weaknesses per VOPI
 * level, anonymised quotes in the language they are recorded in, prioritised training needs
 * with what each rests on, their strategy goals and training-programme modules, staff results by
 * role under the anonymity rules, recommendations, limitations) and filters by VOPI level and
 * participant group (which also narrow the quotes). The report is data (a saved report reopened with
 * `parseNeedsReport()` works as well); its words, headings and explanations come in the
 * element's language (de, it, es, en, ar; English, marked `lang="en"`, for others), the study's
 * own texts stay in the report's `locale`.
 *
 * @summary A territory's needs report, filterable by VOPI level and participant group.
 *
 * @example
 * ```html
 * <ck-needs-report vopi-level="personnel"></ck-needs-report>
 * <script type="module">
 *   import '@competence-kit/elements/define/needs-report';
 *   const element = document.querySelector('ck-needs-report');
 *   element.report = buildNeedsReport(study, framework, 'it', { instruments });
 * </script>
 * ```
 *
 * @event ck-data-error - `report` is not a needs report, or `vopi-level` / `participant-group` names no level or group of it; the filter is ignored.
 *
 * @csspart base - The whole element.
 * @csspart filters - The filters and the count of what they leave.
 * @csspart report - The report.
 *
 * @cssproperty --ck-color-surface-subtle - Table headers and the filters.
 * @cssproperty --ck-color-warning - The edge of the notice on synthetic data.
 * @cssproperty --ck-color-text - Text.
 * @cssproperty --ck-color-text-muted - Cells hidden for anonymity, and explanations.
 * @cssproperty --ck-color-border - Table rules.
 */
export class CkNeedsReport extends CkElement {
  static override properties = {
    report: { attribute: false },
    vopiLevel: { attribute: 'vopi-level', reflect: true },
    participantGroup: { attribute: 'participant-group', reflect: true },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** The report, from `buildNeedsReport()` of `@competence-kit/needs-analysis`. */
  declare report: NeedsReport | undefined;

  /** Show only this VOPI level (`organisation`, `services-and-access`, `personnel`, `cooperation`); empty for all. */
  declare vopiLevel: VopiLevel | '';

  /** Show only what this participant group raised (`staff`, `third-country-nationals`, `ngos`, `migrant-organisations`, `stakeholders`); empty for all. */
  declare participantGroup: ParticipantGroup | '';

  #valid = false;

  constructor() {
    super();
    this.report = undefined;
    this.vopiLevel = '';
    this.participantGroup = '';
  }

  // Renders once the report's words in the element's language have loaded (as the element's
  // own messages do), rather than flashing English first.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadReportWords(this.locale);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { report } = this;
    if (changed.has('report')) {
      this.#valid =
        typeof report === 'object' &&
        report !== null &&
        Array.isArray(report.levels) &&
        Array.isArray(report.priorities) &&
        typeof report.counts === 'object' &&
        report.counts !== null;
      if (report !== undefined && !this.#valid) {
        this.emit('ck-data-error', {
          issues: [
            {
              path: '/report',
              code: 'invalid-type',
              message:
                'Expected the result of buildNeedsReport() from @competence-kit/needs-analysis.',
            },
          ],
        });
      }
    }
    if (!report || !this.#valid) return;
    const issues: Issue[] = [];
    if (
      (changed.has('vopiLevel') || changed.has('report')) &&
      this.vopiLevel &&
      !report.levels.some((l) => l.level === this.vopiLevel)
    ) {
      issues.push({
        path: '/vopiLevel',
        code: 'unknown-reference',
        message: `"${this.vopiLevel}" is not a VOPI level of the report; expected one of ${report.levels.map((l) => l.level).join(', ')}.`,
      });
    }
    if (
      (changed.has('participantGroup') || changed.has('report')) &&
      this.participantGroup &&
      !PARTICIPANT_GROUPS.includes(this.participantGroup as ParticipantGroup)
    ) {
      issues.push({
        path: '/participantGroup',
        code: 'unknown-reference',
        message: `"${this.participantGroup}" is not a participant group; expected one of ${PARTICIPANT_GROUPS.join(', ')}.`,
      });
    }
    if (issues.length > 0) this.emit('ck-data-error', { issues });
  }

  /** The filter in force: values that name nothing in the report are left out. */
  #filtered(report: NeedsReport): FilteredReport {
    const level = report.levels.some((l) => l.level === this.vopiLevel) ? this.vopiLevel : '';
    const group = PARTICIPANT_GROUPS.includes(this.participantGroup as ParticipantGroup)
      ? this.participantGroup
      : '';
    return filterReport(report, { level, group });
  }

  protected override render() {
    const { report } = this;
    const messageLang = this.langFor(this.messageLocale);
    if (!report || !this.#valid) {
      return html`<div part="base" class="needs-report" lang=${messageLang}>
        <p>${this.msg('common.notAvailable')}</p>
      </div>`;
    }
    // The report's words follow the element's language, whatever catalogue its own messages use.
    const words = loadedReportWordsFor(this.locale);
    const filtered = this.#filtered(report);
    const percent = numberFormat(words.locale, { style: 'percent', maximumFractionDigits: 0 });
    const decimal = numberFormat(words.locale, { maximumFractionDigits: 2 });
    const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
    const contentLang = language(report.locale) === language(this.locale) ? nothing : report.locale;
    const ctx: SectionContext = {
      report,
      words,
      // A fallback is marked English but keeps the page's direction, so it aligns like the rest.
      wordsLang: words.fallback ? 'en' : nothing,
      contentLang,
      percent: (v) => percent.format(v),
      decimal: (v) => decimal.format(v),
      msg: (key, ...params) => this.msg(key, ...params),
    };
    return html`<div part="base" class="needs-report" lang=${messageLang}>
      ${this.#renderFilters(ctx, filtered)}
      <article part="report" class="report">
        <h2>${word(ctx, 'title', { territory: report.territory.name })}</h2>
        ${report.synthetic ? html`<p class="notice">${word(ctx, 'synthetic')}</p>` : nothing}
        <p>${word(ctx, 'period', report.period)}</p>
        <section data-section="summary">
          <h3 id="summary">${word(ctx, 'summary')}</h3>
          <p lang=${ctx.wordsLang}>${summaryText(words, report.counts)}</p>
        </section>
        ${renderMethods(ctx)} ${renderInternalReview(ctx)} ${renderLevels(ctx, filtered)}
        ${renderQuotes(ctx, filtered)} ${renderPriorities(ctx, filtered)}
        ${renderLinks(ctx, filtered)} ${renderGroupResults(ctx)}
        ${renderRecommendations(ctx, filtered)} ${renderLimitations(ctx)}
      </article>
    </div>`;
  }

  #renderFilters(ctx: SectionContext, filtered: FilteredReport) {
    const { report } = ctx;
    const groups = PARTICIPANT_GROUPS.filter(
      (g) =>
        report.participation.byGroup.some((x) => x.group === g) ||
        report.participation.questionnaires.some((q) => q.group === g),
    );
    return html`<div part="filters" class="filters">
      <label>
        <span>${this.msg('needs-report.level')}</span>
        <select
          @change=${(e: Event) => (this.vopiLevel = (e.target as HTMLSelectElement).value as VopiLevel | '')}
        >
          <option value="" ?selected=${this.vopiLevel === ''}>
            ${this.msg('needs-report.allLevels')}
          </option>
          ${report.levels.map(
            (l) =>
              html`<option
                value=${l.level}
                ?selected=${this.vopiLevel === l.level}
                lang=${ctx.wordsLang}
              >
                ${ctx.words.text(`level.${l.level}`)}
              </option>`,
          )}
        </select>
      </label>
      <label>
        <span>${this.msg('needs-report.group')}</span>
        <select
          @change=${(e: Event) =>
            (this.participantGroup = (e.target as HTMLSelectElement).value as
              ParticipantGroup | '')}
        >
          <option value="" ?selected=${this.participantGroup === ''}>
            ${this.msg('needs-report.allGroups')}
          </option>
          ${groups.map(
            (g) =>
              html`<option
                value=${g}
                ?selected=${this.participantGroup === g}
                lang=${ctx.wordsLang}
              >
                ${ctx.words.text(`group.${g}`)}
              </option>`,
          )}
        </select>
      </label>
      <p class="status" role="status">
        ${this.msg('needs-report.shown', {
          findings: filtered.findingCount,
          needs: filtered.priorities.length,
        })}
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-needs-report': CkNeedsReport;
  }
}
