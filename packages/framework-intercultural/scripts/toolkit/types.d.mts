// Types of the trainers' toolkit's source modules (see ./generate.mjs): one module per kind of
// material, each exporting a list of these records.
import type { LocalizedText, VopiLevel } from '@competence-kit/schemas';

/** A training case rewritten from a situational item of the staff self-assessment. */
export interface CaseSource {
  /** The entry's id is `case-<slug>`. */
  slug: string;
  /** The id of the self-assessment's situational-judgement item; its competence and level tag the case. */
  source: string;
  vopiLevels: VopiLevel[];
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
  trainerNotes: LocalizedText;
}

/** A step of a session plan: start, end (HH:MM) and what happens, or a break or lunch. */
export type SessionStep = [start: string, end: string, what: LocalizedText | 'break' | 'lunch'];

/** A session plan for a module of the catalogue; the entry's id is `session-<module>`. */
export interface SessionPlanSource {
  module: string;
  vopiLevels: VopiLevel[];
  objectives: LocalizedText[];
  /** One list of steps per day of the module. */
  days: SessionStep[][];
  methods: LocalizedText[];
  materials: LocalizedText[];
  checks: LocalizedText[];
}

/** A handout; the entry's id is `handout-<slug>`. */
export interface HandoutSource {
  slug: string;
  modules: string[];
  competences: string[];
  levels: number[];
  vopiLevels: VopiLevel[];
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
}

/** A plain-language letter template; the entry's id is `letter-<slug>`. */
export interface LetterSource {
  slug: string;
  modules: string[];
  competences: string[];
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
}
