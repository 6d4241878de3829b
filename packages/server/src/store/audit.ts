import { randomUUID } from 'node:crypto';
import type { AuditAction } from './database.js';
import type { RepositoryContext } from './shared.js';

/** One entry of the audit log, with the email of the account when it still exists. */
export interface AuditEvent {
  eventId: string;
  at: Date;
  /** The account that acted; null for a refused sign-in (nobody is known then). */
  actorId: string | null;
  /** Its email while the account exists; null once deleted (the id then leads to nobody). */
  actorEmail: string | null;
  action: AuditAction;
  /** What it was done to: a release (`population#sequence`), a refusal's reason. */
  subject: string | null;
}

/** The audit log of a city: append-only, read by its admins. */
export function auditRepository({ db, now }: RepositoryContext) {
  return {
    /** Records an event; the subject is cut to 200 characters. */
    async record(
      cityId: string,
      event: { actorId: string | null; action: AuditAction; subject?: string | null },
    ): Promise<void> {
      await db
        .insertInto('audit_events')
        .values({
          city_id: cityId,
          event_id: randomUUID(),
          at: now(),
          actor_id: event.actorId,
          action: event.action,
          subject: event.subject ? event.subject.slice(0, 200) : null,
        })
        .execute();
    },

    /** The newest events first, at most `limit` (default 200, at most 1,000). */
    async list(cityId: string, limit = 200): Promise<AuditEvent[]> {
      const rows = await db
        .selectFrom('audit_events as e')
        .leftJoin('accounts as a', (join) =>
          join.onRef('a.city_id', '=', 'e.city_id').onRef('a.account_id', '=', 'e.actor_id'),
        )
        .select([
          'e.event_id',
          'e.at',
          'e.actor_id',
          'e.action',
          'e.subject',
          'a.email as actor_email',
        ])
        .where('e.city_id', '=', cityId)
        .orderBy('e.at', 'desc')
        .orderBy('e.event_id')
        .limit(Math.max(1, Math.min(1000, Math.floor(limit))))
        .execute();
      return rows.map((r) => ({
        eventId: r.event_id,
        at: r.at,
        actorId: r.actor_id,
        actorEmail: r.actor_email ?? null,
        action: r.action,
        subject: r.subject,
      }));
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
