// Issue 5 / issue 11: building the needs report (as data) of a study with 5,000 questionnaire
// responses and 300 coded findings, against scoring those responses alone, in the same run.
// Target: the report costs less than 2 × the scoring. Reopening the saved report
// (JSON.stringify -> parseNeedsReport) and rendering it in Arabic are measured beside it.
import {
  buildNeedsReport,
  parseNeedsReport,
  renderNeedsReportHtml,
  scoreStudy,
} from '@competence-kit/needs-analysis';
import { compare, formatMs } from './harness.mjs';
import {
  generateBenchStudy,
  loadContent,
} from '../../packages/framework-intercultural/scripts/sample-studies.mjs';

export const name = 'needs-report';

export async function run() {
  const content = loadContent();
  const instruments = Object.values(content.instruments).filter(Boolean);
  const study = generateBenchStudy({ staffResponses: 5000, findings: 300, seed: 11, content });
  const responses = study.questionnaires.reduce((n, q) => n + q.responses.length, 0);
  const { framework } = content;
  const saved = JSON.stringify(buildNeedsReport(study, framework, 'en', { instruments }));
  const results = compare(
    {
      scoring: () => scoreStudy(study, framework, instruments).size > 0,
      report: () => buildNeedsReport(study, framework, 'en', { instruments }).priorities.length > 0,
      reopen: () => {
        const reopened = parseNeedsReport(saved);
        return reopened.ok && renderNeedsReportHtml(reopened.value, { locale: 'ar' }).length > 0;
      },
    },
    { rounds: 7, warmup: 1 },
  );
  const ratio = results.report.medianMs / results.scoring.medianMs;
  return {
    name: `Needs report (${responses.toLocaleString('en')} responses, ${study.findings.length} findings)`,
    rows: [
      ['scoring the responses alone (scoreStudy), baseline', formatMs(results.scoring.medianMs)],
      [
        'buildNeedsReport (scoring, aggregation, prioritisation, report as data)',
        formatMs(results.report.medianMs),
      ],
      ['ratio report / scoring', `${ratio.toFixed(2)} × (target < 2 ×)`],
      [
        `reopen the saved report (${(saved.length / 1024).toFixed(0)} KiB of JSON: parseNeedsReport) and render it in Arabic (HTML)`,
        formatMs(results.reopen.medianMs),
      ],
    ],
    checks: [
      { label: 'report / scoring', value: ratio, unit: '×', target: '< 2 ×', pass: ratio < 2 },
    ],
  };
}
