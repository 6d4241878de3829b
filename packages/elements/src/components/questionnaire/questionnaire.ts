import { html, type PropertyValues } from 'lit';
import type { Answer, Instrument, Phase } from '@competence-kit/schemas';
import { hostTokens, sharedStyles } from '../../styles/shared.js';
import { AnswerSheet } from './answer-sheet.js';
import { InstrumentTexts } from './content-text.js';
import { DraftSources, writeStoredDraft } from './draft.js';
import { FormAssociatedElement } from '../../internal/form-associated.js';
import { pluralRules } from '../../internal/format.js';
import { itemId, type RenderContext } from './questionnaire.items.js';
import { moveOption } from './questionnaire.ranking.js';
import { styles } from './questionnaire.styles.js';
import type { QuestionnaireDraft, QuestionnaireMode } from './questionnaire.types.js';
import { renderQuestionnaire, type Summary } from './questionnaire.view.js';
import { contextIssues } from './response.js';
import type { IndexedItem } from './validation.js';

/**
 * A questionnaire: an instrument's items (ratings, single and multiple choices, situational
 * judgements, free text, rankings) one section at a time or all at once, with a progress bar,
 * "Prefer not to answer" on optional items, and a check of required answers that says what
 * is missing and takes the focus there. It keeps a draft (an event, a property, and
 * optionally localStorage) and submits a `Response` that `parseResponse` accepts, by its own
 * Submit button or as a form control of the `<form>` it is in.
 *
 * @summary An instrument's questionnaire, from the first answer to a valid response.
 *
 * @example
 * ```html
 * <form method="post" action="/responses">
 *   <ck-questionnaire name="response" respondent="lko-0042" persist-key="ssa"></ck-questionnaire>
 * </form>
 * <script type="module">
 *   import '@competence-kit/elements/define/questionnaire';
 *   import { staffSelfAssessment } from '@competence-kit/framework-intercultural';
 *   document.querySelector('ck-questionnaire').instrument = staffSelfAssessment;
 * </script>
 * ```
 *
 * @event ck-draft-change - An answer or the section changed; `detail.draft` resumes from here.
 * @event ck-submit - The respondent submitted a complete questionnaire; `detail.response`.
 * @event ck-data-error - The instrument cannot be shown, a draft (or the stored one) cannot be used, or `respondent`, `phase`... do not fit the response schema.
 *
 * @csspart base - The questionnaire.
 * @csspart title - The instrument's title.
 * @csspart progress - The progress bar and its text.
 * @csspart section - A section with its items.
 * @csspart item - An item.
 * @csspart prompt - An item's prompt.
 * @csspart scenario - A situational-judgement item's scene.
 * @csspart error - The message of an item that needs an answer.
 * @csspart textarea - A free-text answer.
 * @csspart ranking - A ranking's list.
 * @csspart move-button - A ranking's "Move up" and "Move down" buttons.
 * @csspart nav - The Previous, Next and Submit buttons.
 * @csspart submit - The Submit button.
 * @csspart summary - What needs an answer, or that the answers were submitted.
 *
 * @cssproperty --ck-color-surface - The background of the items.
 * @cssproperty --ck-color-text - Texts.
 * @cssproperty --ck-color-text-muted - Numbers, help and hints.
 * @cssproperty --ck-color-border - Item and button outlines.
 * @cssproperty --ck-color-accent - The progress bar, the Submit button and the chosen options.
 * @cssproperty --ck-color-on-accent - The Submit button's text.
 * @cssproperty --ck-color-danger - Problems and their outline.
 * @cssproperty --ck-color-success - The message after submitting.
 */
export class CkQuestionnaire extends FormAssociatedElement {
  static override properties = {
    instrument: { attribute: false },
    mode: { reflect: true },
    name: { reflect: true },
    respondent: {},
    roleProfile: { attribute: 'role-profile' },
    unit: {},
    territory: {},
    group: {},
    phase: {},
    persistKey: { attribute: 'persist-key' },
    now: { attribute: false },
  };

  static override styles = [hostTokens, sharedStyles, styles];

  /** The instrument to answer (`Instrument` of `@competence-kit/schemas`). */
  declare instrument: Instrument | undefined;
  /** `sections`: one section at a time, with Previous and Next; `all`: every item at once. */
  declare mode: QuestionnaireMode;
  /** The name of the response in the data of the `<form>` the element is in. */
  declare name: string;
  /** The respondent's pseudonym (letters, digits, `.`, `_`, `-`), never a name or e-mail. */
  declare respondent: string;
  /** The id of the respondent's role profile in the framework, if known. */
  declare roleProfile: string;
  /** The respondent's organisational unit, as the city names it. */
  declare unit: string;
  /** The territory, for example `landkreis-offenbach`. */
  declare territory: string;
  /** The participant group, for needs-analysis questionnaires. */
  declare group: string;
  /** When the instrument is answered: `baseline`, `post` or `follow-up` (training). */
  declare phase: Phase;
  /** A localStorage key: the draft is loaded from it, saved on each change, removed on submit. */
  declare persistKey: string;
  /** The clock for `startedAt` and `submittedAt`; replace it for exact tests. */
  declare now: () => Date;

