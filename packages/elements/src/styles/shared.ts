import { css, unsafeCSS } from 'lit';
import { hostTokensCss } from './tokens.js';

/** Every element's private `--_ck-*` tokens. Include first in `static styles`. */
// unsafeCSS is safe here: the text is built from this package's own constant tokens.
export const hostTokens = unsafeCSS(hostTokensCss());

/** Rules every element shares: the visually hidden text, the focus ring, reduced motion. */
export const sharedStyles = css`
  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: var(--_ck-focus-ring-width) solid var(--_ck-color-focus);
    outline-offset: var(--_ck-focus-ring-offset);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
