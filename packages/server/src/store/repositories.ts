import { accountDataRepository } from './account-data.js';
import { accountsRepository } from './accounts.js';
import { attendanceRepository } from './attendance.js';
import { auditRepository } from './audit.js';
import { citiesRepository } from './cities.js';
import { credentialsRepository } from './credentials.js';
import { draftsRepository } from './drafts.js';
import { enrolmentsRepository } from './enrolments.js';
import { erasuresRepository } from './erasures.js';
import { evaluationRepository } from './evaluation.js';
import { idempotencyRepository } from './idempotency.js';
import { identitiesRepository } from './identities.js';
import { invitationsRepository } from './invitations.js';
import { needsReviewsRepository } from './needs-reviews.js';
import {
  eventRegistrationsRepository,
  networkDocumentsRepository,
  representativesRepository,
} from './networks.js';
import { programmesRepository } from './programmes.js';
import { questionnairesRepository } from './questionnaires.js';
import { releasesRepository } from './releases.js';
import { responsesRepository } from './responses.js';
import { sessionsRepository } from './sessions.js';
import type { RepositoryContext } from './shared.js';
import { submissionsRepository } from './submissions.js';
import { waitingListRepository } from './waiting-list.js';

/** The repositories the routes use: every function takes the city id first. */
export function createRepositories(context: RepositoryContext) {
  const accountData = accountDataRepository(context);
  return {
    cities: citiesRepository(context),
    accounts: { ...accountsRepository(context), delete: accountData.deleteAccount },
    sessions: sessionsRepository(context),
    drafts: draftsRepository(context),
    responses: responsesRepository(context),
    enrolments: enrolmentsRepository(context),
    attendance: attendanceRepository(context),
    programmes: programmesRepository(context),
    waitingList: waitingListRepository(context),
    releases: releasesRepository(context),
    audit: auditRepository(context),
    needsReviews: needsReviewsRepository(context),
    evaluation: evaluationRepository(context),
    invitations: invitationsRepository(context),
    identities: identitiesRepository(context),
    questionnaires: questionnairesRepository(context),
    credentials: credentialsRepository(context),
    idempotency: idempotencyRepository(context),
    submissions: submissionsRepository(context),
    exportAccountData: accountData.exportAccountData,
    deleteAccount: accountData.deleteAccount,
    erasures: erasuresRepository(context),
    networkDocuments: networkDocumentsRepository(context),
    representatives: representativesRepository(context),
    eventRegistrations: eventRegistrationsRepository(context),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
