// Issue 12: the CSV importers on realistic large files and on hostile ones of the same size.
// Measured: rows per second of parseCsv, importTranslations and importResponses on a valid file,
// and the time per MB of each hostile input against a valid input of the same size, 1 MB, in the
// same run (the cases alternate, harness.mjs). Target: every hostile input costs at most 3 × the
// valid one per MB, so bad input costs nothing more than good input.
// - importResponses and importTranslations: against their realistic valid file (the survey
//   export, the translation CSV), cut to 1 MB.
// - parseCsv: against the valid file that costs it most per MB, one-character rows (`a\n`),
//   since parseCsv's cost is one record object per row: the survey export (rows of ~500
//   characters) costs 7 ms per MB, a valid file of short rows 25 × that, so a comparison with the
//   export measures row density, not hostility. The question for a reader is whether malformed
//   text costs more than the worst valid text; the ratio to the survey export is reported too.
import { parseCsv } from '@competence-kit/model/csv';
import { importResponses } from '@competence-kit/needs-analysis';
import { exportTranslations, importTranslations } from '@competence-kit/cli';
import { compare, formatMs } from './harness.mjs';
import { generateFramework } from './generate-framework.mjs';
import { generateSurveyExport } from './generate-survey-export.mjs';

export const name = 'importers';

const MB = 1 << 20;
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);

/** The first whole lines of `csv` up to about `size` characters. */
function cut(csv, size) {
  const end = csv.indexOf('\r\n', size);
  return end < 0 ? csv : csv.slice(0, end + 2);
}

/** Hostile inputs of about 1 MB after a valid `header` line. */
function hostile(header) {
  const rest = MB - header.length - 2;
  return {
    'line breaks': `${header}\r\n${'\n'.repeat(rest)}`,
    commas: `${header}\r\n${','.repeat(rest)}`,
    'one field of doubled quotes': `${header}\r\n"${'""'.repeat(rest >> 1)}"`,
    'short malformed rows': `${header}\r\n${'"a"b\r'.repeat(rest / 5)}`,
    'rows of the wrong width': `${header}\r\n${'x,y\n'.repeat(rest / 4)}`,
  };
}

/**
 * Each hostile case against `valid` (both about 1 MB); the worst ratio and its case. `also`: more
 * valid files, measured and reported with their ratio to the hostile cases' baseline, no target.
 */
function perMegabyte(label, valid, cases, parse, { baseline = 'valid file', also = {} } = {}) {
  const measured = compare(
    Object.fromEntries([
      ['valid', () => parse(valid)],
      ...Object.entries(also).map(([k, text]) => [`also ${k}`, () => parse(text)]),
      ...Object.entries(cases).map(([k, text]) => [k, () => parse(text)]),
    ]),
    { rounds: 9, warmup: 2 },
  );
  const base = measured.valid.medianMs / (valid.length / MB);
  const rows = [[`${label}: ${baseline}, per MB (baseline)`, formatMs(base)]];
  for (const [k, text] of Object.entries(also)) {
    const perMb = measured[`also ${k}`].medianMs / (text.length / MB);
    rows.push([
      `${label}: ${k}, per MB (no target)`,
      `${formatMs(perMb)} (baseline / this: ${(base / perMb).toFixed(1)} ×)`,
    ]);
  }
  let worst = { ratio: 0, name: '' };
  for (const [k, text] of Object.entries(cases)) {
    const ratio = measured[k].medianMs / (text.length / MB) / base;
    rows.push([
      `${label}: ${k}, per MB`,
      `${formatMs(measured[k].medianMs / (text.length / MB))} (${ratio.toFixed(2)} ×)`,
    ]);
    if (ratio > worst.ratio) worst = { ratio, name: k };
  }
  const check = {
    label: `${label}: worst hostile input per MB / valid per MB (${worst.name})`,
    value: worst.ratio,
    unit: '×',
    target: '≤ 3 ×',
    pass: worst.ratio <= 3,
  };
  return { rows, check };
}

const rate = (rows, ms) => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;

export function run() {
  const survey = generateSurveyExport({ rows: ROWS });
  const { csv, mapping, instrument, framework } = survey;
  const framework500 = generateFramework({ competences: 500 });
  const translations = exportTranslations(framework500, 'uk');
  const translationRows = translations.split('\r\n').length - 2;
  const responses = (text) => importResponses(text, mapping, instrument, { framework });
  const translate = (text) => importTranslations(framework500, text, 'uk');

  const realistic = compare(
    {
      parseCsv: () => parseCsv(csv).records.length,
      importResponses: () => responses(csv).responses.length,
      importTranslations: () => translate(translations).applied,
    },
    { rounds: 3, warmup: 1 },
  );
  const imported = responses(csv);
  if (imported.responses.length !== ROWS || imported.issues.length > 0)
    throw new Error(`the survey export does not import: ${JSON.stringify(imported.issues[0])}`);
  const translated = translate(translations);
  if (translated.issues.length > 0)
    throw new Error(`the translation CSV does not import: ${JSON.stringify(translated.issues[0])}`);

  const surveyHeader = csv.slice(0, csv.indexOf('\r\n'));
  const denseRows = `${surveyHeader}\r\n${'a\n'.repeat((MB - surveyHeader.length - 2) / 2)}`;
  const parse = perMegabyte('parseCsv', denseRows, hostile(surveyHeader), (t) => parseCsv(t), {
    baseline: 'valid file of one-character rows',
    also: { 'valid survey export': cut(csv, MB) },
  });
  const survey1 = perMegabyte('importResponses', cut(csv, MB), hostile(surveyHeader), responses);
  const header = 'id,path,source,translation';
  const translations1 = perMegabyte(
    'importTranslations',
    cut(translations, MB),
    hostile(header),
    translate,
  );

  return {
    name: `CSV importers (${ROWS.toLocaleString('en')}-row survey export of ${(csv.length / MB).toFixed(1)} MB; translation CSV of a 500-competence framework, ${(translations.length / MB).toFixed(1)} MB; hostile inputs of 1 MB)`,
    rows: [
      [
        'parseCsv, survey export',
        `${formatMs(realistic.parseCsv.medianMs)}, ${rate(ROWS, realistic.parseCsv.medianMs)}`,
      ],
      [
        'importResponses, survey export (with parseResponse of every row)',
        `${formatMs(realistic.importResponses.medianMs)}, ${rate(ROWS, realistic.importResponses.medianMs)}`,
      ],
      [
        `importTranslations, ${translationRows.toLocaleString('en')} rows (with parseFramework of the result)`,
        `${formatMs(realistic.importTranslations.medianMs)}, ${rate(translationRows, realistic.importTranslations.medianMs)}`,
      ],
      ...parse.rows,
      ...survey1.rows,
      ...translations1.rows,
    ],
    checks: [parse.check, survey1.check, translations1.check],
  };
}
