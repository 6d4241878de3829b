import { html, toString } from '../html.js';
import { directionOf, negotiateLanguage, wordsFor, type LanguageRequest } from '../i18n.js';
import type { PortalCity } from '../page.js';

/**
 * The page of a server that hosts several cities: each city's name (in the visitor's language
 * when the city offers it) linking to its portal. Used at `/` by apps/portal.
 */
export function portalIndexPage(
  cities: readonly { path: string; portal: PortalCity }[],
  request: LanguageRequest,
  stylesheet?: string,
): string {
  const languages = [...new Set(cities.flatMap((c) => c.portal.city.languages))];
  const lang = negotiateLanguage(
    languages,
    languages.includes('en') ? 'en' : languages[0]!,
    request,
  );
  const w = wordsFor(lang, 'en');
  return toString(
    html`<!doctype html>
      <html lang="${lang}" dir="${directionOf(lang)}">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>${w.plain('portal.title')}</title>
          <link rel="icon" href="data:," />
          ${stylesheet ? html`<link rel="stylesheet" href="${stylesheet}" />` : ''}
        </head>
        <body>
          <main id="main">
            <h1>${w.t('portal.title')}</h1>
            <p class="lead">${w.t('portal.lead')}</p>
            <ul class="cards">
              ${cities.map(({ path, portal }) => {
                const cw = wordsFor(
                  portal.city.languages.includes(lang) ? lang : portal.city.defaultLanguage,
                  portal.city.defaultLanguage,
                );
                return html`<li class="card">
                  <h2>
                    <a href="${path}/" lang="${cw.lang}">${cw.textPlain(portal.city.name)}</a>
                  </h2>
                  ${portal.city.demo ? html`<p>${w.t('demo.notice')}</p>` : ''}
                </li>`;
              })}
            </ul>
          </main>
        </body>
      </html>`,
  );
}
