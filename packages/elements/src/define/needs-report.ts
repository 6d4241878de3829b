// Registers <ck-needs-report>. A page that loads two copies of the package keeps the first.
import { CkNeedsReport } from '../components/needs-report/needs-report.js';

if (!customElements.get('ck-needs-report')) customElements.define('ck-needs-report', CkNeedsReport);

export { CkNeedsReport };
