// Registers <ck-questionnaire>. A page that loads two copies of the package keeps the first.
import { CkQuestionnaire } from '../components/questionnaire/questionnaire.js';

if (!customElements.get('ck-questionnaire'))
  customElements.define('ck-questionnaire', CkQuestionnaire);

export { CkQuestionnaire };
