// Issue 5: building the needs report of a study with 5,000 questionnaire responses and 300 coded
// findings, against scoring those responses alone, in the same run. Target: the report costs
// less than 2 × the scoring.
import { buildNeedsReport, scoreStudy } from '@competence-kit/needs-analysis';
import { compare, formatMs } from './harness.mjs';
import {
  generateBenchStudy,
  loadContent,
} from '../../packages/framework-intercultural/scripts/sample-studies.mjs';

export function run() {
  const content = loadContent();
  const instruments = Object.values(content.instruments).filter(Boolean);
  const study = generateBenchStudy({ staffResponses: 5000, findings: 300, seed: 11, content });
  const responses = study.questionnaires.reduce((n, q) => n + q.responses.length, 0);
  const { framework } = content;
  const results = compare(
    {
      scoring: () => scoreStudy(study, framework, instruments).size > 0,
      report: () => buildNeedsReport(study, framework, 'en', { instruments }).priorities.length > 0,
    },
    { rounds: 7, warmup: 1 },
  );
  const ratio = results.report.medianMs / results.scoring.medianMs;
  return {
    name: `Needs report (${responses.toLocaleString('en')} responses, ${study.findings.length} findings)`,
    rows: [
      ['scoring the responses alone (scoreStudy), baseline', formatMs(results.scoring.medianMs)],
      [
        'buildNeedsReport (scoring, aggregation, prioritisation, report)',
        formatMs(results.report.medianMs),
      ],
      ['ratio report / scoring', `${ratio.toFixed(2)} × (target < 2 ×)`],
    ],
    checks: [
      { label: 'report / scoring', value: ratio, unit: '×', target: '< 2 ×', pass: ratio < 2 },
    ],
  };
}
