// Registers <ck-framework-browser>. A page that loads two copies of the package keeps the first.
import { CkFrameworkBrowser } from '../components/framework-browser/framework-browser.js';

if (!customElements.get('ck-framework-browser'))
  customElements.define('ck-framework-browser', CkFrameworkBrowser);

export { CkFrameworkBrowser };
