// Day arithmetic on `YYYY-MM-DD` dates, in UTC, so that no time zone or daylight saving change
// shifts a day.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01) of a real `YYYY-MM-DD` date, else `undefined`. */
export function dayNumber(date: string): number | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: a date that does not round-trip does not exist.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return undefined;
  return Math.round(ms / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); both must be real dates. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to)! - dayNumber(from)!;
}