  #sheet: AnswerSheet | undefined;
  readonly #drafts = new DraftSources();
  #summary: Summary = { text: '' };
  #status = '';
  #focus: (() => Element | null | undefined) | undefined;
  readonly #content = new InstrumentTexts();

  constructor() {
    super();
    this.instrument = undefined;
    this.mode = 'sections';
    this.name = '';
    this.respondent = '';
    this.roleProfile = '';
    this.unit = '';
    this.territory = '';
    this.group = '';
    this.phase = 'baseline';
    this.persistKey = '';
    this.now = () => new Date();
    // Native validation found the answers incomplete: show where, as Submit would.
    this.addEventListener('invalid', () => void this.#report(this.#sheet?.problems(), false));
  }

  /**
   * The answers so far and the current section; `undefined` without an instrument. Assign a
   * draft (from `ck-draft-change`) to resume: its answers and section are restored.
   */
  get draft(): QuestionnaireDraft | undefined {
    return this.#sheet?.draft();
  }

  set draft(value: QuestionnaireDraft | undefined) {
    this.#drafts.give(value);
    // Applied now if the instrument is in; else when it comes (`undefined` starts over).
    if (this.#sheet && this.#sheet.index.instrument === this.instrument)
      this.#restore(this.#drafts.takeGiven()?.value);
    this.requestUpdate();
  }

  /** @internal */
  formResetCallback(): void {
    if (!this.#sheet) return;
    this.#restore(undefined);
    this.#changed();
  }

  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.draft = JSON.parse(state) as QuestionnaireDraft;
    } catch {
      // A state the browser kept from another version of the page: start afresh.
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrument')) this.#useInstrument();
    if (!this.#sheet) return;
    if (changed.has('persistKey') || changed.has('instrument')) this.#loadStored();
    const context = ['respondent', 'phase', 'roleProfile', 'territory', 'group', 'instrument'];
    if (context.some((key) => changed.has(key as keyof CkQuestionnaire))) {
      const issues = contextIssues(this);
      if (issues.length > 0) this.emit('ck-data-error', { issues });
    }
  }

  #useInstrument(): void {
    const before = this.#sheet;
    this.#sheet = undefined;
    this.#summary = { text: '' };
    if (!this.instrument) return;
    const made = AnswerSheet.for(this.instrument, before);
    if (!made.ok) return void this.emit('ck-data-error', { issues: made.issues });
    this.#sheet = made.sheet;
    const given = this.#drafts.takeGiven();
    if (given) this.#restore(given.value);
  }

  #loadStored(): void {
    if (!this.isConnected) return;
    const { draft, issues } = this.#drafts.takeStored(this.persistKey, this.instrument!);
    if (issues.length > 0) this.emit('ck-data-error', { issues });
    if (draft !== undefined) this.#restore(draft);
  }

  #restore(value: unknown): void {
    this.#summary = { text: '' };
    const issues = this.#sheet!.restore(value);
    if (issues.length > 0) this.emit('ck-data-error', { issues });
  }

  // --- answering ---

