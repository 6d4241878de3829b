// Run by scripts/check-pack.mjs in an empty project where the packed tarball is installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { toIssues, SCHEMA_IDS } from '@competence-kit/schemas';
import { validateLocalizedText, validateFramework } from '@competence-kit/schemas/validators';

if (!validateLocalizedText({ de: 'Hallo' })) throw new Error('valid text rejected');
if (validateFramework({})) throw new Error('empty framework accepted');
if (toIssues(validateFramework.errors).length === 0)
  throw new Error('no issues for an empty framework');
const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@competence-kit/schemas/framework.schema.json'), 'utf8'),
);
if (schema.$id !== SCHEMA_IDS.framework) throw new Error('schema file not shipped with its $id');
console.log('schemas smoke ok');
