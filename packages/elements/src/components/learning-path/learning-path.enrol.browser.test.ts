import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/learning-path.js';
import type { CkEnrolDetail } from '../../events/ck-enrol.js';
import type { CkUnenrolDetail } from '../../events/ck-unenrol.js';
import { expectAccessible } from '../../test-support/axe.js';
import { fixture } from '../../test-support/fixture.js';
import {
  enrolment,
  smallCatalogue,
  smallFramework,
  smallPath,
  smallProgramme,
} from '../../test-support/learning-path.js';
import type { CkLearningPath } from './learning-path.js';

const text = (node: Element | null | undefined) => node!.textContent!.replace(/\s+/g, ' ').trim();
const buttons = (element: CkLearningPath) => [
  ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=button]'),
];
const programmeEnrolment = (module: string, session: string, status?: 'completed') =>
  enrolment(module, session, status, { programme: 'test-2027' });

/** The element, and the events it emitted, as a page listening on an ancestor receives them. */
async function mount(withProgramme: boolean, lang = 'en') {
  const events: { type: string; detail: CkEnrolDetail | CkUnenrolDetail }[] = [];
  const container = document.createElement('div');
  for (const type of ['ck-enrol', 'ck-unenrol'] as const)
    container.addEventListener(type, (e) => events.push({ type, detail: e.detail }));
  const element = await fixture<CkLearningPath>(
    html`<ck-learning-path
      .path=${smallPath()}
      .catalogue=${smallCatalogue()}
      .framework=${smallFramework()}
      .programme=${withProgramme ? smallProgramme() : undefined}
      today="2027-01-01"
    ></ck-learning-path>`,
    { container, lang },
  );
  return { element, events };
}

describe('<ck-learning-path> enrolment', () => {
  it('without a programme, enrols and cancels per module from the keyboard', async () => {
    const { element, events } = await mount(false);
    expect(buttons(element).map((b) => [text(b), b.getAttribute('aria-label')])).toEqual([
      ['Enrol', 'Enrol in Basics online'],
      ['Enrol', 'Enrol in Plain letters'],
    ]);

    await userEvent.tab();
    expect(element.shadowRoot!.activeElement).toBe(buttons(element)[0]);
    await userEvent.tab();
    expect(element.shadowRoot!.activeElement).toBe(buttons(element)[1]);
    await userEvent.keyboard('{Enter}');
    expect(events).toEqual([{ type: 'ck-enrol', detail: { module: 'letters' } }]);

    // The page books it and passes the enrolments back; focus stays on the same button.
    const focused = buttons(element)[1];
    element.enrolments = [enrolment('letters', 'letters-2')];
    await element.updateComplete;
    expect(buttons(element)[1]).toBe(focused);
    expect(element.shadowRoot!.activeElement).toBe(focused);
    expect(text(focused)).toBe('Cancel enrolment');
    expect(focused!.getAttribute('aria-label')).toBe('Cancel enrolment in Plain letters');
    expect(
      text(element.shadowRoot!.querySelectorAll('[part=step]')[1]!.querySelector('.status')),
    ).toBe('Enrolled');

    await userEvent.keyboard(' ');
    expect(events[1]).toEqual({
      type: 'ck-unenrol',
      detail: { module: 'letters', session: 'letters-2' },
    });
  });

  it('with a programme, lists the next sessions in the path language, each with its button', async () => {
    const { element, events } = await mount(true);
    const letters = element.shadowRoot!.querySelectorAll('[part=step]')[1]!;
    const sessions = [...letters.querySelectorAll('.session')];
    expect(sessions.map((s) => text(s.querySelector('span')))).toEqual([
      'Feb 1 – 2, 2027',
      'Mar 1, 2027 and Mar 8, 2027',
    ]);
    expect(sessions.map((s) => text(s.querySelector('.place')))).toEqual([
      'Rathaus, Saal 2, Dietzenbach',
      'Kreishaus, Dietzenbach',
    ]);
    expect(letters.querySelector('time')!.getAttribute('datetime')).toBe('2027-02-01');
    expect(letters.querySelector('.sessions')!.getAttribute('aria-label')).toBe('Next sessions');
    expect(buttons(element).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Enrol in Basics online on Jan 11, 2027',
      'Enrol in Plain letters on Feb 1 – 2, 2027',
      'Enrol in Plain letters on Mar 1, 2027 and Mar 8, 2027',
    ]);

    buttons(element)[2]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(events).toEqual([
      { type: 'ck-enrol', detail: { module: 'letters', session: 'letters-2' } },
    ]);

    element.maxSessions = 1;
    await element.updateComplete;
    expect(letters.querySelectorAll('.session')).toHaveLength(1);
  });

  it('offers only the booked session while one is, and nothing once a module is completed', async () => {
    const { element, events } = await mount(true);
    element.enrolments = [
      programmeEnrolment('letters', 'letters-2'),
      programmeEnrolment('basics', 'basics-0', 'completed'),
      // Another programme's enrolment does not count.
      enrolment('letters', 'letters-1', 'enrolled', { programme: 'elsewhere' }),
    ];
    await element.updateComplete;
    const [basics, letters] = [...element.shadowRoot!.querySelectorAll('[part=step]')];
    expect(text(basics!.querySelector('.session'))).toMatch(/^Oct 1, 2026 Online Completed$/);
    expect(basics!.querySelector('button')).toBeNull();
    expect([...letters!.querySelectorAll('.session')].map(text)).toEqual([
      'Feb 1 – 2, 2027 Rathaus, Saal 2, Dietzenbach',
      'Mar 1, 2027 and Mar 8, 2027 Kreishaus, Dietzenbach Enrolled Cancel enrolment',
    ]);
    letters!.querySelector('button')!.click();
    expect(events).toEqual([
      { type: 'ck-unenrol', detail: { module: 'letters', session: 'letters-2' } },
    ]);
    await expectAccessible(element);
  });

  it('says when no session is ahead, and speaks the dates of the locale', async () => {
    const { element } = await mount(true, 'de');
    expect(buttons(element).map((b) => b.getAttribute('aria-label'))[1]).toBe(
      'Für Verständliche Briefe am 01.–02.02.2027 anmelden',
    );
    element.today = '2028-01-01';
    await element.updateComplete;
    expect([...element.shadowRoot!.querySelectorAll('.note')].map(text)).toContain(
      'Noch kein Termin geplant.',
    );
    expect(buttons(element)).toHaveLength(0);
    await expectAccessible(element);

    element.lang = 'ar';
    element.today = '2027-01-01';
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(text(buttons(element)[0])).toBe('تسجيل');
    await expectAccessible(element);
  });
});
