// Registers <ck-group-dashboard>. A page that loads two copies of the package keeps the first.
import { CkGroupDashboard } from '../components/group-dashboard/group-dashboard.js';

if (!customElements.get('ck-group-dashboard'))
  customElements.define('ck-group-dashboard', CkGroupDashboard);

export { CkGroupDashboard };
