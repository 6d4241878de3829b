// The programme area's pages: a session with the people enrolled and their attendance.
import type { Module, ProgrammeSession } from '@competence-kit/schemas';
import { html, type Html } from '../html.js';
import { href, type PageContext } from '../page.js';
import { sessionDates } from './public.js';

/** A person enrolled in a session, with their recorded attendance. */
export interface AttendanceRow {
  accountId: string;
  email: string;
  attended: boolean;
}

/** A session, its enrolled people and the attendance form (coordinators). */
export function sessionPage(
  ctx: PageContext,
  session: ProgrammeSession,
  module: Module | undefined,
  people: readonly AttendanceRow[],
  error?: Html,
): Html {
  const w = ctx.words;
  return html`<h1>${w.t('programme.session.title')}</h1>
    <p>${module ? w.text(module.title) : session.module}: ${sessionDates(ctx, session)}</p>
    ${error ? html`<p class="error" role="alert" id="attendance-error">${error}</p>` : ''}
    ${
      people.length === 0
        ? html`<p>${w.t('programme.session.none')}</p>`
        : html`<form
            method="post"
            action="${href(ctx, `/programme/sessions/${session.id}/attendance`)}"
            ${error ? html`aria-describedby="attendance-error"` : ''}
          >
            <input type="hidden" name="_csrf" value="${ctx.csrf}" />
            <table>
              <caption>
                ${w.t('programme.session.people')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${w.t('programme.session.email')}</th>
                  <th scope="col">${w.t('programme.session.attended')}</th>
                </tr>
              </thead>
              <tbody>
                ${people.map(
                  (p, i) =>
                    html`<tr>
                      <th scope="row"><label for="att-${i}">${p.email}</label></th>
                      <td>
                        <input
                          type="checkbox"
                          id="att-${i}"
                          name="attended"
                          value="${p.accountId}"
                          ${p.attended ? html`checked` : ''}
                        />
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <button type="submit">${w.t('programme.session.save')}</button>
          </form>`
    }`;
}
