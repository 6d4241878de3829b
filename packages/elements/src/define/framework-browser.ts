// Registers <ck-framework-browser>. A page that loads two copies of the package keeps the first.
import { FrameworkBrowser } from '../components/framework-browser/framework-browser.js';

if (!customElements.get('ck-framework-browser'))
  customElements.define('ck-framework-browser', FrameworkBrowser);

export { FrameworkBrowser };
