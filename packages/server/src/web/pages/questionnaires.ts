// The pages of questionnaires for people without an account: the coordinators' list with the
// form that opens one, the printable poster with its QR code, the assisted entry of paper
// answers; and the respondents' pages (language choice, consent notice, questionnaire, notices)
// in the respondent's language, with the texts of ../respondent-words.ts.
import type { Instrument } from '@competence-kit/schemas';
import QRCode from 'qrcode';
import type { StoredQuestionnaire } from '../../store/questionnaires.js';
import { html, jsonScript, type Html, type HtmlValue } from '../html.js';
import { directionOf, wordsFor } from '../i18n.js';
import type { MessageKey } from '../messages/catalogue.js';
import { href, type PageContext } from '../page.js';
import {
  respondentText,
  RESPONDENT_LANGUAGES,
  type RespondentKey,
  type RespondentLanguage,
} from '../respondent-words.js';

export type QuestionnaireStatus = 'scheduled' | 'open' | 'closed';

/** What the opening form was sent with (shown again when it is refused). */
export interface OpenForm {
  instrument?: string;
  title?: string;
  opensOn?: string;
  closesOn?: string;
  languages?: string[];
}

export type OpenProblems = Partial<Record<keyof OpenForm, MessageKey>>;

/** One opening as the list shows it. */
export interface ListedQuestionnaire {
  questionnaire: StoredQuestionnaire & { answers: number };
  instrument: Instrument | undefined;
  status: QuestionnaireStatus;
  url: string;
}

const STATUS: Record<QuestionnaireStatus, MessageKey> = {
  scheduled: 'questionnaires.status.scheduled',
  open: 'questionnaires.status.open',
  closed: 'questionnaires.status.closed',
};

const languageName = (lang: string) =>
  (RESPONDENT_LANGUAGES as readonly string[]).includes(lang)
    ? respondentText(lang as RespondentLanguage, 'language.name')
    : lang;

/** A form field's problem, tied to it by id. */
const problemOf = (ctx: PageContext, problems: OpenProblems, name: keyof OpenForm) => {
  const key = problems[name];
  return key ? html`<p class="error" id="${name}-error">${ctx.words.t(key)}</p>` : '';
};
const describedBy = (problems: OpenProblems, name: keyof OpenForm, help?: string) => {
  const ids = [help, problems[name] ? `${name}-error` : undefined].filter(Boolean).join(' ');
  return html`${ids ? html`aria-describedby="${ids}"` : ''}
  ${problems[name] ? html`aria-invalid="true"` : ''}`;
};

