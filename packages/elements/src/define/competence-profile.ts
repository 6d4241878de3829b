// Registers <ck-competence-profile> and the <ck-level-badge> it shows levels with. A page that
// loads two copies of the package keeps the first.
import './level-badge.js';
import { CkCompetenceProfile } from '../components/competence-profile/competence-profile.js';

if (!customElements.get('ck-competence-profile'))
  customElements.define('ck-competence-profile', CkCompetenceProfile);

export { CkCompetenceProfile };
