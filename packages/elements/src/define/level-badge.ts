// Registers <ck-level-badge>. A page that loads two copies of the package keeps the first.
import { CkLevelBadge } from '../components/level-badge/level-badge.js';

if (!customElements.get('ck-level-badge')) customElements.define('ck-level-badge', CkLevelBadge);

export { CkLevelBadge };
