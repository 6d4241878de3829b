// Issue 4 and 11: per-response scoring against validation alone, on two shapes with realistic
// item ids: the generated 60-item instrument (ids like `ab-sjt-1`) and the shipped staff
// self-assessment, both with seeded, realistic responses.
// (a) the compiled response validator alone (ajv standalone), the floor;
// (b) parseResponse + scoreResponse. Target: (b) ≤ 2 × (a) for each shape.
// (d) the same competence scores through SurveyJS, timed warm and alternating with (b):
//     the full form model (survey-core `Model`: set the data, read the calculated values) and
//     SurveyJS's own expression engine alone (`ExpressionRunner.runValues`). The scores must agree
//     with ours to 1e-9. Check: (d, full model) / (b) ≥ 100 ×; the expression engine's ratio is
//     reported as a measure. scoreBatch has its own benchmark (scoring-batch.bench.mjs).
import os from 'node:os';
import { ExpressionRunner, Model } from 'survey-core';
import { framework, staffSelfAssessment } from '@competence-kit/framework-intercultural';
import { validateResponse } from '@competence-kit/schemas/validators';
import { parseInstrument, parseResponse, scoreResponse } from '@competence-kit/scoring';
import { compare, formatMs } from './harness.mjs';
import { generateInstrument, realisticAnswer, rng } from './generate-cohort.mjs';

export const name = 'scoring';

const N = 20_000;

/**
 * `count` seeded responses as respondents give them: each has a tendency that Likert ratings
 * scatter around (reverse-keyed items answered the other way), about 3 % of items skipped,
 * choices leaning with the tendency, multiple choice within its limits, rankings shuffled.
 */
function realisticResponses(instrument, count, seed, { noSkips = false } = {}) {
  const random = rng(seed);
  const items = instrument.sections.flatMap((s) => s.items);
  const scales = new Map((instrument.likertScales ?? []).map((s) => [s.id, s]));
  const roles = framework.roleProfiles.map((r) => r.id);
  return Array.from({ length: count }, (_, r) => {
    const tendency = random();
    const answers = items.map((item) => {
      if (!noSkips && !item.required && random() < 0.03)
        return { item: item.id, skipped: true, reason: 'declined' };
      return realisticAnswer(item, scales, tendency, random);
    });
    return {
      instrument: { id: instrument.id, version: instrument.version },
      respondent: `p-${r}`,
      roleProfile: roles[r % roles.length],
      phase: 'baseline',
      submittedAt: '2027-03-02T09:24:31+01:00',
      answers,
    };
  });
}

/** (a) and (b) on one instrument, alternating; the mean item id length beside them. */
function validateVsScore(instrument) {
  const parsed = parseInstrument(instrument, framework);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const responses = realisticResponses(instrument, N, 3);
  const items = instrument.sections.flatMap((s) => s.items);
  const idLength = items.reduce((sum, i) => sum + i.id.length, 0) / items.length;
  let rejected = 0;
  const results = compare(
    {
      a: () => {
        let ok = 0;
        for (const r of responses) if (validateResponse(r)) ok++;
        return ok === N;
      },
      b: () => {
        let sum = 0;
        for (const r of responses) {
          const p = parseResponse(r, instrument, framework);
          if (p.ok) sum += scoreResponse(instrument, framework, p.value).summary.answered;
          else rejected++;
        }
        return sum > 0;
      },
    },
    { rounds: 9, warmup: 2 },
  );
  // Every generated response is valid: a rejected one would make (b) cheaper than it is.
  if (rejected > 0) throw new Error(`${instrument.id}: ${rejected} generated responses rejected`);
  return { items: items.length, idLength, ...results };
}

/** The generated instrument as a SurveyJS survey whose calculated values are our competence scores. */
function toSurvey(instrument) {
  const items = instrument.sections.flatMap((s) => s.items);
  const name = new Map(items.map((item, i) => [item.id, `q${i}`]));
  const elements = items.map((item) =>
    item.type === 'likert'
      ? { type: 'rating', name: name.get(item.id), rateMin: 1, rateMax: 5 }
      : {
          type: item.type === 'multiple-choice' ? 'checkbox' : 'radiogroup',
          name: name.get(item.id),
          choices: item.options.map((o) => o.id),
        },
  );
  const normalised = (item) => {
    const q = `{${name.get(item.id)}}`;
    if (item.type === 'likert') return item.reverse ? `(5 - ${q}) / 4` : `(${q} - 1) / 4`;
    if (item.type === 'situational-judgement') return `iif(${q} = 'b', 1, iif(${q} = 'c', 0.5, 0))`;
    return `((iif(${q} contains 'a', 1, 0) + iif(${q} contains 'b', 1, 0) - iif(${q} contains 'c', 1, 0)) + 1) / 3`;
  };
  const competences = [...new Set(items.map((i) => i.competence))];
  const expressions = competences.map((competence) => {
    const own = items.filter((i) => i.competence === competence);
    return `(${own.map(normalised).join(' + ')}) / ${own.length}`;
  });
  const calculatedValues = expressions.map((expression, c) => ({ name: `c${c}`, expression }));
  return { survey: { elements, calculatedValues }, name, competences, expressions };
}

