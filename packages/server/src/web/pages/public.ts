import { competencesByDomain, getCompetence, getLevel } from '@competence-kit/model/read';
import type { Module, ProgrammeSession } from '@competence-kit/schemas';
import { html, jsonScript, safeHref, type Html } from '../html.js';
import { COORDINATING, href, type PageContext } from '../page.js';

/** The city's landing page: what the portal is, the way in for each audience, the contact. */
export function homePage(ctx: PageContext): Html {
  const { words: w, portal } = ctx;
  const { city, framework, catalogue } = portal;
  const contact = city.contact;
  return html`<h1>${w.t('home.title')}</h1>
    <p class="lead">${w.t('home.lead', { city: w.textPlain(city.name) })}</p>
    <ul class="cards">
      <li class="card">
        <h2><a href="${href(ctx, '/framework')}">${w.t('home.framework.title')}</a></h2>
        <p>
          ${w.t('home.framework.text', {
            count: framework.competences.length,
            domains: framework.domains.length,
          })}
        </p>
      </li>
      <li class="card">
        <h2><a href="${href(ctx, '/catalogue')}">${w.t('home.catalogue.title')}</a></h2>
        <p>${w.t('home.catalogue.text', { count: catalogue.modules.length })}</p>
      </li>
      <li class="card">
        <h2><a href="${href(ctx, '/together')}">${w.t('together.home.title')}</a></h2>
        <p>${w.t('together.home.text')}</p>
      </li>
      <li class="card">
        <h2>
          <a href="${href(ctx, ctx.viewer ? '/profile' : '/sign-in')}"
            >${w.t('home.staff.title')}</a
          >
        </h2>
        <p>
          ${ctx.viewer ? w.t('home.staff.signedIn', { email: ctx.viewer.email }) : w.t('home.staff.text')}
        </p>
      </li>
    </ul>
    <section aria-labelledby="contact">
      <h2 id="contact">${w.t('home.contact')}</h2>
      <address>
        ${w.text(contact.organisation)}<br />
        ${lines(w.textPlain(contact.address))}
        <a href="mailto:${contact.email}">${contact.email}</a>
        ${contact.phone ? html`<br /><a href="tel:${contact.phone.replace(/[^+\d]/g, '')}">${contact.phone}</a>` : ''}
      </address>
      ${contact.hours ? html`<p>${w.text(contact.hours)}</p>` : ''}
    </section>`;
}

/** An address's lines, each followed by a line break. */
function lines(text: string): Html {
  return html`${text
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim())
    .map((l) => html`${l}<br />`)}`;
}

/**
 * The framework: every domain and competence with its level descriptors as plain HTML (read
 * before any script runs, and by search engines), which `<ck-framework-browser>` replaces with
 * search, filters and the side-by-side comparison once its script has loaded.
 */
export function frameworkPage(ctx: PageContext): Html {
  const { words: w, portal } = ctx;
  const { framework } = portal;
  const levels = framework.scale.levels;
  const content = framework.domains.map(
    (domain) =>
      html`<section aria-labelledby="domain-${domain.id}">
        <h2 id="domain-${domain.id}">${w.text(domain.title)}</h2>
        ${competencesByDomain(framework, domain.id).map(
          (c) =>
            html`<article aria-labelledby="competence-${c.id}">
              <h3 id="competence-${c.id}">${w.text(c.title)}</h3>
              ${c.description ? html`<p>${w.text(c.description)}</p>` : ''}
              <dl>
                ${levels.map((l) =>
                  c.descriptors[l.id]
                    ? html`<dt>${w.text(l.title)}</dt>
                        <dd>${w.text(c.descriptors[l.id])}</dd>`
                    : '',
                )}
              </dl>
            </article>`,
        )}
      </section>`,
  );
  return html`<h1>${w.t('framework.title')}</h1>
    <p class="lead">${w.t('framework.lead')}</p>
    ${
      ctx.viewer && COORDINATING.has(ctx.viewer.role)
        ? html`<p><a href="${href(ctx, '/framework/downloads')}">${w.t('interop.link')}</a></p>`
        : ''
    }
    ${jsonScript('ck-framework', framework)}
    <ck-framework-browser lang="${w.lang}" sync-url>
      <div class="fallback">${content}</div>
    </ck-framework-browser>`;
}

function sessionsOf(ctx: PageContext, module: Module): ProgrammeSession[] {
  return (ctx.portal.programme?.sessions ?? []).filter((s) => s.module === module.id);
}

/** A session's dates, first to last, the language's way. */
export function sessionDates(ctx: PageContext, session: ProgrammeSession): string {
  const first = session.dates[0]!;
  const last = session.dates[session.dates.length - 1]!;
  return first === last
    ? ctx.words.date(first)
    : ctx.words.plain('catalogue.session', {
        start: ctx.words.date(first),
        end: ctx.words.date(last),
      });
}

