// Registers <ck-wave-comparison>. A page that loads two copies of the package keeps the first.
import { CkWaveComparison } from '../components/wave-comparison/wave-comparison.js';

if (!customElements.get('ck-wave-comparison'))
  customElements.define('ck-wave-comparison', CkWaveComparison);

export { CkWaveComparison };
