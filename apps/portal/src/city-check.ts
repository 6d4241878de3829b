#!/usr/bin/env node
// Checks city files: `node dist/city-check.js cities` (every *.json of the folder) or
// `node dist/city-check.js cities/ravenna.json`. Prints each city's issues; exits 1 when any has one.
import { stat } from 'node:fs/promises';
import { cityFileNames, loadCity } from './city-files.js';

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('usage: node dist/city-check.js <cities folder or city file>…');
  process.exit(2);
}
let failed = 0;
for (const target of targets) {
  const files = (await stat(target)).isDirectory() ? await cityFileNames(target) : [target];
  for (const file of files) {
    const result = await loadCity(file);
    if (result.ok) {
      const { city, framework, instruments, programme } = result.value;
      console.log(
        `${file}: ok (${city.languages.join(', ')}; ${framework.id} ${framework.version}; ` +
          `${instruments.length} instrument(s); ${programme ? `${programme.sessions.length} session(s)` : 'no programme'})`,
      );
    } else {
      failed++;
      console.error(`${file}: ${result.issues.length} issue(s)`);
      for (const issue of result.issues) {
        console.error(`  ${issue.path || '/'}  ${issue.code}  ${issue.message}`);
      }
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
