import { sql, type Kysely } from 'kysely';

/**
 * Questionnaires for people without an account (a needs review asks migrants and other
 * residents): `questionnaires` are a city's openings of a needs-analysis instrument (a public id
 * that cannot be guessed, a title, a period, the languages offered); `questionnaire_answers`
 * are the answers given, anonymous by construction: a random answer id, the response with a
 * random respondent id, the day only (no time of day), how it was given (`self` by the
 * respondent, `assisted` when staff typed in a paper form) and the language. No address, no
 * browser, no account: the table has no column that could hold one. `city_id` first in every
 * primary key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('questionnaires')
    .addColumn('city_id', 'text', (c) => c.notNull().references('cities.city_id'))
    .addColumn('questionnaire_id', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('languages', 'jsonb', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) =>
      c.notNull().check(sql`opens_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`),
    )
    .addColumn('closes_on', 'text', (c) =>
      c.notNull().check(sql`closes_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`),
    )
    .addColumn('closed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('questionnaires_pkey', ['city_id', 'questionnaire_id'])
    .addCheckConstraint('questionnaires_period_check', sql`opens_on <= closes_on`)
    .execute();
  await db.schema
    .createTable('questionnaire_answers')
    .addColumn('city_id', 'text', (c) => c.notNull())
    .addColumn('questionnaire_id', 'text', (c) => c.notNull())
    .addColumn('answer_id', 'text', (c) => c.notNull())
    .addColumn('response', 'jsonb', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) =>
      c.notNull().check(sql`submitted_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`),
    )
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('self', 'assisted')`))
    .addColumn('language', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('questionnaire_answers_pkey', [
      'city_id',
      'questionnaire_id',
      'answer_id',
    ])
    .addForeignKeyConstraint(
      'questionnaire_answers_questionnaire_fkey',
      ['city_id', 'questionnaire_id'],
      'questionnaires',
      ['city_id', 'questionnaire_id'],
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('questionnaire_answers').execute();
  await db.schema.dropTable('questionnaires').execute();
}
