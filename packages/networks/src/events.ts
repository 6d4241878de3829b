import type { CountsByStakeholderType, MultiplierEvent } from '@competence-kit/schemas';
import { STAKEHOLDER_TYPES, checkObjectArgument, describeValue } from '@competence-kit/schemas';
import type { EventSummary, EventTypeCount } from './types.js';

/** The count types in the schema's order, people without an organisation last. */
const COUNT_TYPES = [...STAKEHOLDER_TYPES, 'unaffiliated'] as const;

const countOf = (counts: CountsByStakeholderType | undefined, type: EventTypeCount['type']) =>
  counts?.[type] ?? 0;

function checkArguments(event: MultiplierEvent): void {
  checkObjectArgument('eventSummary', 'event', event, 'the MultiplierEvent');
  if (typeof event.capacity !== 'number' || !Number.isFinite(event.capacity))
    throw new TypeError(
      `eventSummary: the argument "event" must have a "capacity" that is a number; got ${describeValue(event.capacity)}. Parse it with parseMultiplierEvent first.`,
    );
  checkObjectArgument(
    'eventSummary',
    'event.registrations',
    event.registrations,
    'the counts by type',
  );
  checkObjectArgument('eventSummary', 'event.attendance', event.attendance, 'the counts by type', {
    optional: true,
  });
}

/**
 * A multiplier event's figures, as a funder's report asks for them: the capacity, the
 * registrations and the places left (never below 0), the attendance and the share of registered
 * people who came (`null` while no attendance is reported, and the share also when nobody
 * registered), and both counts per type of organisation: every type with a non-zero count, in
 * the schema's order, people without an organisation last. Throws a TypeError naming a wrong
 * argument.
 *
 * @example
 * ```ts
 * const { registered, remaining, attendanceRate } = eventSummary(event);
 * ```
 */
export function eventSummary(event: MultiplierEvent): EventSummary {
  checkArguments(event);
  const byType: EventTypeCount[] = [];
  let registered = 0;
  let attended = 0;
  for (const type of COUNT_TYPES) {
    const r = countOf(event.registrations, type);
    const a = countOf(event.attendance, type);
    registered += r;
    attended += a;
    if (r > 0 || a > 0) byType.push({ type, registered: r, attended: a });
  }
  const reported = event.attendance !== undefined;
  return {
    capacity: event.capacity,
    registered,
    remaining: Math.max(0, event.capacity - registered),
    attended: reported ? attended : null,
    attendanceRate: reported && registered > 0 ? attended / registered : null,
    byType,
  };
}
