// Registers <ck-action-plan>. A page that loads two copies of the package keeps the first.
import { CkActionPlan } from '../components/action-plan/action-plan.js';

if (!customElements.get('ck-action-plan')) customElements.define('ck-action-plan', CkActionPlan);

export { CkActionPlan };
