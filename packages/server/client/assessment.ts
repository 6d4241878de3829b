// The self-assessment page: <ck-questionnaire> with its draft kept on the server, so that a
// person can stop on one device and continue on another.
import '@competence-kit/elements/define/questionnaire';
import type { Instrument } from '@competence-kit/schemas';
import type {} from '@competence-kit/elements';
import { csrfToken, pageData, sendJson } from './data.js';
import { postSubmission } from './submit.js';

interface AssessmentData {
  instrument: Instrument;
  draft?: unknown;
  draftUrl: string;
  submitUrl: string;
  profileUrl: string;
}

const data = pageData<AssessmentData>('ck-assessment');
const questionnaire = document.querySelector('ck-questionnaire');
const status = document.getElementById('save-status');
const message = (id: string) => document.getElementById(id)?.textContent ?? '';

if (data && questionnaire) {
  questionnaire.instrument = data.instrument;
  if (data.draft) questionnaire.draft = data.draft as typeof questionnaire.draft;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: unknown;
  let saving = Promise.resolve();
  const save = () => {
    const draft = latest;
    saving = saving
      .then(() => sendJson(data.draftUrl, 'PUT', { draft }))
      .then(() => {
        if (status) status.textContent = message('msg-saved');
      })
      .catch(() => {
        if (status) status.textContent = message('msg-save-failed');
      });
  };
  questionnaire.addEventListener('ck-draft-change', (event) => {
    latest = event.detail.draft;
    clearTimeout(timer);
    timer = setTimeout(save, 600);
  });
  questionnaire.addEventListener('ck-submit', (event) => {
    clearTimeout(timer);
    // One submission, one Idempotency-Key (drawn by postSubmission): its retries after a
    // network error or a server error cannot store the response twice.
    void saving
      .then(() => postSubmission(data.submitUrl, event.detail.response, { csrfToken: csrfToken() }))
      .then((response) => {
        if (!response.ok) throw new Error(`POST ${data.submitUrl}: ${response.status}`);
        location.assign(data.profileUrl);
      })
      .catch(() => {
        if (status) status.textContent = message('msg-save-failed');
      });
  });
}