/** The training catalogue: each module with its format, hours, languages, what it develops and its dates. */
export function cataloguePage(ctx: PageContext): Html {
  const { words: w, portal } = ctx;
  const { catalogue, framework } = portal;
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const languages = new Intl.DisplayNames([w.lang], { type: 'language' });
  const languageName = (tag: string) => languages.of(tag) ?? tag;
  return html`<h1>${w.t('catalogue.title')}</h1>
    <p class="lead">${w.t('catalogue.lead')}</p>
    ${catalogue.modules.map((m) => {
      const sessions = sessionsOf(ctx, m);
      return html`<article class="module" aria-labelledby="module-${m.id}">
        <h2 id="module-${m.id}">${w.text(m.title)}</h2>
        <p>${w.text(m.description)}</p>
        <dl class="facts">
          <dt>${w.t('catalogue.format')}</dt>
          <dd>${w.t(`format.${m.format}`)}</dd>
          <dt>${w.t('catalogue.hours')}</dt>
          <dd>${w.number(m.hours)}</dd>
          <dt>${w.t('catalogue.languages')}</dt>
          <dd>${m.languages.map(languageName).join(', ')}</dd>
          <dt>${w.t('catalogue.develops')}</dt>
          <dd>
            <ul>
              ${m.competences.map((c) => {
                const competence = getCompetence(framework, c.competence);
                const level = getLevel(framework, c.upTo);
                return html`<li>
                  ${w.t('catalogue.upTo', {
                    competence: competence ? w.textPlain(competence.title) : c.competence,
                    level: level ? w.textPlain(level.title) : c.upTo,
                  })}
                </li>`;
              })}
            </ul>
          </dd>
          ${
            m.prerequisites?.length
              ? html`<dt>${w.t('catalogue.prerequisites')}</dt>
                  <dd>
                    ${m.prerequisites.map((p, i) => {
                      const pre = byId.get(p);
                      return html`${i > 0 ? ', ' : ''}<a href="#module-${p}"
                          >${pre ? w.textPlain(pre.title) : p}</a
                        >`;
                    })}
                  </dd>`
              : ''
          }
          <dt>${w.t('catalogue.sessions')}</dt>
          <dd>
            ${
              sessions.length === 0
                ? w.t('catalogue.noSessions')
                : html`<ul>
                    ${sessions.map(
                      (s) => html`<li>${sessionDates(ctx, s)} · ${languageName(s.language)}</li>`,
                    )}
                  </ul>`
            }
          </dd>
        </dl>
      </article>`;
    })}`;
}

/** The city's data-protection notice (GDPR Art. 13), from its file. */
export function privacyPage(ctx: PageContext): Html {
  const { words: w, portal } = ctx;
  const notice = portal.city.dataProtection;
  return html`<h1>${w.t('privacy.title')}</h1>
    <p>${w.t('privacy.updated', { date: w.date(notice.updated) })}</p>
    <h2>${w.t('privacy.controller')}</h2>
    <address>
      ${w.text(notice.controller.name)}<br />
      ${lines(w.textPlain(notice.controller.address))}
      <a href="mailto:${notice.controller.email}">${notice.controller.email}</a>
    </address>
    <h2>${w.t('privacy.officer')}</h2>
    <address>
      ${notice.officer.address ? lines(w.textPlain(notice.officer.address)) : ''}
      <a href="mailto:${notice.officer.email}">${notice.officer.email}</a>
    </address>
    <h2>${w.t('privacy.purposes')}</h2>
    ${notice.purposes.map(
      (p) =>
        html`<section aria-labelledby="purpose-${p.id}">
          <h3 id="purpose-${p.id}">${w.text(p.description)}</h3>
          <dl>
            <dt>${w.t('privacy.data')}</dt>
            <dd>${w.text(p.data)}</dd>
            <dt>${w.t('privacy.legalBasis')}</dt>
            <dd>
              ${w.t(`legalBasis.${p.legalBasis}`)}${p.legalBasisDetail ? html`: ${w.text(p.legalBasisDetail)}` : ''}
            </dd>
            <dt>${w.t('privacy.retention')}</dt>
            <dd>${w.text(p.retention)}</dd>
          </dl>
        </section>`,
    )}
    ${
      notice.recipients
        ? html`<h2>${w.t('privacy.recipients')}</h2>
            <p>${w.text(notice.recipients)}</p>`
        : ''
    }
    <h2>${w.t('privacy.rights')}</h2>
    <p>${w.text(notice.rights)}</p>
    <h2>${w.t('privacy.authority')}</h2>
    <p>
      ${
        notice.supervisoryAuthority.url
          ? html`<a href="${safeHref(notice.supervisoryAuthority.url)}"
              >${w.text(notice.supervisoryAuthority.name)}</a
            >`
          : w.text(notice.supervisoryAuthority.name)
      }
    </p>`;
}