/** The coordinators' list of openings and the form that opens one. */
export function listPage(
  ctx: PageContext,
  data: {
    items: readonly ListedQuestionnaire[];
    instruments: readonly Instrument[];
    form: OpenForm;
    problems: OpenProblems;
    /** Today in the city (YYYY-MM-DD): the form's first day by default. */
    today: string;
  },
): Html {
  const { words: w } = ctx;
  const { form, problems } = data;
  const locales = [...new Set(data.instruments.flatMap((i) => i.locales))];
  const chosen = form.languages ?? ctx.portal.city.languages;
  const problemKeys = Object.keys(problems) as (keyof OpenForm)[];
  return html`<h1>${w.t('questionnaires.title')}</h1>
    <p class="lead">${w.t('questionnaires.lead')}</p>
    ${
      data.items.length === 0
        ? html`<p>${w.t('questionnaires.none')}</p>`
        : html`<div class="table-wrap">
            <table>
              <caption>
                ${w.t('questionnaires.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${w.t('questionnaires.col.title')}</th>
                  <th scope="col">${w.t('questionnaires.col.instrument')}</th>
                  <th scope="col">${w.t('questionnaires.col.period')}</th>
                  <th scope="col">${w.t('questionnaires.col.languages')}</th>
                  <th scope="col">${w.t('questionnaires.col.status')}</th>
                  <th scope="col">${w.t('questionnaires.col.answers')}</th>
                  <th scope="col">${w.t('questionnaires.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${data.items.map((item) => listRow(ctx, item))}
              </tbody>
            </table>
          </div>`
    }
    <h2>${w.t('questionnaires.form.title')}</h2>
    <form method="post" action="${href(ctx, '/needs/questionnaires')}" class="stack" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrf}" />
      ${
        problemKeys.length > 0
          ? html`<div class="error-summary" role="alert">
              <p>${w.t('questionnaires.error.summary')}</p>
              <ul>
                ${problemKeys.map(
                  (name) => html`<li><a href="#q-${name}">${w.t(problems[name]!)}</a></li>`,
                )}
              </ul>
            </div>`
          : ''
      }
      <label for="q-instrument">${w.t('questionnaires.form.instrument')}</label>
      ${problemOf(ctx, problems, 'instrument')}
      <select id="q-instrument" name="instrument" ${describedBy(problems, 'instrument')}>
        ${data.instruments.map(
          (i) =>
            html`<option value="${i.id}" ${form.instrument === i.id ? html`selected` : ''}>
              ${w.textPlain(i.title)} (${i.locales.join(', ')})
            </option>`,
        )}
      </select>
      <label for="q-title">${w.t('questionnaires.form.label')}</label>
      <p class="help" id="q-title-help">${w.t('questionnaires.form.labelHelp')}</p>
      ${problemOf(ctx, problems, 'title')}
      <input
        id="q-title"
        name="title"
        maxlength="200"
        required
        value="${form.title ?? ''}"
        ${describedBy(problems, 'title', 'q-title-help')}
      />
      <p class="help" id="q-date-help">${w.t('questionnaires.form.dateHelp')}</p>
      <label for="q-opensOn">${w.t('questionnaires.form.opens')}</label>
      ${problemOf(ctx, problems, 'opensOn')}
      <input
        id="q-opensOn"
        name="opensOn"
        type="date"
        required
        value="${form.opensOn ?? data.today}"
        ${describedBy(problems, 'opensOn', 'q-date-help')}
      />
      <label for="q-closesOn">${w.t('questionnaires.form.closes')}</label>
      ${problemOf(ctx, problems, 'closesOn')}
      <input
        id="q-closesOn"
        name="closesOn"
        type="date"
        required
        value="${form.closesOn ?? ''}"
        ${describedBy(problems, 'closesOn', 'q-date-help')}
      />
      <fieldset id="q-languages" ${describedBy(problems, 'languages', 'q-languages-help')}>
        <legend>${w.t('questionnaires.form.languages')}</legend>
        <p class="help" id="q-languages-help">${w.t('questionnaires.form.languagesHelp')}</p>
        ${problemOf(ctx, problems, 'languages')}
        ${locales.map(
          (lang) =>
            html`<div class="choice">
              <input
                type="checkbox"
                id="q-lang-${lang}"
                name="languages"
                value="${lang}"
                ${chosen.includes(lang) ? html`checked` : ''}
              />
              <label for="q-lang-${lang}"
                >${lang} –
                <span lang="${lang}" dir="${directionOf(lang)}">${languageName(lang)}</span></label
              >
            </div>`,
        )}
      </fieldset>
      <button type="submit">${w.t('questionnaires.form.submit')}</button>
    </form>`;
}

function listRow(ctx: PageContext, item: ListedQuestionnaire): Html {
  const { words: w } = ctx;
  const q = item.questionnaire;
  const path = `/needs/questionnaires/${q.questionnaireId}`;
  return html`<tr>
    <th scope="row">${q.title}</th>
    <td>${item.instrument ? w.text(item.instrument.title) : q.instrumentId}</td>
    <td>${w.t('questionnaires.period', { from: w.date(q.opensOn), to: w.date(q.closesOn) })}</td>
    <td>${q.languages.join(', ')}</td>
    <td>${w.t(STATUS[item.status])}</td>
    <td>${w.number(q.answers)}</td>
    <td>
      <ul class="actions">
        <li>
          ${w.t('questionnaires.link')}:
          <a href="${item.url}" class="url">${item.url}</a>
        </li>
        <li>
          <a
            href="${href(ctx, `${path}/poster`)}"
            aria-label="${w.plain('questionnaires.posterOf', { title: q.title })}"
            >${w.t('questionnaires.poster')}</a
          >
        </li>
        ${
          item.status === 'open'
            ? html`<li>
                <a
                  href="${href(ctx, `${path}/assisted`)}"
                  aria-label="${w.plain('questionnaires.assistedOf', { title: q.title })}"
                  >${w.t('questionnaires.assisted')}</a
                >
              </li>`
            : ''
        }
        ${
          item.status === 'closed'
            ? ''
            : html`<li>
                <form method="post" action="${href(ctx, `${path}/close`)}" class="inline">
                  <input type="hidden" name="_csrf" value="${ctx.csrf}" />
                  <button
                    type="submit"
                    aria-label="${w.plain('questionnaires.closeOf', { title: q.title })}"
                  >
                    ${w.t('questionnaires.close')}
                  </button>
                </form>
              </li>`
        }
      </ul>
    </td>
  </tr>`;
}

/**
 * A QR code of `url` as inline SVG: one path of the dark modules, drawn from the code's matrix
 * (`qrcode`'s `create`), so that nothing but numbers goes into the drawing.
 */
export function qrSvg(url: string, label: string): Html {
  const code = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = code.modules.size;
  const margin = 4;
  let d = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!code.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && code.modules.get(row, col)) col++;
      d += `M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`;
    }
  }
  const box = size + 2 * margin;
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    class="poster-qr"
    role="img"
    aria-label="${label}"
    viewBox="0 0 ${box} ${box}"
    shape-rendering="crispEdges"
  >
    <rect width="${box}" height="${box}" fill="#ffffff" />
    <path d="${d}" fill="#000000" />
  </svg>`;
}

/** The printable A4 poster of an opening: the city, an invitation per language, link and QR. */
export function posterPage(
  ctx: PageContext,
  data: {
    questionnaire: StoredQuestionnaire;
    instrument: Instrument;
    languages: readonly RespondentLanguage[];
    url: string;
  },
): Html {
  const { words: w, portal } = ctx;
  return html`<div class="poster">
    <div class="poster-screen">
      <p class="help">${w.t('questionnaires.poster.print')}</p>
      <p>
        <a href="${href(ctx, '/needs/questionnaires')}">${w.t('questionnaires.poster.back')}</a>
      </p>
    </div>
    <article class="poster-sheet">
      <h1 class="poster-city">${w.text(portal.city.name)}</h1>
      <ul class="poster-invitations">
        ${data.languages.map((lang) => {
          const words = wordsFor(lang, portal.framework.defaultLocale);
          return html`<li lang="${lang}" dir="${directionOf(lang)}">
            <strong>${words.textPlain(data.instrument.title)}</strong>
            ${respondentText(lang, 'poster.invitation')}
          </li>`;
        })}
      </ul>
      <figure class="poster-code">
        ${qrSvg(data.url, w.plain('questionnaires.poster.qr', { url: data.url }))}
        <figcaption><span class="poster-url" dir="ltr">${data.url}</span></figcaption>
      </figure>
    </article>
  </div>`;
}

const element = (ctx: PageContext, lang: string, instrument: Instrument) =>
  html`<ck-questionnaire
    lang="${lang}"
    dir="${directionOf(lang)}"
    respondent="anonymous"
    territory="${ctx.portal.city.id}"
    ${instrument.audience ? html`group="${instrument.audience}"` : ''}
    phase="baseline"
  ></ck-questionnaire>`;

/** Coordinators: the questionnaire to type one paper form's answers in. */
export function assistedPage(
  ctx: PageContext,
  data: {
    questionnaire: StoredQuestionnaire;
    instrument: Instrument;
    lang: string;
    open: boolean;
    submitUrl: string;
    doneUrl: string;
  },
): Html {
  const { words: w } = ctx;
  const q = data.questionnaire;
  const path = href(ctx, `/needs/questionnaires/${q.questionnaireId}/assisted`);
  if (!data.open)
    return html`<h1>${w.t('questionnaires.assisted.title')}</h1>
      <p>${w.t('questionnaires.assisted.closed')}</p>
      <p>
        <a href="${href(ctx, '/needs/questionnaires')}">${w.t('questionnaires.poster.back')}</a>
      </p>`;
  return html`<h1>${w.t('questionnaires.assisted.title')}</h1>
    <p class="lead">${w.t('questionnaires.assisted.lead')}</p>
    <p>${q.title}</p>
    <form method="get" action="${path}" class="stack">
      <label for="form-lang">${w.t('questionnaires.assisted.language')}</label>
      <select id="form-lang" name="form">
        ${q.languages.map(
          (lang) =>
            html`<option value="${lang}" lang="${lang}" ${lang === data.lang ? html`selected` : ''}>
              ${languageName(lang)}
            </option>`,
        )}
      </select>
      <button type="submit">${w.t('questionnaires.assisted.show')}</button>
    </form>
    ${jsonScript('ck-questionnaire-page', {
      instrument: data.instrument,
      submitUrl: data.submitUrl,
      doneUrl: data.doneUrl,
    })}
    <p id="questionnaire-status" role="status" class="help"></p>
    <span hidden id="msg-failed">${w.plain('questionnaires.assisted.failed')}</span>
    <noscript><p>${w.t('questionnaires.assisted.noScript')}</p></noscript>
    ${element(ctx, data.lang, data.instrument)}`;
}

/** A respondent text with its placeholders filled by markup (a name marked with its `lang`). */
const fill = (lang: RespondentLanguage, key: RespondentKey, params: Record<string, HtmlValue>) =>
  html`${respondentText(lang, key)
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 1 ? (params[part] ?? `{${part}}`) : part))}`;

/** A respondent page's content, in the respondent's language and direction. */
const respondentMain = (lang: RespondentLanguage, content: Html) =>
  html`<div class="respondent" lang="${lang}" dir="${directionOf(lang)}">${content}</div>`;

/** Respondents: which language to answer in, each named in its own language. */
export function languagePage(
  ctx: PageContext,
  lang: RespondentLanguage,
  offered: readonly RespondentLanguage[],
  path: string,
): Html {
  const t = (key: RespondentKey) => respondentText(lang, key);
  return respondentMain(
    lang,
    html`<h1>${t('choose.title')}</h1>
      <p>${t('choose.lead')}</p>
      <ul class="language-choice">
        ${offered.map(
          (l) =>
            html`<li>
              <a
                href="${href(ctx, path)}?lang=${l}"
                hreflang="${l}"
                lang="${l}"
                dir="${directionOf(l)}"
                >${respondentText(l, 'language.name')}</a
              >
            </li>`,
        )}
      </ul>`,
  );
}

/** The purposes of a city's privacy notice that cover a needs review's questionnaires. */
const NEEDS_PURPOSES = new Set(['needs-analysis', 'needs-review', 'questionnaires']);

/** Respondents: what is asked and what happens to the answers, then Start. */
export function consentPage(
  ctx: PageContext,
  lang: RespondentLanguage,
  instrument: Instrument,
  path: string,
): Html {
  const { words: w, portal } = ctx;
  const t = (key: RespondentKey, params?: Record<string, string>) =>
    respondentText(lang, key, params);
  const { controller, purposes } = portal.city.dataProtection;
  const purpose = purposes.find((p) => NEEDS_PURPOSES.has(p.id));
  return respondentMain(
    lang,
    html`<h1>${t('consent.title')}</h1>
      <h2>${t('consent.what')}</h2>
      <p>${w.text(instrument.description)}</p>
      <ul class="consent">
        <li>${t('consent.anonymous')}</li>
        <li>${t('consent.voluntary')}</li>
        <li>${t('consent.noTracking')}</li>
        <li>
          ${fill(lang, 'consent.controller', {
            name: w.text(controller.name),
            email: html`<a href="mailto:${controller.email}">${controller.email}</a>`,
          })}
        </li>
        <li>
          ${
            purpose
              ? html`${t('consent.retentionCity')} ${w.text(purpose.retention)}`
              : t('consent.retention')
          }
        </li>
      </ul>
      <p><a href="${href(ctx, '/privacy')}">${t('consent.more')}</a></p>
      <form method="get" action="${href(ctx, `${path}/answer`)}">
        <input type="hidden" name="lang" value="${lang}" />
        <button type="submit">${t('consent.start')}</button>
      </form>`,
  );
}

/** Respondents: the questionnaire itself. */
export function questionnairePage(
  ctx: PageContext,
  lang: RespondentLanguage,
  instrument: Instrument,
  urls: { submitUrl: string; doneUrl: string },
): Html {
  const { words: w, portal } = ctx;
  const t = (key: RespondentKey, params?: Record<string, string>) =>
    respondentText(lang, key, params);
  return respondentMain(
    lang,
    html`<h1>${w.text(instrument.title)}</h1>
      ${jsonScript('ck-questionnaire-page', {
        instrument,
        submitUrl: urls.submitUrl,
        doneUrl: urls.doneUrl,
      })}
      <p id="questionnaire-status" role="status" class="help"></p>
      <span hidden id="msg-sending">${t('answer.sending')}</span>
      <span hidden id="msg-failed">${t('error.failed')}</span>
      <noscript
        ><p>
          ${fill(lang, 'consent.noScript', {
            email: html`<a href="mailto:${portal.city.contact.email}"
              >${portal.city.contact.email}</a
            >`,
          })}
        </p></noscript
      >
      ${element(ctx, lang, instrument)}`,
  );
}

/** Respondents: one heading and one sentence (closed, not yet open, thanks). */
export function noticePage(
  _ctx: PageContext,
  lang: RespondentLanguage,
  title: RespondentKey,
  text: RespondentKey,
  params: Record<string, string> = {},
): Html {
  return respondentMain(
    lang,
    html`<h1>${respondentText(lang, title, params)}</h1>
      <p>${respondentText(lang, text, params)}</p>`,
  );
}
