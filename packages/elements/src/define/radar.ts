// Registers <ck-competence-radar>. A page that loads two copies of the package keeps the first.
import { CompetenceRadar } from '../components/radar/radar.js';

if (!customElements.get('ck-competence-radar'))
  customElements.define('ck-competence-radar', CompetenceRadar);

export { CompetenceRadar };
