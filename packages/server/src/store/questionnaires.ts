import { randomBytes } from 'node:crypto';
import type { JsonValue } from './database.js';
import { toJsonText, type RepositoryContext } from './shared.js';

/** A city's opening of a questionnaire for people without an account. */
export interface StoredQuestionnaire {
  /** Public and unguessable (16 random bytes, base64url): the respondents' link names it. */
  questionnaireId: string;
  instrumentId: string;
  instrumentVersion: string;
  title: string;
  languages: string[];
  /** Calendar days (YYYY-MM-DD) in the city's time zone, both included. */
  opensOn: string;
  closesOn: string;
  /** When it was closed before `closesOn`, if it was. */
  closedAt: Date | null;
  createdAt: Date;
}

/** An anonymous answer as stored: nothing in it names a person, an address or a browser. */
export interface StoredQuestionnaireAnswer {
  answerId: string;
  /** The `response` document, with a random respondent id and the day only. */
  response: JsonValue;
  /** The day (YYYY-MM-DD). */
  submittedAt: string;
  mode: 'self' | 'assisted';
  language: string;
}

/** A new opening's fields. */
export interface NewQuestionnaire {
  instrumentId: string;
  instrumentVersion: string;
  title: string;
  languages: readonly string[];
  opensOn: string;
  closesOn: string;
}

/** A new answer's fields (the id is drawn here). */
export interface NewQuestionnaireAnswer {
  response: unknown;
  submittedAt: string;
  mode: 'self' | 'assisted';
  language: string;
}

/** A random public id: 16 bytes, base64url (22 characters). */
export const newPublicId = () => randomBytes(16).toString('base64url');

const toStored = (row: {
  questionnaire_id: string;
  instrument_id: string;
  instrument_version: string;
  title: string;
  languages: JsonValue;
  opens_on: string;
  closes_on: string;
  closed_at: Date | null;
  created_at: Date;
}): StoredQuestionnaire => ({
  questionnaireId: row.questionnaire_id,
  instrumentId: row.instrument_id,
  instrumentVersion: row.instrument_version,
  title: row.title,
  languages: Array.isArray(row.languages) ? row.languages.map(String) : [],
  opensOn: row.opens_on,
  closesOn: row.closes_on,
  closedAt: row.closed_at,
  createdAt: row.created_at,
});

const COLUMNS = [
  'questionnaire_id',
  'instrument_id',
  'instrument_version',
  'title',
  'languages',
  'opens_on',
  'closes_on',
  'closed_at',
  'created_at',
] as const;

/**
 * Questionnaire openings and their anonymous answers. The answers are only ever counted here,
 * or listed whole for a needs review's import: there is no lookup of one answer, and nothing
 * to look one up by.
 */
export function questionnairesRepository({ db, now }: RepositoryContext) {
  return {
    /** Opens a questionnaire under a new random public id. */
    async open(cityId: string, fields: NewQuestionnaire): Promise<StoredQuestionnaire> {
      const row = await db
        .insertInto('questionnaires')
        .values({
          city_id: cityId,
          questionnaire_id: newPublicId(),
          instrument_id: fields.instrumentId,
          instrument_version: fields.instrumentVersion,
          title: fields.title,
          languages: toJsonText(fields.languages, 'The languages'),
          opens_on: fields.opensOn,
          closes_on: fields.closesOn,
          closed_at: null,
          created_at: now(),
        })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
      return toStored(row);
    },

    async get(cityId: string, questionnaireId: string): Promise<StoredQuestionnaire | undefined> {
      const row = await db
        .selectFrom('questionnaires')
        .select(COLUMNS)
        .where('city_id', '=', cityId)
        .where('questionnaire_id', '=', questionnaireId)
        .executeTakeFirst();
      return row && toStored(row);
    },

    /** The city's openings, newest first, each with its number of answers. */
    async list(cityId: string): Promise<(StoredQuestionnaire & { answers: number })[]> {
      const rows = await db
        .selectFrom('questionnaires as q')
        .leftJoin('questionnaire_answers as a', (join) =>
          join
            .onRef('a.city_id', '=', 'q.city_id')
            .onRef('a.questionnaire_id', '=', 'q.questionnaire_id'),
        )
        .select(COLUMNS.map((c) => `q.${c}` as const))
        .select((eb) => eb.fn.count<string>('a.answer_id').as('answers'))
        .where('q.city_id', '=', cityId)
        .groupBy(COLUMNS.map((c) => `q.${c}` as const))
        .orderBy('q.created_at', 'desc')
        .orderBy('q.questionnaire_id')
        .execute();
      return rows.map((r) => ({ ...toStored(r), answers: Number(r.answers) }));
    },

    /** Closes an opening now; false when it does not exist or was closed already. */
    async close(cityId: string, questionnaireId: string): Promise<boolean> {
      const result = await db
        .updateTable('questionnaires')
        .set({ closed_at: now() })
        .where('city_id', '=', cityId)
        .where('questionnaire_id', '=', questionnaireId)
        .where('closed_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Stores one anonymous answer under a new random id. */
    async addAnswer(
      cityId: string,
      questionnaireId: string,
      answer: NewQuestionnaireAnswer,
    ): Promise<void> {
      await db
        .insertInto('questionnaire_answers')
        .values({
          city_id: cityId,
          questionnaire_id: questionnaireId,
          answer_id: newPublicId(),
          response: toJsonText(answer.response, 'The response'),
          submitted_at: answer.submittedAt,
          mode: answer.mode,
          language: answer.language,
        })
        .execute();
    },

    async countAnswers(cityId: string, questionnaireId: string): Promise<number> {
      const row = await db
        .selectFrom('questionnaire_answers')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('city_id', '=', cityId)
        .where('questionnaire_id', '=', questionnaireId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Every answer of an opening, in no meaningful order (by random id). */
    async listAnswers(
      cityId: string,
      questionnaireId: string,
    ): Promise<StoredQuestionnaireAnswer[]> {
      const rows = await db
        .selectFrom('questionnaire_answers')
        .select(['answer_id', 'response', 'submitted_at', 'mode', 'language'])
        .where('city_id', '=', cityId)
        .where('questionnaire_id', '=', questionnaireId)
        .orderBy('answer_id')
        .execute();
      return rows.map((r) => ({
        answerId: r.answer_id,
        response: r.response,
        submittedAt: r.submitted_at,
        mode: r.mode,
        language: r.language,
      }));
    },
  };
}
