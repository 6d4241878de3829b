// Each event file adds its event to the global HTMLElementEventMap; importing them here makes
// sure every declaration that sees CkEventMap also sees all events.
import type {} from './ck-data-error.js';
import type {} from './ck-enrol.js';
import type {} from './ck-unenrol.js';
import type {} from './ck-draft-change.js';
import type {} from './ck-submit.js';
import type {} from './ck-select.js';

/** Every `ck-*` event, by name: the events of the global `HTMLElementEventMap` that are ours. */
export type CkEventMap = {
  [K in keyof HTMLElementEventMap as K extends `ck-${string}` ? K : never]: HTMLElementEventMap[K];
};

/** The `detail` of a `ck-*` event. */
export type CkEventDetail<K extends keyof CkEventMap> =
  CkEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;
