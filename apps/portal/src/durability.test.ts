// Issue 16, durability under load, in short: `node dist/main.js` (what `npm start` runs) on
// PGlite, 50 clients (half signed-in staff submitting self-assessments, half anonymous
// respondents answering a questionnaire, each submission with an Idempotency-Key) for 5 s; the
// process is SIGKILLed in the middle and started again on the same folder and port, and the
// clients whose reply was lost retry with the same key; besides, one submission in ten has its
// first reply dropped by the client (it hangs up 0–20 ms after sending) and is retried. Then the database is read directly:
// every acknowledged submission is stored, none twice. The long runs (200 clients, 30 s, with
// and without SIGKILL, PGlite and PostgreSQL) are `npm run bench -- durability`.
import { afterAll, describe, expect, it } from 'vitest';
import { durabilityRun, type DurabilityReport } from './test-support/load.js';

let report: DurabilityReport | undefined;
afterAll(() => {
  if (report)
    console.log(
      `durability (PGlite, SIGKILL): ${report.check.acknowledged.selfAssessments} self-assessments and ` +
        `${report.check.acknowledged.answers} answers acknowledged, ${report.load.retriedSubmissions} retried ` +
        `(${report.load.dropped} replies dropped by the client, ${report.load.replayed} replays), down ${Math.round(report.downMs ?? 0)} ms; steps ${JSON.stringify(report.steps)}`,
    );
});

describe('npm start under load, SIGKILLed and restarted (PGlite)', () => {
  it('loses no acknowledged submission and stores none twice', async () => {
    report = await durabilityRun({
      clients: 50,
      durationMs: 5000,
      kill: true,
      killAt: 0.5,
      dropShare: 0.1,
    });
    const { load, check } = report;
    // The portal came back on the same folder after the SIGKILL (its stale lock recovered).
    expect(report.restartOutput).toMatch(/Storage: PGlite in /);
    // Both kinds were submitted before and after the crash, and the crash was felt: requests
    // failed and were retried with their key until acknowledged.
    expect(check.acknowledged.selfAssessments).toBeGreaterThan(25);
    expect(check.acknowledged.answers).toBeGreaterThan(25);
    expect(load.retriedSubmissions).toBeGreaterThan(load.dropped);
    // Some dropped replies came after the submission was stored: its retry got the first
    // acknowledgement again (a replay), not a second row.
    expect(load.dropped).toBeGreaterThan(0);
    expect(load.replayed).toBeGreaterThan(0);
    expect(load.failed.map((s) => s.failure)).toEqual([]);
    // Every acknowledged submission is in the database, under its key, exactly once.
    expect(check.lost).toBe(0);
    expect(check.duplicates).toBe(0);
    expect(check.stored.selfAssessments).toBe(check.keys.selfAssessments);
    expect(check.stored.answers).toBe(check.keys.answers);
    // Nothing stored that was not acknowledged: every submission ended with its acknowledgement.
    expect(check.stored.selfAssessments).toBe(check.acknowledged.selfAssessments);
    expect(check.stored.answers).toBe(check.acknowledged.answers);
  }, 120_000);
});