  #onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const sheet = this.#sheet;
    const entry = sheet?.index.byId.get(input.dataset.item ?? '');
    if (!entry) return;
    const { kind } = input.dataset;
    // Text answers follow each keystroke; other controls report once, with `change`.
    if ((event.type === 'input') !== (kind === 'text')) return;
    const checked = 'checked' in input && input.checked;
    const answer = sheet!.answerFor(entry, { kind, value: input.value, checked });
    if (answer !== null) this.#setAnswer(entry, answer);
  };

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest('button');
    const { kind } = button?.dataset ?? {};
    if (kind === 'move') this.#move(button!);
    else if (kind === 'next') this.#goTo(this.#sheet!.section + 1);
    else if (kind === 'previous') this.#goTo(this.#sheet!.section - 1);
    else if (kind === 'submit') this.#submit();
  };

  #move(button: HTMLButtonElement): void {
    const moved = moveOption(this.#sheet!, button.dataset);
    if (!moved) return;
    const { entry, option, position, total } = moved;
    this.#status = this.msg('questionnaire.ranking.moved', {
      option: this.#content.label(option, this.locale, this.instrument?.defaultLocale),
      position,
      total,
    });
    this.#focus = () => this.renderRoot.querySelector(moved.focus);
    this.#setAnswer(entry, moved.answer);
  }

  #setAnswer(entry: IndexedItem, answer: Answer | undefined): void {
    const sheet = this.#sheet!;
    sheet.set(entry.item.id, answer, this.now);
    if (this.#summary.text && !sheet.showsProblems()) this.#summary = { text: '' };
    this.#changed();
  }

  /** After every change: re-render, report the draft, keep it. */
  #changed(): void {
    this.requestUpdate();
    const draft = this.#sheet!.draft();
    this.emit('ck-draft-change', { draft });
    if (this.persistKey) writeStoredDraft(this.persistKey, draft);
  }

  // --- checking and submitting ---

  #summaryOf(count: number): string {
    const one = pluralRules(this.locale).select(count) === 'one';
    return one
      ? this.msg('questionnaire.summary.one')
      : this.msg('questionnaire.summary.other', { count });
  }

  #goTo(section: number): void {
    const sheet = this.#sheet!;
    if (section < 0 || section >= sheet.index.instrument.sections.length) return;
    if (section > sheet.section) {
      const problems = sheet.problems(sheet.section);
      if (problems.length > 0) return void this.#report(problems);
    }
    sheet.section = section;
    this.#summary = { text: '' };
    this.#focus = () => this.renderRoot.querySelector('.section-title');
    this.#changed();
  }

  /** Shows the problems, announces how many, and takes the focus to the first. */
  async #report(problems: IndexedItem[] = [], focus = true): Promise<void> {
    const sheet = this.#sheet;
    const first = problems[0];
    if (!sheet || !first) return;
    for (const { item } of problems) sheet.shown.add(item.id);
    const text = this.#summaryOf(problems.length);
    // The same text again must be announced again: empty the live region first.
    if (this.#summary.text === text) {
      this.#summary = { text: '' };
      this.requestUpdate();
      await this.updateComplete;
    }
    this.#summary = { text };
    const elsewhere = this.mode === 'sections' && first.section !== sheet.section;
    sheet.section = first.section;
    if (focus || elsewhere) this.#focus = () => this.#controlOf(first);
    this.requestUpdate();
  }

  #controlOf({ item }: IndexedItem): HTMLElement | null | undefined {
    return this.shadowRoot
      ?.getElementById(itemId(item))
      ?.querySelector<HTMLElement>('input:not(:disabled), textarea, button:not(:disabled)');
  }

  #submit(): void {
    const problems = this.#sheet!.problems();
    if (problems.length > 0) return void this.#report(problems);
    // In a form, the form submits: with its own validation, and its other fields.
    if (!this.submitForm()) this.#finish();
  }

  protected override formSubmitted(): void {
    if (this.#sheet && this.#sheet.problems().length === 0) this.#finish();
  }

  #finish(): void {
    const response = this.#response();
    // The form data is read after the submit event, so it gets this submittedAt.
    this.setFormState(JSON.stringify(response), null);
    if (this.persistKey) writeStoredDraft(this.persistKey, undefined);
    this.#summary = { text: this.msg('questionnaire.submitted'), done: true };
    this.requestUpdate();
    this.emit('ck-submit', { response });
  }

  #response() {
    return this.#sheet!.response(this, this.now());
  }

  protected override updated(): void {
    this.#syncForm();
    const target = this.#focus?.();
    this.#focus = undefined;
    (target as HTMLElement | null | undefined)?.focus();
  }

  /** The form value (the response as JSON) and validity, anchored at the first problem. */
  #syncForm(): void {
    const sheet = this.#sheet;
    if (!sheet) return this.setFormState(null, null);
    const flags = sheet.validityFlags();
    const problems = sheet.problems();
    this.setFormState(
      JSON.stringify(this.#response()),
      JSON.stringify(sheet.draft()),
      flags && {
        flags,
        message: this.#summaryOf(problems.length),
        anchor: this.#controlOf(problems[0]!),
      },
    );
  }

  // --- rendering ---

  protected override render() {
    const sheet = this.#sheet;
    if (!sheet)
      return this.instrument ? html`<p part="base">${this.msg('common.notAvailable')}</p>` : html``;
    const defaultLocale = sheet.index.instrument.defaultLocale;
    const ctx: RenderContext = {
      msg: (key, ...params) => this.msg(key, ...params),
      text: (text) => this.#content.text(text, this.locale, defaultLocale),
      resolved: (text) => this.#content.resolved(text, this.locale, defaultLocale),
      label: (text) => this.#content.label(text, this.locale, defaultLocale),
      number: (value) => this.formatNumber(value),
    };
    return renderQuestionnaire(ctx, {
      sheet,
      mode: this.mode,
      disabled: this.formDisabled,
      summary: this.#summary,
      status: this.#status,
      onChange: this.#onChange,
      onClick: this.#onClick,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-questionnaire': CkQuestionnaire;
  }
}
