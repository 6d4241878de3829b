// Issue 4: (a) ajv-validating 100,000 responses of 60 items, the floor; (b) validating and
// scoring them; (d) the same scoring through SurveyJS (survey-core) for a smaller sample.
// Targets: (b) ≤ 2 × (a); (b) ≥ 100 × faster per response than (d). scoreBatch has its own
// benchmark (scoring-batch.bench.mjs).
import { Model } from 'survey-core';
import { framework } from '@competence-kit/framework-intercultural';
import { validateResponse } from '@competence-kit/schemas/validators';
import { parseInstrument, parseResponse, scoreResponse } from '@competence-kit/scoring';
import { compare, formatMs } from './harness.mjs';
import { generateInstrument, generateResponses } from './generate-cohort.mjs';

/** The instrument as a SurveyJS survey whose calculated values are our competence scores. */
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
  const calculatedValues = competences.map((competence, c) => {
    const own = items.filter((i) => i.competence === competence);
    return { name: `c${c}`, expression: `(${own.map(normalised).join(' + ')}) / ${own.length}` };
  });
  return { survey: { elements, calculatedValues }, name, competences };
}

export function run() {
  const instrument = generateInstrument();
  const parsed = parseInstrument(instrument, framework);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const N = 100_000;
  const responses = generateResponses(instrument, N, { seed: 3 });

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
        }
        return sum > 0;
      },
    },
    { rounds: 5, warmup: 1 },
  );

  // (d) SurveyJS: one model, reused; for each response set its data and read the scores.
  const { survey: json, name, competences } = toSurvey(instrument);
  const sample = generateResponses(instrument, 500, { seed: 5, noSkips: true });
  const model = new Model(json);
  const surveyScores = [];
  const start = performance.now();
  for (const r of sample) {
    const data = {};
    for (const a of r.answers) data[name.get(a.item)] = a.value;
    model.data = data;
    surveyScores.push(competences.map((_, c) => model.getVariable(`c${c}`)));
  }
  const dMs = (performance.now() - start) / sample.length;
  // The two must agree, or the comparison means nothing.
  sample.forEach((r, i) => {
    const ours = scoreResponse(instrument, framework, r).competences;
    ours.forEach((c) => {
      const theirs = surveyScores[i][competences.indexOf(c.competence)];
      if (Math.abs(theirs - c.score) > 1e-9)
        throw new Error(`SurveyJS disagrees on ${c.competence}: ${theirs} vs ${c.score}`);
    });
  });

  const aPer = results.a.medianMs / N;
  const bPer = results.b.medianMs / N;
  const ratioBA = results.b.medianMs / results.a.medianMs;
  const ratioDB = dMs / bPer;
  return {
    name: 'Scoring (60 items, 15 competences)',
    rows: [
      [
        '(a) validate 100,000 responses (ajv standalone), floor',
        `${formatMs(results.a.medianMs)} (${formatMs(aPer)} per response)`,
      ],
      [
        '(b) validate + cross-check + score 100,000 responses',
        `${formatMs(results.b.medianMs)} (${formatMs(bPer)} per response)`,
      ],
      ['(b) / (a)', `${ratioBA.toFixed(2)} × (target ≤ 2 ×)`],
      ['(d) SurveyJS survey-core, 500 responses, per response', formatMs(dMs)],
      ['(d) / (b) per response', `${ratioDB.toFixed(0)} × (target ≥ 100 ×); scores agree to 1e-9`],
    ],
    checks: [
      { label: '(b) / (a)', value: ratioBA, unit: '×', target: '≤ 2 ×', pass: ratioBA <= 2 },
      {
        label: '(d) / (b) per response',
        value: ratioDB,
        unit: '×',
        target: '≥ 100 ×',
        pass: ratioDB >= 100,
      },
    ],
  };
}
