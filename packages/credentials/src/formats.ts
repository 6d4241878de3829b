// RFC 3339 date-time with an explicit offset, as OB 3.0's DateTimeZ and the VC Data Model want it.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a value is an RFC 3339 date-time with an offset that names a real calendar day
 * (`2026-02-29T10:00:00Z` is not).
 */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

// RFC 3986: a scheme, a colon and at least one character that is not white space.
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;

/** Whether a value is an absolute URI (the shape check of `common.schema.json#/$defs/uri`). */
export function isUri(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 2048 && URI.test(value);
}
