// Types of the sample-network builder (build.mjs), for the test that checks the committed files.
export const OUTPUT_DIR: string;
/** The compact tables, one per pilot territory, keyed by territory id. */
export const TERRITORY_TABLES: Record<string, unknown>;
/** The three documents a table expands into (schema shapes, untyped here: the test validates them). */
export function buildTerritory(table: unknown): {
  network: unknown;
  actionPlan: unknown;
  event: unknown;
};
