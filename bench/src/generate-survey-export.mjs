// A survey tool's CSV export (LimeSurvey-like: one row per respondent, one column per question,
// one Y/N column per option of a multiple-choice item, one column per rank) of seeded, realistic
// responses to the shipped staff self-assessment, and the mapping that imports it. For the
// importers benchmark: a large, valid file to measure importResponses on.
import { formatCsv } from '@competence-kit/model/csv';
import {
  generateBenchStudy,
  itemsOfInstrument,
  loadContent,
} from '../../packages/framework-intercultural/scripts/sample-studies.mjs';

/** The mapping of the export below for every item of `instrument`. */
export function surveyMapping(instrument) {
  const items = {};
  for (const item of itemsOfInstrument(instrument)) {
    if (item.type === 'multiple-choice')
      items[item.id] = {
        columns: Object.fromEntries(item.options.map((o) => [o.id, `Q.${item.id}.${o.id}`])),
        chosen: ['Y'],
        notChosen: ['N'],
      };
    else if (item.type === 'ranking')
      items[item.id] = { ranks: item.options.map((_, i) => `Q.${item.id}.${i + 1}`) };
    else items[item.id] = `Q.${item.id}`;
  }
  return {
    respondent: 'token',
    roleProfile: 'role',
    territory: 'territory',
    group: 'group',
    locale: 'language',
    phase: { column: 'wave' },
    submittedAt: 'submitdate',
    items,
    skipped: { 'N/A': 'not-applicable' },
  };
}

function cellsOf(item, answer) {
  const skip = answer?.skipped ? (answer.reason === 'not-applicable' ? 'N/A' : '') : undefined;
  if (item.type === 'multiple-choice')
    return item.options.map((o) =>
      skip !== undefined ? skip : answer.value.includes(o.id) ? 'Y' : 'N',
    );
  if (item.type === 'ranking')
    return item.options.map((_, i) => (skip !== undefined ? skip : answer.value[i]));
  return [skip !== undefined ? skip : String(answer.value)];
}

/**
 * `rows` responses of the staff self-assessment as a CSV export, with its mapping and
 * instrument. The seeded study generator gives the answers; rows past its size repeat them with
 * new pseudonyms, so any size is quick to make.
 */
export function generateSurveyExport({ rows = 100_000, seed = 12, content = loadContent() } = {}) {
  const instrument = content.instruments.staff;
  const study = generateBenchStudy({ staffResponses: Math.min(rows, 5000), seed, content });
  const responses = study.questionnaires.find((q) => q.id === 'staff-self-assessment').responses;
  const items = itemsOfInstrument(instrument);
  const header = ['token', 'role', 'territory', 'group', 'language', 'wave', 'submitdate'];
  for (const item of items)
    if (item.type === 'multiple-choice')
      header.push(...item.options.map((o) => `Q.${item.id}.${o.id}`));
    else if (item.type === 'ranking')
      header.push(...item.options.map((_, i) => `Q.${item.id}.${i + 1}`));
    else header.push(`Q.${item.id}`);
  const records = [header];
  for (let r = 0; r < rows; r++) {
    const response = responses[r % responses.length];
    const answers = new Map(response.answers.map((a) => [a.item, a]));
    records.push([
      `p-${r.toString(36).padStart(6, '0')}`,
      response.roleProfile ?? '',
      response.territory ?? '',
      response.group ?? '',
      response.locale ?? '',
      response.phase,
      response.submittedAt,
      ...items.flatMap((item) => cellsOf(item, answers.get(item.id))),
    ]);
  }
  // A survey tool writes its cells as they are: no formula guard.
  const csv = formatCsv(records, { neutraliseFormulas: false });
  return { csv, mapping: surveyMapping(instrument), instrument, framework: content.framework };
}
