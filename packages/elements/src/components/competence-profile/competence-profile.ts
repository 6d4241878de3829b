import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { getDescriptor } from '@competence-kit/model/read';
import type { Framework, LocalizedText, Result } from '@competence-kit/schemas';
import { CkElement } from '../../internal/ck-element.js';
import { contentText } from '../../internal/content-text.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { profileIssues, profileView, type ProfileEntry } from './competence-profile.entries.js';
import { styles } from './competence-profile.styles.js';
import type { ProfileFilter, ProfileSort } from './competence-profile.types.js';

/** A heading of `level` (2 to 6): native headings, so the outline is the page's own. */
function heading(level: number, content: TemplateResult, id?: string): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.round(level)))) {
    case 2:
      return html`<h2 id=${id ?? nothing} class="heading">${content}</h2>`;
    case 3:
      return html`<h3 id=${id ?? nothing} class="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id ?? nothing} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id ?? nothing} class="heading">${content}</h5>`;
    default:
      return html`<h6 id=${id ?? nothing} class="heading">${content}</h6>`;
  }
}

const check = html`<svg
  class="check"
  viewBox="0 0 12 12"
  width="12"
  height="12"
  aria-hidden="true"
  focusable="false"
>
  <path d="M2 6.5 5 9.5 10 3"></path>
</svg>`;

/**
 * A person's competence profile, domain by domain: for each competence the level reached and
 * the role's target (as `<ck-level-badge>`s), the gap in words ("1 level below target",
 * "Target met") and what the person would do at the next level, from the framework's
 * behavioural descriptors. Scores with too few answers say so instead of a level.
 *
 * Two toggle buttons narrow and order the list: only the competences below target, and the
 * largest gap first (within each domain, so the domain headings stay). Domains and
 * competences are headings (`heading-level` and the level below it), and each competence's
 * facts a description list, so screen reader users can jump between them.
 *
 * @summary A person's levels, targets, gaps and next steps per competence, by domain.
 *
 * @example
 * ```html
 * <ck-competence-profile heading-level="2" filter="gaps"></ck-competence-profile>
 * <script type="module">
 *   import '@competence-kit/elements/define/competence-profile';
 *   const profile = document.querySelector('ck-competence-profile');
 *   profile.framework = framework;
 *   profile.result = scoreResponse(instrument, framework, response);
 * </script>
 * ```
 *
 * @event ck-data-error - The result was scored against another framework, or names competences, levels or a domain the framework does not have.
 *
 * @csspart base - The wrapper.
 * @csspart controls - The group of the two toggle buttons.
 * @csspart toggle - Each toggle button.
 * @csspart domain - A domain's section.
 * @csspart competence - A competence's entry.
 * @csspart gap - The gap in words.
 * @csspart descriptor - What the person does at the next level.
 *
 * @cssproperty --ck-color-text - Text.
 * @cssproperty --ck-color-text-muted - The terms of the description lists.
 * @cssproperty --ck-color-warning - A gap below target.
 * @cssproperty --ck-color-success - A target met.
 * @cssproperty --ck-color-border - Separators and the buttons' outlines.
 * @cssproperty --ck-color-accent - A pressed toggle button.
 * @cssproperty --ck-color-on-accent - The text of a pressed toggle button.
 */
