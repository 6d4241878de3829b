export { openStore, DEFAULT_DATA_DIR } from './open-store.js';
export type { Store, StoreInfo, StoreOptions } from './open-store.js';
export { StoreLockedError } from './folder-lock.js';
export type { LockHolder } from './folder-lock.js';
export { PgliteDialect } from './pglite-dialect.js';
export type { PgliteInstance } from './pglite-dialect.js';
export { migrateToLatest } from './migrate.js';
export { migrations } from '../migrations/index.js';
export { hashSessionToken, newSessionToken } from './session-tokens.js';
export { normaliseEmail } from './accounts.js';
export type { Repositories } from './repositories.js';
export type {
  Account,
  AccountWithPasswordHash,
  CreateAccountResult,
  NewAccount,
} from './accounts.js';
export type { City } from './cities.js';
export type { Session } from './sessions.js';
export type { Draft } from './drafts.js';
export type { SubmittedResponse } from './responses.js';
export type { Enrolment } from './enrolments.js';
export type { ProgrammeWrite, StoredProgramme } from './programmes.js';
export type { WaitingEntry } from './waiting-list.js';
export type { StoredRelease } from './releases.js';
export type { AuditEvent } from './audit.js';
export type { CredentialSummary, NewCredential, StoredCredential } from './credentials.js';
export type {
  AcceptInvitationResult,
  Invitation,
  InvitationState,
  NewInvitation,
} from './invitations.js';
export type { AuditAction, Wave } from './database.js';
export type { SessionFeedback, StoredFeedbackRelease } from './evaluation.js';
export type { AccountDeletion, AccountExport } from './account-data.js';
export type { Acknowledgement, ClaimOutcome, IdempotencyClaim } from './idempotency.js';
export type {
  AnswerSubmission,
  KeyedClaim,
  ResponseSubmission,
  SubmissionOutcome,
} from './submissions.js';
export { GroupCommit, groupCommitTurns } from './group-commit.js';
export { NETWORK_DOCUMENT_KINDS } from './networks.js';
export type {
  NetworkDocumentKind,
  RegisterResult,
  RepresentativeScope,
  SaveNetworkDocumentResult,
  StoredNetworkDocument,
} from './networks.js';
export type {
  AccountDeletionsTable,
  AccountRole,
  AccountsTable,
  AssessmentDraftsTable,
  CitiesTable,
  Database,
  EnrolmentsTable,
  IdempotencyKeysTable,
  JsonColumn,
  JsonValue,
  ResponsesTable,
  SessionsTable,
} from './database.js';
