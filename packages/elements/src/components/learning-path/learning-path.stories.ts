// Stories of <ck-learning-path> (Storybook 10, CSF3, @storybook/web-components-vite), fed by the
// real framework, catalogue and programme template of @competence-kit/framework-intercultural
// and a path that the real engine (@competence-kit/training) recommends for a synthetic staff
// self-assessment. src/stories.browser.test.ts renders each of them with axe.
import { html, nothing } from 'lit';
import '../../define/learning-path.js';
import type { CkEnrolEvent } from '../../events/ck-enrol.js';
import type { CkUnenrolEvent } from '../../events/ck-unenrol.js';
import {
  catalogue,
  enrolment,
  framework,
  programmeTemplate,
  realPath,
} from '../../test-support/learning-path.js';
import type { CkLearningPath } from './learning-path.js';

interface Args {
  roleProfile: string;
  language: string;
  budgetHours: number | null;
  withProgramme: boolean;
  today: string;
  'max-sessions': number;
  'heading-level': number;
  lang?: string;
  /** Keeps the enrolments the buttons ask for (the page's part, done here by the story). */
  interactive?: boolean;
  /** Enrolments as `module/session/status`. */
  enrolled?: string[];
  /** Storybook's actions for the events (argTypes from the custom-elements manifest). */
  onCkEnrol?: (event: CkEnrolEvent) => void;
  onCkUnenrol?: (event: CkUnenrolEvent) => void;
}

/** What a page does with the events: book or cancel, then pass the enrolments back. */
function onEnrol(event: CkEnrolEvent) {
  const element = event.currentTarget as CkLearningPath;
  const { module, session = `${module}-1` } = event.detail;
  element.enrolments = [...element.enrolments, enrolment(module, session)];
}

function onUnenrol(event: CkUnenrolEvent) {
  const element = event.currentTarget as CkLearningPath;
  const { module, session } = event.detail;
  element.enrolments = element.enrolments.filter(
    (e) => e.module !== module || (session !== undefined && e.session !== session),
  );
}

const dataProperty = { control: false } as const;

const meta = {
  title: 'Components/Learning path',
  component: 'ck-learning-path',
  render: (args: Args) => {
    const path = realPath({
      roleProfile: args.roleProfile,
      language: args.language,
      budgetHours: args.budgetHours,
    });
    const enrolments = (args.enrolled ?? []).map((spec) => {
      const [module, session, status] = spec.split('/') as [string, string, 'enrolled'];
      return enrolment(module, session, status);
    });
    return html`<ck-learning-path
      .path=${path}
      .catalogue=${catalogue}
      .framework=${framework}
      .programme=${args.withProgramme ? programmeTemplate : undefined}
      .enrolments=${enrolments}
      today=${args.today}
      max-sessions=${args['max-sessions']}
      heading-level=${args['heading-level']}
      lang=${args.lang ?? nothing}
      @ck-enrol=${(event: CkEnrolEvent) => {
        args.onCkEnrol?.(event);
        if (args.interactive) onEnrol(event);
      }}
      @ck-unenrol=${(event: CkUnenrolEvent) => {
        args.onCkUnenrol?.(event);
        if (args.interactive) onUnenrol(event);
      }}
    ></ck-learning-path>`;
  },
  args: {
    roleProfile: 'front-desk',
    language: 'de',
    budgetHours: 60,
    withProgramme: true,
    today: '2027-01-01',
    'max-sessions': 3,
    'heading-level': 3,
    interactive: true,
  } satisfies Args,
  argTypes: {
    roleProfile: {
      control: 'select',
      options: (framework.roleProfiles ?? []).map((r) => r.id),
      description: 'The role whose targets the synthetic result is scored against.',
    },
    language: {
      control: 'select',
      options: ['de', 'it', 'es', 'en'],
      description: 'The language the person takes training in (recommendPath `language`).',
    },
    budgetHours: { control: 'number', description: 'recommendPath `budgetHours`; null for none.' },
    withProgramme: { control: 'boolean', description: 'Pass the 12-month programme template.' },
    path: dataProperty,
    catalogue: dataProperty,
    framework: dataProperty,
    programme: dataProperty,
    enrolments: dataProperty,
  },
};
export default meta;

export const Playground = {};

export const OptionsWithoutProgramme = {
  name: 'Options: without a programme, one button per module',
  args: { withProgramme: false },
};

export const OptionsNoBudget = {
  name: 'Options: no budget, a case worker training in Italian',
  // The programme template's sessions are in German: an Italian path has none to offer.
  args: {
    roleProfile: 'immigration-case-worker',
    language: 'it',
    budgetHours: null,
    withProgramme: false,
  },
};

export const OptionsTightBudget = {
  name: 'Options: a tight budget leaves gaps open',
  args: { roleProfile: 'team-lead', budgetHours: 40 },
};

export const BehavioursEnrolments = {
  name: 'Behaviours: enrolled, on the waiting list, completed',
  args: {
    interactive: false,
    enrolled: [
      'intercultural-basics-online/intercultural-basics-online-1/completed',
      'de-escalation-at-the-counter/de-escalation-at-the-counter-1/enrolled',
      'residence-and-work-permits-online/residence-and-work-permits-online-1/waitlisted',
    ],
  },
};

export const BehavioursNoSessionsAhead = {
  name: 'Behaviours: no session ahead after the programme ended',
  args: { today: '2028-01-01' },
};

export const AccessibilityArabic = {
  name: 'Accessibility: Arabic, right to left',
  args: { lang: 'ar' },
};

export const AccessibilityHeadingLevel = {
  name: 'Accessibility: module titles as level 2 headings',
  args: { 'heading-level': 2 },
};
