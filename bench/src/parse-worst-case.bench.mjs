// Issue 12: what a hostile document costs each parser, per MB of JSON, next to a valid document
// of the same kind. Hostile: the seeded shapes of @competence-kit/schemas/testing (arrays of
// empty objects, thousands of unknown keys, long strings, deep nesting, repeated items,
// prototype keys, arrays and objects over the limits) from 100 KB to 1 MB, with the default
// limits. Valid: a realistic document of each kind, parsed in copies one after the other up to
// 300 KB or more. Both are timed as parser calls on the parsed value (JSON.parse is not counted),
// alternating in the same rounds; the fastest of 11 rounds counts, the least disturbed by a busy
// neighbour. Target: the worst hostile document costs at most 3 × the valid one per MB.
import { readFileSync } from 'node:fs';
import { parseFramework } from '@competence-kit/model';
import { parseInstrument, parseResponse } from '@competence-kit/scoring';
import { parseCatalogue } from '@competence-kit/training';
import { parseGuide, parseNeedsReport, parseNeedsStudy } from '@competence-kit/needs-analysis';
import { hostileDocuments } from '@competence-kit/schemas/testing';
import { framework as shipped } from '@competence-kit/framework-intercultural';
import { parseSelection } from '../../packages/elements/dist/components/framework-browser/framework-browser.selection.js';
import {
  generateBenchStudy,
  loadContent,
} from '../../packages/framework-intercultural/scripts/sample-studies.mjs';
import { compare } from './harness.mjs';
import { generateFramework } from './generate-framework.mjs';
import { generateInstrument, generateResponses } from './generate-cohort.mjs';
import { generateCatalogue } from './training.bench.mjs';

export const name = 'parse-worst-case';

const MB = 1_000_000;
const MIN_HOSTILE = 100_000;
/** Valid documents are parsed in batches of at least this many characters, for steadier timing. */
const MIN_BATCH = 300_000;
const TARGET = 3;

/** The length of `value`'s JSON text, without writing it (deep documents overflow stringify). */
function jsonLength(value) {
  let size = 0;
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') size += node.length + 2;
    else if (node === null || typeof node !== 'object') size += String(node).length;
    else if (Array.isArray(node)) {
      size += node.length + 1;
      for (const item of node) stack.push(item);
    } else {
      const keys = Object.keys(node);
      size += keys.length + 1;
      for (const key of keys) {
        size += key.length + 3;
        stack.push(node[key]);
      }
    }
  }
  return size;
}

/** Copies of `doc` parsed one after the other, so that a small valid document weighs 100 KB. */
function batch(doc) {
  const size = jsonLength(doc);
  const copies = Math.max(1, Math.ceil(MIN_BATCH / size));
  return {
    docs: Array.from({ length: copies }, () => JSON.parse(JSON.stringify(doc))),
    size: size * copies,
  };
}

function measure(label, parse, valid) {
  const hostile = [];
  for (const { name, document } of hostileDocuments(valid, { seed: 1, mutations: 0 })) {
    const size = jsonLength(document);
    if (size >= MIN_HOSTILE) hostile.push({ name, document, size });
  }
  const checked = parse(valid);
  if (!checked.ok) {
    throw new Error(
      `${label}: the valid document is not valid: ${JSON.stringify(checked.issues.slice(0, 3))}`,
    );
  }
  const base = batch(valid);
  const cases = {
    valid: () => base.docs.every((d) => parse(d).ok),
  };
  hostile.forEach((h, i) => (cases[`h${i}`] = () => parse(h.document).ok));
  const results = compare(cases, { rounds: 11, warmup: 1 });
  const validPerMb = results.valid.minMs / (base.size / MB);
  let worst = null;
  hostile.forEach((h, i) => {
    const perMb = results[`h${i}`].minMs / (h.size / MB);
    if (!worst || perMb > worst.perMb) worst = { ...h, perMb };
  });
  const ratio = worst.perMb / validPerMb;
  return {
    label,
    validPerMb,
    validSize: base.size,
    worst,
    ratio,
    count: hostile.length,
  };
}

