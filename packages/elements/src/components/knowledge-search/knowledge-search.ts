import { html, nothing, type PropertyValues } from 'lit';
import {
  indexKnowledge,
  searchKnowledge,
  type FacetName,
  type KnowledgeIndex,
  type KnowledgeQuery,
  type KnowledgeResult,
} from '@competence-kit/networks';
import { entryKindName, localized, materialName } from '@competence-kit/networks/messages';
import type {
  Framework,
  Issue,
  KnowledgeEntry,
  KnowledgeEntryKind,
  VopiLevel,
} from '@competence-kit/schemas';
import { CkElement } from '../../internal/ck-element.js';
import { contentText } from '../../internal/content-text.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { elementWords, hrefFor, type ElementWords } from '../../internal/networks-words.js';
import { styles } from './knowledge-search.styles.js';

/** The facets, in the order they are shown. */
const FACETS: readonly FacetName[] = [
  'kinds',
  'competences',
  'levels',
  'vopiLevels',
  'territories',
  'languages',
];

const KIND_ORDER: readonly KnowledgeEntryKind[] = [
  'practice',
  'toolkit',
  'manifesto',
  'testimonial',
];
const VOPI_ORDER: readonly VopiLevel[] = [
  'organisation',
  'services-and-access',
  'personnel',
  'cooperation',
];

/** Values shown per facet before "Show all". */
const FACET_PREVIEW = 5;
/** How long typing pauses before the search runs. */
const DEBOUNCE_MS = 150;

type Selected = Record<FacetName, Set<string>>;
const noneSelected = (): Selected => ({
  kinds: new Set(),
  competences: new Set(),
  levels: new Set(),
  vopiLevels: new Set(),
  territories: new Set(),
  languages: new Set(),
});

/**
 * Faceted search over the knowledge base (the best-practice compendium, the trainers' toolkit,
 * the manifesto, testimonials) with `indexKnowledge` and `searchKnowledge` from
 * `@competence-kit/networks`: a search field, and filters by kind, competence, level, VOPI level,
 * territory and language, each value with the number of entries it would give; results as
 * articles with their title linked, kind, territory, summary and tags, a few at a time. The
 * number of results is announced politely as it changes. Withdrawn testimonials never show.
 *
 * @summary Faceted, multilingual search over the knowledge base's entries.
 *
 * @example
 * ```html
 * <ck-knowledge-search entry-href="/ravenna/knowledge/{id}"></ck-knowledge-search>
 * <script type="module">
 *   import '@competence-kit/elements/define/knowledge-search';
 *   Object.assign(document.querySelector('ck-knowledge-search'), { entries, framework });
 * </script>
 * ```
 *
 * @event ck-data-error - `entries` is not a list of knowledge entries, or `framework` is not a framework; the element shows "not available", or competence ids instead of titles.
 *
 * @csspart base - The whole element.
 * @csspart search - The search field.
 * @csspart facets - The filters.
 * @csspart results - The list of results.
 *
 * @cssproperty --ck-color-surface-subtle - The filters' background.
 * @cssproperty --ck-color-accent - Links and buttons.
 * @cssproperty --ck-color-text - Text.
 * @cssproperty --ck-color-text-muted - Counts, kinds and territories.
 * @cssproperty --ck-color-border - Outlines of fields and results.
 */
