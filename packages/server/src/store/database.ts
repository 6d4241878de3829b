import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A JSON value as stored in a `jsonb` column. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A `jsonb` column: read back as parsed JSON, written as JSON text (the repositories call
 * `JSON.stringify`, so an array is never mistaken for a PostgreSQL array by `pg`).
 */
export type JsonColumn = ColumnType<JsonValue, string, string>;

/** A `timestamptz` column with a default: read as a `Date`, optional on insert. */
export type CreatedAt = ColumnType<Date, Date | undefined, never>;

/**
 * The roles of a portal account. A `stakeholder-representative` speaks for one stakeholder of
 * the city's network (its scope in `stakeholder_representatives`, 0015-networks).
 */
export type AccountRole = 'staff' | 'coordinator' | 'admin' | 'stakeholder-representative';

/** `cities`: the cities this deployment serves (a reference table on Citus). */
export interface CitiesTable {
  city_id: string;
  created_at: CreatedAt;
  /** The self-assessment wave staff answer now (see 0009-evaluation). */
  wave: ColumnType<Wave, Wave | undefined, Wave>;
  wave_opened_at: Date | null;
}

/** A wave of the self-assessment (the `phase` of a response). */
export type Wave = 'baseline' | 'post' | 'follow-up';

/** `accounts`: local accounts, unique by email within a city. */
export interface AccountsTable {
  city_id: string;
  account_id: string;
  /** Stored lower-cased and trimmed. */
  email: string;
  role: AccountRole;
  /** An encoded password hash (for example scrypt or argon2 in PHC format); never a password. */
  password_hash: string;
  /** The role profile of the framework the person works in, when known. */
  role_profile: string | null;
  created_at: CreatedAt;
}

/** `sessions`: sign-in sessions, found by the hash of the cookie's token. */
export interface SessionsTable {
  city_id: string;
  token_hash: string;
  account_id: string;
  created_at: CreatedAt;
  expires_at: Date;
}

/** `assessment_drafts`: one unfinished response per account and instrument. */
export interface AssessmentDraftsTable {
  city_id: string;
  account_id: string;
  instrument_id: string;
  instrument_version: string;
  draft: JsonColumn;
  updated_at: Date;
}

/** `responses`: submitted responses (the `response` schema's JSON). */
export interface ResponsesTable {
  city_id: string;
  response_id: string;
  account_id: string;
  instrument_id: string;
  instrument_version: string;
  response: JsonColumn;
  submitted_at: Date;
}

/** `enrolments`: an account's places in sessions of the city's training programme. */
export interface EnrolmentsTable {
  city_id: string;
  account_id: string;
  programme_id: string;
  session_id: string;
  enrolled_at: Date;
}

/** `programmes`: programme documents planned in the portal, drafts or published (0010). */
export interface ProgrammesTable {
  city_id: string;
  programme_id: string;
  status: 'draft' | 'published';
  /** The `Programme` document (programme.schema.json), validated before it is stored. */
  document: JsonColumn;
  /** What the planner reported beside the document (monthly load, uncovered needs), if planned. */
  plan: ColumnType<JsonValue | null, string | null | undefined, string | null>;
  created_at: Date;
  updated_at: Date;
  published_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Added to by every change of the document or status (0012-programme-revision). */
  revision: Generated<number>;
}

/** `waiting_list`: who waits for a place in a full session, in the order they joined (0010). */
export interface WaitingListTable {
  city_id: string;
  programme_id: string;
  session_id: string;
  account_id: string;
  joined_at: Date;
  /** The order of joining, for two who join within the clock's resolution. */
  seq: Generated<string>;
}

/** `attendance`: whether an enrolled account attended a session, as last recorded. */
export interface AttendanceTable {
  city_id: string;
  programme_id: string;
  session_id: string;
  account_id: string;
  attended: boolean;
  recorded_at: Date;
}

/**
 * `account_deletions`: the record that an account was deleted (GDPR Art. 17 accountability):
 * the random account id, when, and how many rows of each table went. No email, no content.
 */
export interface AccountDeletionsTable {
  city_id: string;
  deletion_id: string;
  account_id: string;
  deleted_at: Date;
  rows_deleted: JsonColumn;
  /** The earliest submission of the responses erased, if any (0014-erasure-answers). */
  answers_from: ColumnType<Date | null, Date | null | undefined, never>;
}

