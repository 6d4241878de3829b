// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed.
// It covers the subpaths that check-pack does not import itself (wildcards, CSS, JSON).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CkLevelBadge, registerMessages, bundledLocales } from '@competence-kit/elements';
import { themes } from '@competence-kit/elements/tokens';
import { de } from '@competence-kit/elements/locales/de';
import { ar } from '@competence-kit/elements/locales/ar';
import { fa } from '@competence-kit/elements/locales/fa';

// The main entry registers nothing and touches no DOM at import.
if (typeof globalThis.document !== 'undefined') throw new Error('document appeared in Node');
if (typeof CkLevelBadge !== 'function' || typeof registerMessages !== 'function')
  throw new Error('main entry incomplete');
if (bundledLocales.join() !== 'en,de,it,es,ar,uk,tr,fr,fa,ps,ti,ur')
  throw new Error(`locales ${bundledLocales}`);
if (de['common.close'] !== 'Schließen' || !ar['common.close'] || !fa['common.close'])
  throw new Error('locales broken');
if (themes.dark['color-accent'] === themes.light['color-accent']) throw new Error('tokens broken');

// Lit's Node build provides a customElements registry, so registration files load in Node
// (for server-side rendering); the class module alone defined nothing.
const { customElements } = globalThis;
if (customElements.get('ck-level-badge')) throw new Error('main entry registered an element');
await import('@competence-kit/elements/define/level-badge');
if (customElements.get('ck-level-badge') !== CkLevelBadge) throw new Error('define failed');

const read = (specifier) => readFileSync(fileURLToPath(import.meta.resolve(specifier)), 'utf8');
if (!read('@competence-kit/elements/tokens.css').includes('--ck-color-text:'))
  throw new Error('tokens.css incomplete');
const manifest = JSON.parse(read('@competence-kit/elements/custom-elements.json'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName);
if (!tags.includes('ck-level-badge')) throw new Error('manifest lacks ck-level-badge');
if (!manifest.modules.every((m) => m.path.startsWith('dist/')))
  throw new Error('manifest points outside dist');
console.log('elements smoke ok');
