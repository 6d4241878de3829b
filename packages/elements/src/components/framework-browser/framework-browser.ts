import { html, nothing, type PropertyValues } from 'lit';
import {
  competencesByDomain,
  getCompetence,
  getDomain,
  resolveText,
} from '@competence-kit/model/read';
import type { Framework, Issue, LocalizedText } from '@competence-kit/schemas';
import { CkElement } from '../../internal/ck-element.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { renderDetail, type DetailContext } from './framework-browser.detail.js';
import { searchCompetences } from './framework-browser.search.js';
import {
  decoded,
  emptySelection,
  parseSelection,
  sameSelection,
  serializeSelection,
  type FrameworkSelection,
} from './framework-browser.selection.js';
import { styles } from './framework-browser.styles.js';

/**
 * Browses a competence framework: a search over the competences' titles, descriptions and
 * level descriptors (in the element's language, ignoring case and accents), the domains, the
 * competences of the chosen domain, and the chosen competence with what it looks like on every
 * level, two levels side by side on request. The selection can be linked to: it is the
 * `selection` attribute, and with `sync-url` also the page's URL hash.
 *
 * @summary Search and browse a competence framework, compare two levels, link to a selection.
 *
 * @example
 * ```html
 * <ck-framework-browser sync-url></ck-framework-browser>
 * <script type="module">
 *   import '@competence-kit/elements/define/framework-browser';
 *   document.querySelector('ck-framework-browser').framework = framework;
 * </script>
 * ```
 *
 * @event ck-select - The user chose a domain, a competence or levels to compare, or the URL hash changed (`sync-url`); `detail` is `{ competence, domain, compare }`.
 * @event ck-data-error - `selection` or the URL hash names something that is not in the framework, or is malformed; that part is ignored.
 *
 * @csspart base - The whole browser.
 * @csspart search - The search field.
 * @csspart domains - The list of domains.
 * @csspart competences - The list of competences.
 * @csspart detail - The chosen competence with its level descriptors.
 * @csspart compare - The two levels side by side.
 *
 * @cssproperty --ck-color-surface - The background of the detail.
 * @cssproperty --ck-color-surface-subtle - The background of the lists.
 * @cssproperty --ck-color-accent - The chosen domain and competence.
 * @cssproperty --ck-color-on-accent - Text on the chosen domain and competence.
 * @cssproperty --ck-color-text - Text.
 * @cssproperty --ck-color-text-muted - Secondary text (domains of search results, counts).
 * @cssproperty --ck-color-border - Outlines and rules.
 */
