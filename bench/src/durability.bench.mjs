// Issue 16: durability under load. The reference portal as `npm start` runs it, 200 concurrent
// clients for 30 s (half signed-in staff submitting self-assessments, half anonymous respondents
// answering a questionnaire; each submission with its Idempotency-Key; one in twenty has its
// first reply dropped by the client, which hangs up 0–20 ms after sending and retries with the
// same key), on PGlite and on PostgreSQL, once undisturbed and once SIGKILLed halfway and started
// again on the same store and port while the clients retry. Then the database is read directly:
// every acknowledged submission is stored (lost = 0) and none twice (duplicates = 0).
import { durabilityRun, startPostgres } from '../../apps/portal/dist/test-support/load.js';

export const name = 'durability';
const CLIENTS = Number(process.env.BENCH_DURABILITY_CLIENTS ?? 200);
const SECONDS = Number(process.env.BENCH_DURABILITY_SECONDS ?? 30);
const DROP_SHARE = 0.05;

export async function run() {
  const reports = [];
  for (const kill of [false, true])
    reports.push(
      await durabilityRun({
        clients: CLIENTS,
        durationMs: SECONDS * 1000,
        kill,
        dropShare: DROP_SHARE,
      }),
    );
  const postgres = await startPostgres();
  try {
    for (const kill of [false, true])
      reports.push(
        await durabilityRun({
          clients: CLIENTS,
          durationMs: SECONDS * 1000,
          kill,
          dropShare: DROP_SHARE,
          postgres,
        }),
      );
  } finally {
    postgres.stop();
  }
  const rows = [
    [
      'workload',
      `${CLIENTS} clients for ${SECONDS} s, half staff (self-assessments), half respondents (questionnaire answers); ${DROP_SHARE * 100} % of first replies dropped by the client`,
    ],
  ];
  const checks = [];
  for (const r of reports) {
    const label = `${r.store === 'pglite' ? 'PGlite' : 'PostgreSQL'}${r.killed ? ', SIGKILL halfway' : ''}`;
    const { load, check } = r;
    const acknowledged = check.acknowledged.selfAssessments + check.acknowledged.answers;
    const stored = check.stored.selfAssessments + check.stored.answers;
    rows.push([
      `${label}: acknowledged (self-assessments + answers)`,
      `${acknowledged} (${check.acknowledged.selfAssessments} + ${check.acknowledged.answers})`,
    ]);
    rows.push([
      `${label}: stored`,
      `${stored} (${check.stored.selfAssessments} + ${check.stored.answers})`,
    ]);
    rows.push([
      `${label}: retried submissions (retries; replies dropped; replays)`,
      `${load.retriedSubmissions} (${load.retries}; ${load.dropped}; ${load.replayed})`,
    ]);
    if (r.killed)
      rows.push([
        `${label}: down from SIGKILL to ready again`,
        `${(r.downMs / 1000).toFixed(1)} s`,
      ]);
    rows.push([
      `${label}: lost, duplicates, never acknowledged`,
      `${check.lost}, ${check.duplicates}, ${load.failed.length}`,
    ]);
    checks.push({
      label: `${label}: acknowledged but lost`,
      value: check.lost,
      unit: '',
      target: '= 0',
      pass: check.lost === 0,
    });
    checks.push({
      label: `${label}: stored twice`,
      value: check.duplicates,
      unit: '',
      target: '= 0',
      pass: check.duplicates === 0,
    });
    checks.push({
      label: `${label}: submissions never acknowledged (refused or given up)`,
      value: load.failed.length,
      unit: '',
      target: '= 0',
      pass: load.failed.length === 0,
    });
  }
  return {
    name: `Durability: ${CLIENTS} clients for ${SECONDS} s, with and without SIGKILL, PGlite and PostgreSQL`,
    rows,
    checks,
  };
}
