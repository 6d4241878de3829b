import { CkElement } from './ck-element.js';

/** Why a form control's value cannot be submitted, as the browser's validity flags. */
export interface FormValidity {
  flags: ValidityStateFlags;
  message: string;
  /** The control the browser focuses and points its message at. */
  anchor?: HTMLElement | null;
}

/**
 * A `CkElement` that is a form control, through `ElementInternals`: it submits a value under
 * its `name`, takes part in the form's validation (so an incomplete one blocks a native
 * submit), is disabled with its `<fieldset>`, and learns when its form is submitted. The
 * native control API (`form`, `validity`, `checkValidity()`...) is forwarded.
 */
export abstract class FormAssociatedElement extends CkElement {
  /** It takes part in forms: its value goes into the form data under its `name`. */
  static formAssociated = true;

  readonly #internals: ElementInternals;
  #form: HTMLFormElement | null = null;
  #disabled = false;
  readonly #onSubmit = (): void => this.formSubmitted();

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Whether the value can be submitted, and if not why (`valueMissing`...). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** Why the value cannot be submitted; empty when it can. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** True when the value can be submitted; fires `invalid` otherwise. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Like `checkValidity`, and shows the browser's message when it cannot. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** @internal */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form = form;
    form?.addEventListener('submit', this.#onSubmit);
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.#disabled = disabled;
    this.requestUpdate();
  }

  /**
   * True while a disabled `<fieldset>` (or the `disabled` attribute) disables the element.
   * @internal
   */
  protected get formDisabled(): boolean {
    return this.#disabled;
  }

  /**
   * Sets the submitted value, the state the browser restores on back navigation, and the
   * validity (`undefined` when valid).
   * @internal
   */
  protected setFormState(value: string | null, state: string | null, invalid?: FormValidity): void {
    this.#internals.setFormValue(value, state);
    if (invalid)
      this.#internals.setValidity(invalid.flags, invalid.message, invalid.anchor ?? undefined);
    else this.#internals.setValidity({});
  }

  /**
   * Submits the form the element is in, as a submit button would; `false` when it is in none.
   * @internal
   */
  protected submitForm(): boolean {
    this.#form?.requestSubmit();
    return this.#form !== null;
  }

  /**
   * The form is being submitted: it passed validation, and its data is read after this.
   * @internal
   */
  protected formSubmitted(): void {}
}