/** (b) against SurveyJS's full model and its expression engine, warm and alternating. */
function surveyComparison() {
  const instrument = generateInstrument();
  const { survey, name, competences, expressions } = toSurvey(instrument);
  const sample = realisticResponses(instrument, 500, 5, { noSkips: true });
  const data = sample.map((r) => {
    const d = {};
    for (const a of r.answers) d[name.get(a.item)] = a.value;
    return d;
  });
  const model = new Model(survey);
  const runners = expressions.map((e) => new ExpressionRunner(e));
  const viaModel = () =>
    data.map((d) => {
      model.data = d;
      return competences.map((_, c) => model.getVariable(`c${c}`));
    });
  const viaRunner = () => data.map((d) => runners.map((runner) => runner.runValues(d)));
  const ours = () =>
    sample.map((r) => {
      const p = parseResponse(r, instrument, framework);
      if (!p.ok) throw new Error(JSON.stringify(p.issues.slice(0, 3)));
      return scoreResponse(instrument, framework, p.value).competences;
    });

  // The three must agree, or the comparison means nothing.
  const theirs = { model: viaModel(), runner: viaRunner() };
  ours().forEach((scores, i) =>
    scores.forEach((c) => {
      for (const [how, all] of Object.entries(theirs)) {
        const value = all[i][competences.indexOf(c.competence)];
        if (!(Math.abs(value - c.score) <= 1e-9))
          throw new Error(`SurveyJS (${how}) disagrees on ${c.competence}: ${value} vs ${c.score}`);
      }
    }),
  );
  const results = compare(
    {
      b: () => ours().length > 0,
      model: () => viaModel().length > 0,
      runner: () => viaRunner().length > 0,
    },
    { rounds: 9, warmup: 3 },
  );
  const per = (ms) => ms / sample.length;
  return {
    bPer: per(results.b.medianMs),
    modelPer: per(results.model.medianMs),
    runnerPer: per(results.runner.medianMs),
  };
}

export async function run() {
  const shapes = [
    ['generated 60 items, 15 competences', validateVsScore(generateInstrument())],
    [
      `staff self-assessment, ${staffSelfAssessment.sections.flatMap((s) => s.items).length} items, ${framework.competences.length} competences`,
      validateVsScore(staffSelfAssessment),
    ],
  ];
  const d = surveyComparison();
  const rows = [];
  const checks = [];
  for (const [label, s] of shapes) {
    const ratio = s.b.medianMs / s.a.medianMs;
    rows.push(
      [
        `${label} (ids ${s.idLength.toFixed(1)} characters on average): (a) validate ${N.toLocaleString('en')} responses`,
        `${formatMs(s.a.medianMs)} (${formatMs(s.a.medianMs / N)} per response)`,
      ],
      [
        `${label}: (b) parseResponse + scoreResponse`,
        `${formatMs(s.b.medianMs)} (${formatMs(s.b.medianMs / N)} per response)`,
      ],
      [`${label}: (b) / (a)`, `${ratio.toFixed(2)} × (target ≤ 2 ×)`],
    );
    checks.push({
      label: `(b) / (a), ${label}`,
      value: ratio,
      unit: '×',
      target: '<= 2',
      pass: ratio <= 2,
    });
  }
  const modelRatio = d.modelPer / d.bPer;
  const runnerRatio = d.runnerPer / d.bPer;
  rows.push(
    ['(d) 500 responses, warm, alternating: ours (b) per response', formatMs(d.bPer)],
    [
      '(d) SurveyJS full form model (survey-core Model: set data, read calculated values)',
      `${formatMs(d.modelPer)} per response, ${modelRatio.toFixed(0)} × ours (check ≥ 100 ×)`,
    ],
    [
      '(d) SurveyJS expression engine alone (ExpressionRunner.runValues per competence)',
      `${formatMs(d.runnerPer)} per response, ${runnerRatio.toFixed(1)} × ours (measure, no target)`,
    ],
    ['(d) agreement', 'all three agree on every competence score to 1e-9'],
    [
      'machine',
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} on ${os.cpus().length} cores`,
    ],
  );
  checks.push(
    {
      label: '(d) SurveyJS full model / ours, per response',
      value: modelRatio,
      unit: '×',
      target: '>= 100',
      pass: modelRatio >= 100,
    },
    {
      label: '(d) SurveyJS ExpressionRunner / ours, per response (measure)',
      value: runnerRatio,
      unit: '×',
      target: 'measure, no target',
      pass: true,
    },
  );
  return { name, rows, checks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run();
  for (const [label, text] of result.rows) console.log(`${label}: ${text}`);
  for (const c of result.checks)
    console.log(`${c.pass ? 'met' : 'MISSED'}: ${c.label} ${c.value.toFixed(2)} (${c.target})`);
}
