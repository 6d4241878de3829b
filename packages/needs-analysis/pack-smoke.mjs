// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed.
import { parseNeedsStudy, renderNeedsReportHtml, escapeHtml } from '@competence-kit/needs-analysis';

const result = parseNeedsStudy(
  {},
  { framework: { id: 'x', competences: [], scale: { levels: [] } }, instruments: [] },
);
if (result.ok || result.issues.length === 0) throw new Error('empty study accepted');
if (escapeHtml('<b>') !== '&lt;b&gt;') throw new Error('escaping broken');
if (typeof renderNeedsReportHtml !== 'function') throw new Error('renderer missing');
console.log('needs-analysis smoke ok');
