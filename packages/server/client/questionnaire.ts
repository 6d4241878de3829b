// A questionnaire for people without an account (and its assisted entry by coordinators):
// <ck-questionnaire> in the page's language; the response goes to the server as JSON with the
// page's CSRF token, then the browser moves on to the page the server names. Errors are shown
// in the words the server sends, which are in the respondent's language.
import '@competence-kit/elements/define/questionnaire';
import type { Instrument } from '@competence-kit/schemas';
import type {} from '@competence-kit/elements';
import { csrfToken, pageData } from './data.js';
import { postSubmission } from './submit.js';

interface QuestionnaireData {
  instrument: Instrument;
  submitUrl: string;
}

const data = pageData<QuestionnaireData>('ck-questionnaire-page');
const questionnaire = document.querySelector('ck-questionnaire');
const status = document.getElementById('questionnaire-status');
const message = (id: string) => document.getElementById(id)?.textContent ?? '';
const say = (text: string) => {
  if (status) status.textContent = text;
};

/** The server's next page, or its message when it refused (after retries, for 5xx). */
async function send(url: string, body: unknown): Promise<{ next?: string; message?: string }> {
  // One submission, one Idempotency-Key: retried after a network or server error with the
  // same key, so the answers are stored once however many attempts arrive.
  const response = await postSubmission(url, body, { csrfToken: csrfToken() });
  const answer = (await response.json().catch(() => ({}))) as { next?: unknown; message?: unknown };
  if (response.ok && typeof answer.next === 'string') return { next: answer.next };
  return { message: typeof answer.message === 'string' ? answer.message : message('msg-failed') };
}

if (data && questionnaire) {
  questionnaire.instrument = data.instrument;
  let sending = false;
  questionnaire.addEventListener('ck-submit', (event) => {
    if (sending) return;
    sending = true;
    say(message('msg-sending'));
    void send(data.submitUrl, event.detail.response)
      .then((result) => {
        if (result.next) location.assign(result.next);
        else say(result.message ?? message('msg-failed'));
      })
      .catch(() => say(message('msg-failed')))
      .finally(() => {
        sending = false;
      });
  });
}
