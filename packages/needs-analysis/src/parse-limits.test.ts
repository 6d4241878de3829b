// Issue 12: parseNeedsStudy, parseGuide and parseNeedsReport bound their work, name what an
// anyOf expected and check their arguments at the door. Times are measured in bench/
// (parse-worst-case), not here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Guide, type NeedsReport } from '@competence-kit/schemas';
import { hostileDocuments, issueContractViolations } from '@competence-kit/schemas/testing';
import { parseNeedsStudy } from './parse.js';
import { parseGuide } from './guide.js';
import { parseNeedsReport } from './parse-report.js';
import { framework, instrument, study } from './test-support/study.js';

const examples = join(import.meta.dirname, '..', '..', '..', 'schemas', 'examples');
const read = <T>(...path: string[]) =>
  JSON.parse(readFileSync(join(examples, ...path), 'utf8')) as T;
const guide = () => read<Guide>('guide', 'valid', 'example-interview.json');
const report = () => read<NeedsReport>('needs-report', 'valid', 'ravenna.json');

describe('parseNeedsStudy (issue 12)', () => {
  const context = () => ({ framework: framework(), instruments: [instrument()] });

  it('accepts the test study', () => {
    expect(parseNeedsStudy(study(), context()).ok).toBe(true);
  });

  it('8,000 empty findings: 100 issues, then too-many-issues', () => {
    const result = parseNeedsStudy(
      { ...study(), findings: Array.from({ length: 8000 }, () => ({})) },
      context(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('names what an answer value that fits no form should be, inside the study', () => {
    const doc = study();
    (doc.questionnaires[0]!.responses[0]!.answers[0] as { value: unknown }).value = { a: 1 };
    const result = parseNeedsStudy(doc, context());
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: '/questionnaires/0/responses/0/answers/0/value',
        code: 'invalid-type',
        message: 'Expected an integer, a string or an array.',
      },
    ]);
  });

  it('passes its limits to the responses it checks', () => {
    const doc = study();
    const long = 'x'.repeat(150);
    doc.questionnaires[0]!.responses[0]!.unit = long;
    const limits = { maxStringLength: 100 };
    expect(parseNeedsStudy(doc, context(), { limits })).toMatchObject({
      ok: false,
      issues: [{ code: 'string-limit-exceeded' }],
    });
  });

  it('throws a TypeError naming a wrong context', () => {
    expect(() => parseNeedsStudy(study(), null as never)).toThrow(
      new TypeError(
        'parseNeedsStudy: the argument "context" must be { framework, instruments } (an object); got null.',
      ),
    );
    expect(() => parseNeedsStudy(study(), { framework: framework() } as never)).toThrow(
      /"context.instruments" must be an array of Instruments; got undefined/,
    );
  });

  it('keeps the issue contract on hostile documents up to 1 MB (property)', () => {
    for (const { name, document } of hostileDocuments(study(), { seed: 8, mutations: 40 })) {
      let result;
      expect(() => (result = parseNeedsStudy(document, context())), name).not.toThrow();
      expect(issueContractViolations(result!), name).toEqual([]);
    }
  });
});

describe('parseGuide (issue 12)', () => {
  it('8,000 empty sections: 100 issues, then too-many-issues', () => {
    const result = parseGuide({ ...guide(), sections: Array.from({ length: 8000 }, () => ({})) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(DEFAULT_LIMITS.maxIssues + 1);
    expect(result.issues.at(-1)!.code).toBe('too-many-issues');
  });

  it('throws a TypeError for a framework that is not an object', () => {
    expect(() => parseGuide(guide(), 'framework' as never)).toThrow(TypeError);
  });

  it('keeps the issue contract on hostile documents up to 1 MB (property)', () => {
    const fw = framework();
    for (const { name, document } of hostileDocuments(guide(), { seed: 9, mutations: 40 })) {
      let result;
      expect(() => (result = parseGuide(document, fw)), name).not.toThrow();
      expect(issueContractViolations(result!), name).toEqual([]);
    }
  });
});

describe('parseNeedsReport (issue 12)', () => {
  it('reads text up to MAX_REPORT_LENGTH by default, or up to options.limits.maxSize', () => {
    const text = JSON.stringify(report());
    expect(parseNeedsReport(text).ok).toBe(true);
    expect(parseNeedsReport(text, { limits: { maxSize: 1000 } })).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          code: 'size-limit-exceeded',
          message:
            'The document is longer than 1000 characters of JSON; at most 1000 are read (raise options.limits.maxSize to accept more).',
        },
      ],
    });
  });

  it('keeps the issue contract on hostile documents up to 1 MB, as values and as text (property)', () => {
    for (const { name, document } of hostileDocuments(report(), { seed: 10, mutations: 40 })) {
      let result;
      expect(() => (result = parseNeedsReport(document)), name).not.toThrow();
      expect(issueContractViolations(result!), name).toEqual([]);
      if (name.includes('deep')) continue; // JSON.stringify itself cannot write 100,000 levels
      const text = JSON.stringify(document);
      expect(issueContractViolations(parseNeedsReport(text)), name).toEqual([]);
    }
  });
});
