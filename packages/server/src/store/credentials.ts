import type { RepositoryContext } from './shared.js';

/** A credential the portal issued, with its signed JSON text exactly as issued. */
export interface StoredCredential {
  cityId: string;
  /** Public and unguessable: the credential's address is `/credentials/<credentialId>`. */
  credentialId: string;
  accountId: string;
  programmeId: string;
  module: string;
  issuedAt: Date;
  /** The signed credential's JSON text, byte for byte as issued. */
  credential: string;
}

/** A credential to store (see {@link credentialsRepository}). */
export interface NewCredential {
  credentialId: string;
  accountId: string;
  programmeId: string;
  module: string;
  credential: string;
}

/** What the coordinators' list needs of a credential: not its JSON. */
export type CredentialSummary = Omit<StoredCredential, 'credential'>;

type Row = {
  city_id: string;
  credential_id: string;
  account_id: string;
  programme_id: string;
  module: string;
  issued_at: Date;
};

const summary = (row: Row): CredentialSummary => ({
  cityId: row.city_id,
  credentialId: row.credential_id,
  accountId: row.account_id,
  programmeId: row.programme_id,
  module: row.module,
  issuedAt: row.issued_at,
});

const SUMMARY = [
  'city_id',
  'credential_id',
  'account_id',
  'programme_id',
  'module',
  'issued_at',
] as const;

/** The Open Badges credentials issued for completed modules (see 0011-credentials). */
export function credentialsRepository({ db, now }: RepositoryContext) {
  return {
    /**
     * Stores a signed credential, once per account, programme and module: false (and nothing
     * stored) when the account already has one for that module, or is not the city's.
     */
    async add(cityId: string, credential: NewCredential): Promise<boolean> {
      const account = await db
        .selectFrom('accounts')
        .select('account_id')
        .where('city_id', '=', cityId)
        .where('account_id', '=', credential.accountId)
        .executeTakeFirst();
      if (!account) return false;
      const result = await db
        .insertInto('credentials')
        .values({
          city_id: cityId,
          credential_id: credential.credentialId,
          account_id: credential.accountId,
          programme_id: credential.programmeId,
          module: credential.module,
          issued_at: now(),
          credential: credential.credential,
        })
        .onConflict((c) => c.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },

    /** One credential by its public id, with its JSON; undefined when the city has none. */
    async get(cityId: string, credentialId: string): Promise<StoredCredential | undefined> {
      const row = await db
        .selectFrom('credentials')
        .selectAll()
        .where('city_id', '=', cityId)
        .where('credential_id', '=', credentialId)
        .executeTakeFirst();
      return row ? { ...summary(row), credential: row.credential } : undefined;
    },

    /** The account's credentials, oldest first (without their JSON). */
    async listOwn(cityId: string, accountId: string): Promise<CredentialSummary[]> {
      const rows = await db
        .selectFrom('credentials')
        .select(SUMMARY)
        .where('city_id', '=', cityId)
        .where('account_id', '=', accountId)
        .orderBy('issued_at')
        .orderBy('module')
        .execute();
      return rows.map(summary);
    },

    /** The credentials issued for a programme, oldest first (without their JSON). */
    async listForProgramme(cityId: string, programmeId: string): Promise<CredentialSummary[]> {
      const rows = await db
        .selectFrom('credentials')
        .select(SUMMARY)
        .where('city_id', '=', cityId)
        .where('programme_id', '=', programmeId)
        .orderBy('issued_at')
        .orderBy('credential_id')
        .execute();
      return rows.map(summary);
    },
  };
}

export type CredentialsRepository = ReturnType<typeof credentialsRepository>;
