// Calendar days as the portal's forms and pages use them: `YYYY-MM-DD`, read strictly, and
// "today" in the city's own time zone (a day changes at the city's midnight, not UTC's).

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a string is a real calendar day written `YYYY-MM-DD` (2027-02-30 is not: `Date` would
 * read it as 2 March, so the day must read back the same).
 */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/**
 * A function giving today's day in `timeZone`, `YYYY-MM-DD`, by the clock `now`. The formatter is
 * built once: the pages ask for today on every request.
 */
export function cityToday(timeZone: string, now: () => Date = () => new Date()): () => string {
  const days = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return () => days.format(now());
}
