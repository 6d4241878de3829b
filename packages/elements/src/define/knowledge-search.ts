// Registers <ck-knowledge-search>. A page that loads two copies of the package keeps the first.
import { CkKnowledgeSearch } from '../components/knowledge-search/knowledge-search.js';

if (!customElements.get('ck-knowledge-search'))
  customElements.define('ck-knowledge-search', CkKnowledgeSearch);

export { CkKnowledgeSearch };
