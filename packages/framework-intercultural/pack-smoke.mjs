// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  framework,
  FRAMEWORK_ID,
  catalogue,
  programmeTemplate,
} from '@competence-kit/framework-intercultural';

if (framework.competences.length < 18) throw new Error('framework not loaded');
const require = createRequire(import.meta.url);
const readJson = (subpath) =>
  JSON.parse(
    readFileSync(require.resolve(`@competence-kit/framework-intercultural/${subpath}`), 'utf8'),
  );
if (readJson('framework.json').id !== FRAMEWORK_ID)
  throw new Error('JSON subpath does not hold the framework');
if (catalogue.modules.length < 15) throw new Error('catalogue not loaded');
if (readJson('training/catalogue.json').id !== catalogue.id)
  throw new Error('JSON subpath does not hold the catalogue');
if (
  readJson('training/programme-template.json').sessions.length !== programmeTemplate.sessions.length
)
  throw new Error('JSON subpath does not hold the programme template');
console.log(
  `framework-intercultural smoke ok: ${framework.competences.length} competences, ` +
    `${catalogue.modules.length} modules, ${programmeTemplate.sessions.length} sessions`,
);
