// The credentials area's pages: the coordinators' list of completed modules with the issue
// action, a person's own credentials, a credential's public page (checked at every view) and
// the page where anyone checks a credential they paste or upload as a file.
import { html, type Html } from '../html.js';
import type { MessageKey } from '../messages/catalogue.js';
import { href, type PageContext } from '../page.js';

/** A completed module of one person, with its credential if one was issued. */
export interface CompletionRow {
  email: string;
  moduleTitle: Html | string;
  /** YYYY-MM-DD: when the attendance that completes the module was recorded. */
  recordedOn: string;
  credential?: { credentialId: string; issuedOn: string } | undefined;
}

/** A credential of the signed-in person. */
export interface OwnCredentialRow {
  credentialId: string;
  moduleTitle: Html | string;
  issuedOn: string;
}

/** Why a credential did not verify: a message of the area and its values. */
export interface Reason {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The id of the control it is about: the paste field (default) or the file input. */
  control?: 'credential' | 'credential-file';
}

/** What a credential's page shows: what the credential says, and whether it verified now. */
export interface CredentialView {
  verified: boolean;
  reason?: Reason | undefined;
  name?: string | undefined;
  issuerName?: string | undefined;
  issuerId?: string | undefined;
  /** Whether the signing key is the one this portal signs with now. */
  cityKey: boolean;
  /** YYYY-MM-DD of `validFrom`. */
  completedOn?: string | undefined;
  competences: string[];
  /** Whether the earner is named by salted identity hashes. */
  hashed: boolean;
}

const hidden = (ctx: PageContext) => html`<input type="hidden" name="_csrf" value="${ctx.csrf}" />`;

