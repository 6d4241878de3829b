// A publication of the programme's evaluation: per module, the wave comparisons of its release
// (participants and the others), each element fed the release named by its `data-release`.
// Nothing here computes a figure; the elements show what the releases publish.
import '@competence-kit/elements/define/wave-comparison';
import type { Release } from '@competence-kit/disclosure';
import type { Framework } from '@competence-kit/schemas';
import type {} from '@competence-kit/elements';
import { pageData } from './data.js';

const data = pageData<{ framework: Framework; releases: Release[] }>('ck-programme-evaluation');
if (data) {
  for (const element of document.querySelectorAll<HTMLElement>(
    'ck-wave-comparison[data-release]',
  )) {
    const release = data.releases[Number(element.dataset.release)];
    if (release) Object.assign(element, { framework: data.framework, release });
  }
}