/** `releases`: published results, one row per release of a population (see 0002-releases). */
export interface ReleasesTable {
  city_id: string;
  population: string;
  sequence: number;
  plan: JsonColumn;
  release: JsonColumn;
  ledger: JsonColumn;
  published_at: Date;
}

/** What the audit log records (see 0003-audit-events). */
export type AuditAction =
  | 'signed-in'
  | 'sign-in-refused'
  | 'signed-out'
  | 'release-published'
  | 'release-refused'
  | 'data-exported'
  | 'account-deleted'
  | 'needs-report-built'
  | 'needs-report-downloaded'
  | 'wave-opened'
  | 'feedback-published'
  | 'role-changed'
  | 'invitation-created'
  | 'invitation-accepted'
  | 'invitation-revoked'
  | 'questionnaire-opened'
  | 'questionnaire-closed'
  | 'answers-entered'
  | 'programme-published'
  | 'credentials-issued'
  | 'network-changed'
  | 'action-plan-changed'
  | 'testimonial-withdrawn'
  | 'event-attendance-recorded';

/** `audit_events`: who did what, when; no email, password or answer. */
export interface AuditEventsTable {
  city_id: string;
  event_id: string;
  at: Date;
  actor_id: string | null;
  action: AuditAction;
  subject: string | null;
}

/** `account_identities`: who an account is at the city's identity provider (0005-identities). */
export interface AccountIdentitiesTable {
  city_id: string;
  issuer: string;
  subject: string;
  account_id: string;
  created_at: Date;
  last_sign_in_at: Date;
}

/** `needs_reviews`: a city's needs study and its plan (see 0008-needs-reviews). */
export interface NeedsReviewsTable {
  city_id: string;
  review_id: string;
  study: JsonColumn;
  plan: JsonColumn;
  updated_at: Date;
}

/** `needs_reports`: the needs reports built from a review, each written once. */
export interface NeedsReportsTable {
  city_id: string;
  review_id: string;
  sequence: number;
  report: JsonColumn;
  built_at: Date;
  /** What the report was built from, to check the next one against (0014); never shown. */
  ledger: ColumnType<JsonValue | null, string | null | undefined, never>;
}

/** `session_feedback`: anonymous feedback on a training session (see 0009-evaluation). */
export interface SessionFeedbackTable {
  city_id: string;
  feedback_id: string;
  programme_id: string;
  module_id: string;
  session_id: string;
  satisfaction: number;
  usefulness: number;
  comment: string | null;
  /** A calendar day (YYYY-MM-DD): no time of day, so that order of arrival says nothing. */
  given_on: ColumnType<string, string, string>;
}

/** `feedback_given`: who gave feedback on which session, without what they said. */
export interface FeedbackGivenTable {
  city_id: string;
  programme_id: string;
  session_id: string;
  account_id: string;
}

/** `feedback_releases`: published feedback figures, with their ledgers. */
export interface FeedbackReleasesTable {
  city_id: string;
  sequence: number;
  release: JsonColumn;
  ledger: JsonColumn;
  published_at: Date;
}

/** `questionnaires`: a city's openings of a needs-analysis questionnaire (see 0006). */
export interface QuestionnairesTable {
  city_id: string;
  /** Public and unguessable: 16 random bytes, base64url. */
  questionnaire_id: string;
  instrument_id: string;
  instrument_version: string;
  title: string;
  /** The languages offered, as a JSON array of locale codes. */
  languages: JsonColumn;
  /** Calendar days (YYYY-MM-DD) in the city's time zone, both included. */
  opens_on: string;
  closes_on: string;
  /** When a coordinator closed it before `closes_on`. */
  closed_at: Date | null;
  created_at: Date;
}

/** `questionnaire_answers`: anonymous answers; no address, browser or account (see 0006). */
export interface QuestionnaireAnswersTable {
  city_id: string;
  questionnaire_id: string;
  answer_id: string;
  response: JsonColumn;
  /** A calendar day (YYYY-MM-DD): no time of day, so that order of arrival says nothing. */
  submitted_at: string;
  mode: 'self' | 'assisted';
  language: string;
}

