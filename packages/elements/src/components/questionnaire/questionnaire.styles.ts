import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .questionnaire {
    color: var(--_ck-color-text);
    font-size: var(--_ck-font-size-m);
    line-height: 1.5;
  }

  h2,
  h3,
  p {
    margin: 0;
  }

  .title {
    font-size: var(--_ck-font-size-l);
    margin-block-end: var(--_ck-space-2);
  }

  .description,
  .help {
    color: var(--_ck-color-text-muted);
  }

  .description {
    margin-block-end: var(--_ck-space-4);
  }

  .help {
    font-size: var(--_ck-font-size-s);
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ck-space-2) var(--_ck-space-3);
    margin-block: var(--_ck-space-4);
    font-size: var(--_ck-font-size-s);
  }

  progress {
    flex: 1 1 12rem;
    block-size: 0.5rem;
    accent-color: var(--_ck-color-accent);
  }

  .frame,
  .group {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .section-title {
    display: flex;
    flex-direction: column;
    margin-block: var(--_ck-space-6) var(--_ck-space-3);
    font-size: var(--_ck-font-size-l);
  }

  .step {
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
    font-weight: normal;
  }

  .item {
    margin-block: var(--_ck-space-4);
    padding: var(--_ck-space-4);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-m);
    background: var(--_ck-color-surface);
    /* Items out of view are laid out when they come near it: a long questionnaire renders in
       the time of a screenful. They stay in the accessibility tree, focusable and findable. */
    content-visibility: auto;
    contain-intrinsic-size: auto 14rem;
  }

  .item:has([aria-invalid='true']) {
    border-color: var(--_ck-color-danger);
    border-inline-start-width: 4px;
  }

  .scenario {
    margin-block-end: var(--_ck-space-3);
    padding: var(--_ck-space-3);
    border-inline-start: 4px solid var(--_ck-color-border);
    background: var(--_ck-color-surface-subtle);
  }

  .prompt {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space-1) var(--_ck-space-2);
    margin-block-end: var(--_ck-space-2);
    padding: 0;
    font-weight: var(--_ck-font-weight-strong);
  }

  .number {
    color: var(--_ck-color-text-muted);
  }

  .prompt-text {
    flex: 1 1 0;
    min-inline-size: 12rem;
  }

  .required {
    color: var(--_ck-color-text-muted);
    font-size: var(--_ck-font-size-s);
    font-weight: normal;
  }

  .error {
    margin-block: var(--_ck-space-2);
    color: var(--_ck-color-danger);
    font-weight: var(--_ck-font-weight-strong);
  }

  .scale,
  .options {
    display: flex;
    gap: var(--_ck-space-2);
    margin-block-start: var(--_ck-space-2);
  }

  .scale {
    flex-wrap: wrap;
  }

  .scale .option {
    flex: 1 1 7rem;
  }

  .options {
    flex-direction: column;
  }

  .option {
    display: flex;
    align-items: flex-start;
    gap: var(--_ck-space-2);
    padding: var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    cursor: pointer;
  }

  .option:has(:checked) {
    border-color: var(--_ck-color-accent);
    background: var(--_ck-color-accent-subtle);
  }

  .skip,
  .confirm {
    margin-block-start: var(--_ck-space-2);
    border-style: dashed;
  }

  input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_ck-color-accent);
  }

  .text {
    box-sizing: border-box;
    inline-size: 100%;
    margin-block-start: var(--_ck-space-2);
    padding: var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: inherit;
    font: inherit;
    resize: vertical;
  }

  .text[aria-invalid='true'] {
    border-color: var(--_ck-color-danger);
  }

  .ranking {
    display: grid;
    gap: var(--_ck-space-2);
    margin: var(--_ck-space-2) 0 0;
    padding: 0;
    list-style: none;
  }

  .rank {
    display: flex;
    align-items: center;
    gap: var(--_ck-space-2);
    padding: var(--_ck-space-2);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
  }

  .position {
    min-inline-size: 1.5rem;
    color: var(--_ck-color-accent);
    font-weight: var(--_ck-font-weight-strong);
    text-align: center;
  }

  .rank-label {
    flex: 1 1 auto;
  }

  .moves {
    display: flex;
    gap: var(--_ck-space-1);
  }

  .button,
  .move {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_ck-space-1);
    border: 1px solid var(--_ck-color-border);
    border-radius: var(--_ck-radius-s);
    background: var(--_ck-color-surface);
    color: var(--_ck-color-text);
    font: inherit;
    cursor: pointer;
  }

  .move {
    inline-size: 2.75rem;
    block-size: 2.75rem;
  }

  .move svg {
    fill: currentColor;
  }

  .move:disabled {
    visibility: hidden;
  }

  .button {
    min-block-size: 2.75rem;
    padding: 0 var(--_ck-space-4);
  }

  .primary {
    border-color: var(--_ck-color-accent);
    background: var(--_ck-color-accent);
    color: var(--_ck-color-on-accent);
    font-weight: var(--_ck-font-weight-strong);
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_ck-space-3);
    margin-block-start: var(--_ck-space-4);
  }

  .nav .primary {
    margin-inline-start: auto;
  }

  .summary {
    font-weight: var(--_ck-font-weight-strong);
  }

  .summary.problems,
  .summary.done {
    margin-block-start: var(--_ck-space-4);
  }

  .summary.problems {
    color: var(--_ck-color-danger);
  }

  .summary.done {
    color: var(--_ck-color-success);
  }

  .frame:disabled .option,
  .frame:disabled .button {
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .option:has(:checked) {
      outline: 2px solid Highlight;
    }

    .primary {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
