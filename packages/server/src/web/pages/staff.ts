import { getCompetence, getLevel, getRoleProfile } from '@competence-kit/model/read';
import type {
  Enrolment,
  Instrument,
  LearningPath,
  LocalizedText,
  Programme,
  ProgrammeSession,
  Result,
} from '@competence-kit/schemas';
import { html, jsonScript, type Html } from '../html.js';
import { href, type PageContext } from '../page.js';
import { sessionDates } from './public.js';

/** The sign-in form; `problem` is the message shown above it after a failed attempt. */
export function signInPage(
  ctx: PageContext,
  options: {
    email?: string;
    problem?: Html;
    next?: string;
    /** The city's identity provider, when it has one: a link to sign in there. */
    identityProvider?: { label?: LocalizedText | string } | undefined;
  },
): Html {
  const { words: w, portal } = ctx;
  const provider = options.identityProvider;
  return html`<h1>${w.t('signIn.title')}</h1>
    <p class="lead">${w.t('signIn.lead', { city: w.textPlain(portal.city.name) })}</p>
    ${options.problem ? html`<p class="error" role="alert" id="sign-in-problem">${options.problem}</p>` : ''}
    <form method="post" action="${href(ctx, '/sign-in')}" class="stack" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrf}" />
      ${options.next ? html`<input type="hidden" name="next" value="${options.next}" />` : ''}
      <label for="email">${w.t('signIn.email')}</label>
      <input
        id="email"
        name="email"
        type="email"
        autocomplete="username"
        required
        value="${options.email ?? ''}"
        ${options.problem ? html`aria-invalid="true" aria-describedby="sign-in-problem"` : ''}
      />
      <label for="password">${w.t('signIn.password')}</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
        ${options.problem ? html`aria-invalid="true" aria-describedby="sign-in-problem"` : ''}
      />
      <button type="submit">${w.t('signIn.submit')}</button>
    </form>
    ${provider ? oidcSignIn(ctx, provider.label, options.next) : ''}`;
}

/** The way to sign in through the city's identity provider (GET /sign-in/oidc). */
function oidcSignIn(ctx: PageContext, label: LocalizedText | string | undefined, next?: string) {
  const { words: w } = ctx;
  const name =
    typeof label === 'string' ? label : label ? w.textPlain(label) : w.plain('oidc.defaultLabel');
  const query = next ? `?next=${encodeURIComponent(next)}` : '';
  return html`<section class="stack" aria-labelledby="oidc-heading">
    <h2 id="oidc-heading">${w.t('oidc.heading')}</h2>
    <p>
      <a class="button" href="${href(ctx, '/sign-in/oidc')}${query}"
        >${w.t('oidc.signInWith', { label: name })}</a
      >
    </p>
  </section>`;
}

/** The self-assessment: the role (when the account has none yet) and the questionnaire. */
export function assessmentPage(
  ctx: PageContext,
  options: {
    instrument?: Instrument;
    draft?: unknown;
    roleProfile: string | null;
    respondent: string;
  },
): Html {
  const { words: w, portal } = ctx;
  if (!options.instrument)
    return html`<h1>${w.t('assessment.title')}</h1>
      <p>${w.t('assessment.none')}</p>`;
  const roles = portal.city.roleProfiles;
  return html`<h1>${w.t('assessment.title')}</h1>
    <p class="lead">${w.t('assessment.lead')}</p>
    <form method="post" action="${href(ctx, '/assessment/role')}" class="stack role">
      <input type="hidden" name="_csrf" value="${ctx.csrf}" />
      <label for="role">${w.t('assessment.role')}</label>
      <p class="help" id="role-help">${w.t('assessment.roleHelp')}</p>
      <select id="role" name="roleProfile" aria-describedby="role-help">
        ${roles.map((id) => {
          const role = getRoleProfile(portal.framework, id);
          return html`<option value="${id}" ${id === options.roleProfile ? html`selected` : ''}>
            ${role ? w.textPlain(role.title) : id}
          </option>`;
        })}
      </select>
      <button type="submit">${w.t('assessment.roleSave')}</button>
    </form>
    ${jsonScript('ck-assessment', {
      instrument: options.instrument,
      draft: options.draft,
      draftUrl: href(ctx, '/api/draft'),
      submitUrl: href(ctx, '/api/responses'),
      profileUrl: href(ctx, '/profile?done=submitted'),
    })}
    <p id="save-status" role="status" class="help"></p>
    <span hidden id="msg-saved">${w.plain('assessment.saved')}</span>
    <span hidden id="msg-save-failed">${w.plain('assessment.saveFailed')}</span>
    <ck-questionnaire
      lang="${w.lang}"
      respondent="${options.respondent}"
      territory="${portal.city.id}"
      phase="baseline"
      ${options.roleProfile ? html`role-profile="${options.roleProfile}"` : ''}
    >
      <p class="fallback">${w.t('assessment.noScript')}</p>
    </ck-questionnaire>`;
}

