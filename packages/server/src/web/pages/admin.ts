import type { AuditAction, AuditEvent } from '../../store/index.js';
import { html, type Html } from '../html.js';
import type { MessageKey } from '../messages/catalogue.js';
import type { PageContext } from '../page.js';

const ACTIONS: Record<AuditAction, MessageKey> = {
  'signed-in': 'audit.action.signed-in',
  'sign-in-refused': 'audit.action.sign-in-refused',
  'signed-out': 'audit.action.signed-out',
  'release-published': 'audit.action.release-published',
  'release-refused': 'audit.action.release-refused',
  'data-exported': 'audit.action.data-exported',
  'account-deleted': 'audit.action.account-deleted',
  'needs-report-built': 'audit.action.needs-report-built',
  'needs-report-downloaded': 'audit.action.needs-report-downloaded',
  'wave-opened': 'audit.action.wave-opened',
  'feedback-published': 'audit.action.feedback-published',
  'role-changed': 'audit.action.role-changed',
  'invitation-created': 'audit.action.invitation-created',
  'invitation-accepted': 'audit.action.invitation-accepted',
  'invitation-revoked': 'audit.action.invitation-revoked',
  'questionnaire-opened': 'audit.action.questionnaire-opened',
  'questionnaire-closed': 'audit.action.questionnaire-closed',
  'answers-entered': 'audit.action.answers-entered',
  'programme-published': 'audit.action.programme-published',
  'credentials-issued': 'audit.action.credentials-issued',
  'network-changed': 'audit.action.network-changed',
  'action-plan-changed': 'audit.action.action-plan-changed',
  'testimonial-withdrawn': 'audit.action.testimonial-withdrawn',
  'event-attendance-recorded': 'audit.action.event-attendance-recorded',
};

/** The audit log of the city, newest first: who did what, when; no answers, no passwords. */
export function auditPage(ctx: PageContext, events: readonly AuditEvent[]): Html {
  const { words: w } = ctx;
  const when = new Intl.DateTimeFormat(w.lang, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: ctx.portal.city.timezone,
  });
  return html`<h1>${w.t('audit.title')}</h1>
    <p class="lead">${w.t('audit.lead')}</p>
    ${
      events.length === 0
        ? html`<p>${w.t('audit.none')}</p>`
        : html`<table>
            <caption>
              ${w.t('audit.caption', { n: w.number(events.length) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${w.t('audit.when')}</th>
                <th scope="col">${w.t('audit.who')}</th>
                <th scope="col">${w.t('audit.what')}</th>
                <th scope="col">${w.t('audit.subject')}</th>
              </tr>
            </thead>
            <tbody>
              ${events.map(
                (e) =>
                  html`<tr>
                    <td><time datetime="${e.at.toISOString()}">${when.format(e.at)}</time></td>
                    <td>
                      ${
                        e.actorEmail ??
                        (e.actorId ? w.t('audit.deletedAccount') : w.t('audit.nobody'))
                      }
                    </td>
                    <td>${w.t(ACTIONS[e.action])}</td>
                    <td>${e.subject ?? ''}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }`;
}
