// Registers <ck-level-badge>. A page that loads two copies of the package keeps the first.
import { LevelBadge } from '../components/level-badge/level-badge.js';

if (!customElements.get('ck-level-badge')) customElements.define('ck-level-badge', LevelBadge);

export { LevelBadge };
