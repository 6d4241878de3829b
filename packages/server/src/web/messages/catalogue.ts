import type { en } from './en.js';

/** A message key of the portal's pages. */
export type MessageKey = keyof typeof en;

/** A complete catalogue for one language: every key of the English reference. */
export type Catalogue = Record<MessageKey, string>;
