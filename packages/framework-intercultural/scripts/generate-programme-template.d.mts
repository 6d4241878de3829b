// Types of the programme-template generator (generate-programme-template.mjs), for the tests.
import type { Catalogue, Holiday, Programme, ProgrammePeriod } from '@competence-kit/schemas';

export interface PlanEntry {
  module: string;
  runs: number;
  capacity: number;
  starts?: string[];
  from?: string;
  to?: string;
  block: number;
  then?: number[];
  place: string;
  trainer: string;
}
export const PERIOD: ProgrammePeriod;
export const COHORT_SIZE: number;
export const HOLIDAYS: Holiday[];
export const PLAN: PlanEntry[];
export function generateProgrammeTemplate(catalogue: Catalogue): Programme;
