import { html, nothing, svg, type PropertyValues } from 'lit';
import { getLevel, levelIndex, resolveText } from '@competence-kit/model/read';
import type { Framework } from '@competence-kit/schemas';
import { CkElement } from '../../internal/ck-element.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { styles } from './level-badge.styles.js';
import type { LevelBadgeKind } from './level-badge.types.js';

/**
 * A proficiency level as a small badge: the level's title from the framework's scale, in the
 * element's language, and its rank as dots (●●○○). Screen readers hear "Level Practitioner,
 * 2 of 4". The profile and the learning path show current and target levels with it.
 *
 * @summary A proficiency level (or a target level) of a competence framework.
 *
 * @example
 * ```html
 * <ck-level-badge level="practitioner"></ck-level-badge>
 * <script type="module">
 *   import '@competence-kit/elements/define/level-badge';
 *   document.querySelector('ck-level-badge').framework = framework;
 * </script>
 * ```
 *
 * @slot - The label. By default the level's localised title from `framework`.
 *
 * @event ck-data-error - `level` is not on the scale of `framework`; the badge says "Not available".
 *
 * @csspart base - The badge.
 * @csspart label - The level's title.
 * @csspart rank - The dots that show the level's rank on the scale.
 *
 * @cssproperty --ck-color-accent-subtle - The badge's background.
 * @cssproperty --ck-color-text - The label.
 * @cssproperty --ck-color-border - The badge's outline.
 * @cssproperty --ck-color-accent - The dots.
 */
export class CkLevelBadge extends CkElement {
  static override properties = {
    level: { reflect: true },
    kind: { reflect: true },
    framework: { attribute: false },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** The id of the level on the framework's scale, for example `practitioner`. */
  declare level: string;

  /** Whether the badge shows a person's `level` or the `target` level of a role. */
  declare kind: LevelBadgeKind;

  /** The framework whose scale defines the level. Without it the slot (or the id) is shown. */
  declare framework: Framework | undefined;

  constructor() {
    super();
    this.level = '';
    this.kind = 'level';
    this.framework = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { framework, level } = this;
    if ((changed.has('framework') || changed.has('level')) && framework && level) {
      if (!getLevel(framework, level)) {
        const ids = framework.scale.levels.map((l) => l.id).join(', ');
        this.emit('ck-data-error', {
          issues: [
            {
              path: '/level',
              code: 'unknown-reference',
              message: `Level "${level}" does not exist on the framework's scale; expected one of ${ids}.`,
            },
          ],
        });
      }
    }
  }

  protected override render() {
    const { framework, level } = this;
    const found = framework && getLevel(framework, level);
    const title =
      found && resolveText(found.title, this.locale, { defaultLocale: framework.defaultLocale });
    const messageLang = this.langFor(this.messageLocale);
    const kind = this.msg(this.kind === 'target' ? 'common.target' : 'common.level');
    return html`<span part="base" class="badge">
      <span class="visually-hidden" lang=${messageLang}>${kind}</span>
      <span part="label" lang=${title ? this.langFor(title.locale) : messageLang}>
        <slot>${title ? title.value : framework ? this.msg('common.notAvailable') : level}</slot>
      </span>
      ${found ? this.#renderRank(framework.scale.levels.length, levelIndex(framework, level) + 1) : nothing}
    </span>`;
  }

  #renderRank(total: number, rank: number) {
    const dots = Array.from(
      { length: total },
      (_, i) =>
        svg`<circle cx=${i * 8 + 4} cy="4" r="3" class=${i < rank ? 'filled' : 'empty'}></circle>`,
    );
    return html`<svg
        part="rank"
        class="rank"
        viewBox="0 0 ${total * 8} 8"
        width=${total * 8}
        height="8"
        aria-hidden="true"
        focusable="false"
      >
        ${dots}
      </svg>
      <span class="visually-hidden" lang=${this.langFor(this.messageLocale)}
        >${this.msg('level-badge.rank', { rank, total })}</span
      >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-level-badge': CkLevelBadge;
  }
}
