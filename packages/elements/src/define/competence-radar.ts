// Registers <ck-competence-radar>. A page that loads two copies of the package keeps the first.
import { CkCompetenceRadar } from '../components/competence-radar/competence-radar.js';

if (!customElements.get('ck-competence-radar'))
  customElements.define('ck-competence-radar', CkCompetenceRadar);

export { CkCompetenceRadar };
