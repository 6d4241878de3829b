import { html, nothing, svg, type PropertyValues } from 'lit';
import { analyseNetwork, type NetworkAnalysis } from '@competence-kit/networks';
import {
  findingText,
  frequencyName,
  namesFrom,
  stakeholderTypeName,
} from '@competence-kit/networks/messages';
import type {
  ActionPlan,
  CooperationFrequency,
  Issue,
  Network,
  StakeholderType,
} from '@competence-kit/schemas';
import { CkElement } from '../../internal/ck-element.js';
import { contentText } from '../../internal/content-text.js';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { tableStyles } from '../../styles/table.js';
import { elementWords, wordText, type ElementWords } from '../../internal/networks-words.js';
import {
  edgesOf,
  FREQUENCY_WIDTH,
  NODE_RADIUS,
  partnersOf,
  placeNodes,
  STAKEHOLDER_TYPE_ORDER,
  TYPE_LETTERS,
  VIEW_SIZE,
} from './stakeholder-map.layout.js';
import { styles } from './stakeholder-map.styles.js';

/** The map's two views. */
export type StakeholderMapView = 'network' | 'list';

/** Below this container width (in the element's ems) the list is shown unless a view is chosen. */
const NARROW_EMS = 36;

/**
 * A territory's network of organisations, in two views: a map (each organisation a node on a
 * circle, grouped by type, marked by colour and a letter; a line per pair that works together,
 * thicker the more often; every node reachable with Tab and the arrow keys, its partners
 * highlighted and named as it gets focus or the pointer) and a list (a table: organisation,
 * type, number of partners, its role as a link between others in words, its partners). Above
 * both, what the analysis of `analyseNetwork` from `@competence-kit/networks` finds, in words:
 * organisations without partners, the most central ones, a network that falls apart, types of
 * organisation missing from a goal of the plan. Narrow containers show the list first.
 *
 * @summary A network of organisations as an accessible map and a list, with its analysis in words.
 *
 * @example
 * ```html
 * <ck-stakeholder-map></ck-stakeholder-map>
 * <script type="module">
 *   import '@competence-kit/elements/define/stakeholder-map';
 *   Object.assign(document.querySelector('ck-stakeholder-map'), { network, plan });
 * </script>
 * ```
 *
 * @event ck-data-error - `network` is not a network, or `plan` / `analysis` are not what they should be; the element shows "not available" or analyses the network itself.
 *
 * @csspart base - The whole element.
 * @csspart findings - The analysis in words.
 * @csspart toggle - The two buttons that switch between map and list.
 * @csspart map - The map (SVG).
 * @csspart details - The focused organisation's name, type and partners (a live region).
 * @csspart list - The table.
 *
 * @cssproperty --ck-color-heat-1 - Fill of one type of organisation (the eight fills are the dashboard's two scales).
 * @cssproperty --ck-color-accent - Lines and outlines of the focused organisation's partners; the chosen view.
 * @cssproperty --ck-color-focus - The focus ring around a node.
 * @cssproperty --ck-color-border - Lines between organisations, table rules.
 * @cssproperty --ck-color-text - Text, node outlines and letters.
 */
export class CkStakeholderMap extends CkElement {
  static override properties = {
    network: { attribute: false },
    plan: { attribute: false },
    analysis: { attribute: false },
    view: { reflect: true },
  };

  static override styles = [hostTokens, sharedStyles, tableStyles, styles];

  /** The network (`schemas/network.schema.json`). */
  declare network: Network | undefined;

  /** The action plan, for the types of organisation missing from each goal (optional). */
  declare plan: ActionPlan | undefined;

  /** The network's analysis; computed with `analyseNetwork(network, plan)` when not given. */
  declare analysis: NetworkAnalysis | undefined;

  /** `network` (the map) or `list` (the table); empty to choose by the width (the list when narrow). */
  declare view: StakeholderMapView | '';

  #analysis: NetworkAnalysis | undefined;
  #valid = false;
  /** The node with tabindex 0 (roving focus). */
  #active: string | undefined;
  /** The node whose partners are highlighted: the focused one, or the one under the pointer. */
  #highlight: string | undefined;
  #focused: string | undefined;
  #moveFocus = false;
  #narrow = true;
  #observer: ResizeObserver | undefined;

