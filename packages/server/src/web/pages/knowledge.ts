// The public pages of issue 19 (decision 0029): the knowledge base (search and one entry), the
// city's page "together" (manifesto, own practices and testimonials, the action plan's public
// view, upcoming multiplier events), an event with its registration form, and the coordinators'
// list of events with the figures funders ask for. Every text of a document is shown as text:
// the entries' plain-text conventions (blank lines, "- " lists, "1. " steps) become elements,
// never markup from the data.
import { getCompetence, resolveText } from '@competence-kit/model/read';
import type {
  ActionPlan,
  CountsByStakeholderType,
  KnowledgeEntry,
  LocalizedText,
  Measure,
  MultiplierEvent,
  TestimonialEntry,
} from '@competence-kit/schemas';
import type { FacetName, KnowledgeResult } from '@competence-kit/networks';
import {
  entryKindName,
  materialName,
  measureStatusName,
  networkWordsFor,
  stakeholderTypeName,
} from '@competence-kit/networks/messages';
import { html, safeHref, type Html } from '../html.js';
import { directionOf } from '../i18n.js';
import type { MessageKey } from '../messages/catalogue.js';
import { COORDINATING, href, type PageContext } from '../page.js';

/** The types of organisation an event counts people by, in the schema's order, then "none". */
export const ORGANISATION_TYPES = [
  'public-authority',
  'ngo',
  'migrant-organisation',
  'vocational-school',
  'university',
  'business',
  'volunteers-group',
  'other',
  'unaffiliated',
] as const satisfies readonly (keyof CountsByStakeholderType)[];
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** The search form's parameters, by the facet of `searchKnowledge` each fills. */
export const FACET_PARAMS: readonly { param: string; facet: FacetName; legend: MessageKey }[] = [
  { param: 'kind', facet: 'kinds', legend: 'knowledge.facet.kinds' },
  { param: 'competence', facet: 'competences', legend: 'knowledge.facet.competences' },
  { param: 'level', facet: 'levels', legend: 'knowledge.facet.levels' },
  { param: 'vopi', facet: 'vopiLevels', legend: 'knowledge.facet.vopiLevels' },
  { param: 'territory', facet: 'territories', legend: 'knowledge.facet.territories' },
  { param: 'language', facet: 'languages', legend: 'knowledge.facet.languages' },
];

/** A search as the form sent it: words, chosen facet values (by parameter), the page. */
export interface SearchForm {
  text: string;
  chosen: Record<string, string[]>;
  page: number;
}

/** A parameter the search could not read, and what it expects. */
export interface SearchProblem {
  param: string;
  expected: MessageKey;
}

export interface SearchView {
  form: SearchForm;
  result: KnowledgeResult;
  pageSize: number;
  /** Whether any entry of the city's knowledge base is invented demonstration content. */
  synthetic: boolean;
  problem?: SearchProblem | undefined;
}

// ---- Small pieces ----------------------------------------------------------------------------

/** The notice every page with invented demonstration data shows. */
export const syntheticNotice = (ctx: PageContext): Html =>
  html`<p class="notice" role="note">${ctx.words.t('knowledge.synthetic')}</p>`;

