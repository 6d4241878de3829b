import { html, nothing, type TemplateResult } from 'lit';
import type { NeedsReport, ReportPriority } from '@competence-kit/needs-analysis';
import {
  evidenceText,
  languageName,
  programmeModuleText,
  quoteAttribution,
  reasonText,
  recommendationText,
  type ReportMessageKey,
  type ReportWords,
} from '@competence-kit/needs-analysis/messages/lazy';
import type { MessageKey, MessageParams } from '../../internal/localize.js';
import type { FilteredReport } from './needs-report.filter.js';

/**
 * What the sections need: the report (data), the report's words in the element's language
 * (`words`, with the `lang` that marks them when they fall back to English), the `lang` of the
 * report's own texts where it differs, number formats, and the element's own messages.
 */
export interface SectionContext {
  report: NeedsReport;
  words: ReportWords;
  /** `lang` for the report's words: nothing, or `en` when the element's language has none. */
  wordsLang: string | typeof nothing;
  /** `lang` for the study's and framework's texts: nothing when it is the element's. */
  contentLang: string | typeof nothing;
  percent: (value: number) => string;
  decimal: (value: number) => string;
  msg: <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;
}

/** A word of the report, marked `lang="en"` when it falls back; its direction follows the page. */
export const word = (
  ctx: SectionContext,
  key: ReportMessageKey,
  params?: Record<string, string | number>,
) =>
  ctx.wordsLang === nothing
    ? ctx.words.text(key, params)
    : html`<span lang=${ctx.wordsLang}>${ctx.words.text(key, params)}</span>`;

/** A text of the study or framework, marked with its language where it differs. */
export const content = (ctx: SectionContext, text: string) =>
  ctx.contentLang === nothing ? text : html`<span lang=${ctx.contentLang}>${text}</span>`;

// Sections are not named landmarks: each table's scroll region is, by its caption, so that no
// two landmarks share a name (axe `landmark-unique`).
const section = (id: string, title: unknown, body: unknown) =>
  html`<section data-section=${id}>
    <h3 id=${id}>${title}</h3>
    ${body}
  </section>`;