export class CkCompetenceProfile extends CkElement {
  static override properties = {
    result: { attribute: false },
    framework: { attribute: false },
    filter: { reflect: true },
    sort: { reflect: true },
    domain: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** The scored result to show (`scoreResponse` in `@competence-kit/scoring`). */
  declare result: Result | undefined;

  /** The framework the result was scored against: domains, titles, levels and descriptors. */
  declare framework: Framework | undefined;

  /** `all` competences, or only the `gaps` (below target). The first toggle button sets it. */
  declare filter: ProfileFilter;

  /** Within each domain, the `framework`'s order or the largest `gap` first. The second toggle button sets it. */
  declare sort: ProfileSort;

  /** Show only this domain (its id); all domains when empty. */
  declare domain: string;

  /** The level of the domain headings (2 to 6); competences are one level below. Default 3. */
  declare headingLevel: number;

  constructor() {
    super();
    this.result = undefined;
    this.framework = undefined;
    this.filter = 'all';
    this.sort = 'framework';
    this.domain = '';
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { framework, result, domain } = this;
    if (!framework || !result) return;
    if (changed.has('framework') || changed.has('result') || changed.has('domain')) {
      const issues = profileIssues(framework, result, domain);
      if (issues.length > 0) this.emit('ck-data-error', { issues });
    }
  }

  protected override render() {
    const { framework, result } = this;
    if (!framework || !result) return nothing;
    const gapsOnly = this.filter === 'gaps';
    const byGap = this.sort === 'gap';
    const view = profileView(framework, result, {
      filter: gapsOnly ? 'gaps' : 'all',
      sort: byGap ? 'gap' : 'framework',
      domain: this.domain,
    });
    const level = this.headingLevel;
    return html`<div part="base" class="profile" lang=${this.langFor(this.messageLocale)}>
      <div part="controls" class="controls" role="group" aria-label=${this.msg('profile.view')}>
        <button
          part="toggle"
          type="button"
          aria-pressed=${gapsOnly ? 'true' : 'false'}
          @click=${() => (this.filter = gapsOnly ? 'all' : 'gaps')}
        >
          ${gapsOnly ? check : nothing}${this.msg('profile.onlyGaps')}
        </button>
        <button
          part="toggle"
          type="button"
          aria-pressed=${byGap ? 'true' : 'false'}
          @click=${() => (this.sort = byGap ? 'framework' : 'gap')}
        >
          ${byGap ? check : nothing}${this.msg('profile.sortByGap')}
        </button>
      </div>
      <p class="status" role="status">
        ${this.msg('profile.showing', { shown: view.shown, total: view.total })}
      </p>
      ${view.shown === 0 && gapsOnly ? html`<p>${this.msg('profile.noGaps')}</p>` : nothing}
      ${view.sections.map(({ domain, entries }) => {
        const title = this.#text(domain.title);
        return html`<section part="domain" class="domain" aria-labelledby="domain-${domain.id}">
          ${heading(
            level,
            html`<span lang=${title?.lang ?? nothing} dir=${title?.dir ?? nothing}
              >${title?.value ?? domain.id}</span
            >`,
            `domain-${domain.id}`,
          )}
          <ul class="entries" role="list">
            ${entries.map((entry) => this.#renderEntry(entry, level + 1))}
          </ul>
        </section>`;
      })}
    </div>`;
  }

  #text(text: LocalizedText | undefined) {
    return contentText(text, this.locale, this.framework?.defaultLocale);
  }

  #renderEntry(entry: ProfileEntry, level: number) {
    const { competence, gap } = entry;
    const framework = this.framework!;
    const title = this.#text(competence.title);
    const badge = (id: string | undefined, kind: 'level' | 'target', none: string) =>
      id
        ? html`<ck-level-badge .framework=${framework} level=${id} kind=${kind}></ck-level-badge>`
        : none;
    const descriptor =
      entry.next && this.#text(getDescriptor(framework, competence.id, entry.next.id));
    const state = gap === null ? 'unknown' : gap > 0 ? 'below' : 'met';
    return html`<li part="competence" class="entry">
      ${heading(
        level,
        html`<span lang=${title?.lang ?? nothing} dir=${title?.dir ?? nothing}
          >${title?.value ?? competence.id}</span
        >`,
      )}
      <dl>
        <div>
          <dt>${this.msg('profile.levelReached')}</dt>
          <dd>
            ${badge(
              entry.level?.id,
              'level',
              this.msg(
                entry.below
                  ? 'common.belowScale'
                  : entry.valid
                    ? 'common.notAvailable'
                    : 'profile.invalid',
              ),
            )}
          </dd>
        </div>
        <div>
          <dt>${this.msg('common.target')}</dt>
          <dd>${badge(entry.target?.id, 'target', this.msg('profile.noTarget'))}</dd>
        </div>
        ${
          (entry.level || entry.below) && entry.target
            ? html`<div>
                <dt>${this.msg('common.gap')}</dt>
                <dd part="gap" class="gap ${state}">${this.#gapText(gap!)}</dd>
              </div>`
            : nothing
        }
        ${
          entry.level || entry.below
            ? html`<div class="next">
                <dt>${this.msg('profile.next')}</dt>
                <dd part="descriptor">
                  ${
                    entry.next
                      ? html`${badge(entry.next.id, 'level', '')}
                          <p lang=${descriptor?.lang ?? nothing} dir=${descriptor?.dir ?? nothing}>
                            ${descriptor?.value ?? this.msg('common.notAvailable')}
                          </p>`
                      : html`<p>${this.msg('profile.topLevel')}</p>`
                  }
                </dd>
              </div>`
            : nothing
        }
      </dl>
    </li>`;
  }

  #gapText(gap: number): string {
    if (gap < 0) return this.msg('profile.gapAbove');
    if (gap === 0) return this.msg('profile.gapMet');
    if (gap === 1) return this.msg('profile.gapOne');
    if (gap === 2) return this.msg('profile.gapTwo');
    return this.msg('profile.gapOther', { gap });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-competence-profile': CkCompetenceProfile;
  }
}
