// A needs report as built and stored by the portal: `<ck-needs-report>` fed by the report the
// page embeds. The element brings the report's words in the page's language.
import '@competence-kit/elements/define/needs-report';
import type { NeedsReport } from '@competence-kit/needs-analysis';
import type {} from '@competence-kit/elements';
import { pageData } from './data.js';

const report = pageData<NeedsReport>('ck-needs-report-data');
const element = document.querySelector('ck-needs-report');
if (report && element) Object.assign(element, { report });
