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
