// Types of the staff self-assessment generator (generate-self-assessment.mjs), for the tests.
import type { FreeTextItem, Instrument, LocalizedText } from '@competence-kit/schemas';
import type { CompetenceBlock, Level } from './self-assessment/types.d.mts';

export const MODULE_DIR: string;
export const LOCALES: string[];
export const LEVELS: Level[];
export const VERSION: string;
export const FRAMEWORK_RANGE: string;
export const SECTIONS: { id: string; title: LocalizedText; description?: LocalizedText }[];
export const TRAINING_WISHES: FreeTextItem;
export const SCORING: Instrument['scoring'];
export class SourceError extends Error {}
export function header(competenceCount: number): Omit<Instrument, 'sections' | 'scoring'>;
export function generateSelfAssessment(modules: Record<string, CompetenceBlock[]>): Instrument;
export function missingModules(dir?: string): string[];
export function loadModules(dir?: string): Promise<Record<string, CompetenceBlock[]>>;
export function formatInstrument(instrument: Instrument): Promise<string>;