/** `invitations`: links that let a person set up an account with a role (see 0004-invitations). */
export interface InvitationsTable {
  city_id: string;
  invitation_id: string;
  /** SHA-256 of the link's token, base64url; never the token. */
  token_hash: string;
  /** Lower-cased; kept only while the invitation is open (null once used or revoked). */
  email: string | null;
  role: AccountRole;
  role_profile: string | null;
  /** The admin's account id (no foreign key: the record outlives the account). */
  created_by: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  /** The account the invitation created (no foreign key, as `created_by`). */
  accepted_account_id: string | null;
  revoked_at: Date | null;
  /** A representative's invitation: the network and stakeholder it is for (0015-networks). */
  network_id: ColumnType<string | null, string | null | undefined, string | null>;
  stakeholder_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** `credentials`: the Open Badges credentials issued (see 0011-credentials). */
export interface CredentialsTable {
  city_id: string;
  /** Public and unguessable: 16 random bytes, base64url. */
  credential_id: string;
  account_id: string;
  programme_id: string;
  module: string;
  issued_at: Date;
  /** The signed credential's JSON text, exactly as issued. */
  credential: string;
}

/** `idempotency_keys`: the acknowledgements of submissions sent with a key (see 0013). */
export interface IdempotencyKeysTable {
  city_id: string;
  /** What was submitted: `responses`, or `q/<questionnaire id>`. */
  scope: string;
  /** The client's `Idempotency-Key`: 16–128 characters of A–Z, a–z, 0–9, `_` and `-`. */
  key: string;
  /** SHA-256 (hex) of the request's canonical JSON. */
  request_hash: string;
  /** The acknowledgement sent: its HTTP status and JSON body. */
  status: number;
  body: JsonColumn;
  /** The start of the day (UTC) it was stored: the day only. */
  created_at: Date;
}

/** `network_documents`: a city's networks, action plans, knowledge bases and events (0015). */
export interface NetworkDocumentsTable {
  city_id: string;
  kind: 'network' | 'action-plan' | 'knowledge-base' | 'multiplier-event';
  document_id: string;
  document: JsonColumn;
  /** 1 on insert, one more at every save: the optimistic lock of edit forms. */
  revision: number;
  updated_at: Date;
  /** The account that saved last; null for the seed or the CLI, or once that account is erased. */
  updated_by: string | null;
}

/** `stakeholder_representatives`: the stakeholder a representative's account speaks for (0015). */
export interface StakeholderRepresentativesTable {
  city_id: string;
  account_id: string;
  network_id: string;
  stakeholder_id: string;
}

/** `event_registrations`: registrations for a multiplier event, by stakeholder type only (0015). */
export interface EventRegistrationsTable {
  city_id: string;
  event_id: string;
  /** A random value from the form (16–128 of A–Z, a–z, 0–9, `_`, `-`): a double submit counts once. */
  key: string;
  /** The registrant's stakeholder type. */
  type: string;
  created_at: Date;
}

/** The typed schema of the store, for Kysely. */
export interface Database {
  cities: CitiesTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  assessment_drafts: AssessmentDraftsTable;
  responses: ResponsesTable;
  enrolments: EnrolmentsTable;
  attendance: AttendanceTable;
  programmes: ProgrammesTable;
  waiting_list: WaitingListTable;
  account_deletions: AccountDeletionsTable;
  releases: ReleasesTable;
  audit_events: AuditEventsTable;
  needs_reviews: NeedsReviewsTable;
  needs_reports: NeedsReportsTable;
  session_feedback: SessionFeedbackTable;
  feedback_given: FeedbackGivenTable;
  feedback_releases: FeedbackReleasesTable;
  invitations: InvitationsTable;
  account_identities: AccountIdentitiesTable;
  questionnaires: QuestionnairesTable;
  questionnaire_answers: QuestionnaireAnswersTable;
  credentials: CredentialsTable;
  idempotency_keys: IdempotencyKeysTable;
  network_documents: NetworkDocumentsTable;
  stakeholder_representatives: StakeholderRepresentativesTable;
  event_registrations: EventRegistrationsTable;
}

export type AccountRow = Selectable<AccountsTable>;
export type NewAccountRow = Insertable<AccountsTable>;
