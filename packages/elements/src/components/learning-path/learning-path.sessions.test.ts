import { describe, expect, it } from 'vitest';
import { enrolment, smallProgramme } from '../../test-support/learning-path.js';
import { fillMessage } from './learning-path.content.js';
import {
  dateRuns,
  enrolmentFor,
  localToday,
  sameLanguage,
  sessionsFor,
} from './learning-path.sessions.js';

describe('learning path sessions', () => {
  it('groups consecutive days into ranges, across month ends', () => {
    expect(dateRuns(['2027-03-08', '2027-03-01', '2027-02-28', '2027-03-09'])).toEqual([
      ['2027-02-28', '2027-03-01'],
      ['2027-03-08', '2027-03-09'],
    ]);
    expect(dateRuns(['2027-01-11'])).toEqual([['2027-01-11', '2027-01-11']]);
    expect(dateRuns([])).toEqual([]);
  });

  it('offers the sessions in the path language from today, earliest first, at most max', () => {
    const programme = smallProgramme();
    const ids = (options: Parameters<typeof sessionsFor>[2], module = 'letters') =>
      sessionsFor(programme, module, options).map((s) => s.id);
    expect(ids({ language: 'de-AT', today: '2027-01-01', max: 3 })).toEqual([
      'letters-1',
      'letters-2',
    ]);
    expect(ids({ language: 'it', today: '2027-01-01', max: 3 })).toEqual(['letters-it']);
    expect(ids({ language: 'de', today: '2027-02-01', max: 3 })).toEqual([
      'letters-1',
      'letters-2',
    ]);
    expect(ids({ language: 'de', today: '2027-02-02', max: 3 })).toEqual(['letters-2']);
    expect(ids({ language: 'de', today: '2027-01-01', max: 1 })).toEqual(['letters-1']);
    expect(ids({ language: 'de', today: '2027-01-01', max: 0 })).toEqual([]);
  });

  it('keeps the session a person is enrolled in, even once it has begun', () => {
    const programme = smallProgramme();
    const options = { language: 'de', today: '2027-02-02', max: 1 };
    expect(
      sessionsFor(programme, 'letters', { ...options, keep: 'letters-1' }).map((s) => s.id),
    ).toEqual(['letters-1', 'letters-2']);
    expect(
      sessionsFor(programme, 'basics', { ...options, today: '2026-01-01', keep: 'basics-0' }).map(
        (s) => s.id,
      ),
    ).toEqual(['basics-0', 'basics-1']);
  });

  it("reads a person's state from their latest enrolment", () => {
    const match = { respondent: 'rav-s-0042', module: 'letters' };
    const withdrawn = {
      ...enrolment('letters', 'letters-1', 'withdrawn'),
      updatedAt: '2026-12-02T00:00:00Z',
    };
    expect(enrolmentFor([], match)).toBeUndefined();
    expect(enrolmentFor([enrolment('letters', 'letters-1')], match)?.state).toBe('enrolled');
    expect(enrolmentFor([enrolment('letters', 'letters-1'), withdrawn], match)).toBeUndefined();
    const again = {
      ...enrolment('letters', 'letters-2', 'waitlisted'),
      updatedAt: '2026-12-03T00:00:00Z',
    };
    expect(enrolmentFor([withdrawn, again], match)?.enrolment.session).toBe('letters-2');
    expect(enrolmentFor([again], { ...match, session: 'letters-1' })).toBeUndefined();
    expect(enrolmentFor([again], { ...match, programme: 'other' })).toBeUndefined();
    const someoneElse = enrolment('letters', 'letters-1', 'enrolled', { respondent: 'x' });
    expect(enrolmentFor([someoneElse], match)).toBeUndefined();
    expect(enrolmentFor([enrolment('letters', 'letters-1', 'no-show')], match)).toBeUndefined();
  });

  it('compares languages by their primary subtag', () => {
    expect(sameLanguage('de-AT', 'DE')).toBe(true);
    expect(sameLanguage('de', 'da')).toBe(false);
  });

  it("gives today's date in the local time zone", () => {
    const now = new Date(2027, 0, 31, 23, 30);
    expect(localToday(now)).toBe('2027-01-31');
  });

  it('fills a message with rendered values, never reading braces inside a value', () => {
    const value = { title: '{target}' };
    expect(fillMessage('{title}: {from} → {target}', { title: value, from: 1, target: 2 })).toEqual(
      ['', value, ': ', 1, ' → ', 2, ''],
    );
  });
});
