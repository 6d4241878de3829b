// Registers <ck-learning-path>. A page that loads two copies of the package keeps the first.
import { CkLearningPath } from '../components/learning-path/learning-path.js';

if (!customElements.get('ck-learning-path'))
  customElements.define('ck-learning-path', CkLearningPath);

export { CkLearningPath };
