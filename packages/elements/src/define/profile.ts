// Registers <ck-competence-profile> and the <ck-level-badge> it shows levels with. A page that
// loads two copies of the package keeps the first.
import './level-badge.js';
import { CompetenceProfile } from '../components/profile/profile.js';

if (!customElements.get('ck-competence-profile'))
  customElements.define('ck-competence-profile', CompetenceProfile);

export { CompetenceProfile };