export class CkFrameworkBrowser extends CkElement {
  static override properties = {
    framework: { attribute: false },
    selection: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url', reflect: true },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** The framework to browse. */
  declare framework: Framework | undefined;

  /**
   * What is shown, as URL parameters: `domain=…`, or `competence=…` (which implies its domain),
   * and `compare=<level>,<level>`; for example `competence=plain-language&compare=practitioner,advanced`.
   * Updated as the user browses.
   */
  declare selection: string;

  /**
   * Keeps the URL hash and the selection in step: the hash is read when the element starts and
   * whenever it changes, and replaced (no new history entry) when the selection changes.
   */
  declare syncUrl: boolean;

  #current: FrameworkSelection = emptySelection;
  #query = '';
  #hashRead = false;
  #focusDetail = false;
  readonly #onHashChange = (): void => {
    if (this.#applyHash()) this.requestUpdate();
  };

  constructor() {
    super();
    this.framework = undefined;
    this.selection = '';
    this.syncUrl = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#hashRead = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { framework } = this;
    if (!this.syncUrl) this.#hashRead = false;
    if (!framework) return;
    if (this.syncUrl && !this.#hashRead) {
      this.#hashRead = true;
      this.#applyHash();
    }
    // A selection the element wrote itself is already parsed.
    if (
      (changed.has('selection') || changed.has('framework')) &&
      this.selection !== serializeSelection(this.#current)
    ) {
      // A removed attribute reads as null: nothing selected.
      const { selection, issues } = parseSelection(this.selection ?? '', framework);
      this.#current = selection;
      this.#report(issues, 'selection');
    } else if (changed.has('framework')) {
      this.#current = parseSelection(this.selection ?? '', framework).selection;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.syncUrl && (changed.has('selection') || changed.has('syncUrl')) && this.framework) {
      this.#writeHash();
    }
    if (this.#focusDetail) {
      this.#focusDetail = false;
      this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
    }
  }

  /** Reads the URL hash into the selection; a malformed hash is reported and ignored. */
  #applyHash(): boolean {
    const { framework } = this;
    if (!framework || !this.syncUrl || location.hash.length <= 1) return false;
    const { selection, issues } = parseSelection(location.hash, framework);
    if (issues.length > 0) {
      this.#report(issues, 'the URL hash');
      return false;
    }
    if (sameSelection(selection, this.#current)) return false;
    this.#current = selection;
    this.selection = serializeSelection(selection);
    this.emit('ck-select', { ...selection });
    return true;
  }

  #writeHash(): void {
    const hash = this.selection ? `#${this.selection}` : '';
    if (decoded(location.hash) === decoded(hash)) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  #report(issues: Issue[], source: string): void {
    if (issues.length === 0) return;
    this.emit('ck-data-error', {
      issues: issues.map((i) => ({ ...i, message: `In ${source}: ${i.message}` })),
    });
  }

  /** A user's choice: becomes the selection, is announced and (with `sync-url`) linked. */
  #select(next: FrameworkSelection, focusDetail = false): void {
    if (sameSelection(next, this.#current)) {
      if (focusDetail) this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
      return;
    }
    this.#current = next;
    this.#focusDetail = focusDetail && next.competence !== null;
    this.selection = serializeSelection(next);
    this.emit('ck-select', { ...next });
  }

  #text(text: LocalizedText | undefined): { value: string; lang: string | typeof nothing } {
    const found = resolveText(text, this.locale, {
      defaultLocale: this.framework?.defaultLocale ?? 'en',
    });
    return { value: found?.value ?? '', lang: found ? this.langFor(found.locale) : nothing };
  }

  protected override render() {
    const { framework } = this;
    const messageLang = this.langFor(this.messageLocale);
    if (!framework) {
      return html`<div part="base" class="browser" lang=${messageLang}>
        <p>${this.msg('common.notAvailable')}</p>
      </div>`;
    }
    const matches = searchCompetences(framework, this.#query, this.locale);
    const matching = new Set(matches.map((c) => c.id));
    const { domain, competence } = this.#current;
    const listed = domain
      ? competencesByDomain(framework, domain).filter((c) => matching.has(c.id))
      : matches;
    const domainTitle = domain ? this.#text(getDomain(framework, domain)?.title) : undefined;
    const found = competence ? getCompetence(framework, competence) : undefined;
    return html`<div part="base" class="browser">
      <div class="layout">
        <div class="search" role="search" lang=${messageLang}>
          <label for="search">${this.msg('framework-browser.search')}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            .value=${this.#query}
            @input=${(e: Event) => {
              this.#query = (e.target as HTMLInputElement).value;
              this.requestUpdate();
            }}
          />
          <p class="status" role="status">
            ${this.msg('framework-browser.found', { count: matches.length })}
          </p>
        </div>
        <nav part="domains" class="domains" aria-label=${this.msg('framework-browser.domains')}>
          <ul>
            ${this.#domainItem(null, this.msg('framework-browser.allDomains'), messageLang, matches.length)}
            ${framework.domains.map((d) => {
              const title = this.#text(d.title);
              const count = competencesByDomain(framework, d.id).filter((c) => matching.has(c.id));
              return this.#domainItem(d.id, title.value, title.lang, count.length);
            })}
          </ul>
        </nav>
        <section part="competences" class="competences" aria-labelledby="list-heading">
          <h2 id="list-heading" lang=${domainTitle ? domainTitle.lang : messageLang}>
            ${domainTitle ? domainTitle.value : this.msg('framework-browser.allCompetences')}
          </h2>
          ${
            listed.length === 0
              ? html`<p lang=${messageLang}>${this.msg('framework-browser.noMatch')}</p>`
              : html`<ul>
                  ${listed.map((c) => {
                    const title = this.#text(c.title);
                    const inDomain = domain
                      ? undefined
                      : this.#text(getDomain(framework, c.domain)?.title);
                    return html`<li>
                      <button
                        type="button"
                        aria-current=${c.id === competence ? 'true' : nothing}
                        @click=${() =>
                          this.#select(
                            { ...this.#current, competence: c.id, domain: c.domain },
                            true,
                          )}
                      >
                        <span lang=${title.lang}>${title.value}</span>
                        ${
                          inDomain
                            ? html`<span class="secondary" lang=${inDomain.lang}
                                >${inDomain.value}</span
                              >`
                            : nothing
                        }
                      </button>
                    </li>`;
                  })}
                </ul>`
          }
        </section>
        ${found ? renderDetail(this.#detailContext(), found) : nothing}
      </div>
    </div>`;
  }

  #domainItem(id: string | null, title: string, lang: string | typeof nothing, count: number) {
    return html`<li>
      <button
        type="button"
        aria-current=${this.#current.domain === id ? 'true' : nothing}
        @click=${() => this.#select({ ...this.#current, domain: id, competence: null })}
      >
        <span lang=${lang}>${title}</span>
        <span class="count" aria-hidden="true">${this.formatNumber(count)}</span>
        <span class="visually-hidden" lang=${this.langFor(this.messageLocale)}
          >${this.msg('framework-browser.count', { count })}</span
        >
      </button>
    </li>`;
  }

  #detailContext(): DetailContext {
    return {
      framework: this.framework!,
      compare: this.#current.compare,
      text: (t) => this.#text(t),
      msg: (key, ...params) => this.msg(key, ...params),
      messageLang: this.langFor(this.messageLocale),
      setCompare: (compare) => this.#select({ ...this.#current, compare }),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-framework-browser': CkFrameworkBrowser;
  }
}
