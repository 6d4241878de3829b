import { describe, expect, it } from 'vitest';
import { eventSummary } from './events.js';
import { exampleEvent } from './test-support/fixtures.js';

describe('eventSummary', () => {
  it('sums the schema example: 57 registered of 80, 51 came', () => {
    // Registered 31 + 12 + 7 + 4 + 3 = 57; attended 27 + 10 + 7 + 2 + 5 = 51.
    expect(eventSummary(exampleEvent())).toEqual({
      capacity: 80,
      registered: 57,
      remaining: 23,
      attended: 51,
      attendanceRate: 51 / 57,
      byType: [
        { type: 'public-authority', registered: 31, attended: 27 },
        { type: 'ngo', registered: 12, attended: 10 },
        { type: 'migrant-organisation', registered: 7, attended: 7 },
        { type: 'vocational-school', registered: 4, attended: 2 },
        { type: 'unaffiliated', registered: 3, attended: 5 },
      ],
    });
  });

  it('lists a type with attendees but no registrations, in the schema order', () => {
    const event = {
      ...exampleEvent(),
      registrations: { unaffiliated: 2, ngo: 1 },
      attendance: { business: 2, ngo: 0 },
    };
    expect(eventSummary(event).byType).toEqual([
      { type: 'ngo', registered: 1, attended: 0 },
      { type: 'business', registered: 0, attended: 2 },
      { type: 'unaffiliated', registered: 2, attended: 0 },
    ]);
  });

  it('has no attendance figures before attendance is reported', () => {
    const event = exampleEvent();
    delete event.attendance;
    expect(eventSummary(event)).toMatchObject({ attended: null, attendanceRate: null });
  });

  it('has no attendance rate when nobody registered, and never negative places', () => {
    const empty = { ...exampleEvent(), registrations: {}, attendance: { ngo: 4 } };
    expect(eventSummary(empty)).toMatchObject({
      registered: 0,
      remaining: 80,
      attended: 4,
      attendanceRate: null,
    });
    const full = { ...exampleEvent(), capacity: 50 };
    expect(eventSummary(full).remaining).toBe(0);
  });

  it('throws a TypeError naming a wrong event', () => {
    expect(() => eventSummary(undefined as never)).toThrow(
      new TypeError(
        'eventSummary: the argument "event" must be the MultiplierEvent (an object); got undefined.',
      ),
    );
    expect(() => eventSummary({ ...exampleEvent(), capacity: '80' } as never)).toThrow(
      /"capacity" that is a number; got a string/,
    );
    expect(() => eventSummary({ ...exampleEvent(), registrations: null } as never)).toThrow(
      /"event.registrations" must be the counts by type \(an object\); got null/,
    );
  });
});
