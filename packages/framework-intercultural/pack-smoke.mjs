// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { framework, FRAMEWORK_ID } from '@competence-kit/framework-intercultural';

if (framework.competences.length < 18) throw new Error('framework not loaded');
const require = createRequire(import.meta.url);
const json = JSON.parse(
  readFileSync(require.resolve('@competence-kit/framework-intercultural/framework.json'), 'utf8'),
);
if (json.id !== FRAMEWORK_ID) throw new Error('JSON subpath does not hold the framework');
console.log(`framework-intercultural smoke ok: ${framework.competences.length} competences`);
