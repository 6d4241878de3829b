// The questionnaires' rows of the role matrix. The coordinators' pages are for the city's
// coordinators and admins; the respondents' pages and their submission are for anyone, signed in
// or not, from any city (no account is needed). An opening with a known id exists before the
// rows (written straight into the store: real ids are random); what the routes do is tested in
// questionnaires.test.ts.
import { tcnQuestionnaire } from '@competence-kit/framework-intercultural';
import type { Answer, Response } from '@competence-kit/schemas';
import type { TestApp } from './app.js';
import { coordinating, everyone, type MatrixArea } from './matrix.js';

/** A complete response to the questionnaire for third-country nationals. */
export function tcnResponse(text = 'More interpreters, please.'): Response {
  return {
    instrument: { id: tcnQuestionnaire.id, version: tcnQuestionnaire.version },
    respondent: 'anonymous',
    phase: 'baseline',
    submittedAt: '2027-03-01T09:41:27Z',
    answers: tcnQuestionnaire.sections
      .flatMap((s) => s.items)
      .map((item): Answer => {
        if (item.type === 'likert') return { item: item.id, value: 2 };
        if (item.type === 'single-choice') return { item: item.id, value: item.options[0]!.id };
        if (item.type === 'free-text') return { item: item.id, value: text };
        return { item: item.id, skipped: true, reason: 'declined' };
      }),
  };
}

/** Twenty-two characters, as a real public id: an opening that is open for the whole test. */
const OPEN = 'matrixOpenQuestion0001';
/** Well formed, but no opening has it. */
const UNKNOWN = 'matrixNoneQuestion0002';

/** Writes an opening with a chosen id (open from yesterday to next year) into the store. */
export async function insertOpening(t: TestApp, cityId: string, id: string): Promise<void> {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await t.store.db
    .insertInto('questionnaires')
    .values({
      city_id: cityId,
      questionnaire_id: id,
      instrument_id: tcnQuestionnaire.id,
      instrument_version: tcnQuestionnaire.version,
      title: 'Matrix opening',
      languages: JSON.stringify(['de', 'en', 'ar']),
      opens_on: day(-1),
      closes_on: day(365),
      closed_at: null,
      created_at: new Date(),
    })
    .execute();
}

export const questionnairesMatrix: MatrixArea = {
  async setup(t) {
    await insertOpening(t, 'alpha-town', OPEN);
  },
  registered: {
    [`/needs/questionnaires/${UNKNOWN}/close`]: '/needs/questionnaires/:id/close',
    [`/needs/questionnaires/${OPEN}/poster`]: '/needs/questionnaires/:id/poster',
    [`/needs/questionnaires/${OPEN}/assisted`]: '/needs/questionnaires/:id/assisted',
    [`/needs/questionnaires/${OPEN}/assisted?form=en`]: '/needs/questionnaires/:id/assisted',
    [`/q/${OPEN}`]: '/q/:id',
    [`/q/${OPEN}/answer?lang=ar`]: '/q/:id/answer',
    [`/q/${OPEN}/thanks?lang=de`]: '/q/:id/thanks',
    [`/q/${OPEN}/responses?lang=en`]: '/q/:id/responses',
  },
  rows: [
    { method: 'GET', path: '/needs/questionnaires', ...coordinating(200) },
    {
      method: 'POST',
      path: '/needs/questionnaires',
      body: () => ({ form: {} }),
      ...coordinating(400),
    },
    {
      method: 'POST',
      path: `/needs/questionnaires/${UNKNOWN}/close`,
      body: () => ({ form: {} }),
      ...coordinating(404),
    },
    { method: 'GET', path: `/needs/questionnaires/${OPEN}/poster`, ...coordinating(200) },
    { method: 'GET', path: `/needs/questionnaires/${OPEN}/assisted`, ...coordinating(200) },
    {
      method: 'POST',
      path: `/needs/questionnaires/${OPEN}/assisted?form=en`,
      body: () => ({ json: tcnResponse() }),
      ...coordinating(201),
    },
    // No account needed: anyone gets the respondents' pages and may answer.
    { method: 'GET', path: `/q/${OPEN}`, ...everyone(200) },
    { method: 'GET', path: `/q/${OPEN}/answer?lang=ar`, ...everyone(200) },
    { method: 'GET', path: `/q/${OPEN}/thanks?lang=de`, ...everyone(200) },
    {
      method: 'POST',
      path: `/q/${OPEN}/responses?lang=en`,
      body: () => ({ json: tcnResponse() }),
      ...everyone(201),
    },
  ],
};
