// A published release: the group dashboard and the wave comparison, fed by the release the page
// embeds. Nothing here computes a figure; the elements show what the release publishes.
import '@competence-kit/elements/define/group-dashboard';
import '@competence-kit/elements/define/wave-comparison';
import type { Release } from '@competence-kit/disclosure';
import type { Framework } from '@competence-kit/schemas';
import type {} from '@competence-kit/elements';
import { pageData } from './data.js';

const data = pageData<{ framework: Framework; release: Release }>('ck-results');
if (data) {
  for (const element of document.querySelectorAll('ck-group-dashboard, ck-wave-comparison'))
    Object.assign(element, { framework: data.framework, release: data.release });
}