export function run() {
  const content = loadContent();
  const instruments = Object.values(content.instruments).filter(Boolean);
  const framework = generateFramework({ competences: 500 });
  const instrument = generateInstrument();
  const [response] = generateResponses(instrument, 1, { seed: 3 });
  const study = generateBenchStudy({ staffResponses: 200, findings: 60, seed: 11, content });
  const guide = JSON.parse(
    readFileSync(
      new URL(
        '../../packages/framework-intercultural/content/needs-analysis/interview-guide-staff.json',
        import.meta.url,
      ),
      'utf8',
    ),
  );
  const report = JSON.parse(
    readFileSync(
      new URL('../../schemas/examples/needs-report/valid/ravenna.json', import.meta.url),
      'utf8',
    ),
  );
  const catalogue = generateCatalogue(400, 7);
  const selectionValid = 'competence=plain-language&compare=practitioner,advanced';

  const measured = [
    measure('parseFramework', (d) => parseFramework(d), framework),
    measure('parseInstrument', (d) => parseInstrument(d, shipped), instrument),
    measure('parseResponse', (d) => parseResponse(d, instrument), response),
    measure(
      'parseNeedsStudy',
      (d) => parseNeedsStudy(d, { framework: content.framework, instruments }),
      study,
    ),
    measure('parseGuide', (d) => parseGuide(d, shipped), guide),
    measure('parseNeedsReport', (d) => parseNeedsReport(d), report),
    measure('parseCatalogue', (d) => parseCatalogue(d, shipped), catalogue),
  ];

  // parseSelection reads a URL hash: valid ones are short, so both sides are batches of texts.
  const selections = {
    valid: Array.from({ length: 2000 }, () => selectionValid),
    '20,000 parameters (129 KB), default limits': [
      Array.from({ length: 20_000 }, (_, i) => `k${i}=${i}`).join('&'),
    ],
    '2,048 characters of unknown parameters, 50 times': Array.from({ length: 50 }, () =>
      'x=1&'.repeat(512),
    ),
    '2,048 characters of repeated keys, 50 times': Array.from({ length: 50 }, () =>
      'competence=a&'.repeat(157),
    ),
  };
  const selectionFramework = shipped;
  const selectionCases = Object.fromEntries(
    Object.entries(selections).map(([label, texts]) => [
      label,
      () => texts.every((t) => parseSelection(t, selectionFramework).issues.length >= 0),
    ]),
  );
  const selectionResults = compare(selectionCases, { rounds: 9, warmup: 2 });
  const perMbOf = (label) =>
    selectionResults[label].minMs / (selections[label].reduce((n, t) => n + t.length, 0) / MB);
  const selectionValidPerMb = perMbOf('valid');
  let worstSelection = null;
  for (const label of Object.keys(selections).slice(1)) {
    const perMb = perMbOf(label);
    if (!worstSelection || perMb > worstSelection.perMb) worstSelection = { name: label, perMb };
  }
  measured.push({
    label: 'parseSelection',
    validPerMb: selectionValidPerMb,
    validSize: selections.valid.reduce((n, t) => n + t.length, 0),
    worst: {
      ...worstSelection,
      size: selections[worstSelection.name].reduce((n, t) => n + t.length, 0),
    },
    ratio: worstSelection.perMb / selectionValidPerMb,
    count: Object.keys(selections).length - 1,
  });

  const ms = (v) => `${v.toFixed(v >= 100 ? 0 : 1)} ms/MB`;
  const kb = (n) => `${Math.round(n / 1000).toLocaleString('en')} KB`;
  return {
    name: 'Worst-case parse time per MB: hostile documents against a valid one (issue 12)',
    rows: measured.flatMap((m) => [
      [`${m.label}: valid (${kb(m.validSize)})`, ms(m.validPerMb)],
      [
        `${m.label}: worst of ${m.count} hostile: ${m.worst.name} (${kb(m.worst.size)})`,
        `${ms(m.worst.perMb)}, ${m.ratio.toFixed(2)} × (target ≤ ${TARGET} ×)`,
      ],
    ]),
    checks: measured.map((m) => ({
      label: `${m.label}: worst hostile / valid, per MB`,
      value: m.ratio,
      unit: '×',
      target: `≤ ${TARGET} ×`,
      pass: m.ratio <= TARGET,
    })),
  };
}
