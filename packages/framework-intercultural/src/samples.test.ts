import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NeedsStudy } from '@competence-kit/schemas';
import {
  buildNeedsReport,
  parseNeedsStudy,
  renderNeedsReportMarkdown,
  renderNeedsReportCsv,
} from '@competence-kit/needs-analysis';
import { generateSampleStudy, loadContent, TERRITORIES } from '../scripts/sample-studies.mjs';
import { framework } from './index.js';

const root = join(import.meta.dirname, '..');
const content = loadContent();
const instruments = Object.values(content.instruments).filter((i) => i !== undefined);
const committed = (territory: string): NeedsStudy =>
  JSON.parse(readFileSync(join(root, 'content', 'samples', `${territory}.json`), 'utf8'));

describe('the synthetic sample studies of the pilot territories', () => {
  const territories = Object.keys(TERRITORIES);

  it('are the three pilot territories, marked synthetic and real-sized', () => {
    expect(territories).toEqual(['landkreis-offenbach', 'ravenna', 'cartagena']);
    for (const t of territories) {
      const study = committed(t);
      expect(study.synthetic).toBe(true);
      expect(study.sessions.filter((s) => s.kind === 'interview').length).toBeGreaterThanOrEqual(8);
      expect(study.sessions.filter((s) => s.kind === 'focus-group')).toHaveLength(2);
      const staff = study.questionnaires
        .filter((q) => q.group === 'staff')
        .reduce((n, q) => n + q.responses.length, 0);
      expect(staff).toBeGreaterThanOrEqual(150);
      expect(staff).toBeLessThanOrEqual(400);
    }
  });

  it('are what the seeded generator produces (no hand edits, no drift)', () => {
    for (const t of territories)
      expect(generateSampleStudy({ territory: t, seed: 2021, content })).toEqual(committed(t));
  }, 60_000);

  for (const t of ['landkreis-offenbach', 'ravenna', 'cartagena']) {
    it(`${t}: passes parseNeedsStudy and builds its report in de, it, es and en within the anonymity rules`, () => {
      const study = committed(t);
      const parsed = parseNeedsStudy(study, { framework, instruments });
      expect(parsed.ok ? [] : parsed.issues.slice(0, 5)).toEqual([]);
      for (const locale of ['de', 'it', 'es', 'en']) {
        const report = buildNeedsReport(study, framework, locale, { instruments });
        expect(report.priorities.length).toBeGreaterThan(5);
        for (const row of report.groupResults.rows)
          if (row.n !== null) expect(row.n).toBeGreaterThanOrEqual(5);
        expect(renderNeedsReportMarkdown(report)).toContain(`# `);
        expect(renderNeedsReportMarkdown(report)).toContain(report.territory.name);
        expect(renderNeedsReportCsv(report).split('\r\n')[0]).toBe(
          'section,rank,competence,title,group,measure,value,n,note',
        );
      }
    }, 60_000);
  }

  it('match the committed sample reports', () => {
    for (const [t, locale] of [
      ['landkreis-offenbach', 'en'],
      ['ravenna', 'it'],
    ] as const) {
      const expected = readFileSync(
        join(root, '..', 'needs-analysis', 'examples', `${t}.${locale}.md`),
        'utf8',
      );
      expect(
        renderNeedsReportMarkdown(
          buildNeedsReport(committed(t), framework, locale, { instruments }),
        ),
      ).toBe(expected);
    }
  }, 60_000);
});
