import { html, nothing, type TemplateResult } from 'lit';
import { getDescriptor, getDomain, getLevel } from '@competence-kit/model/read';
import type { Competence, Framework, LocalizedText } from '@competence-kit/schemas';
import type { MessageKey, MessageParams } from '../../internal/localize.js';

type Lang = string | typeof nothing;

/** What the detail needs from its element: data, words and the way back. */
export interface DetailContext {
  framework: Framework;
  compare: readonly [string, string] | null;
  text: (text: LocalizedText | undefined) => { value: string; lang: Lang };
  msg: <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;
  messageLang: Lang;
  setCompare: (compare: readonly [string, string] | null) => void;
}

/** A level's title and the competence's descriptor on it, each with its `lang`. */
function levelTexts(ctx: DetailContext, competence: Competence, levelId: string) {
  const title = ctx.text(getLevel(ctx.framework, levelId)?.title);
  const descriptor = getDescriptor(ctx.framework, competence.id, levelId);
  return {
    title,
    descriptor: descriptor
      ? ctx.text(descriptor)
      : { value: ctx.msg('framework-browser.noDescriptor'), lang: ctx.messageLang },
  };
}

/**
 * The chosen competence: its title (focused when the user opens it), domain, description,
 * every level's descriptor, and the comparison of two levels.
 */
export function renderDetail(ctx: DetailContext, competence: Competence): TemplateResult {
  const title = ctx.text(competence.title);
  const domain = ctx.text(getDomain(ctx.framework, competence.domain)?.title);
  const description = competence.description ? ctx.text(competence.description) : undefined;
  const levels = ctx.framework.scale.levels;
  return html`<section part="detail" class="detail" aria-labelledby="detail-heading">
    <h2 id="detail-heading" tabindex="-1" lang=${title.lang}>${title.value}</h2>
    <p class="secondary" lang=${domain.lang}>${domain.value}</p>
    ${description ? html`<p lang=${description.lang}>${description.value}</p>` : nothing}
    <h3 lang=${ctx.messageLang}>${ctx.msg('framework-browser.levels')}</h3>
    <ol class="levels">
      ${levels.map((level) => {
        const texts = levelTexts(ctx, competence, level.id);
        return html`<li>
          <strong lang=${texts.title.lang}>${texts.title.value}</strong>
          <p lang=${texts.descriptor.lang}>${texts.descriptor.value}</p>
        </li>`;
      })}
    </ol>
    ${levels.length >= 2 ? renderCompare(ctx, competence) : nothing}
  </section>`;
}

function renderCompare(ctx: DetailContext, competence: Competence): TemplateResult {
  const levels = ctx.framework.scale.levels;
  const pair = ctx.compare;
  const open = pair !== null;
  const pick = (index: 0 | 1) => (e: Event) => {
    const next: [string, string] = [...(pair ?? [levels[0]!.id, levels[1]!.id])];
    next[index] = (e.target as HTMLSelectElement).value;
    ctx.setCompare(next);
  };
  const picker = (index: 0 | 1, key: 'framework-browser.first' | 'framework-browser.second') =>
    html`<label lang=${ctx.messageLang}>
      <span>${ctx.msg(key)}</span>
      <select @change=${pick(index)}>
        ${levels.map((l) => {
          const title = ctx.text(l.title);
          return html`<option value=${l.id} ?selected=${pair?.[index] === l.id} lang=${title.lang}>
            ${title.value}
          </option>`;
        })}
      </select>
    </label>`;
  const compared = (pair ?? []).map((id) => levelTexts(ctx, competence, id));
  return html`<div class="compare">
    <button
      type="button"
      class="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="compare-panel"
      lang=${ctx.messageLang}
      @click=${() => ctx.setCompare(open ? null : [levels[0]!.id, levels[1]!.id])}
    >
      ${ctx.msg('framework-browser.compare')}
    </button>
    <div id="compare-panel" part="compare" class="compare-panel" ?hidden=${!open}>
      ${
        open
          ? html`<div class="pickers">
                ${picker(0, 'framework-browser.first')} ${picker(1, 'framework-browser.second')}
              </div>
              <div class="side-by-side">
                ${compared.map(
                  (t) =>
                    html`<div class="column">
                      <h4 lang=${t.title.lang}>${t.title.value}</h4>
                      <p lang=${t.descriptor.lang}>${t.descriptor.value}</p>
                    </div>`,
                )}
              </div>
              <table class="compare-table">
                <caption lang=${ctx.messageLang}>
                  ${ctx.msg('framework-browser.compare')}
                </caption>
                <thead lang=${ctx.messageLang}>
                  <tr>
                    <th scope="col">${ctx.msg('common.level')}</th>
                    <th scope="col">${ctx.msg('framework-browser.descriptor')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${compared.map(
                    (t) =>
                      html`<tr>
                        <th scope="row" lang=${t.title.lang}>${t.title.value}</th>
                        <td lang=${t.descriptor.lang}>${t.descriptor.value}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
          : nothing
      }
    </div>
  </div>`;
}