  constructor() {
    super();
    this.network = undefined;
    this.plan = undefined;
    this.analysis = undefined;
    this.view = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const em = parseFloat(getComputedStyle(this).fontSize) || 16;
      const narrow = entry.contentRect.width < NARROW_EMS * em;
      if (narrow !== this.#narrow) {
        this.#narrow = narrow;
        // Next frame: re-rendering inside the observer's callback resizes what it observes
        // and ends its loop with undelivered notifications.
        if (!this.view) requestAnimationFrame(() => this.requestUpdate());
      }
    });
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** The view shown: the one chosen, else the list in a narrow container and the map otherwise. */
  get shownView(): StakeholderMapView {
    return this.view === 'network' || this.view === 'list'
      ? this.view
      : this.#narrow
        ? 'list'
        : 'network';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('network') && !changed.has('plan') && !changed.has('analysis')) return;
    const issues: Issue[] = [];
    const { network } = this;
    this.#valid = isNetwork(network);
    if (!this.#valid && network !== undefined) {
      issues.push({
        path: '/network',
        code: 'invalid-type',
        message: 'Expected a network with stakeholders and cooperations (network/v1).',
      });
    }
    const plan = isPlan(this.plan) ? this.plan : undefined;
    if (this.plan !== undefined && !plan) {
      issues.push({
        path: '/plan',
        code: 'invalid-type',
        message: 'Expected an action plan with goals and measures (action-plan/v1); it is ignored.',
      });
    }
    this.#analysis = undefined;
    if (this.#valid) {
      if (this.analysis !== undefined && !isAnalysis(this.analysis)) {
        issues.push({
          path: '/analysis',
          code: 'invalid-type',
          message: 'Expected the result of analyseNetwork(); the network is analysed again.',
        });
      }
      try {
        this.#analysis = isAnalysis(this.analysis) ? this.analysis : analyseNetwork(network!, plan);
      } catch (error) {
        this.#valid = false;
        issues.push({
          path: '/network',
          code: 'invalid-type',
          message: `The network could not be analysed: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      const ids = network!.stakeholders.map((s) => s.id);
      if (!this.#active || !ids.includes(this.#active)) this.#active = ids[0];
      if (this.#highlight && !ids.includes(this.#highlight)) this.#highlight = undefined;
    }
    if (issues.length > 0) this.emit('ck-data-error', { issues });
  }

  protected override updated(): void {
    if (this.#moveFocus) {
      this.#moveFocus = false;
      this.renderRoot
        .querySelector<SVGGElement>(`.node[data-stakeholder="${CSS.escape(this.#active ?? '')}"]`)
        ?.focus();
    }
  }

  protected override render() {
    const network = this.network;
    const analysis = this.#analysis;
    const messageLang = this.langFor(this.messageLocale);
    if (!network || !this.#valid || !analysis) {
      return html`<div part="base" class="stakeholder-map" lang=${messageLang}>
        <p>${this.msg('common.notAvailable')}</p>
      </div>`;
    }
    const w = elementWords(this.locale);
    const partners = partnersOf(network);
    const view = this.shownView;
    const title = contentText(network.title, this.locale, network.defaultLocale);
    return html`<div part="base" class="stakeholder-map" lang=${messageLang}>
      ${title ? html`<h2 lang=${title.lang} dir=${title.dir}>${title.value}</h2>` : nothing}
      ${
        network.synthetic
          ? html`<p class="notice">${wordText(w, w.words.text('label.synthetic'))}</p>`
          : nothing
      }
      ${this.#renderFindings(network, analysis, w)}
      <div part="toggle" class="toggle" role="group" aria-label=${this.msg('stakeholder-map.view')}>
        ${(['network', 'list'] as const).map(
          (v) =>
            html`<button
              type="button"
              data-view=${v}
              aria-pressed=${v === view ? 'true' : 'false'}
              @click=${() => (this.view = v)}
            >
              ${this.msg(v === 'network' ? 'stakeholder-map.network' : 'stakeholder-map.list')}
            </button>`,
        )}
      </div>
      ${
        view === 'network'
          ? this.#renderMap(network, analysis, partners, w)
          : this.#renderList(network, analysis, partners, w)
      }
    </div>`;
  }

  #renderFindings(network: Network, analysis: NetworkAnalysis, w: ElementWords) {
    const plan = isPlan(this.plan) ? this.plan : undefined;
    const names = namesFrom({ network, ...(plan ? { plan } : {}) }, w.words.locale);
    const density = this.formatPercent(analysis.density);
    return html`<section part="findings" class="findings" aria-labelledby="findings-heading">
      <h3 id="findings-heading">${wordText(w, w.words.text('label.findings'))}</h3>
      ${
        analysis.findings.length === 0
          ? html`<p>${this.msg('stakeholder-map.noFindings')}</p>`
          : html`<ul lang=${w.lang}>
              ${analysis.findings.map(
                (f) => html`<li data-finding=${f.code}>${findingText(w.words, f, names)}</li>`,
              )}
            </ul>`
      }
      <dl class="totals">
        <div>
          <dt>${wordText(w, w.words.text('label.density'))}</dt>
          <dd>${density}</dd>
        </div>
        <div>
          <dt>${wordText(w, w.words.text('label.components'))}</dt>
          <dd>${this.formatNumber(analysis.components.length)}</dd>
        </div>
      </dl>
    </section>`;
  }

  #typeName(w: ElementWords, type: StakeholderType): string {
    return stakeholderTypeName(w.words, type);
  }

  #nameOf(network: Network, id: string): string {
    return network.stakeholders.find((s) => s.id === id)?.name ?? id;
  }

  #renderMap(
    network: Network,
    analysis: NetworkAnalysis,
    partners: Map<string, Map<string, CooperationFrequency>>,
    w: ElementWords,
  ) {
    const rtl = this.getAttribute('dir') === 'rtl';
    const nodes = placeNodes(network, rtl);
    const at = new Map(nodes.map((n) => [n.id, n]));
    const highlight = this.#highlight;
    const near = highlight ? partners.get(highlight) : undefined;
    const edges = edgesOf(partners);
    const degree = new Map(analysis.centrality.map((c) => [c.stakeholder, c.degree]));
    const types = STAKEHOLDER_TYPE_ORDER.filter((t) => nodes.some((n) => n.type === t));
    return html`<div class="map-view">
      <svg
        part="map"
        class="map"
        viewBox=${`0 0 ${VIEW_SIZE} ${VIEW_SIZE}`}
        role="listbox"
        aria-label=${this.msg('stakeholder-map.graph', { count: nodes.length })}
        aria-describedby="map-details"
        @keydown=${(e: KeyboardEvent) =>
          this.#onKey(
            e,
            nodes.map((n) => n.id),
            rtl,
          )}
      >
        <g class="edges" aria-hidden="true">
          ${edges.map((e) => {
            const a = at.get(e.a)!;
            const b = at.get(e.b)!;
            const on = highlight !== undefined && (e.a === highlight || e.b === highlight);
            const state = highlight === undefined ? '' : on ? ' on' : ' dim';
            return svg`<line class=${`edge ${e.frequency}${state}`} x1=${a.x} y1=${a.y} x2=${b.x}
              y2=${b.y} stroke-width=${FREQUENCY_WIDTH[e.frequency] + (on ? 1 : 0)}></line>`;
          })}
        </g>
        ${nodes.map((n) => {
          const name = this.#nameOf(network, n.id);
          const state =
            highlight === undefined
              ? ''
              : n.id === highlight
                ? ' active'
                : near?.has(n.id)
                  ? ' partner'
                  : ' dim';
          return svg`<g
            class=${`node t-${n.type}${state}`}
            data-stakeholder=${n.id}
            role="option"
            aria-selected=${n.id === this.#active ? 'true' : 'false'}
            aria-label=${this.msg('stakeholder-map.node', {
              name,
              type: this.#typeName(w, n.type),
              count: degree.get(n.id) ?? 0,
            })}
            tabindex=${n.id === this.#active ? '0' : '-1'}
            transform=${`translate(${n.x} ${n.y})`}
            @focus=${() => this.#onFocus(n.id)}
            @blur=${() => this.#onBlur(n.id)}
            @pointerenter=${() => this.#setHighlight(n.id)}
            @pointerleave=${() => this.#setHighlight(this.#focused)}
          >
            <circle class="ring" r=${NODE_RADIUS + 5}></circle>
            <circle class="shape" r=${NODE_RADIUS}></circle>
            <text class="letter" text-anchor="middle" dy="0.35em" aria-hidden="true">${TYPE_LETTERS[n.type]}</text>
          </g>`;
        })}
      </svg>
      <p part="details" id="map-details" class="details" role="status">
        ${
          highlight
            ? this.#details(network, highlight, partners, w)
            : this.msg('stakeholder-map.hint')
        }
      </p>
      <ul class="legend" aria-label=${this.msg('stakeholder-map.legend')}>
        ${types.map(
          (t) =>
            html`<li>
              <svg class="swatch" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
                <g class=${`t-${t}`}>
                  <circle class="shape" r="9"></circle>
                  <text class="letter" text-anchor="middle" dy="0.35em">${TYPE_LETTERS[t]}</text>
                </g>
              </svg>
              <span lang=${w.lang}>${this.#typeName(w, t)}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #details(
    network: Network,
    id: string,
    partners: Map<string, Map<string, CooperationFrequency>>,
    w: ElementWords,
  ): string {
    const stakeholder = network.stakeholders.find((s) => s.id === id);
    const names = [...(partners.get(id)?.keys() ?? [])].map((p) => this.#nameOf(network, p));
    return this.msg('stakeholder-map.detail', {
      name: stakeholder?.name ?? id,
      type: stakeholder ? this.#typeName(w, stakeholder.type) : '',
      partners: names.length > 0 ? names.join(', ') : this.msg('stakeholder-map.noPartners'),
    });
  }

  #onFocus(id: string): void {
    this.#focused = id;
    this.#active = id;
    this.#setHighlight(id);
  }

  #onBlur(id: string): void {
    if (this.#focused === id) this.#focused = undefined;
    // Leaving the map keeps the last organisation's details; moving within it replaces them.
  }

  #setHighlight(id: string | undefined): void {
    if (id === this.#highlight) return;
    if (id === undefined && this.#highlight !== undefined) return;
    this.#highlight = id;
    this.requestUpdate();
  }

  /** Arrow keys move through the nodes in map order (reading order), Home and End to the ends. */
  #onKey(event: KeyboardEvent, ids: string[], rtl: boolean): void {
    const index = Math.max(0, ids.indexOf(this.#active ?? ''));
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (event.key === forward || event.key === 'ArrowDown') next = (index + 1) % ids.length;
    else if (event.key === back || event.key === 'ArrowUp')
      next = (index - 1 + ids.length) % ids.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = ids.length - 1;
    else return;
    event.preventDefault();
    this.#active = ids[next];
    // Highlighted now, so that the focus moved in updated() asks for no second update.
    this.#highlight = this.#active;
    this.#moveFocus = true;
    this.requestUpdate();
  }

  #renderList(
    network: Network,
    analysis: NetworkAnalysis,
    partners: Map<string, Map<string, CooperationFrequency>>,
    w: ElementWords,
  ) {
    const max = Math.max(0, ...analysis.centrality.map((c) => c.betweenness));
    const byId = new Map(analysis.centrality.map((c) => [c.stakeholder, c]));
    return html`<div
      part="list"
      class="scroll"
      role="region"
      tabindex="0"
      aria-labelledby="list-caption"
    >
      <table>
        <caption id="list-caption">
          ${this.msg('stakeholder-map.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.msg('stakeholder-map.organisation')}</th>
            <th scope="col">${this.msg('stakeholder-map.type')}</th>
            <th scope="col" class="num">${this.msg('stakeholder-map.partnerCount')}</th>
            <th scope="col">${wordText(w, w.words.text('label.betweenness'))}</th>
            <th scope="col">${this.msg('stakeholder-map.partners')}</th>
          </tr>
        </thead>
        <tbody>
          ${network.stakeholders.map((s) => {
            const c = byId.get(s.id);
            const betweenness = c?.betweenness ?? 0;
            const role =
              betweenness <= 0
                ? 'stakeholder-map.bridge.none'
                : betweenness >= 0.75 * max
                  ? 'stakeholder-map.bridge.strong'
                  : 'stakeholder-map.bridge.some';
            const own = [...(partners.get(s.id) ?? new Map<string, CooperationFrequency>())];
            const description = contentText(s.description, this.locale, network.defaultLocale);
            return html`<tr data-stakeholder=${s.id}>
              <th scope="row">
                ${s.name}
                ${
                  description
                    ? html`<span class="description" lang=${description.lang} dir=${description.dir}
                        >${description.value}</span
                      >`
                    : nothing
                }
              </th>
              <td>
                <span class=${`badge t-${s.type}`} aria-hidden="true">${TYPE_LETTERS[s.type]}</span>
                <span lang=${w.lang}>${this.#typeName(w, s.type)}</span>
              </td>
              <td class="num">${this.formatNumber(c?.degree ?? own.length)}</td>
              <td data-betweenness=${String(betweenness)}>${this.msg(role)}</td>
              <td>
                ${
                  own.length === 0
                    ? this.msg('stakeholder-map.noPartners')
                    : html`<ul>
                        ${own.map(
                          ([id, frequency]) =>
                            html`<li>
                              ${this.#nameOf(network, id)} (<span lang=${w.lang}
                                >${frequencyName(w.words, frequency)}</span
                              >)
                            </li>`,
                        )}
                      </ul>`
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}

function isNetwork(value: unknown): value is Network {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Network).stakeholders) &&
    Array.isArray((value as Network).cooperations) &&
    (value as Network).stakeholders.every(
      (s) => typeof s === 'object' && s !== null && typeof s.id === 'string',
    ) &&
    (value as Network).cooperations.every(
      (c) => typeof c === 'object' && c !== null && Array.isArray(c.stakeholders),
    )
  );
}

function isPlan(value: unknown): value is ActionPlan {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ActionPlan).goals) &&
    Array.isArray((value as ActionPlan).measures)
  );
}

function isAnalysis(value: unknown): value is NetworkAnalysis {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as NetworkAnalysis).centrality) &&
    Array.isArray((value as NetworkAnalysis).findings) &&
    Array.isArray((value as NetworkAnalysis).components) &&
    typeof (value as NetworkAnalysis).density === 'number'
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-stakeholder-map': CkStakeholderMap;
  }
}
