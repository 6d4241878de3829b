// The profile page: profile, radar and learning path from the server's data; Enrol and Leave in
// the learning path post the same forms the page offers without JavaScript.
import '@competence-kit/elements/define/competence-profile';
import '@competence-kit/elements/define/competence-radar';
import '@competence-kit/elements/define/learning-path';
import type {
  Catalogue,
  Enrolment,
  Framework,
  LearningPath,
  Programme,
  Result,
} from '@competence-kit/schemas';
import type {} from '@competence-kit/elements';
import { pageData, csrfToken } from './data.js';

interface ProfileData {
  framework: Framework;
  result: Result;
  path: LearningPath;
  catalogue: Catalogue;
  programme?: Programme;
  enrolments: Enrolment[];
  enrolUrl: string;
  leaveUrl: string;
}

const data = pageData<ProfileData>('ck-profile');
if (data) {
  for (const element of document.querySelectorAll('ck-competence-profile, ck-competence-radar')) {
    Object.assign(element, { framework: data.framework, result: data.result });
  }
  const path = document.querySelector('ck-learning-path');
  if (path) {
    Object.assign(path, {
      framework: data.framework,
      path: data.path,
      catalogue: data.catalogue,
      programme: data.programme,
      enrolments: data.enrolments,
    });
    const post = (url: string, session: string) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = url;
      for (const [name, value] of [
        ['_csrf', csrfToken()],
        ['session', session],
      ] as const) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    };
    path.addEventListener('ck-enrol', (event) => {
      if (event.detail.session) post(data.enrolUrl, event.detail.session);
    });
    path.addEventListener('ck-unenrol', (event) => {
      if (event.detail.session) post(data.leaveUrl, event.detail.session);
    });
  }
}
