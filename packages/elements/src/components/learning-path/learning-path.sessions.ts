// What the learning path shows of a programme and of a person's enrolments: pure functions, so
// the element only renders. Dates are ISO 8601 calendar dates (`2027-01-11`), compared as text.
import type { Enrolment, Programme, ProgrammeSession } from '@competence-kit/training';
import type { EnrolmentState } from './learning-path.types.js';

/** Whether two BCP 47 tags share their language (`de-AT` and `de`), as the path's language rule. */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}

/** The enrolment that counts: the most recently changed one (a re-enrolment after a withdrawal). */
function latest(enrolments: readonly Enrolment[]): Enrolment | undefined {
  let found: Enrolment | undefined;
  for (const e of enrolments) {
    if (!found || (e.updatedAt ?? e.enrolledAt) >= (found.updatedAt ?? found.enrolledAt)) found = e;
  }
  return found;
}

const active = new Set<Enrolment['status']>(['enrolled', 'waitlisted', 'completed']);

/**
 * A person's state for a module, or for one session of it: the status of the latest matching
 * enrolment, if that is enrolled, waitlisted or completed. With a programme, only its
 * enrolments count.
 */
export function enrolmentFor(
  enrolments: readonly Enrolment[],
  match: { respondent: string; module: string; session?: string; programme?: string },
): { state: EnrolmentState; enrolment: Enrolment } | undefined {
  const enrolment = latest(
    enrolments.filter(
      (e) =>
        e.respondent === match.respondent &&
        e.module === match.module &&
        (match.session === undefined || e.session === match.session) &&
        (match.programme === undefined || e.programme === match.programme),
    ),
  );
  return enrolment && active.has(enrolment.status)
    ? { state: enrolment.status as EnrolmentState, enrolment }
    : undefined;
}

/**
 * The sessions of `module` a person can still take, in the path's language and starting on or
 * after `today`, earliest first, at most `max`; a session the person is enrolled in is always
 * included, even when it has begun.
 */
export function sessionsFor(
  programme: Programme,
  module: string,
  options: { language: string; today: string; max: number; keep?: string | undefined },
): ProgrammeSession[] {
  const { language, today, max, keep } = options;
  const sessions = programme.sessions
    .filter((s) => s.module === module && s.dates.length > 0)
    .sort((a, b) => (a.dates[0]! < b.dates[0]! ? -1 : a.dates[0]! > b.dates[0]! ? 1 : 0));
  const upcoming = sessions
    .filter((s) => s.id !== keep && sameLanguage(s.language, language) && s.dates[0]! >= today)
    .slice(0, Math.max(0, max));
  const kept = sessions.find((s) => s.id === keep);
  if (!kept) return upcoming;
  return [kept, ...upcoming].sort((a, b) => (a.dates[0]! < b.dates[0]! ? -1 : 1));
}

/** The day after an ISO date, as an ISO date. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Sorted ISO dates grouped into runs of consecutive days, so "11–13 Jan" reads as a range:
 * `['2027-01-11', '2027-01-12', '2027-01-18']` → `[['2027-01-11', '2027-01-12'], ['2027-01-18', '2027-01-18']]`.
 */
export function dateRuns(dates: readonly string[]): [start: string, end: string][] {
  const runs: [string, string][] = [];
  for (const date of [...dates].sort()) {
    const last = runs[runs.length - 1];
    if (last && (date === last[1] || date === nextDay(last[1]))) last[1] = date;
    else runs.push([date, date]);
  }
  return runs;
}

/** Today in the user's time zone, as an ISO date. */
export function localToday(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
