// The admin area's pages: people and their roles, invitations by link (the admins' side and the
// invited person's side), and the city's configuration with a checker for city files.
import { getRoleProfile } from '@competence-kit/model/read';
import type { Issue, LocalizedText } from '@competence-kit/schemas';
import type { Account, AccountRole } from '../../store/index.js';
import type { Invitation } from '../../store/invitations.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../messages/catalogue.js';
import { href, type PageContext } from '../page.js';

/** The roles an admin can give, in the order the forms list them. */
export const ROLES: readonly AccountRole[] = [
  'staff',
  'coordinator',
  'admin',
  'stakeholder-representative',
];
const ROLE_KEYS: Record<AccountRole, MessageKey> = {
  staff: 'admin.role.staff',
  coordinator: 'admin.role.coordinator',
  admin: 'admin.role.admin',
  'stakeholder-representative': 'admin.role.stakeholder-representative',
};

/** A stakeholder of the city's network a representative can be invited for. */
export interface StakeholderChoice {
  network: string;
  stakeholder: string;
  name: string;
}
/** The largest city file the checker reads, in bytes. */
export const MAX_CITY_FILE = 256 * 1024;
/** The shortest password an invited person may choose. */
export const MIN_PASSWORD = 12;

const formatTime = (ctx: PageContext) =>
  new Intl.DateTimeFormat(ctx.words.lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: ctx.portal.city.timezone,
  });

const roleName = (ctx: PageContext, role: AccountRole) => ctx.words.t(ROLE_KEYS[role]);

function profileName(ctx: PageContext, id: string | null): Html | string {
  if (!id) return ctx.words.t('admin.people.noProfile');
  const profile = getRoleProfile(ctx.portal.framework, id);
  return profile ? ctx.words.text(profile.title) : id;
}

const csrfField = (ctx: PageContext) =>
  html`<input type="hidden" name="_csrf" value="${ctx.csrf}" />`;

/** What the invitation form had, and what was wrong with it. */
export interface InviteForm {
  email?: string;
  role?: string;
  roleProfile?: string;
  /** `<network id>/<stakeholder id>`, for a stakeholder representative. */
  stakeholder?: string;
  problems?: {
    email?: MessageKey;
    role?: MessageKey;
    roleProfile?: MessageKey;
    stakeholder?: MessageKey;
  };
}

function inviteForm(
  ctx: PageContext,
  form: InviteForm,
  stakeholders: readonly StakeholderChoice[],
): Html {
  const { words: w, portal } = ctx;
  const p = form.problems ?? {};
  const described = (name: keyof typeof p) =>
    p[name] ? html`aria-invalid="true" aria-describedby="invite-${name}-problem"` : '';
  const problem = (name: keyof typeof p) =>
    p[name] ? html`<p class="error" id="invite-${name}-problem">${w.t(p[name])}</p>` : '';
  return html`<section aria-labelledby="invite-title">
    <h2 id="invite-title">${w.t('admin.invite.title')}</h2>
    <p>${w.t('admin.invite.lead')}</p>
    ${
      Object.keys(p).length > 0
        ? html`<p class="error" role="alert">${w.t('admin.invite.problem')}</p>`
        : ''
    }
    <form method="post" action="${href(ctx, '/admin/invitations')}" class="stack" novalidate>
      ${csrfField(ctx)}
      <label for="invite-email">${w.t('admin.invite.email')}</label>
      <input
        id="invite-email"
        name="email"
        type="email"
        autocomplete="off"
        maxlength="254"
        required
        value="${form.email ?? ''}"
        ${described('email')}
      />
      ${problem('email')}
      <label for="invite-role">${w.t('admin.invite.role')}</label>
      <select id="invite-role" name="role" ${described('role')}>
        ${ROLES.map(
          (role) =>
            html`<option value="${role}" ${(form.role ?? 'staff') === role ? html`selected` : ''}>
              ${w.plain(ROLE_KEYS[role])}
            </option>`,
        )}
      </select>
      ${problem('role')}
      <label for="invite-profile">${w.t('admin.invite.roleProfile')}</label>
      <select id="invite-profile" name="roleProfile" ${described('roleProfile')}>
        <option value="">${w.plain('admin.invite.noProfile')}</option>
        ${portal.city.roleProfiles.map((id) => {
          const profile = getRoleProfile(portal.framework, id);
          return html`<option value="${id}" ${form.roleProfile === id ? html`selected` : ''}>
            ${profile ? w.textPlain(profile.title) : id}
          </option>`;
        })}
      </select>
      ${problem('roleProfile')}
      ${
        stakeholders.length > 0
          ? html`<label for="invite-stakeholder">${w.t('network.invite.stakeholder')}</label>
              <select id="invite-stakeholder" name="stakeholder" ${described('stakeholder')}>
                <option value="">${w.plain('network.invite.noStakeholder')}</option>
                ${stakeholders.map((s) => {
                  const value = `${s.network}/${s.stakeholder}`;
                  return html`<option
                    value="${value}"
                    ${form.stakeholder === value ? html`selected` : ''}
                  >
                    ${s.name}
                  </option>`;
                })}
              </select>`
          : ''
      }
      ${problem('stakeholder')}
      <button type="submit">${w.t('admin.invite.submit')}</button>
    </form>
  </section>`;
}