/** The coordinators' page: who completed which module, and whether a credential was issued. */
export function coordinatorPage(
  ctx: PageContext,
  options: {
    /** Why nothing can be issued: no key, no programme. */
    unavailable?: MessageKey | undefined;
    rows: readonly CompletionRow[];
    did?: string | undefined;
  },
): Html {
  const w = ctx.words;
  const pending = options.rows.filter((r) => !r.credential).length;
  return html`<h1>${w.t('credentials.coordinator.title')}</h1>
    <p class="lead">${w.t('credentials.coordinator.lead')}</p>
    ${options.unavailable ? html`<p role="status">${w.t(options.unavailable)}</p>` : ''}
    ${options.did ? html`<p>${w.t('credentials.coordinator.signer', { did: options.did })}</p>` : ''}
    ${
      options.rows.length === 0
        ? options.unavailable === 'credentials.noProgramme'
          ? ''
          : html`<p>${w.t('credentials.coordinator.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('credentials.coordinator.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('credentials.coordinator.email')}</th>
                <th scope="col">${w.t('credentials.coordinator.module')}</th>
                <th scope="col">${w.t('credentials.coordinator.completed')}</th>
                <th scope="col">${w.t('credentials.coordinator.credential')}</th>
              </tr>
            </thead>
            <tbody>
              ${options.rows.map(
                (r) =>
                  html`<tr>
                    <th scope="row">${r.email}</th>
                    <td>${r.moduleTitle}</td>
                    <td>${w.date(r.recordedOn)}</td>
                    <td>
                      ${
                        r.credential
                          ? html`<a href="${href(ctx, `/credentials/${r.credential.credentialId}`)}"
                              >${w.t('credentials.coordinator.issuedOn', {
                                date: w.date(r.credential.issuedOn),
                              })}</a
                            >`
                          : w.t('credentials.coordinator.pending')
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    ${
      options.unavailable
        ? ''
        : pending === 0
          ? options.rows.length > 0
            ? html`<p>${w.t('credentials.coordinator.allIssued')}</p>`
            : ''
          : html`<form method="post" action="${href(ctx, '/programme/credentials')}">
              ${hidden(ctx)}
              <button type="submit">
                ${w.t('credentials.coordinator.issue', { count: pending })}
              </button>
            </form>`
    }`;
}

/** A person's own credentials, each with its public page and its download. */
export function ownPage(
  ctx: PageContext,
  options: { rows: readonly OwnCredentialRow[]; issuing: boolean },
): Html {
  const w = ctx.words;
  return html`<h1>${w.t('credentials.own.title')}</h1>
    <p class="lead">${w.t('credentials.own.lead')}</p>
    ${!options.issuing && options.rows.length === 0 ? html`<p>${w.t('credentials.noKey')}</p>` : ''}
    ${
      options.rows.length === 0
        ? options.issuing
          ? html`<p>${w.t('credentials.own.none')}</p>`
          : ''
        : html`<table>
            <caption>
              ${w.t('credentials.own.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('credentials.own.module')}</th>
                <th scope="col">${w.t('credentials.own.issued')}</th>
                <th scope="col">${w.t('credentials.own.public')}</th>
                <th scope="col">${w.t('credentials.own.file')}</th>
              </tr>
            </thead>
            <tbody>
              ${options.rows.map(
                (r) =>
                  html`<tr>
                    <th scope="row">${r.moduleTitle}</th>
                    <td>${w.date(r.issuedOn)}</td>
                    <td>
                      <a href="${href(ctx, `/credentials/${r.credentialId}`)}"
                        >${w.t('credentials.own.show')}</a
                      >
                    </td>
                    <td>
                      <a href="${href(ctx, `/credentials/${r.credentialId}/download`)}" download
                        >${w.t('credentials.own.download')}</a
                      >
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }`;
}

/** What a credential says and whether it verified, as a description list. */
function credentialDetails(ctx: PageContext, view: CredentialView): Html {
  const w = ctx.words;
  return html`<p class="${view.verified ? 'notice' : 'error'}" role="status">
      <strong
        >${
          view.verified
            ? w.t('credentials.public.verified')
            : w.t('credentials.public.notVerified', {
                reason: w.plain(view.reason?.key ?? 'credentials.reason.other', {
                  code: '',
                  message: '',
                  date: '',
                  ...view.reason?.params,
                }),
              })
        }</strong
      >
    </p>
    <dl>
      ${
        view.name
          ? html`<dt>${w.t('credentials.public.achievement')}</dt>
              <dd>${view.name}</dd>`
          : ''
      }
      ${
        view.issuerName || view.issuerId
          ? html`<dt>${w.t('credentials.public.issuer')}</dt>
              <dd>${view.issuerName ?? ''}</dd>`
          : ''
      }
      ${
        view.issuerId
          ? html`<dt>${w.t('credentials.public.signer')}</dt>
              <dd>
                <code class="break">${view.issuerId}</code>
                ${
                  view.verified
                    ? html`<br />${w.t(
                          view.cityKey
                            ? 'credentials.public.cityKey'
                            : 'credentials.public.otherKey',
                        )}`
                    : ''
                }
              </dd>`
          : ''
      }
      ${
        view.completedOn
          ? html`<dt>${w.t('credentials.public.date')}</dt>
              <dd>${w.date(view.completedOn)}</dd>`
          : ''
      }
      ${
        view.competences.length > 0
          ? html`<dt>${w.t('credentials.public.competences')}</dt>
              <dd>
                <ul>
                  ${view.competences.map((c) => html`<li>${c}</li>`)}
                </ul>
              </dd>`
          : ''
      }
      ${
        view.hashed
          ? html`<dt>${w.t('credentials.public.earner')}</dt>
              <dd>${w.t('credentials.public.hashed')}</dd>`
          : ''
      }
    </dl>`;
}

/** A stored credential's public page: checked now, without personal data. */
export function publicPage(ctx: PageContext, credentialId: string, view: CredentialView): Html {
  const w = ctx.words;
  return html`<h1>${w.t('credentials.public.title')}</h1>
    ${credentialDetails(ctx, view)}
    <p>
      <a href="${href(ctx, `/credentials/${credentialId}.json`)}"
        >${w.t('credentials.public.json')}</a
      >
    </p>
    <p><a href="${href(ctx, '/verify')}">${w.t('credentials.public.checkAnother')}</a></p>`;
}

/**
 * The page where anyone pastes a credential, or chooses its file, and sees whether it verifies.
 * One form (multipart, so that it works without a script): the paste field and the file input.
 */
export function verifyPage(
  ctx: PageContext,
  options: {
    maxKb: number;
    text?: string;
    problem?: Reason | undefined;
    view?: CredentialView;
    /** The name of the file that was checked (none for a paste). */
    fileName?: string;
  },
): Html {
  const w = ctx.words;
  const problem = options.problem;
  const about = problem ? (problem.control ?? 'credential') : undefined;
  /** `aria-describedby` (hint, and the problem when it is about this control) and `aria-invalid`. */
  const described = (control: string) =>
    about === control
      ? html`aria-describedby="${control}-hint credential-problem" aria-invalid="true"`
      : html`aria-describedby="${control}-hint"`;
  return html`<h1>${w.t('credentials.verify.title')}</h1>
    <p class="lead">${w.t('credentials.verify.lead')}</p>
    ${
      problem
        ? html`<p class="error" role="alert" id="credential-problem">
            <a href="#${about}">${w.t(problem.key, problem.params)}</a>
          </p>`
        : ''
    }
    <form
      method="post"
      action="${href(ctx, '/verify')}"
      enctype="multipart/form-data"
      class="stack"
      novalidate
    >
      ${hidden(ctx)}
      <label for="credential">${w.t('credentials.verify.label')}</label>
      <p id="credential-hint" class="hint">
        ${w.t('credentials.verify.hint', { size: options.maxKb })}
      </p>
      <textarea
        id="credential"
        name="credential"
        rows="12"
        spellcheck="false"
        ${described('credential')}
      >
${options.text ?? ''}</textarea>
      <label for="credential-file">${w.t('credentials.verify.fileLabel')}</label>
      <p id="credential-file-hint" class="hint">
        ${w.t('credentials.verify.fileHint', { size: options.maxKb })}
      </p>
      <input
        type="file"
        id="credential-file"
        name="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        ${described('credential-file')}
      />
      <button type="submit">${w.t('credentials.verify.submit')}</button>
    </form>
    ${
      options.view
        ? html`<section aria-labelledby="result">
            <h2 id="result">${w.t('credentials.verify.result')}</h2>
            ${
              options.fileName !== undefined
                ? html`<p>${w.t('credentials.verify.checkedFile', { name: options.fileName })}</p>`
                : ''
            }
            ${credentialDetails(ctx, options.view)}
          </section>`
        : ''
    }`;
}
