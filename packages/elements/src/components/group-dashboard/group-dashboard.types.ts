/** What the heatmap's cells show and are coloured by: the mean score, or the share below target. */
export const dashboardMetrics = ['mean', 'below-target'] as const;
export type DashboardMetric = (typeof dashboardMetrics)[number];

/** The steps of the colour scale: 0 to 1 in fifths. */
export const HEAT_STEPS = 5;

/** The step of the colour scale a value from 0 to 1 falls in, from 0 to `HEAT_STEPS - 1`. */
export function heatStep(value: number): number {
  return Math.max(0, Math.min(HEAT_STEPS - 1, Math.floor(value * HEAT_STEPS)));
}
