import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-releases.js';
import * as m0003 from './0003-audit-events.js';
import * as m0004 from './0004-invitations.js';
import * as m0005 from './0005-identities.js';
import * as m0006 from './0006-questionnaires.js';
import * as m0007 from './0007-programme.js';
import * as m0008 from './0008-needs-reviews.js';
import * as m0009 from './0009-evaluation.js';
import * as m0010 from './0010-programmes.js';
import * as m0011 from './0011-credentials.js';
import * as m0012 from './0012-programme-revision.js';
import * as m0013 from './0013-idempotency-keys.js';
import * as m0014 from './0014-erasure-answers.js';
import * as m0015 from './0015-networks.js';

/**
 * Every migration, in order, by name. The name is the file name without its extension, and is
 * what the `kysely_migration` table records. Add a migration as a new file and a new line here;
 * never edit or remove one that was released (see released.json).
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': m0001,
  '0002-releases': m0002,
  '0003-audit-events': m0003,
  '0004-invitations': m0004,
  '0005-identities': m0005,
  '0006-questionnaires': m0006,
  '0007-programme': m0007,
  '0008-needs-reviews': m0008,
  '0009-evaluation': m0009,
  '0010-programmes': m0010,
  '0011-credentials': m0011,
  '0012-programme-revision': m0012,
  '0013-idempotency-keys': m0013,
  '0014-erasure-answers': m0014,
  '0015-networks': m0015,
};
