#!/usr/bin/env node
// Writes the synthetic sample needs studies (content/samples/*.json) and the six sample needs
// reports (packages/needs-analysis/examples/<territory>.<locale>.md: each territory in its own
// language and in English, priorities linked to the 12-month programme template). Every study is
// validated with parseNeedsStudy and must build its report in de, it, es and en. The staff
// questionnaire answers whatever self-assessment is in content/instruments/. Needs the builds of
// needs-analysis and scoring:
//   cd packages/needs-analysis && npm run build
// Usage: node packages/framework-intercultural/scripts/generate-sample-studies.mjs [--seed 2021] [--check]
//   --check: generate and validate, write nothing, and fail when a committed file differs from
//   what would be written (lists the files).
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  generateSampleStudy,
  loadContent,
  loadTraining,
  SAMPLE_REPORTS,
  SAMPLE_SEED,
  sampleReportMarkdown,
  TERRITORIES,
} from './sample-studies.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const repo = join(packageDir, '..', '..');
const samplesDir = join(packageDir, 'content', 'samples');
const examplesDir = join(repo, 'packages', 'needs-analysis', 'examples');
const LOCALES = ['de', 'it', 'es', 'en'];

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : SAMPLE_SEED;
const checkOnly = args.includes('--check');

const analysis = await import(
  pathToFileURL(join(repo, 'packages', 'needs-analysis', 'dist', 'index.js')).href
).catch(() => {
  console.error(
    'packages/needs-analysis/dist is missing: cd packages/needs-analysis && npx tsc -p tsconfig.build.json',
  );
  process.exit(1);
});
const { parseInstrument } = await import('@competence-kit/scoring');

// Use the instruments that parse; the staff self-assessment is required.
const loaded = loadContent();
const content = { framework: loaded.framework, instruments: {} };
for (const [key, instrument] of Object.entries(loaded.instruments)) {
  const parsed = parseInstrument(instrument, loaded.framework);
  if (parsed.ok) content.instruments[key] = instrument;
  else
    console.warn(
      `Leaving out the ${key} questionnaire: its instrument does not parse (${parsed.issues[0]?.message}).`,
    );
}
if (!content.instruments.staff) {
  console.error('The staff self-assessment does not parse; nothing generated.');
  process.exit(1);
}
for (const key of ['tcn', 'stakeholders'])
  if (!content.instruments[key]) console.warn(`No ${key} instrument: generating without it.`);
const instruments = Object.values(content.instruments);
const training = loadTraining();
if (!training) console.warn('No programme template or catalogue: reports are not linked to it.');

/** JSON with small flat objects and arrays on one line (the way prettier keeps them). */
function serialize(value, indent = '') {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inline = JSON.stringify(value, null, 1)
    ?.replace(/\n\s*/g, ' ')
    .replace(/\[ /g, '[')
    .replace(/ \]/g, ']');
  const flat = Object.values(value).every(
    (v) =>
      v === null ||
      typeof v !== 'object' ||
      (Array.isArray(v) && v.every((x) => typeof x !== 'object')),
  );
  if (flat && indent.length + inline.length <= 90) return inline;
  const next = `${indent}  `;
  if (Array.isArray(value))
    return value.length === 0
      ? '[]'
      : `[\n${value.map((v) => next + serialize(v, next)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0
    ? '{}'
    : `{\n${entries.map(([k, v]) => `${next}${JSON.stringify(k)}: ${serialize(v, next)}`).join(',\n')}\n${indent}}`;
}

let prettier;
try {
  prettier = await import('prettier');
} catch {
  prettier = undefined;
}
async function format(text, file) {
  if (!prettier) return text;
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

let failed = false;
const summary = [];
const drift = [];
/** Writes a file, or in check mode notes it when the committed one differs. */
function emit(file, text) {
  if (checkOnly) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) drift.push(relative(repo, file));
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
for (const territory of Object.keys(TERRITORIES)) {
  const study = generateSampleStudy({ territory, seed, content });
  const parsed = analysis.parseNeedsStudy(study, { framework: content.framework, instruments });
  if (!parsed.ok) {
    failed = true;
    console.error(`${territory}: the generated study does not parse:`);
    console.error(parsed.issues.slice(0, 10));
    continue;
  }
  const reports = {};
  for (const locale of LOCALES) {
    try {
      reports[locale] = sampleReportMarkdown(analysis, study, content, locale, training);
      const report = analysis.buildNeedsReport(study, content.framework, locale, { instruments });
      analysis.renderNeedsReportHtml(report);
      analysis.renderNeedsReportCsv(report);
    } catch (error) {
      failed = true;
      console.error(`${territory}: the ${locale} report throws: ${error.stack ?? error}`);
    }
  }
  const file = join(samplesDir, `${territory}.json`);
  const text = await format(`${serialize(study)}\n`, file);
  emit(file, text);
  for (const [id, locale] of SAMPLE_REPORTS) {
    if (id !== territory || !reports[locale]) continue;
    const out = join(examplesDir, `${territory}.${locale}.md`);
    emit(out, reports[locale]);
    summary.push(`  ${relative(repo, out)}`);
  }
  const responses = study.questionnaires.map((q) => `${q.group} ${q.responses.length}`).join(', ');
  summary.unshift(
    `  ${relative(repo, file)}: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB; ${study.sources.length} sources, ${study.sessions.length} sessions, ${responses}; ${study.findings.length} findings, ${study.quotes?.length ?? 0} quotes`,
  );
}
console.log(`${checkOnly ? 'Checked' : 'Wrote'} (seed ${seed}):\n${summary.join('\n')}`);
if (drift.length > 0) {
  failed = true;
  console.error(
    `These committed files differ from a fresh generation (run without --check to rewrite them):\n  ${drift.join('\n  ')}`,
  );
}
if (failed) process.exit(1);
