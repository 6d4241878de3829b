import { LitElement, nothing } from 'lit';
import { canonicalLocale, fallbackChain } from '@competence-kit/model/read';
import type { CkEventDetail, CkEventMap } from '../events/event-map.js';
import { dateFormat, numberFormat } from './format.js';
import { announceLangChange, directionOf, followLang, langOf, unfollowLang } from './lang.js';
import {
  formatMessage,
  loadMessages,
  messageLocaleOf,
  onMessagesChange,
  resolveMessage,
  type MessageKey,
  type MessageParams,
} from './localize.js';

/**
 * The base of every `<ck-*>` element. It renders in the language of the page, follows changes
 * of `lang` on itself, its ancestors and `<html>`, sets `dir` from that language, looks up
 * typed messages, formats numbers and dates for the locale, and emits typed `ck-*` events.
 *
 * @attribute lang - The element's language (BCP 47); by default the nearest ancestor's.
 * @attribute dir - Set by the element from its language (`rtl` for Arabic...); an explicit value wins.
 *
 * @example
 * ```ts
 * export class Example extends CkElement {
 *   protected override render() {
 *     return html`<button @click=${() => this.emit('ck-data-error', { issues: [] })}>
 *       ${this.msg('common.close')}
 *     </button>`;
 *   }
 * }
 * ```
 */
export abstract class CkElement extends LitElement {
  #locale = 'en';
  #chain: readonly string[] = ['en'];
  /** The `dir` this element wrote itself; `undefined` when the author set `dir`. */
  #ownDir: string | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #onLangChange = (): void => this.#refreshLocale();

  /**
   * The locale this element renders in (canonical BCP 47): its own `lang`, else the nearest
   * ancestor's (across shadow roots), else `en`. Messages fall back along `de-AT` → `de` → `en`.
   */
  get locale(): string {
    return this.#locale;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLang(this.#onLangChange);
    this.#unsubscribe = onMessagesChange(() => this.requestUpdate());
    this.#refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLang(this.#onLangChange);
    this.#unsubscribe?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Elements nested in this one's shadow root follow its language too.
    if (name === 'lang' && this.isConnected) announceLangChange();
    else if (name === 'dir' && value !== this.#ownDir) this.#ownDir = undefined;
  }

  // Renders once the locale's messages have loaded, rather than flashing English first.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadMessages(this.#chain);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  #refreshLocale(): void {
    if (!this.isConnected) return;
    const locale = canonicalLocale(langOf(this)) ?? 'en';
    if (locale !== this.#locale) {
      this.#locale = locale;
      this.#chain = fallbackChain(locale, { defaultLocale: 'en' });
      this.requestUpdate();
    }
    // The text inside is in the element's language, so its direction follows that language;
    // a `dir` the author wrote wins.
    if (this.hasAttribute('dir') && this.#ownDir === undefined) return;
    const dir = directionOf(locale);
    if (this.getAttribute('dir') !== dir) {
      this.#ownDir = dir;
      this.setAttribute('dir', dir);
    }
  }

  /**
   * The message `key` in this element's locale, its `{placeholders}` filled in; numbers are
   * formatted for the locale. A missing or extra parameter is a type error.
   * @internal
   */
  protected msg<K extends MessageKey>(key: K, ...[params]: MessageParams<K>): string {
    const { text } = resolveMessage(this.#chain, key);
    if (!params) return text;
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries<string | number>(params)) {
      values[name] = typeof value === 'number' ? this.formatNumber(value) : value;
    }
    return formatMessage(text, values);
  }

  /**
   * A `lang` attribute value for text in `locale`: the locale when its language differs from
   * the element's (a fallback text), otherwise `nothing`, so screen readers switch voice only
   * where the language really changes (WCAG 3.1.2).
   * @internal
   */
  protected langFor(locale: string): string | typeof nothing {
    return locale.split('-')[0] === this.#locale.split('-')[0] ? nothing : locale;
  }

  /**
   * The locale of the catalogue this element's messages come from: `en` on a page in a
   * language the package does not ship. Use it with `langFor` on the element's outer part.
   * @internal
   */
  protected get messageLocale(): string {
    return messageLocaleOf(this.#chain);
  }

  /** @internal */
  protected formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.#locale, options).format(value);
  }

  /**
   * A share from 0 to 1 as a percentage: `0.25` → `25 %` in `de`.
   * @internal
   */
  protected formatPercent(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.#locale, {
      style: 'percent',
      maximumFractionDigits: 0,
      ...options,
    }).format(value);
  }

  /**
   * A date (a `Date`, a timestamp or an ISO 8601 string), by default in the medium date style.
   * @internal
   */
  protected formatDate(
    value: Date | number | string,
    options?: Intl.DateTimeFormatOptions,
  ): string {
    return dateFormat(this.#locale, options).format(
      typeof value === 'string' ? new Date(value) : value,
    );
  }

  /**
   * Dispatches a typed `ck-*` event that bubbles and crosses shadow roots. Returns `false` when
   * a listener called `preventDefault()` on a cancelable event.
   * @internal
   */
  protected emit<K extends keyof CkEventMap>(
    name: K,
    detail: CkEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }
}