/** Methods and participation: who took part in what, and the desk research. */
export function renderMethods(ctx: SectionContext): TemplateResult {
  const { report, percent } = ctx;
  const w = (key: ReportMessageKey) => word(ctx, key);
  const p = report.participation;
  return section(
    'methods',
    w('methods'),
    html`<h4>${w('participation')}</h4>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="participants-caption">
        <table>
          <caption id="participants-caption">
            ${w('participants')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${w('group')}</th>
              <th scope="col" class="num">${w('interviews')}</th>
              <th scope="col" class="num">${w('focusGroups')}</th>
            </tr>
          </thead>
          <tbody>
            ${p.byGroup.map(
              (g) =>
                html`<tr>
                  <th scope="row">${w(`group.${g.group}`)}</th>
                  <td class="num">${g.interviews}</td>
                  <td class="num">${g.focusGroups}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="questionnaires-caption">
        <table>
          <caption id="questionnaires-caption">
            ${w('questionnaires')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${w('group')}</th>
              <th scope="col" class="num">${w('responses')}</th>
              <th scope="col" class="num">${w('invited')}</th>
              <th scope="col" class="num">${w('responseRate')}</th>
            </tr>
          </thead>
          <tbody>
            ${p.questionnaires.map(
              (q) =>
                html`<tr>
                  <th scope="row">${w(`group.${q.group}`)}</th>
                  <td class="num">${q.responses}</td>
                  <td class="num">${q.invited ?? '—'}</td>
                  <td class="num">${q.responseRate === null ? '—' : percent(q.responseRate)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h4>${w('deskResearch')}</h4>
      ${
        p.sources.length === 0
          ? html`<p>${w('none')}</p>`
          : html`<ul>
              ${p.sources.map(
                (s) =>
                  html`<li>
                    <strong>${content(ctx, s.title)}</strong
                    >${s.publisher ? `, ${s.publisher}` : ''}${s.date ? ` (${s.date})` : ''}:
                    ${content(ctx, s.summary)}
                  </li>`,
              )}
            </ul>`
      }`,
  );
}

/** Strengths and weaknesses per VOPI level, as the filter leaves them. */
export function renderLevels(ctx: SectionContext, filtered: FilteredReport): TemplateResult {
  const w = (key: ReportMessageKey) => word(ctx, key);
  return section(
    'levels',
    w('strengthsAndWeaknesses'),
    filtered.levels.map((level) => {
      const lists = Object.entries(level.findings).filter(([, findings]) => findings.length > 0);
      return html`<h4>${w(`level.${level.level}`)}</h4>
        ${
          lists.length === 0
            ? html`<p>${w('none')}</p>`
            : lists.map(
                ([kind, findings]) =>
                  html`<h5>${w(`kind.${kind as 'need'}`)}</h5>
                    <ul class="findings">
                      ${findings.map(
                        (f) =>
                          html`<li data-finding=${f.id}>
                            <span class="statement">${content(ctx, f.statement)}</span>
                            <span
                              >(${w(f.validation ? `validation.${f.validation}` : 'notValidated')};
                              ${content(ctx, f.competences.map((c) => c.title).join(', '))})</span
                            >
                          </li>`,
                      )}
                    </ul>`,
              )
        }`;
    }),
  );
}

function renderExplanation(ctx: SectionContext, need: ReportPriority): TemplateResult {
  const statements = new Map(
    ctx.report.levels.flatMap((l) =>
      Object.values(l.findings)
        .flat()
        .map((f) => [f.id, f]),
    ),
  );
  const findings = need.findings.flatMap((id) => statements.get(id) ?? []);
  return html`<details>
    <summary>${ctx.msg('needs-report.why')}</summary>
    <ul class="factors">
      ${need.contributions.map(
        (c) =>
          html`<li>
            <span>${word(ctx, `factor.${c.factor}`)}:</span>
            <span>${c.value === null ? '—' : ctx.percent(c.value)}</span>
            <span
              >(${ctx.msg('needs-report.weight', {
                weight: ctx.percent(c.weight),
                points: ctx.decimal(c.contribution),
              })})</span
            >
            <span class="detail" lang=${ctx.wordsLang}>${reasonText(ctx.words, c.reason)}</span>
          </li>`,
      )}
    </ul>
    ${
      findings.length > 0
        ? html`<ul class="need-findings">
            ${findings.map((f) => html`<li>${content(ctx, f.statement)}</li>`)}
          </ul>`
        : nothing
    }
  </details>`;
}

/** The prioritised needs, each with the factors it is made of and the findings behind it. */
export function renderPriorities(ctx: SectionContext, filtered: FilteredReport): TemplateResult {
  const w = (key: ReportMessageKey) => word(ctx, key);
  return section(
    'priorities',
    w('priorities'),
    html`<div class="scroll" role="region" tabindex="0" aria-labelledby="priorities-caption">
      <table class="priorities">
        <caption id="priorities-caption">
          ${w('priorities')}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">${w('rank')}</th>
            <th scope="col">${w('competence')}</th>
            <th scope="col" class="num">${w('priority')}</th>
            <th scope="col">${w('evidence')}</th>
          </tr>
        </thead>
        <tbody>
          ${filtered.priorities.map(
            (p) =>
              html`<tr data-competence=${p.competence}>
                <td class="num">${p.rank}</td>
                <th scope="row">${content(ctx, p.title)}</th>
                <td class="num">${ctx.decimal(p.priority)}</td>
                <td>
                  <ul>
                    ${p.contributions
                      .filter((c) => c.value !== null)
                      .map(
                        (c) =>
                          html`<li>
                            ${w(`factor.${c.factor}`)}: ${ctx.percent(c.value!)}
                            <span lang=${ctx.wordsLang}>(${reasonText(ctx.words, c.reason)})</span>
                          </li>`,
                      )}
                  </ul>
                  ${renderExplanation(ctx, p)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`,
  );
}

/** Staff results by role, cells under the anonymity threshold written out as such. */
export function renderGroupResults(ctx: SectionContext): TemplateResult {
  const { report } = ctx;
  const w = (key: ReportMessageKey) => word(ctx, key);
  const g = report.groupResults;
  const hidden = html`<span class="suppressed"
    >${word(ctx, 'suppressed', { k: report.minGroupSize })}</span
  >`;
  return section(
    'groups',
    w('groupResults'),
    html`<div class="scroll" role="region" tabindex="0" aria-labelledby="groups-caption">
        <table>
          <caption id="groups-caption">
            ${w('groupResults')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${w('role')}</th>
              <th scope="col" class="num">n</th>
              ${g.competences.map(
                (c) => html`<th scope="col" class="num">${content(ctx, c.title)}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${g.rows.map(
              (r) =>
                html`<tr>
                  <th scope="row">${content(ctx, r.label)}</th>
                  <td class="num">${r.n ?? hidden}</td>
                  ${r.cells.map(
                    (c) => html`<td class="num">${c === null ? hidden : ctx.decimal(c)}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="note">${ctx.msg('needs-report.anonymity', { k: report.minGroupSize })}</p>`,
  );
}

/** The recommendations of the needs the filter leaves. */
export function renderRecommendations(
  ctx: SectionContext,
  filtered: FilteredReport,
): TemplateResult {
  const titles = new Map(ctx.report.priorities.map((p) => [p.competence, p.title]));
  return section(
    'recommendations',
    word(ctx, 'recommendations'),
    filtered.recommendations.length === 0
      ? html`<p>${word(ctx, 'none')}</p>`
      : html`<ol>
          ${filtered.recommendations.map(
            (r) =>
              html`<li lang=${ctx.wordsLang}>
                ${recommendationText(ctx.words, r, titles.get(r.competence) ?? r.competence)}
              </li>`,
          )}
        </ol>`,
  );
}

const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);
const direction = (tag: string) => (RTL.has(tag.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr');

/** The administration's review of itself, by area, each with what it rests on. */
export function renderInternalReview(ctx: SectionContext): TemplateResult | typeof nothing {
  const review = ctx.report.internalReview;
  if (!review) return nothing;
  return section(
    'internal-review',
    word(ctx, 'internalReview'),
    review.length === 0
      ? html`<p>${word(ctx, 'none')}</p>`
      : review.map(
          (r) =>
            html`<h4>${word(ctx, `area.${r.area}`)}</h4>
              <p>${content(ctx, r.assessment)}</p>
              ${
                r.evidence.length === 0
                  ? nothing
                  : html`<p>${word(ctx, 'basedOn')}:</p>
                      <ul class="evidence" lang=${ctx.wordsLang}>
                        ${r.evidence.map((x) => html`<li>${evidenceText(ctx.words, x)}</li>`)}
                      </ul>`
              }`,
        ),
  );
}

/**
 * Anonymised quotes as the filter leaves them: each a blockquote marked with the language its
 * text is in, the original beside a translation where the study records it.
 */
export function renderQuotes(
  ctx: SectionContext,
  filtered: FilteredReport,
): TemplateResult | typeof nothing {
  if (!ctx.report.quotes) return nothing;
  const quoted = (text: string, tag: string) =>
    html`<blockquote lang=${tag} dir=${direction(tag)}><p>${text}</p></blockquote>`;
  return section(
    'quotes',
    word(ctx, 'quotes'),
    filtered.quotes.length === 0
      ? html`<p>${word(ctx, 'none')}</p>`
      : html`<p>${word(ctx, 'quotes.note')}</p>
          ${filtered.quotes.map(
            (q) =>
              html`<figure class="quote" data-quote=${q.id}>
                ${quoted(q.text, q.textLanguage)}
                ${
                  q.original === null
                    ? nothing
                    : html`<p>
                          ${word(ctx, 'quote.original', {
                            language: languageName(ctx.words, q.language),
                          })}
                        </p>
                        ${quoted(q.original, q.language)}`
                }
                <figcaption lang=${ctx.wordsLang}>${quoteAttribution(ctx.words, q)}</figcaption>
              </figure>`,
          )}`,
  );
}

/** The local strategy, the programme, and per need its strategy goals and training modules. */
export function renderLinks(
  ctx: SectionContext,
  filtered: FilteredReport,
): TemplateResult | typeof nothing {
  const { report } = ctx;
  if (report.strategy === undefined && report.programme === undefined) return nothing;
  const w = (key: ReportMessageKey) => word(ctx, key);
  const s = report.strategy ?? null;
  const programme = report.programme ?? null;
  return section(
    'links',
    w('linkage'),
    html`<h4>${w('strategy')}</h4>
      ${
        s
          ? html`<p>
                <strong>${content(ctx, s.title)}</strong>${
                  s.publisher ? `, ${s.publisher}` : ''
                }${s.date ? ` (${s.date})` : ''}${s.uri ? `: ${s.uri}` : ''}
              </p>
              ${
                s.goals.length === 0
                  ? nothing
                  : html`<ul class="goals">
                      ${s.goals.map((g) => html`<li>${content(ctx, g.title)}</li>`)}
                    </ul>`
              }`
          : html`<p>${w('strategy.none')}</p>`
      }
      <p class="programme">
        ${
          programme
            ? word(ctx, 'programme', {
                title: programme.title ?? programme.id,
                ...programme.period,
              })
            : w('programme.notLinked')
        }
      </p>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="links-caption">
        <table class="links">
          <caption id="links-caption">
            ${w('priorityLinks')}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="num">${w('rank')}</th>
              <th scope="col">${w('competence')}</th>
              <th scope="col">${w('strategyGoals')}</th>
              <th scope="col">${w('programmeModules')}</th>
            </tr>
          </thead>
          <tbody>
            ${filtered.priorities.map((p) => {
              const goals = p.strategyGoals ?? [];
              const modules = p.programme ?? null;
              return html`<tr data-linked=${p.competence}>
                <td class="num">${p.rank}</td>
                <th scope="row">${content(ctx, p.title)}</th>
                <td>
                  ${
                    goals.length === 0
                      ? '—'
                      : html`<ul>
                          ${goals.map((g) => html`<li>${content(ctx, g.title)}</li>`)}
                        </ul>`
                  }
                </td>
                <td>
                  ${
                    modules === null
                      ? '—'
                      : modules.length === 0
                        ? w('programme.noModule')
                        : html`<ul>
                            ${modules.map(
                              (m) =>
                                html`<li lang=${ctx.wordsLang}>
                                  ${programmeModuleText(ctx.words, m)}
                                </li>`,
                            )}
                          </ul>`
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`,
  );
}

/** What the review could not do, and why. */
export function renderLimitations(ctx: SectionContext): TemplateResult | typeof nothing {
  const limitations = ctx.report.limitations;
  if (!limitations) return nothing;
  return section(
    'limitations',
    word(ctx, 'limitations'),
    limitations.length === 0
      ? html`<p>${word(ctx, 'none')}</p>`
      : html`<ul>
          ${limitations.map((x) => html`<li>${content(ctx, x)}</li>`)}
        </ul>`,
  );
}