function invitationList(ctx: PageContext, invitations: readonly Invitation[]): Html {
  const { words: w } = ctx;
  const when = formatTime(ctx);
  return html`<section aria-labelledby="invitations-title">
    <h2 id="invitations-title">${w.t('admin.invitations.title')}</h2>
    ${
      invitations.length === 0
        ? html`<p>${w.t('admin.invitations.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('admin.invitations.caption', { n: w.number(invitations.length) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('admin.people.email')}</th>
                <th scope="col">${w.t('admin.people.role')}</th>
                <th scope="col">${w.t('admin.people.roleProfile')}</th>
                <th scope="col">${w.t('admin.invitations.expires')}</th>
                <th scope="col">${w.t('admin.invitations.action')}</th>
              </tr>
            </thead>
            <tbody>
              ${invitations.map(
                (i) =>
                  html`<tr>
                    <th scope="row">${i.email ?? ''}</th>
                    <td>${roleName(ctx, i.role)}</td>
                    <td>${profileName(ctx, i.roleProfile)}</td>
                    <td>
                      <time datetime="${i.expiresAt.toISOString()}"
                        >${when.format(i.expiresAt)}</time
                      >
                    </td>
                    <td>
                      <form
                        method="post"
                        action="${href(ctx, `/admin/invitations/${i.invitationId}/revoke`)}"
                        class="inline"
                      >
                        ${csrfField(ctx)}
                        <button type="submit">
                          ${w.t('admin.invitations.revoke', { email: i.email ?? '' })}
                        </button>
                      </form>
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

/** The city's accounts with a form each to change the role, then the invitations. */
export function peoplePage(
  ctx: PageContext,
  options: {
    accounts: readonly Account[];
    invitations: readonly Invitation[];
    me: string;
    invite?: InviteForm;
    /** The stakeholders of the city's network, for a representative's invitation. */
    stakeholders?: readonly StakeholderChoice[];
  },
): Html {
  const { words: w, portal } = ctx;
  const when = formatTime(ctx);
  return html`<h1>${w.t('admin.people.title')}</h1>
    <p class="lead">${w.t('admin.people.lead', { city: w.textPlain(portal.city.name) })}</p>
    <table>
      <caption>
        ${w.t('admin.people.caption', { n: w.number(options.accounts.length) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${w.t('admin.people.email')}</th>
          <th scope="col">${w.t('admin.people.role')}</th>
          <th scope="col">${w.t('admin.people.roleProfile')}</th>
          <th scope="col">${w.t('admin.people.created')}</th>
          <th scope="col">${w.t('admin.people.change')}</th>
        </tr>
      </thead>
      <tbody>
        ${options.accounts.map((a, n) => {
          const id = `role-${n + 1}`;
          return html`<tr>
            <th scope="row">
              ${a.email} ${a.accountId === options.me ? w.t('admin.people.you') : ''}
            </th>
            <td>${roleName(ctx, a.role)}</td>
            <td>${profileName(ctx, a.roleProfile)}</td>
            <td>
              <time datetime="${a.createdAt.toISOString()}">${when.format(a.createdAt)}</time>
            </td>
            <td>
              <form
                method="post"
                action="${href(ctx, `/admin/people/${a.accountId}/role`)}"
                class="inline"
              >
                ${csrfField(ctx)}
                <label for="${id}" class="visually-hidden"
                  >${w.t('admin.people.roleOf', { email: a.email })}</label
                >
                <select id="${id}" name="role">
                  ${ROLES.map(
                    (role) =>
                      html`<option value="${role}" ${a.role === role ? html`selected` : ''}>
                        ${w.plain(ROLE_KEYS[role])}
                      </option>`,
                  )}
                </select>
                <button type="submit">${w.t('admin.people.save')}</button>
              </form>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${inviteForm(ctx, options.invite ?? {}, options.stakeholders ?? [])}
    ${invitationList(ctx, options.invitations)}`;
}

/** Refusal to demote the city's last admin. */
export function lastAdminPage(ctx: PageContext, email: string): Html {
  const { words: w } = ctx;
  return html`<h1>${w.t('admin.people.lastAdmin.title')}</h1>
    <p role="alert">${w.t('admin.people.lastAdmin', { email })}</p>
    <p><a href="${href(ctx, '/admin/people')}">${w.t('admin.people.back')}</a></p>`;
}

/** The new invitation's link, shown once. */
export function invitationCreatedPage(
  ctx: PageContext,
  options: { link: string; email: string; expiresAt: Date },
): Html {
  const { words: w } = ctx;
  return html`<h1>${w.t('admin.invite.created.title')}</h1>
    <p class="lead">
      ${w.t('admin.invite.created.lead', {
        email: options.email,
        date: formatTime(ctx).format(options.expiresAt),
      })}
    </p>
    <div class="stack">
      <label for="invitation-link">${w.t('admin.invite.link')}</label>
      <input
        id="invitation-link"
        type="text"
        readonly
        value="${options.link}"
        autocomplete="off"
        spellcheck="false"
      />
    </div>
    <p><a href="${href(ctx, '/admin/people')}">${w.t('admin.people.back')}</a></p>`;
}

/** What the acceptance form had wrong. */
export type PasswordProblem = 'tooShort' | 'tooLong' | 'mismatch' | 'taken';

/** The invited person's page: the city, the role, and the password form. */
export function invitationPage(
  ctx: PageContext,
  options: {
    token: string;
    invitation: Invitation;
    maxPassword: number;
    problem?: PasswordProblem;
  },
): Html {
  const { words: w, portal } = ctx;
  const { invitation, problem } = options;
  const city = w.textPlain(portal.city.name);
  const message: Record<PasswordProblem, Html> = {
    tooShort: w.t('invitation.tooShort'),
    tooLong: w.t('invitation.tooLong', { max: w.number(options.maxPassword) }),
    mismatch: w.t('invitation.mismatch'),
    taken: w.t('invitation.taken', { city }),
  };
  const onPassword = problem === 'tooShort' || problem === 'tooLong';
  return html`<h1>${w.t('invitation.title')}</h1>
    <p class="lead">
      ${w.t('invitation.lead', { city, role: w.plain(ROLE_KEYS[invitation.role]) })}
    </p>
    ${
      invitation.roleProfile
        ? html`<p>
            ${w.t('invitation.profile', {
              profile: profileText(ctx, invitation.roleProfile),
            })}
          </p>`
        : ''
    }
    <p>${w.t('invitation.expires', { date: formatTime(ctx).format(invitation.expiresAt) })}</p>
    ${
      problem
        ? html`<p class="error" role="alert" id="invitation-problem">${message[problem]}</p>`
        : ''
    }
    <form
      method="post"
      action="${href(ctx, `/invitation/${options.token}`)}"
      class="stack"
      novalidate
    >
      ${csrfField(ctx)}
      <label for="invitation-email">${w.t('invitation.email')}</label>
      <input
        id="invitation-email"
        type="email"
        name="username"
        autocomplete="username"
        readonly
        value="${invitation.email ?? ''}"
      />
      <label for="password">${w.t('invitation.password')}</label>
      <p class="help" id="password-help">${w.t('invitation.passwordHelp')}</p>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="new-password"
        minlength="${MIN_PASSWORD}"
        maxlength="${options.maxPassword}"
        required
        aria-describedby="password-help${onPassword ? ' invitation-problem' : ''}"
        ${onPassword ? html`aria-invalid="true"` : ''}
      />
      <label for="confirm">${w.t('invitation.confirm')}</label>
      <input
        id="confirm"
        name="confirm"
        type="password"
        autocomplete="new-password"
        required
        ${
          problem === 'mismatch'
            ? html`aria-invalid="true" aria-describedby="invitation-problem"`
            : ''
        }
      />
      <button type="submit">${w.t('invitation.submit')}</button>
    </form>`;
}

function profileText(ctx: PageContext, id: string): string {
  const profile = getRoleProfile(ctx.portal.framework, id);
  return profile ? ctx.words.textPlain(profile.title) : id;
}

/** An invitation that cannot be used: expired, used, revoked or unknown. */
export function invitationGonePage(
  ctx: PageContext,
  why: 'expired' | 'used' | 'revoked' | 'unknown',
): Html {
  const { words: w } = ctx;
  const city = w.textPlain(ctx.portal.city.name);
  return html`<h1>
      ${w.t(why === 'unknown' ? 'invitation.unknown.title' : 'invitation.gone.title')}
    </h1>
    <p>${w.t(`invitation.${why}`, { city })}</p>
    <p><a href="${href(ctx, '/sign-in')}">${w.t('nav.signIn')}</a></p>`;
}

/** The outcome of checking a pasted city file. */
export type CityCheck =
  | { kind: 'ok' }
  | { kind: 'issues'; issues: readonly Issue[] }
  | { kind: 'malformed'; message: string; line?: number; column?: number }
  | { kind: 'empty' }
  | { kind: 'too-large' };

function names(ctx: PageContext, caption: MessageKey, text: LocalizedText): Html {
  const { words: w } = ctx;
  return html`<table>
    <caption>
      ${w.t(caption)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${w.t('admin.city.language')}</th>
        <th scope="col">${w.t('admin.city.name')}</th>
      </tr>
    </thead>
    <tbody>
      ${Object.entries(text).map(
        ([lang, value]) =>
          html`<tr>
            <th scope="row"><code>${lang}</code></th>
            <td lang="${lang}">${value}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function checkResult(ctx: PageContext, check: CityCheck): Html {
  const { words: w } = ctx;
  const kb = MAX_CITY_FILE / 1024;
  const body = (() => {
    switch (check.kind) {
      case 'ok':
        return html`<p role="status">${w.t('admin.check.ok')}</p>
          <p>${w.t('admin.check.okNote')}</p>`;
      case 'empty':
        return html`<p class="error" role="alert" id="check-problem">
          ${w.t('admin.check.empty')}
        </p>`;
      case 'too-large':
        return html`<p class="error" role="alert" id="check-problem">
          ${w.t('admin.check.tooLarge', { kb })}
        </p>`;
      case 'malformed':
        return html`<p class="error" role="alert" id="check-problem">
          ${w.t('admin.check.malformed', { message: check.message })}
          ${
            check.line !== undefined && check.column !== undefined
              ? w.t('admin.check.at', { line: check.line, column: check.column })
              : ''
          }
        </p>`;
      case 'issues':
        return html`<p class="error" role="alert" id="check-problem">
            ${w.t('admin.check.issues', { n: w.number(check.issues.length) })}
          </p>
          <table>
            <caption>
              ${w.t('admin.check.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('admin.check.path')}</th>
                <th scope="col">${w.t('admin.check.message')}</th>
              </tr>
            </thead>
            <tbody>
              ${check.issues.map(
                (issue) =>
                  html`<tr>
                    <th scope="row">
                      ${issue.path ? html`<code>${issue.path}</code>` : w.t('admin.check.root')}
                    </th>
                    <td lang="en">${issue.message}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`;
    }
  })();
  return html`<section aria-labelledby="check-result-title">
    <h3 id="check-result-title">${w.t('admin.check.result')}</h3>
    ${body}
  </section>`;
}

/** The city's configuration as the portal loaded it, and the checker for city files. */
export function cityPage(ctx: PageContext, options: { text?: string; check?: CityCheck }): Html {
  const { words: w, portal } = ctx;
  const { city } = portal;
  const kb = MAX_CITY_FILE / 1024;
  const version = (v: { version: string } | { path: string }) =>
    'version' in v ? v.version : w.plain('admin.city.cityFile');
  const idOf = (v: { id: string } | { path: string }) => ('id' in v ? v.id : v.path);
  const documents: [Html, string, string, string][] = [
    [
      w.t('admin.city.framework'),
      city.framework.id,
      city.framework.version,
      portal.framework.version,
    ],
    ...city.instruments.map((ref): [Html, string, string, string] => [
      w.t('admin.city.instrument', { purpose: ref.purpose }),
      ref.id,
      ref.version,
      portal.instruments.find((i) => i.instrument.id === ref.id)?.instrument.version ?? '',
    ]),
    [
      w.t('admin.city.catalogue'),
      idOf(city.catalogue),
      version(city.catalogue),
      portal.catalogue.version,
    ],
    // The programme is the city's own file (`programme.path`), with no version of its own.
    ...(portal.programme
      ? [
          [
            w.t('admin.city.programme'),
            portal.programme.id,
            city.programme?.path ?? '',
            w.plain('admin.city.cityFile'),
          ] as [Html, string, string, string],
        ]
      : []),
  ];
  const problem = options.check !== undefined && options.check.kind !== 'ok';
  return html`<h1>${w.t('admin.city.title')}</h1>
    <p class="lead">${w.t('admin.city.lead')}</p>
    <section aria-labelledby="city-general">
      <h2 id="city-general">${w.t('admin.city.general')}</h2>
      <dl class="facts">
        <dt>${w.t('admin.city.id')}</dt>
        <dd><code>${city.id}</code></dd>
        <dt>${w.t('admin.city.country')}</dt>
        <dd>${city.country}</dd>
        <dt>${w.t('admin.city.languages')}</dt>
        <dd>${city.languages.join(', ')}</dd>
        <dt>${w.t('admin.city.defaultLanguage')}</dt>
        <dd>${city.defaultLanguage}</dd>
        <dt>${w.t('admin.city.timezone')}</dt>
        <dd>${city.timezone}</dd>
        <dt>${w.t('admin.city.demo')}</dt>
        <dd>${w.t(city.demo ? 'admin.city.yes' : 'admin.city.no')}</dd>
        <dt>${w.t('admin.city.anonymity')}</dt>
        <dd>${w.t('admin.city.anonymityValue', { k: city.anonymity.minGroupSize })}</dd>
        <dt>${w.t('admin.city.roleProfiles')}</dt>
        <dd>
          <ul>
            ${city.roleProfiles.map(
              (id) => html`<li>${profileName(ctx, id)} (<code>${id}</code>)</li>`,
            )}
          </ul>
        </dd>
      </dl>
      ${names(ctx, 'admin.city.names', city.name)}
    </section>
    <section aria-labelledby="city-documents">
      <h2 id="city-documents">${w.t('admin.city.documents')}</h2>
      <table>
        <caption>
          ${w.t('admin.city.documents.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${w.t('admin.city.document')}</th>
            <th scope="col">${w.t('admin.city.documentId')}</th>
            <th scope="col">${w.t('admin.city.requested')}</th>
            <th scope="col">${w.t('admin.city.loaded')}</th>
          </tr>
        </thead>
        <tbody>
          ${documents.map(
            ([what, id, requested, loaded]) =>
              html`<tr>
                <th scope="row">${what}</th>
                <td><code>${id}</code></td>
                <td>${requested}</td>
                <td>${loaded}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>
    <section aria-labelledby="city-contact">
      <h2 id="city-contact">${w.t('admin.city.contact')}</h2>
      <dl class="facts">
        <dt>${w.t('admin.city.organisation')}</dt>
        <dd>${w.text(city.contact.organisation)}</dd>
        <dt>${w.t('admin.city.email')}</dt>
        <dd>${city.contact.email}</dd>
        <dt>${w.t('admin.city.address')}</dt>
        <dd>${w.text(city.contact.address)}</dd>
      </dl>
      <h3>${w.t('admin.city.controller')}</h3>
      <dl class="facts">
        <dt>${w.t('admin.city.organisation')}</dt>
        <dd>${w.text(city.dataProtection.controller.name)}</dd>
        <dt>${w.t('admin.city.email')}</dt>
        <dd>${city.dataProtection.controller.email}</dd>
        <dt>${w.t('admin.city.address')}</dt>
        <dd>${w.text(city.dataProtection.controller.address)}</dd>
      </dl>
    </section>
    <section aria-labelledby="city-check" id="check">
      <h2 id="city-check">${w.t('admin.check.title')}</h2>
      <p>${w.t('admin.check.lead')}</p>
      <form method="post" action="${href(ctx, '/admin/city/check')}#check" class="stack wide">
        ${csrfField(ctx)}
        <label for="city-file">${w.t('admin.check.file', { kb })}</label>
        <textarea
          id="city-file"
          name="city"
          rows="16"
          spellcheck="false"
          ${problem ? html`aria-invalid="true" aria-describedby="check-problem"` : ''}
        >
${options.text ?? ''}</textarea>
        <button type="submit">${w.t('admin.check.submit')}</button>
      </form>
      ${options.check ? checkResult(ctx, options.check) : ''}
    </section>`;
}
