// Registers <ck-stakeholder-map>. A page that loads two copies of the package keeps the first.
import { CkStakeholderMap } from '../components/stakeholder-map/stakeholder-map.js';

if (!customElements.get('ck-stakeholder-map'))
  customElements.define('ck-stakeholder-map', CkStakeholderMap);

export { CkStakeholderMap };
