import type { Catalogue, City, Framework, Instrument, Programme } from '@competence-kit/schemas';
import { html, type Html } from './html.js';
import type { Words } from './i18n.js';
import type { MessageKey } from './messages/catalogue.js';

/** A city with every document its file refers to, loaded and checked. */
export interface PortalCity {
  /** The city's file, parsed. */
  city: City;
  /** The framework with the city's extension applied. */
  framework: Framework;
  /** The instruments in use, with what each is for. */
  instruments: readonly { purpose: string; instrument: Instrument }[];
  catalogue: Catalogue;
  programme?: Programme | undefined;
}

/** Who is signed in, as the pages need it. */
export interface Viewer {
  email: string;
  role: string;
}

/** What every page of one request knows. */
export interface PageContext {
  portal: PortalCity;
  words: Words;
  /** The path the city is mounted at, without a trailing slash ('' at the root). */
  base: string;
  /** The request's path below `base`, such as `/framework`. */
  path: string;
  viewer?: Viewer | undefined;
  /** The token every form of the page sends back (CSRF protection). */
  csrf: string;
  /** The page's scripts and styles from the client build. */
  assets: PageAssets;
  /** A short message after an action (signed out, enrolled …). */
  flash?: MessageKey | undefined;
  /** The path of the portal's list of cities, when the server hosts more than one. */
  portalHome?: string | undefined;
}

/** The built files one page loads. */
export interface PageAssets {
  scripts: readonly string[];
  styles: readonly string[];
}

/** A link within the city, keeping nothing of the current query. */
export function href(ctx: PageContext, path: string): string {
  return `${ctx.base}${path}`;
}

/** The roles that see the city's results workspace. */
export const COORDINATING: ReadonlySet<string> = new Set(['coordinator', 'admin']);
/** The roles that see the city's administration (the audit log). */
export const ADMINS: ReadonlySet<string> = new Set(['admin']);

const staffLinks: [string, MessageKey][] = [
  ['/assessment', 'nav.assessment'],
  ['/profile', 'nav.profile'],
  ['/feedback', 'nav.feedback'],
  ['/credentials', 'credentials.nav'],
  ['/account', 'nav.account'],
];

function nav(ctx: PageContext): Html {
  const { words: w } = ctx;
  const links: [string, MessageKey][] = [
    ['/', 'nav.home'],
    ['/framework', 'nav.framework'],
    ['/catalogue', 'nav.catalogue'],
    ['/together', 'together.nav'],
    ...(ctx.viewer ? staffLinks : []),
    ...(ctx.viewer && COORDINATING.has(ctx.viewer.role)
      ? ([
          ['/needs', 'nav.needs'],
          ['/programme', 'programme.nav'],
          ['/results', 'nav.results'],
          ['/evaluation', 'nav.evaluation'],
          ['/events', 'events.list.title'],
        ] as [string, MessageKey][])
      : []),
    // The network and its action plan: coordinators, and the representatives of its members.
    ...(ctx.viewer &&
    (COORDINATING.has(ctx.viewer.role) || ctx.viewer.role === 'stakeholder-representative')
      ? ([
          ['/network', 'network.nav'],
          ['/action-plan', 'actionPlan.nav'],
        ] as [string, MessageKey][])
      : []),
    ...(ctx.viewer && ADMINS.has(ctx.viewer.role)
      ? ([
          ['/admin/people', 'nav.people'],
          ['/admin/city', 'nav.city'],
          ['/admin/audit', 'nav.audit'],
        ] as [string, MessageKey][])
      : []),
  ];
  return html`<nav aria-label="${w.plain('nav.main')}" class="site-nav">
    <ul>
      ${links.map(
        ([path, key]) =>
          html`<li>
            <a href="${href(ctx, path)}" ${ctx.path === path ? html`aria-current="page"` : ''}
              >${w.t(key)}</a
            >
          </li>`,
      )}
    </ul>
    ${
      ctx.viewer
        ? html`<form method="post" action="${href(ctx, '/sign-out')}" class="inline">
            <input type="hidden" name="_csrf" value="${ctx.csrf}" />
            <button type="submit" class="link">${w.t('nav.signOut')}</button>
          </form>`
        : html`<a href="${href(ctx, '/sign-in')}" class="sign-in">${w.t('nav.signIn')}</a>`
    }
  </nav>`;
}

/** The language switch: one link per language of the city, each in its own language. */
function languageSwitch(ctx: PageContext, names: Record<string, string>): Html {
  const { words: w } = ctx;
  const path = href(ctx, ctx.path);
  return html`<nav aria-label="${w.plain('nav.language')}" class="languages">
    <ul>
      ${ctx.portal.city.languages.map(
        (lang) =>
          html`<li>
            <a
              href="${path}?lang=${encodeURIComponent(lang)}"
              hreflang="${lang}"
              lang="${lang}"
              ${lang === w.lang ? html`aria-current="true"` : ''}
              >${names[lang] ?? lang}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/**
 * The page around a page's content: language and direction, the city's name and logo, the
 * skip link, the navigation, the language switch, the demo notice and the footer.
 */
export function layout(
  ctx: PageContext,
  title: string,
  main: Html,
  languageNames: Record<string, string>,
): Html {
  const { words: w, portal } = ctx;
  const { city } = portal;
  const cityName = w.textPlain(city.name);
  const logo = city.branding?.logo;
  return html`<!doctype html>
    <html lang="${w.lang}" dir="${w.dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${cityName}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="${href(ctx, '/theme.css')}" />
        ${ctx.assets.styles.map((s) => html`<link rel="stylesheet" href="${s}" />`)}
        ${ctx.assets.scripts.map((s) => html`<script type="module" src="${s}"></script>`)}
      </head>
      <body>
        <a class="skip" href="#main">${w.t('nav.skip')}</a>
        <header class="site-header">
          <a class="brand" href="${href(ctx, '/')}">
            ${
              logo
                ? html`<img
                    src="${/^https:/.test(logo.src) ? logo.src : href(ctx, `/${logo.src}`)}"
                    alt="${w.textPlain(logo.alt)}"
                    ${logo.width ? html`width="${logo.width}"` : ''}
                    ${logo.height ? html`height="${logo.height}"` : ''}
                  />`
                : ''
            }
            <span>${w.text(city.name)}</span>
          </a>
          ${languageSwitch(ctx, languageNames)} ${nav(ctx)}
        </header>
        ${city.demo ? html`<p class="demo" role="note">${w.t('demo.notice')}</p>` : ''}
        ${ctx.flash ? html`<p class="flash" role="status">${w.t(ctx.flash)}</p>` : ''}
        <main id="main" tabindex="-1">${main}</main>
        <footer class="site-footer">
          <ul>
            <li><a href="${href(ctx, '/privacy')}">${w.t('nav.privacy')}</a></li>
            ${ctx.portalHome ? html`<li><a href="${ctx.portalHome}">${w.t('nav.portal')}</a></li>` : ''}
            <li>
              ${w.text(city.contact.organisation)} ·
              <a href="mailto:${city.contact.email}">${city.contact.email}</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>`;
}