/** A programme session with its state for this person. */
export interface SessionOffer {
  session: ProgrammeSession;
  enrolled: boolean;
  free: number;
}

/** The profile: levels against the role's targets, the learning path and the person's sessions. */
export function profilePage(
  ctx: PageContext,
  options: {
    result?: Result;
    submittedAt?: string;
    path?: LearningPath;
    enrolments: Enrolment[];
    offers: SessionOffer[];
    /** The programme in force, whose sessions the learning path offers (default: the city file's). */
    programme?: Programme | undefined;
  },
): Html {
  const { words: w, portal } = ctx;
  const { framework } = portal;
  if (!options.result || !options.path)
    return html`<h1>${w.t('profile.title')}</h1>
      <p>${w.t('profile.none')}</p>
      <p><a class="button" href="${href(ctx, '/assessment')}">${w.t('profile.start')}</a></p>`;
  const result = options.result;
  const level = (id: string | null) => {
    const found = id ? getLevel(framework, id) : undefined;
    return found ? w.text(found.title) : w.t('profile.noLevel');
  };
  const modules = new Map(portal.catalogue.modules.map((m) => [m.id, m]));
  return html`<h1>${w.t('profile.title')}</h1>
    <p class="lead">${w.t('profile.lead', { date: w.date(options.submittedAt ?? '') })}</p>
    ${jsonScript('ck-profile', {
      framework,
      result,
      path: options.path,
      catalogue: portal.catalogue,
      programme: options.programme ?? portal.programme,
      enrolments: options.enrolments,
      enrolUrl: href(ctx, '/enrolments'),
      leaveUrl: href(ctx, '/enrolments/leave'),
    })}
    <ck-competence-radar lang="${w.lang}"></ck-competence-radar>
    <ck-competence-profile lang="${w.lang}" heading-level="3">
      <table class="fallback">
        <caption>
          ${w.t('profile.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${w.t('profile.competence')}</th>
            <th scope="col">${w.t('profile.level')}</th>
            <th scope="col">${w.t('profile.target')}</th>
          </tr>
        </thead>
        <tbody>
          ${result.competences.map((c) => {
            const competence = getCompetence(framework, c.competence);
            return html`<tr>
              <th scope="row">${competence ? w.text(competence.title) : c.competence}</th>
              <td>${level(c.level)}</td>
              <td>${c.target ? level(c.target) : ''}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </ck-competence-profile>
    <h2>${w.t('profile.path')}</h2>
    <ck-learning-path lang="${w.lang}" heading-level="3">
      <ol class="fallback">
        ${options.path.steps.map((s) => {
          const m = modules.get(s.module);
          return html`<li>${m ? w.text(m.title) : s.module} (${w.number(s.hours)} h)</li>`;
        })}
      </ol>
    </ck-learning-path>
    <h2>${w.t('profile.enrolments')}</h2>
    ${
      options.offers.length === 0
        ? html`<p>${w.t('profile.noEnrolments')}</p>`
        : html`<ul class="sessions">
            ${options.offers.map(({ session, enrolled, free }) => {
              const m = modules.get(session.module);
              return html`<li>
                <span
                  >${m ? w.text(m.title) : session.module}: ${sessionDates(ctx, session)}
                  (${w.t('catalogue.seats', { free, size: session.capacity })})</span
                >
                <form
                  method="post"
                  action="${href(ctx, enrolled ? '/enrolments/leave' : '/enrolments')}"
                  class="inline"
                >
                  <input type="hidden" name="_csrf" value="${ctx.csrf}" />
                  <input type="hidden" name="session" value="${session.id}" />
                  <button type="submit" ${!enrolled && free <= 0 ? html`disabled` : ''}>
                    ${enrolled ? w.t('profile.leave') : w.t('profile.enrol')}
                  </button>
                </form>
              </li>`;
            })}
          </ul>`
    }`;
}

/** The person's data: download it all, or delete the account. */
export function accountPage(ctx: PageContext, options: { problem?: boolean }): Html {
  const { words: w } = ctx;
  return html`<h1>${w.t('account.title')}</h1>
    <p class="lead">${w.t('account.lead')}</p>
    <p>
      <a class="button" href="${href(ctx, '/account/export')}" download>${w.t('account.export')}</a>
    </p>
    <p class="help">${w.t('account.exportHelp')}</p>
    <h2>${w.t('account.delete')}</h2>
    <p>${w.t('account.deleteHelp')}</p>
    <form method="post" action="${href(ctx, '/account/delete')}" class="stack">
      <input type="hidden" name="_csrf" value="${ctx.csrf}" />
      ${options.problem ? html`<p class="error" role="alert" id="confirm-problem">${w.t('account.confirmRequired')}</p>` : ''}
      <label class="check">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          required
          ${options.problem ? html`aria-invalid="true" aria-describedby="confirm-problem"` : ''}
        />
        ${w.t('account.confirm')}
      </label>
      <button type="submit" class="danger">${w.t('account.delete')}</button>
    </form>`;
}
