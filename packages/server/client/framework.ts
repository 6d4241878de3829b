// The framework page: <ck-framework-browser> takes over from the server's plain list.
import '@competence-kit/elements/define/framework-browser';
import type { Framework } from '@competence-kit/schemas';
import { pageData } from './data.js';

const browser = document.querySelector('ck-framework-browser');
const framework = pageData<Framework>('ck-framework');
if (browser && framework) browser.framework = framework;
