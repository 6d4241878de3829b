// parseFramework against structural validation alone (the compiled validator without the
// semantic rules), on a framework of 500 competences × 4 levels × 4 locales.
// Target (issue 2): the whole parse costs at most 3 × the structural validation.
import { parseFramework } from '@competence-kit/model';
import { validateFramework } from '@competence-kit/schemas/validators';
import { compare, formatMs } from './harness.mjs';
import { generateFramework } from './generate-framework.mjs';

export function run() {
  const framework = generateFramework({ competences: 500 });
  const parsed = parseFramework(framework);
  if (!parsed.ok)
    throw new Error(
      `the generated framework is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`,
    );
  const texts = 4 + 4 * 2 + 10 * 2 + 500 * (2 + 4) + 6 + 100;
  const results = compare(
    {
      structural: () => validateFramework(framework),
      parseFramework: () => parseFramework(framework).ok,
    },
    { rounds: 31, warmup: 5 },
  );
  const ratio = results.parseFramework.medianMs / results.structural.medianMs;
  return {
    name: 'parseFramework (500 competences × 4 levels × 4 locales)',
    rows: [
      ['structural validation (baseline)', formatMs(results.structural.medianMs)],
      ['parseFramework (structure + semantic rules)', formatMs(results.parseFramework.medianMs)],
      ['ratio parse / structural', `${ratio.toFixed(2)} × (target ≤ 3 ×)`],
      [
        'document',
        `${JSON.stringify(framework).length.toLocaleString('en')} bytes, about ${texts} texts`,
      ],
    ],
    checks: [
      {
        label: 'parseFramework / structural validation',
        value: ratio,
        unit: '×',
        target: '≤ 3 ×',
        pass: ratio <= 3,
      },
    ],
  };
}
