import { html, nothing, type TemplateResult } from 'lit';
import type { NeedsReport, ReportPriority } from '@competence-kit/needs-analysis';
import type { MessageKey, MessageParams } from '../../internal/localize.js';
import type { FilteredReport } from './needs-report.filter.js';

/**
 * What the sections need: the report, its words (`report.messages`, in the report's language),
 * number formats in that language, and the element's own words with the `lang` that marks them
 * inside the report.
 */
export interface SectionContext {
  report: NeedsReport;
  percent: (value: number) => string;
  decimal: (value: number) => string;
  msg: <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;
  /** `lang` for the element's own words inside the report (nothing when they share a language). */
  ownLang: string | typeof nothing;
  /** `lang` for the English details of the priority engine. */
  englishLang: string | typeof nothing;
}

const section = (id: string, title: string, body: unknown) =>
  html`<section aria-labelledby=${id}>
    <h3 id=${id}>${title}</h3>
    ${body}
  </section>`;

/** Methods and participation: who took part in what, and the desk research. */
export function renderMethods({ report, percent }: SectionContext): TemplateResult {
  const m = report.messages;
  const p = report.participation;
  return section(
    'methods',
    m.methods,
    html`<h4>${m.participation}</h4>
      <div class="scroll" role="region" tabindex="0" aria-labelledby="participants-caption">
        <table>
          <caption id="participants-caption">
            ${m.participants}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.group}</th>
              <th scope="col" class="num">${m.interviews}</th>
              <th scope="col" class="num">${m.focusGroups}</th>
            </tr>
          </thead>
          <tbody>
            ${p.byGroup.map(
              (g) =>
                html`<tr>
                  <th scope="row">${g.label}</th>
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
            ${m.questionnaires}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.group}</th>
              <th scope="col" class="num">${m.responses}</th>
              <th scope="col" class="num">${m.invited}</th>
              <th scope="col" class="num">${m.responseRate}</th>
            </tr>
          </thead>
          <tbody>
            ${p.questionnaires.map(
              (q) =>
                html`<tr>
                  <th scope="row">${q.label}</th>
                  <td class="num">${q.responses}</td>
                  <td class="num">${q.invited ?? '—'}</td>
                  <td class="num">${q.responseRate === null ? '—' : percent(q.responseRate)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h4>${m.deskResearch}</h4>
      ${
        p.sources.length === 0
          ? html`<p>${m.none}</p>`
          : html`<ul>
              ${p.sources.map(
                (s) =>
                  html`<li>
                    <strong>${s.title}</strong>${s.publisher ? `, ${s.publisher}` : ''}${
                      s.date ? ` (${s.date})` : ''
                    }:
                    ${s.summary}
                  </li>`,
              )}
            </ul>`
      }`,
  );
}

/** Strengths and weaknesses per VOPI level, as the filter leaves them. */
export function renderLevels({ report }: SectionContext, filtered: FilteredReport): TemplateResult {
  const m = report.messages;
  return section(
    'levels',
    m.strengthsAndWeaknesses,
    filtered.levels.map((level) => {
      const lists = Object.entries(level.findings).filter(([, findings]) => findings.length > 0);
      return html`<h4>${level.title}</h4>
        ${
          lists.length === 0
            ? html`<p>${m.none}</p>`
            : lists.map(
                ([kind, findings]) =>
                  html`<h5>${m.kinds[kind as keyof typeof m.kinds]}</h5>
                    <ul class="findings">
                      ${findings.map(
                        (f) =>
                          html`<li data-finding=${f.id}>
                            <span class="statement">${f.statement}</span>
                            <span>(${f.validation}; ${f.competences.join(', ')})</span>
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
    <summary lang=${ctx.ownLang}>${ctx.msg('needs-report.why')}</summary>
    <ul class="factors">
      ${need.contributions.map(
        (c) =>
          html`<li>
            <span>${c.label}:</span>
            <span>${c.value === null ? '—' : ctx.percent(c.value)}</span>
            <span lang=${ctx.ownLang}
              >(${ctx.msg('needs-report.weight', {
                weight: ctx.percent(c.weight),
                points: ctx.decimal(c.contribution),
              })})</span
            >
            <span class="detail" lang=${ctx.englishLang}>${c.detail}</span>
          </li>`,
      )}
    </ul>
    ${
      findings.length > 0
        ? html`<ul class="need-findings">
            ${findings.map((f) => html`<li>${f.statement}</li>`)}
          </ul>`
        : nothing
    }
  </details>`;
}

/** The prioritised needs, each with the factors it is made of and the findings behind it. */
export function renderPriorities(ctx: SectionContext, filtered: FilteredReport): TemplateResult {
  const m = ctx.report.messages;
  return section(
    'priorities',
    m.priorities,
    html`<div class="scroll" role="region" tabindex="0" aria-labelledby="priorities-caption">
      <table class="priorities">
        <caption id="priorities-caption">
          ${m.priorities}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">${m.rank}</th>
            <th scope="col">${m.competence}</th>
            <th scope="col" class="num">${m.priority}</th>
            <th scope="col">${m.evidence}</th>
          </tr>
        </thead>
        <tbody>
          ${filtered.priorities.map(
            (p) =>
              html`<tr data-competence=${p.competence}>
                <td class="num">${p.rank}</td>
                <th scope="row">${p.title}</th>
                <td class="num">${ctx.decimal(p.priority)}</td>
                <td>
                  <ul>
                    ${p.contributions
                      .filter((c) => c.value !== null)
                      .map((c) => html`<li>${c.label}: ${ctx.percent(c.value!)}</li>`)}
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
  const m = report.messages;
  const g = report.groupResults;
  const hidden = html`<span class="suppressed">${m.suppressed(report.minGroupSize)}</span>`;
  return section(
    'groups',
    m.groupResults,
    html`<div class="scroll" role="region" tabindex="0" aria-labelledby="groups-caption">
        <table>
          <caption id="groups-caption">
            ${m.groupResults}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.role}</th>
              <th scope="col" class="num">n</th>
              ${g.competences.map((c) => html`<th scope="col" class="num">${c.title}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${g.rows.map(
              (r) =>
                html`<tr>
                  <th scope="row">${r.label}</th>
                  <td class="num">${r.n ?? hidden}</td>
                  ${r.cells.map(
                    (c) => html`<td class="num">${c === null ? hidden : ctx.decimal(c)}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="note" lang=${ctx.ownLang}>
        ${ctx.msg('needs-report.anonymity', { k: report.minGroupSize })}
      </p>`,
  );
}

/** The recommendations of the needs the filter leaves. */
export function renderRecommendations(
  { report }: SectionContext,
  filtered: FilteredReport,
): TemplateResult {
  return section(
    'recommendations',
    report.messages.recommendations,
    filtered.recommendations.length === 0
      ? html`<p>${report.messages.none}</p>`
      : html`<ol>
          ${filtered.recommendations.map((r) => html`<li>${r.text}</li>`)}
        </ol>`,
  );
}
