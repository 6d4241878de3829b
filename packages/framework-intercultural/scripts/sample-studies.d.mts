// Types of the sample-study generator (sample-studies.mjs), for the tests that use it.
import type { Framework, Instrument, NeedsStudy } from '@competence-kit/schemas';

export interface SampleContent {
  framework: Framework;
  instruments: { staff: Instrument; tcn?: Instrument; stakeholders?: Instrument };
}
export const TERRITORIES: Record<string, unknown>;
export function loadContent(contentDir?: string): SampleContent;
export function generateSampleStudy(options?: {
  territory?: string;
  seed?: number;
  staffResponses?: number;
  tcnResponses?: number;
  stakeholderResponses?: number;
  findings?: number;
  content?: SampleContent;
}): NeedsStudy;
export function generateBenchStudy(options?: {
  staffResponses?: number;
  findings?: number;
  seed?: number;
  content?: SampleContent;
}): NeedsStudy;
export const SAMPLE_SEED: number;
export const SAMPLE_REPORTS: ReadonlyArray<readonly [territory: string, locale: string]>;
export interface SampleTraining {
  programme: unknown;
  modules: unknown[];
}
export function loadTraining(contentDir?: string): SampleTraining | undefined;
export function sampleReportMarkdown(
  analysis: {
    buildNeedsReport: (...args: never[]) => unknown;
    renderNeedsReportMarkdown: (...args: never[]) => string;
  },
  study: NeedsStudy,
  content: SampleContent,
  locale: string,
  training?: SampleTraining,
): string;
