/**
 * `@competence-kit/cli`: the `competence-kit` command, and its translation workflow as a
 * library. These exports are pure functions (no I/O, no Node built-ins), so a city's portal can
 * export and import translation CSVs in a browser or a worker as well as in Node.
 *
 * @packageDocumentation
 */
export { exportTranslations, TRANSLATION_COLUMNS } from './translations.js';
export type { TranslationExportOptions } from './translations.js';
export { importTranslations, TRANSLATION_IMPORT_LIMITS } from './translation-import.js';
export type {
  TranslationImportOptions,
  TranslationImport,
  TranslationIssue,
} from './translation-import.js';
export { textId } from './text-id.js';
export { parseCsv, formatCsv } from '@competence-kit/model/csv';
export type {
  CsvRecord,
  CsvIssue,
  CsvParseResult,
  CsvFormatOptions,
} from '@competence-kit/model/csv';