export class CkKnowledgeSearch extends CkElement {
  static override properties = {
    entries: { attribute: false },
    framework: { attribute: false },
    territoryNames: { attribute: false },
    entryHref: { attribute: 'entry-href' },
    pageSize: { type: Number, attribute: 'page-size' },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** The knowledge base's entries (`entries` of `schemas/knowledge-base.schema.json`); indexed once when set. */
  declare entries: readonly KnowledgeEntry[] | undefined;

  /** The framework, for the titles of the competences entries are tagged with (ids without it). */
  declare framework: Framework | undefined;

  /** Names of the territories by id (`{ ravenna: 'Ravenna' }`); the ids are shown without them. */
  declare territoryNames: Readonly<Record<string, string>> | undefined;

  /** A link for each result's title, `{id}` replaced by the entry's id; empty for no links. */
  declare entryHref: string;

  /** Results shown at first and added by "Show more results". */
  declare pageSize: number;

  #index: KnowledgeIndex | undefined;
  #input = '';
  #text = '';
  #selected: Selected = noneSelected();
  #expanded = new Set<FacetName>();
  #limit = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #result: KnowledgeResult | undefined;
  #focusResult: number | undefined;

  constructor() {
    super();
    this.entries = undefined;
    this.framework = undefined;
    this.territoryNames = undefined;
    this.entryHref = '';
    this.pageSize = 10;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  /** The page size in force: `page-size` when it is a whole number from 1, else 10. */
  get #page(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 10;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const issues: Issue[] = [];
    if (changed.has('entries')) {
      this.#index = undefined;
      const { entries } = this;
      if (entries !== undefined) {
        try {
          this.#index = indexKnowledge(entries);
        } catch (error) {
          issues.push({
            path: '/entries',
            code: 'invalid-type',
            message: `Expected a list of knowledge entries (knowledge-base/v1): ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      }
    }
    if (
      changed.has('framework') &&
      this.framework !== undefined &&
      !(typeof this.framework === 'object' && Array.isArray(this.framework?.competences))
    ) {
      issues.push({
        path: '/framework',
        code: 'invalid-type',
        message:
          'Expected a competence framework with competences; ids are shown instead of titles.',
      });
    }
    if (changed.has('pageSize') && !(Number.isInteger(this.pageSize) && this.pageSize > 0)) {
      issues.push({
        path: '/pageSize',
        code: 'invalid-type',
        message: `Expected a whole number of at least 1 for page-size; got ${String(this.pageSize)}, 10 is used.`,
      });
    }
    if (issues.length > 0) this.emit('ck-data-error', { issues });
    if (changed.has('entries') || changed.has('pageSize')) this.#limit = this.#page;
    this.#search();
  }

  protected override updated(): void {
    if (this.#focusResult !== undefined) {
      const links = this.renderRoot.querySelectorAll<HTMLElement>('.result [data-focus]');
      links[this.#focusResult]?.focus();
      this.#focusResult = undefined;
    }
  }

  #search(): void {
    if (!this.#index) {
      this.#result = undefined;
      return;
    }
    const selected = this.#selected;
    const list = (name: FacetName) => [...selected[name]];
    const query: KnowledgeQuery = {
      text: this.#text,
      kinds: list('kinds') as KnowledgeEntryKind[],
      competences: list('competences'),
      levels: list('levels').map(Number),
      vopiLevels: list('vopiLevels') as VopiLevel[],
      territories: list('territories'),
      languages: list('languages'),
      limit: this.#limit || this.#page,
      offset: 0,
    };
    this.#result = searchKnowledge(this.#index, query);
  }

  #onInput(event: Event): void {
    this.#input = (event.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#applyText(), DEBOUNCE_MS);
  }

  #applyText(): void {
    clearTimeout(this.#timer);
    if (this.#input === this.#text) return;
    this.#text = this.#input;
    this.#limit = this.#page;
    this.requestUpdate();
  }

  #toggle(facet: FacetName, value: string, on: boolean): void {
    if (on) this.#selected[facet].add(value);
    else this.#selected[facet].delete(value);
    this.#limit = this.#page;
    this.requestUpdate();
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#selected = noneSelected();
    this.#input = '';
    this.#text = '';
    this.#limit = this.#page;
    this.requestUpdate();
  }

  #showMore(shown: number): void {
    this.#limit = shown + this.#page;
    this.#focusResult = shown;
    this.requestUpdate();
  }

  #competenceTitle(id: string): string {
    const framework = this.framework;
    const competence = Array.isArray(framework?.competences)
      ? framework.competences.find((c) => c.id === id)
      : undefined;
    return competence
      ? localized(competence.title, this.locale, framework?.defaultLocale) || id
      : id;
  }

  #territoryName(id: string): string {
    return this.territoryNames?.[id] ?? id;
  }

  #languageName(tag: string): string {
    try {
      return new Intl.DisplayNames([this.locale], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  #vopiName(level: string): string {
    return VOPI_ORDER.includes(level as VopiLevel)
      ? this.msg(`knowledge-search.vopi.${level as VopiLevel}`)
      : level;
  }

  /** A facet value in words. */
  #label(facet: FacetName, value: string, w: ElementWords): string {
    switch (facet) {
      case 'kinds':
        return KIND_ORDER.includes(value as KnowledgeEntryKind)
          ? entryKindName(w.words, value as KnowledgeEntryKind)
          : value;
      case 'competences':
        return this.#competenceTitle(value);
      case 'levels':
        return this.msg('knowledge-search.level', { level: Number(value) });
      case 'vopiLevels':
        return this.#vopiName(value);
      case 'territories':
        return this.#territoryName(value);
      case 'languages':
        return this.#languageName(value);
    }
  }

  /** A facet's values: those that would give results, and chosen ones even when they give none. */
  #values(facet: FacetName, counts: Record<string, number>, w: ElementWords): string[] {
    const values = new Set([
      ...Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0),
      ...this.#selected[facet],
    ]);
    const order =
      facet === 'kinds'
        ? (KIND_ORDER as readonly string[])
        : facet === 'vopiLevels'
          ? (VOPI_ORDER as readonly string[])
          : undefined;
    return [...values].sort((a, b) => {
      if (order) return order.indexOf(a) - order.indexOf(b);
      if (facet === 'levels') return Number(a) - Number(b);
      return (
        (counts[b] ?? 0) - (counts[a] ?? 0) ||
        this.#label(facet, a, w).localeCompare(this.#label(facet, b, w), this.locale)
      );
    });
  }

  protected override render() {
    const messageLang = this.langFor(this.messageLocale);
    const result = this.#result;
    if (!result) {
      return html`<div part="base" class="knowledge-search" lang=${messageLang}>
        <p>${this.msg('common.notAvailable')}</p>
      </div>`;
    }
    const w = elementWords(this.locale);
    const filtered = FACETS.some((f) => this.#selected[f].size > 0) || this.#text !== '';
    return html`<div part="base" class="knowledge-search" lang=${messageLang}>
      <div class="search" role="search">
        <label for="query">${this.msg('knowledge-search.search')}</label>
        <input
          part="search"
          id="query"
          type="search"
          autocomplete="off"
          .value=${this.#input}
          @input=${(e: Event) => this.#onInput(e)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') this.#applyText();
          }}
          @search=${() => this.#applyText()}
        />
      </div>
      <p class="count" role="status">
        ${this.msg('knowledge-search.found', { count: result.total })}
      </p>
      <div class="layout">
        <div part="facets" class="facets">
          <h3 class="visually-hidden">${this.msg('knowledge-search.filters')}</h3>
          ${FACETS.map((facet) => this.#renderFacet(facet, result.facets[facet] ?? {}, w))}
          <button type="button" class="clear" ?disabled=${!filtered} @click=${() => this.#clear()}>
            ${this.msg('knowledge-search.clear')}
          </button>
        </div>
        <div class="results-area">${this.#renderResults(result, w)}</div>
      </div>
    </div>`;
  }

  #renderFacet(facet: FacetName, counts: Record<string, number>, w: ElementWords) {
    const values = this.#values(facet, counts, w);
    if (values.length === 0) return nothing;
    const expanded = this.#expanded.has(facet);
    const shown = expanded ? values : values.slice(0, FACET_PREVIEW);
    const id = `facet-${facet}`;
    const wordLang = facet === 'kinds' ? w.lang : nothing;
    return html`<fieldset class="facet" data-facet=${facet}>
      <legend>${this.msg(`knowledge-search.facet.${facet}`)}</legend>
      <ul id=${id}>
        ${shown.map((value) => {
          const count = counts[value] ?? 0;
          return html`<li>
            <label>
              <input
                type="checkbox"
                value=${value}
                .checked=${this.#selected[facet].has(value)}
                @change=${(e: Event) =>
                  this.#toggle(facet, value, (e.target as HTMLInputElement).checked)}
              />
              <span lang=${wordLang}>${this.#label(facet, value, w)}</span>
              <span class="facet-count">(${this.formatNumber(count)})</span>
            </label>
          </li>`;
        })}
      </ul>
      ${
        values.length > FACET_PREVIEW
          ? html`<button
              type="button"
              class="more-values"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${id}
              @click=${() => {
                if (expanded) this.#expanded.delete(facet);
                else this.#expanded.add(facet);
                this.requestUpdate();
              }}
            >
              ${
                expanded
                  ? this.msg('knowledge-search.fewer')
                  : this.msg('knowledge-search.all', { count: values.length })
              }
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  #renderResults(result: KnowledgeResult, w: ElementWords) {
    if (result.total === 0) return html`<p>${this.msg('knowledge-search.noMatch')}</p>`;
    const shown = result.hits.length;
    return html`<ol part="results" class="results">
        ${result.hits.map((hit, index) => this.#renderHit(hit.entry, index, w))}
      </ol>
      ${
        shown < result.total
          ? html`<p class="shown">
                ${this.msg('knowledge-search.shown', { shown, total: result.total })}
              </p>
              <button type="button" class="more" @click=${() => this.#showMore(shown)}>
                ${this.msg('knowledge-search.more')}
              </button>`
          : nothing
      }`;
  }

  #renderHit(entry: KnowledgeEntry, index: number, w: ElementWords) {
    const fallback = entry.languages[0];
    const title = contentText(entry.title, this.locale, fallback);
    const summary = contentText(entry.summary, this.locale, fallback);
    const href = hrefFor(this.entryHref, entry.id);
    const headingId = `result-${index}`;
    const titleText = html`<span lang=${title?.lang ?? nothing} dir=${title?.dir ?? nothing}
      >${title?.value ?? entry.id}</span
    >`;
    const kind =
      entry.kind === 'toolkit'
        ? `${entryKindName(w.words, entry.kind)}: ${materialName(w.words, entry.material)}`
        : entryKindName(w.words, entry.kind);
    const tags = [
      ...(entry.tags.competences ?? []).map((c) => this.#competenceTitle(c)),
      ...(entry.tags.levels ?? []).map((l) => this.msg('knowledge-search.level', { level: l })),
      ...(entry.tags.vopiLevels ?? []).map((v) => this.#vopiName(v)),
    ];
    return html`<li class="result" data-entry=${entry.id}>
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId}>
          ${
            href
              ? html`<a href=${href} data-focus>${titleText}</a>`
              : html`<span tabindex="-1" data-focus>${titleText}</span>`
          }
        </h3>
        <p class="meta">
          <span lang=${w.lang}>${kind}</span>
          ·
          ${entry.territory ? this.#territoryName(entry.territory) : this.msg('knowledge-search.general')}
          · ${entry.languages.map((l) => this.#languageName(l)).join(', ')}
        </p>
        ${summary ? html`<p lang=${summary.lang} dir=${summary.dir}>${summary.value}</p>` : nothing}
        ${
          tags.length > 0
            ? html`<ul class="tags" aria-label=${this.msg('knowledge-search.tags')}>
                ${tags.map((t) => html`<li>${t}</li>`)}
              </ul>`
            : nothing
        }
      </article>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-knowledge-search': CkKnowledgeSearch;
  }
}
