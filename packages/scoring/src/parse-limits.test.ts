// Issue 12: parseInstrument and parseResponse bound their work, name what an anyOf expected and
// check their arguments at the door. Times are measured in bench/ (parse-worst-case), not here.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@competence-kit/schemas';
import { hostileDocuments, issueContractViolations } from '@competence-kit/schemas/testing';
import { parseInstrument } from './parse-instrument.js';
import { parseResponse } from './parse-response.js';
import { sampleFramework, sampleInstrument, sampleResponse } from './test-support/fixtures.js';

describe('parseResponse (issue 12)', () => {
  it('names what an answer value that fits no form should be, with a kebab-case code', () => {
    const response = sampleResponse();
    (response.answers[0] as { value: unknown }).value = true;
    const result = parseResponse(response, sampleInstrument());
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '/answers/0/value',
          code: 'invalid-type',
          message: 'Expected an integer, a string or an array.',
        },
      ],
    });
    (response.answers[0] as { value: unknown }).value = 'x'.repeat(20_001);
    const long = parseResponse(response, sampleInstrument());
    expect(long.ok ? [] : long.issues).toEqual([
      { path: '/answers/0/value', code: 'too-long', message: 'Expected at most 20000 characters.' },
    ]);
  });

  it('answers full of errors: 100 issues, then too-many-issues', () => {
    const response = sampleResponse();
    response.answers = Array.from({ length: 50_000 }, () => ({}) as never);
    const result = parseResponse(response, sampleInstrument());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('throws a TypeError naming a wrong instrument, framework or options', () => {
    expect(() => parseResponse(sampleResponse(), null as never)).toThrow(
      new TypeError(
        'parseResponse: the argument "instrument" must be the Instrument the response answers (an object); got null.',
      ),
    );
    expect(() => parseResponse(sampleResponse(), sampleInstrument(), 'fw' as never)).toThrow(
      /the argument "framework" must be a Framework/,
    );
    expect(() =>
      parseResponse(sampleResponse(), sampleInstrument(), undefined, { limits: { maxSize: 0 } }),
    ).toThrow(TypeError);
  });

  it('keeps the issue contract on hostile documents up to 1 MB (property)', () => {
    const instrument = sampleInstrument();
    const framework = sampleFramework();
    for (const { name, document } of hostileDocuments(sampleResponse(), {
      seed: 4,
      mutations: 40,
    })) {
      let result;
      expect(() => (result = parseResponse(document, instrument, framework)), name).not.toThrow();
      expect(issueContractViolations(result!), name).toEqual([]);
    }
  });
});

describe('parseInstrument (issue 12)', () => {
  it('sections full of errors: 100 issues, then too-many-issues; limits from the options', () => {
    const instrument = sampleInstrument();
    (instrument as { sections: unknown[] }).sections = Array.from({ length: 20_000 }, () => ({}));
    const result = parseInstrument(instrument);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
    expect(parseInstrument(instrument, undefined, { limits: { maxItems: 1000 } })).toMatchObject({
      ok: false,
      issues: [{ path: '/sections', code: 'items-limit-exceeded' }],
    });
  });

  it('throws a TypeError for a framework that is not an object', () => {
    expect(() => parseInstrument(sampleInstrument(), null as never)).toThrow(TypeError);
  });

  it('keeps the issue contract on hostile documents up to 1 MB (property)', () => {
    const framework = sampleFramework();
    for (const { name, document } of hostileDocuments(sampleInstrument(), {
      seed: 5,
      mutations: 40,
    })) {
      let result;
      expect(() => (result = parseInstrument(document, framework)), name).not.toThrow();
      expect(issueContractViolations(result!), name).toEqual([]);
    }
  });
});
