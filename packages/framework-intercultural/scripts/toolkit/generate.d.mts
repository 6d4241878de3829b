// Types of the trainers' toolkit generator (generate.mjs), for the tests.
import type { Catalogue, Framework, Instrument, KnowledgeBase } from '@competence-kit/schemas';
import type { CaseSource, HandoutSource, LetterSource, SessionPlanSource } from './types.d.mts';

export const LOCALES: string[];
export const PUBLISHED: string;
export interface ToolkitSources {
  cases: CaseSource[];
  sessionPlans: SessionPlanSource[];
  handouts: HandoutSource[];
  letters: LetterSource[];
}
export interface ToolkitContext {
  framework: Framework;
  catalogue: Catalogue;
  selfAssessment: Instrument;
}
export class SourceError extends Error {}
export function loadSources(): Promise<ToolkitSources>;
export function loadContext(): ToolkitContext;
export function generateToolkit(sources: ToolkitSources, context: ToolkitContext): KnowledgeBase;
export function placeholders(text: string): string[];
export function formatToolkit(toolkit: KnowledgeBase): Promise<string>;
export function referencedIds(text: string): string[];