/** A territory's name: the city's own name, else the id written as words (a proper name). */
export function territoryName(ctx: PageContext, id: string): string {
  if (id === ctx.portal.city.id) return ctx.words.textPlain(ctx.portal.city.name);
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/** The engine's words (`@competence-kit/networks/messages`) for its enums, in the page's language. */
const engineWords = (ctx: PageContext) => networkWordsFor(ctx.words.lang);

/** A kind of entry, in words. */
export const kindName = (ctx: PageContext, kind: KnowledgeEntry['kind']): string =>
  entryKindName(engineWords(ctx), kind);

/** A type of organisation an event counts (a stakeholder type, or none), in words. */
export const organisationTypeName = (ctx: PageContext, type: string): string =>
  type === 'unaffiliated'
    ? engineWords(ctx).text('unaffiliated')
    : stakeholderTypeName(engineWords(ctx), type as Exclude<OrganisationType, 'unaffiliated'>);

const competenceTitle = (ctx: PageContext, id: string) => {
  const competence = getCompetence(ctx.portal.framework, id);
  return competence ? ctx.words.textPlain(competence.title) : id;
};

const levelTitle = (ctx: PageContext, level: number) => {
  const found = ctx.portal.framework.scale.levels[level - 1];
  return found ? ctx.words.textPlain(found.title) : String(level);
};

const languageName = (ctx: PageContext, tag: string) => {
  try {
    return new Intl.DisplayNames([ctx.words.lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/** The words for one value of a facet. */
function facetLabel(ctx: PageContext, facet: FacetName, value: string): string {
  const { words: w } = ctx;
  switch (facet) {
    case 'kinds':
      return kindName(ctx, value as KnowledgeEntry['kind']);
    case 'competences':
      return competenceTitle(ctx, value);
    case 'levels':
      return levelTitle(ctx, Number(value));
    case 'vopiLevels':
      return w.plain(`needs.level.${value}` as MessageKey);
    case 'territories':
      return territoryName(ctx, value);
    case 'languages':
      return languageName(ctx, value);
  }
}

/**
 * A document's text in the page's language, in its plain-text conventions: blocks separated by
 * blank lines; lines starting with "- " make a list, lines starting with "1. " numbered steps,
 * other lines a paragraph (a single line break kept as one). Marked with its language when it
 * fell back to another.
 */
export function richText(ctx: PageContext, text: LocalizedText | undefined): Html {
  const found = resolveText(text, ctx.words.lang, {
    defaultLocale: ctx.portal.framework.defaultLocale,
  });
  if (!found) return html``;
  const blocks: Html[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = () => {
    if (paragraph.length > 0)
      blocks.push(
        html`<p>${paragraph.map((line, i) => html`${i > 0 ? html`<br />` : ''}${line}`)}</p>`,
      );
    paragraph = [];
    if (list)
      blocks.push(
        list.ordered
          ? html`<ol>
              ${list.items.map((item) => html`<li>${item}</li>`)}
            </ol>`
          : html`<ul>
              ${list.items.map((item) => html`<li>${item}</li>`)}
            </ul>`,
      );
    list = undefined;
  };
  for (const raw of found.value.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    const bullet = /^[-•*]\s+(.*)$/.exec(line);
    const step = /^\d{1,3}[.)]\s+(.*)$/.exec(line);
    if (!line) flush();
    else if (bullet || step) {
      const ordered = !bullet;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? step)![1]!);
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return found.locale.split('-')[0] === ctx.words.lang.split('-')[0]
    ? html`${blocks}`
    : html`<div lang="${found.locale}" dir="${directionOf(found.locale)}">${blocks}</div>`;
}

const entryHref = (ctx: PageContext, id: string) =>
  href(ctx, `/knowledge/${encodeURIComponent(id)}`);

/** The latest measurement of an indicator: by date, on a tie the later one in the list. */
function latest(measurements: readonly { date: string; value: number }[]) {
  let best: { date: string; value: number } | undefined;
  for (const m of measurements) if (!best || m.date >= best.date) best = m;
  return best;
}

// ---- The knowledge base ----------------------------------------------------------------------

/** The query string of a search (without the page), for links to its other pages. */
export function searchQuery(form: SearchForm, page?: number): string {
  const params = new URLSearchParams();
  if (form.text) params.set('q', form.text);
  for (const { param } of FACET_PARAMS)
    for (const value of form.chosen[param] ?? []) params.append(param, value);
  if (page !== undefined && page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

function facetFieldset(ctx: PageContext, view: SearchView, index: number): Html {
  const { param, facet, legend } = FACET_PARAMS[index]!;
  const counts = view.result.facets[facet] ?? {};
  const chosen = view.form.chosen[param] ?? [];
  // The values the results have, and any chosen one they no longer have (count 0).
  const values = [
    ...new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...chosen]),
  ];
  if (values.length === 0) return html``;
  const sorted =
    facet === 'levels'
      ? values.sort((a, b) => Number(a) - Number(b))
      : values
          .map((value) => ({ value, label: facetLabel(ctx, facet, value) }))
          .sort((a, b) => a.label.localeCompare(b.label, ctx.words.lang))
          .map((v) => v.value);
  return html`<fieldset>
    <legend>${ctx.words.t(legend)}</legend>
    ${sorted.map((value, i) => {
      const id = `facet-${param}-${i}`;
      return html`<div class="check">
        <input
          type="checkbox"
          id="${id}"
          name="${param}"
          value="${value}"
          ${chosen.includes(value) ? html`checked` : ''}
        />
        <label for="${id}"
          >${facetLabel(ctx, facet, value)} (${ctx.words.number(counts[value] ?? 0)})</label
        >
      </div>`;
    })}
  </fieldset>`;
}

/** One hit of the search: title as a link, kind and origin, the summary. */
function hitItem(ctx: PageContext, entry: KnowledgeEntry): Html {
  const { words: w } = ctx;
  return html`<li>
    <h3><a href="${entryHref(ctx, entry.id)}">${w.text(entry.title)}</a></h3>
    <p class="help">
      ${kindName(ctx, entry.kind)}${entry.territory ? ` · ${territoryName(ctx, entry.territory)}` : ''}
      ·
      ${w.date(entry.published)}${entry.synthetic ? html` · ${w.t('knowledge.syntheticShort')}` : ''}
    </p>
    ${entry.summary ? html`<p>${w.text(entry.summary)}</p>` : ''}
  </li>`;
}

/** The knowledge base: the search form (a GET form, works without scripts) and the results. */
export function knowledgePage(ctx: PageContext, view: SearchView): Html {
  const { words: w } = ctx;
  const { result, form, pageSize } = view;
  const pages = Math.max(1, Math.ceil(result.total / pageSize));
  const first = (form.page - 1) * pageSize + 1;
  const action = href(ctx, '/knowledge');
  return html`<h1>${w.t('knowledge.title')}</h1>
    <p class="lead">${w.t('knowledge.lead')}</p>
    ${view.synthetic ? syntheticNotice(ctx) : ''}
    ${
      view.problem
        ? html`<p class="notice error" role="alert">
            ${w.t('knowledge.search.invalid', {
              param: view.problem.param,
              expected: w.plain(view.problem.expected),
            })}
          </p>`
        : ''
    }
    <form method="get" action="${action}" role="search" class="stack wide">
      <label for="knowledge-q">${w.t('knowledge.search.label')}</label>
      <input type="search" id="knowledge-q" name="q" value="${form.text}" maxlength="200" />
      ${FACET_PARAMS.map((_f, i) => facetFieldset(ctx, view, i))}
      <button type="submit">${w.t('knowledge.search.submit')}</button>
    </form>
    <h2 id="knowledge-results">${w.t('knowledge.results', { n: w.number(result.total) })}</h2>
    ${
      result.hits.length === 0
        ? html`<p>${w.t('knowledge.noHits')}</p>`
        : html`<ol class="records" start="${first}" aria-labelledby="knowledge-results">
            ${result.hits.map((hit) => hitItem(ctx, hit.entry))}
          </ol>`
    }
    ${
      pages > 1
        ? html`<nav aria-label="${w.plain('knowledge.pages')}" class="subnav">
            <ul>
              ${
                form.page > 1
                  ? html`<li>
                      <a href="${action}${searchQuery(form, form.page - 1)}" rel="prev"
                        >${w.t('knowledge.previous')}</a
                      >
                    </li>`
                  : ''
              }
              <li>
                <span aria-current="page"
                  >${w.t('knowledge.page', {
                    page: w.number(form.page),
                    pages: w.number(pages),
                  })}</span
                >
              </li>
              ${
                form.page < pages
                  ? html`<li>
                      <a href="${action}${searchQuery(form, form.page + 1)}" rel="next"
                        >${w.t('knowledge.next')}</a
                      >
                    </li>`
                  : ''
              }
            </ul>
          </nav>`
        : ''
    }`;
}

/** A testimonial's photo (with its text alternative) or video (a link, with its captions). */
function media(ctx: PageContext, entry: TestimonialEntry): Html {
  const { words: w } = ctx;
  const m = entry.media;
  if (!m) return html``;
  if (m.kind === 'photo')
    return html`<figure>
      <img src="${safeHref(m.uri)}" alt="${w.textPlain(m.alt)}" loading="lazy" />
      <figcaption>${w.t('knowledge.licence', { licence: entry.licence })}</figcaption>
    </figure>`;
  return html`<p>
    <a href="${safeHref(m.uri)}">${w.t('knowledge.video', { what: w.textPlain(m.alt) })}</a>
    ${m.captions ? html` · <a href="${safeHref(m.captions)}">${w.t('knowledge.captions')}</a>` : ''}
  </p>`;
}

/** The sections of an entry, by its kind. */
function entryBody(ctx: PageContext, entry: KnowledgeEntry, names: ReadonlyMap<string, string>) {
  const { words: w } = ctx;
  const section = (key: MessageKey, text: LocalizedText | undefined, id: string) =>
    text
      ? html`<section aria-labelledby="entry-${id}">
          <h2 id="entry-${id}">${w.t(key)}</h2>
          ${richText(ctx, text)}
        </section>`
      : '';
  switch (entry.kind) {
    case 'practice':
      return html`${section('knowledge.practice.challenge', entry.challenge, 'challenge')}
      ${section('knowledge.practice.approach', entry.approach, 'approach')}
      ${section('knowledge.practice.result', entry.result, 'result')}
      ${section('knowledge.practice.transferability', entry.transferability, 'transferability')}
      ${
        entry.contacts?.length
          ? html`<section aria-labelledby="entry-contacts">
              <h2 id="entry-contacts">${w.t('knowledge.practice.contacts')}</h2>
              <ul>
                ${entry.contacts.map((c) => html`<li>${w.text(c)}</li>`)}
              </ul>
            </section>`
          : ''
      }
      ${
        entry.stakeholders?.length
          ? html`<section aria-labelledby="entry-stakeholders">
              <h2 id="entry-stakeholders">${w.t('knowledge.practice.stakeholders')}</h2>
              <ul>
                ${entry.stakeholders.map((s) => html`<li>${names.get(s) ?? s}</li>`)}
              </ul>
            </section>`
          : ''
      }`;
    case 'toolkit':
      return html`${section('knowledge.toolkit.body', entry.body, 'body')}
      ${section('knowledge.toolkit.notes', entry.trainerNotes, 'notes')}`;
    case 'manifesto':
      return html`${richText(ctx, entry.body)}
      ${
        entry.principles?.length
          ? html`<section aria-labelledby="entry-principles">
              <h2 id="entry-principles">${w.t('knowledge.manifesto.principles')}</h2>
              <ol>
                ${entry.principles.map((p) => html`<li>${w.text(p)}</li>`)}
              </ol>
            </section>`
          : ''
      }`;
    case 'testimonial':
      return html`<blockquote>${richText(ctx, entry.text)}</blockquote>
        ${entry.speaker ? html`<p>— ${w.text(entry.speaker)}</p>` : ''} ${media(ctx, entry)}`;
  }
}

/** Facts about an entry: kind, origin, date, languages, tags, and the kind's own facts. */
function entryFacts(ctx: PageContext, entry: KnowledgeEntry): Html {
  const { words: w, portal } = ctx;
  const { tags } = entry;
  const fact = (key: MessageKey, value: Html | string) =>
    html`<dt>${w.t(key)}</dt>
      <dd>${value}</dd>`;
  const modules =
    entry.kind === 'toolkit'
      ? entry.modules.map((id) => {
          const module = portal.catalogue.modules.find((m) => m.id === id);
          return html`<li>
            <a href="${href(ctx, '/catalogue')}#module-${id}"
              >${module ? w.textPlain(module.title) : id}</a
            >
          </li>`;
        })
      : [];
  return html`<dl class="facts">
    ${fact('knowledge.fact.kind', kindName(ctx, entry.kind))}
    ${entry.kind === 'toolkit' ? fact('knowledge.fact.material', materialName(engineWords(ctx), entry.material)) : ''}
    ${entry.territory ? fact('knowledge.fact.territory', territoryName(ctx, entry.territory)) : ''}
    ${fact('knowledge.fact.published', w.date(entry.published))}
    ${fact('knowledge.fact.languages', entry.languages.map((l) => languageName(ctx, l)).join(', '))}
    ${
      tags.competences?.length
        ? fact(
            'knowledge.fact.competences',
            html`<ul>
              ${tags.competences.map(
                (c) =>
                  html`<li>
                    <a href="${href(ctx, '/framework')}#competence-${c}"
                      >${competenceTitle(ctx, c)}</a
                    >
                  </li>`,
              )}
            </ul>`,
          )
        : ''
    }
    ${
      tags.levels?.length
        ? fact('knowledge.fact.levels', tags.levels.map((l) => levelTitle(ctx, l)).join(', '))
        : ''
    }
    ${
      tags.vopiLevels?.length
        ? fact(
            'knowledge.fact.vopiLevels',
            tags.vopiLevels.map((v) => w.plain(`needs.level.${v}` as MessageKey)).join(', '),
          )
        : ''
    }
    ${tags.keywords?.length ? fact('knowledge.fact.keywords', tags.keywords.join(', ')) : ''}
    ${
      modules.length > 0
        ? fact(
            'knowledge.fact.modules',
            html`<ul>
              ${modules}
            </ul>`,
          )
        : ''
    }
    ${
      entry.kind === 'toolkit' && entry.durationMinutes
        ? fact(
            'knowledge.fact.duration',
            w.plain('knowledge.minutes', { n: w.number(entry.durationMinutes) }),
          )
        : ''
    }
    ${entry.kind === 'testimonial' ? fact('knowledge.fact.licence', entry.licence) : ''}
  </dl>`;
}

/** One entry of the knowledge base, with the withdrawal of a testimonial for coordinators. */
export function entryPage(
  ctx: PageContext,
  entry: KnowledgeEntry,
  names: ReadonlyMap<string, string>,
): Html {
  const { words: w } = ctx;
  const coordinating = ctx.viewer !== undefined && COORDINATING.has(ctx.viewer.role);
  return html`<p><a href="${href(ctx, '/knowledge')}">${w.t('knowledge.back')}</a></p>
    <article aria-labelledby="entry-title">
      <h1 id="entry-title">${w.text(entry.title)}</h1>
      ${entry.synthetic ? syntheticNotice(ctx) : ''}
      ${entry.summary ? html`<p class="lead">${w.text(entry.summary)}</p>` : ''}
      ${entryFacts(ctx, entry)} ${entryBody(ctx, entry, names)}
    </article>
    ${
      coordinating && entry.kind === 'testimonial'
        ? html`<section aria-labelledby="withdraw-title">
            <h2 id="withdraw-title">${w.t('knowledge.withdraw.title')}</h2>
            <p>${w.t('knowledge.withdraw.text')}</p>
            <form
              method="post"
              action="${href(ctx, `/knowledge/${encodeURIComponent(entry.id)}/withdraw`)}"
            >
              <input type="hidden" name="_csrf" value="${ctx.csrf}" />
              <button type="submit" class="danger">${w.t('knowledge.withdraw.submit')}</button>
            </form>
          </section>`
        : ''
    }`;
}

// ---- The city's page "together" --------------------------------------------------------------

export interface TogetherView {
  manifestos: KnowledgeEntry[];
  practices: KnowledgeEntry[];
  testimonials: TestimonialEntry[];
  plans: ActionPlan[];
  /** Stakeholder id → the organisation's name, from the city's networks. */
  names: ReadonlyMap<string, string>;
  /** Events from today on, soonest first. */
  events: MultiplierEvent[];
  synthetic: boolean;
}

/** A measure in the plan's public view: who carries it, when, its status and indicators. */
function measureItem(ctx: PageContext, measure: Measure, names: ReadonlyMap<string, string>) {
  const { words: w } = ctx;
  const name = (id: string) => names.get(id) ?? id;
  return html`<li>
    <h5>${w.text(measure.title)}</h5>
    <dl class="facts">
      <dt>${w.t('together.measure.owner')}</dt>
      <dd>${name(measure.owner)}</dd>
      ${
        measure.partners.length > 0
          ? html`<dt>${w.t('together.measure.partners')}</dt>
              <dd>${measure.partners.map(name).join(', ')}</dd>`
          : ''
      }
      <dt>${w.t('together.measure.period')}</dt>
      <dd>${w.t('together.period', { start: w.date(measure.start), end: w.date(measure.end) })}</dd>
      <dt>${w.t('together.measure.status')}</dt>
      <dd>${measureStatusName(engineWords(ctx), measure.status)}</dd>
      ${
        measure.indicators.length > 0
          ? html`<dt>${w.t('together.measure.indicators')}</dt>
              <dd>
                <ul>
                  ${measure.indicators.map((indicator) => {
                    const last = latest(indicator.measurements);
                    const unit = w.textPlain(indicator.unit);
                    return html`<li>
                      ${w.text(indicator.title)}:
                      ${
                        last
                          ? w.t('together.indicator.latest', {
                              value: w.number(last.value),
                              unit,
                              date: w.date(last.date),
                            })
                          : w.t('together.indicator.none')
                      }
                      ·
                      ${w.t('together.indicator.target', {
                        value: w.number(indicator.target),
                        unit,
                      })}
                    </li>`;
                  })}
                </ul>
              </dd>`
          : ''
      }
    </dl>
  </li>`;
}

function planSection(ctx: PageContext, plan: ActionPlan, names: ReadonlyMap<string, string>) {
  const { words: w } = ctx;
  return html`<h3>${w.text(plan.title)}</h3>
    <p>
      ${w.t('together.period', { start: w.date(plan.period.start), end: w.date(plan.period.end) })}
    </p>
    ${plan.description ? richText(ctx, plan.description) : ''}
    ${plan.goals.map((goal) => {
      const measures = plan.measures.filter((m) => m.goal === goal.id);
      return html`<section aria-labelledby="goal-${plan.id}-${goal.id}">
        <h4 id="goal-${plan.id}-${goal.id}">${w.text(goal.title)}</h4>
        ${
          goal.needs.length > 0
            ? html`<p>
                ${w.t('together.goal.needs', {
                  needs: goal.needs.map((c) => competenceTitle(ctx, c)).join(', '),
                })}
              </p>`
            : ''
        }
        ${
          measures.length === 0
            ? html`<p>${w.t('together.goal.noMeasures')}</p>`
            : html`<ul class="records">
                ${measures.map((m) => measureItem(ctx, m, names))}
              </ul>`
        }
      </section>`;
    })}`;
}

/** The city's public page: what its administration and partners do together. */
export function togetherPage(ctx: PageContext, view: TogetherView): Html {
  const { words: w } = ctx;
  const city = w.textPlain(ctx.portal.city.name);
  return html`<h1>${w.t('together.title', { city })}</h1>
    <p class="lead">${w.t('together.lead')}</p>
    ${view.synthetic ? syntheticNotice(ctx) : ''}
    <section aria-labelledby="together-manifesto">
      <h2 id="together-manifesto">${w.t('together.manifesto')}</h2>
      ${
        view.manifestos.length === 0
          ? html`<p>${w.t('together.none')}</p>`
          : view.manifestos.map(
              (m) =>
                html`<h3><a href="${entryHref(ctx, m.id)}">${w.text(m.title)}</a></h3>
                  ${m.kind === 'manifesto' ? richText(ctx, m.body) : ''}
                  ${
                    m.kind === 'manifesto' && m.principles?.length
                      ? html`<ol>
                          ${m.principles.map((p) => html`<li>${w.text(p)}</li>`)}
                        </ol>`
                      : ''
                  }`,
            )
      }
    </section>
    <section aria-labelledby="together-practices">
      <h2 id="together-practices">${w.t('together.practices')}</h2>
      ${
        view.practices.length === 0
          ? html`<p>${w.t('together.none')}</p>`
          : html`<ul class="records">
              ${view.practices.map(
                (p) =>
                  html`<li>
                    <a href="${entryHref(ctx, p.id)}">${w.text(p.title)}</a>
                    ${p.summary ? html`<p>${w.text(p.summary)}</p>` : ''}
                  </li>`,
              )}
            </ul>`
      }
    </section>
    <section aria-labelledby="together-testimonials">
      <h2 id="together-testimonials">${w.t('together.testimonials')}</h2>
      ${
        view.testimonials.length === 0
          ? html`<p>${w.t('together.none')}</p>`
          : view.testimonials.map(
              (t) =>
                html`<figure>
                  <blockquote>${richText(ctx, t.text)}</blockquote>
                  <figcaption>
                    ${t.speaker ? html`${w.text(t.speaker)} · ` : ''}
                    <a href="${entryHref(ctx, t.id)}">${w.text(t.title)}</a>
                  </figcaption>
                </figure>`,
            )
      }
    </section>
    <section aria-labelledby="together-plan">
      <h2 id="together-plan">${w.t('together.plan')}</h2>
      ${
        view.plans.length === 0
          ? html`<p>${w.t('together.none')}</p>`
          : view.plans.map((plan) => planSection(ctx, plan, view.names))
      }
    </section>
    <section aria-labelledby="together-events">
      <h2 id="together-events">${w.t('together.events')}</h2>
      ${
        view.events.length === 0
          ? html`<p>${w.t('together.noEvents')}</p>`
          : html`<ul class="records">
              ${view.events.map(
                (e) =>
                  html`<li>
                    <a href="${href(ctx, `/events/${encodeURIComponent(e.id)}`)}"
                      >${w.text(e.title)}</a
                    >
                    · ${w.date(e.date)} · ${w.text(e.place)}
                  </li>`,
              )}
            </ul>`
      }
    </section>
    <p><a href="${href(ctx, '/knowledge')}">${w.t('together.knowledgeLink')}</a></p>
    ${
      ctx.viewer && COORDINATING.has(ctx.viewer.role)
        ? html`<p><a href="${href(ctx, '/events')}">${w.t('together.eventsLink')}</a></p>`
        : ''
    }`;
}

// ---- Multiplier events -----------------------------------------------------------------------

/** Everyone registered for an event: the document's counts and those stored by the portal. */
export const totalOf = (counts: CountsByStakeholderType | undefined): number =>
  ORGANISATION_TYPES.reduce((sum, type) => sum + (counts?.[type] ?? 0), 0);

export interface EventView {
  event: MultiplierEvent;
  /** Registrations by type: the document's and the portal's together. */
  registered: number;
  /** Knowledge entries presented that are visible, by id. */
  outputs: ReadonlyMap<string, KnowledgeEntry>;
  /** The day the event is open for registration until (inclusive): its date. */
  past: boolean;
  /** A fresh random key for the form, so that a double submit counts once. */
  key: string;
  problem?: MessageKey | undefined;
}

/** An event's public page: programme, outputs presented, places left, the registration form. */
export function eventPage(ctx: PageContext, view: EventView): Html {
  const { words: w } = ctx;
  const { event } = view;
  const left = Math.max(0, event.capacity - view.registered);
  const outputLink = (id: string) => {
    const entry = view.outputs.get(id);
    return entry ? html`<a href="${entryHref(ctx, id)}">${w.text(entry.title)}</a>` : undefined;
  };
  const presented = event.outputs.map(outputLink).filter((l): l is Html => l !== undefined);
  return html`<h1>${w.text(event.title)}</h1>
    ${event.synthetic ? syntheticNotice(ctx) : ''}
    ${event.description ? html`<div class="lead">${richText(ctx, event.description)}</div>` : ''}
    <dl class="facts">
      <dt>${w.t('events.date')}</dt>
      <dd>${w.date(event.date)}</dd>
      <dt>${w.t('events.place')}</dt>
      <dd>${w.text(event.place)}${event.online ? html` · ${w.t('events.online')}` : ''}</dd>
      <dt>${w.t('events.audience')}</dt>
      <dd>${w.text(event.audience)}</dd>
      <dt>${w.t('events.places')}</dt>
      <dd>
        ${w.t('events.placesLeft', { left: w.number(left), capacity: w.number(event.capacity) })}
      </dd>
    </dl>
    ${
      event.programme.length > 0
        ? html`<h2>${w.t('events.programme')}</h2>
            <ol class="records">
              ${event.programme.map((item) => {
                const links = (item.outputs ?? [])
                  .map(outputLink)
                  .filter((l): l is Html => l !== undefined);
                return html`<li>
                  <strong>${item.start}${item.end ? `–${item.end}` : ''}</strong>
                  ${w.text(item.title)}${item.speaker ? html` · ${w.text(item.speaker)}` : ''}
                  ${links.length > 0 ? html`<br />${links.map((l, i) => html`${i > 0 ? ', ' : ''}${l}`)}` : ''}
                </li>`;
              })}
            </ol>`
        : ''
    }
    ${
      presented.length > 0
        ? html`<h2>${w.t('events.outputs')}</h2>
            <ul>
              ${presented.map((l) => html`<li>${l}</li>`)}
            </ul>`
        : ''
    }
    <h2 id="event-register">${w.t('events.register')}</h2>
    ${view.problem ? html`<p class="notice error" role="alert">${w.t(view.problem)}</p>` : ''}
    ${
      view.past
        ? html`<p>${w.t('events.past')}</p>`
        : left === 0
          ? html`<p>${w.t('events.full')}</p>`
          : html`<form
              method="post"
              action="${href(ctx, `/events/${encodeURIComponent(event.id)}/registrations`)}"
              class="stack"
            >
              <input type="hidden" name="_csrf" value="${ctx.csrf}" />
              <input type="hidden" name="key" value="${view.key}" />
              <fieldset>
                <legend>${w.t('events.type')}</legend>
                ${ORGANISATION_TYPES.map(
                  (type) =>
                    html`<div class="check">
                      <input
                        type="radio"
                        id="event-type-${type}"
                        name="type"
                        value="${type}"
                        required
                      />
                      <label for="event-type-${type}">${organisationTypeName(ctx, type)}</label>
                    </div>`,
                )}
              </fieldset>
              <p class="help">${w.t('events.noNames')}</p>
              <button type="submit">${w.t('events.submit')}</button>
            </form>`
    }`;
}

/** After a registration (or its repetition): thanks, and the places left. */
export function registeredPage(ctx: PageContext, event: MultiplierEvent, left: number): Html {
  const { words: w } = ctx;
  return html`<h1>${w.t('events.thanks.title')}</h1>
    <p>
      ${w.t('events.thanks.text', { event: w.textPlain(event.title), date: w.date(event.date) })}
    </p>
    <p>${w.t('events.placesLeft', { left: w.number(left), capacity: w.number(event.capacity) })}</p>
    <p>
      <a href="${href(ctx, `/events/${encodeURIComponent(event.id)}`)}"
        >${w.t('events.backToEvent')}</a
      >
    </p>`;
}

/** An event's figures as the coordinators' list shows them (`eventSummary` of the engine). */
export interface EventRow {
  event: MultiplierEvent;
  revision: number;
  summary: {
    capacity: number;
    registered: number;
    remaining: number;
    /** Null until attendance is recorded. */
    attended: number | null;
    attendanceRate: number | null;
    byType: { type: string; registered: number; attended: number }[];
  };
  /** The attendance form's values after a refusal, and what was wrong. */
  form?: { values: Record<string, string>; problem: MessageKey } | undefined;
}

/** The coordinators' list of events: registrations and attendance by type, CSV, attendance form. */
export function eventsPage(ctx: PageContext, rows: readonly EventRow[]): Html {
  const { words: w } = ctx;
  const percent = new Intl.NumberFormat(w.lang, { style: 'percent', maximumFractionDigits: 0 });
  return html`<h1>${w.t('events.list.title')}</h1>
    <p class="lead">${w.t('events.list.lead')}</p>
    ${rows.length === 0 ? html`<p>${w.t('events.list.none')}</p>` : ''}
    ${rows.map(({ event, revision, summary, form }) => {
      const id = `event-${event.id}`;
      const path = `/events/${encodeURIComponent(event.id)}`;
      return html`<section aria-labelledby="${id}">
        <h2 id="${id}"><a href="${href(ctx, path)}">${w.text(event.title)}</a></h2>
        ${event.synthetic ? syntheticNotice(ctx) : ''}
        <p>${w.date(event.date)} · ${w.text(event.place)}</p>
        <dl class="facts">
          <dt>${w.t('events.list.capacity')}</dt>
          <dd>${w.number(summary.capacity)}</dd>
          <dt>${w.t('events.list.registered')}</dt>
          <dd>${w.number(summary.registered)}</dd>
          <dt>${w.t('events.list.remaining')}</dt>
          <dd>${w.number(summary.remaining)}</dd>
          <dt>${w.t('events.list.attended')}</dt>
          <dd>
            ${
              summary.attended === null
                ? w.t('events.list.notRecorded')
                : html`${w.number(summary.attended)}${
                    summary.attendanceRate === null
                      ? ''
                      : ` (${percent.format(summary.attendanceRate)})`
                  }`
            }
          </dd>
        </dl>
        ${
          summary.byType.length > 0
            ? html`<table>
                <caption>
                  ${w.t('events.list.byType')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${w.t('events.list.type')}</th>
                    <th scope="col">${w.t('events.list.registered')}</th>
                    <th scope="col">${w.t('events.list.attended')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${summary.byType.map(
                    (row) =>
                      html`<tr>
                        <th scope="row">${organisationTypeName(ctx, row.type)}</th>
                        <td>${w.number(row.registered)}</td>
                        <td>${w.number(row.attended)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : ''
        }
        <p><a href="${href(ctx, `${path}/report.csv`)}">${w.t('events.list.csv')}</a></p>
        <form method="post" action="${href(ctx, `${path}/attendance`)}" class="stack">
          <input type="hidden" name="_csrf" value="${ctx.csrf}" />
          <input type="hidden" name="revision" value="${revision}" />
          ${
            form
              ? html`<p class="error" role="alert" id="${id}-problem">${w.t(form.problem)}</p>`
              : ''
          }
          <fieldset>
            <legend>${w.t('events.list.attendance')}</legend>
            ${ORGANISATION_TYPES.map((type) => {
              const control = `${id}-attended-${type}`;
              const value = form
                ? (form.values[type] ?? '')
                : String(event.attendance?.[type] ?? '');
              return html`<div class="inline-fields">
                <label for="${control}">${organisationTypeName(ctx, type)}</label>
                <input
                  type="number"
                  id="${control}"
                  name="attended-${type}"
                  min="0"
                  max="100000"
                  step="1"
                  inputmode="numeric"
                  value="${value}"
                  ${form ? html`aria-describedby="${id}-problem"` : ''}
                />
              </div>`;
            })}
          </fieldset>
          <button type="submit">${w.t('events.list.save')}</button>
        </form>
      </section>`;
    })}`;
}
