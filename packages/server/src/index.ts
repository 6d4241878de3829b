// @competence-kit/server: a city's training portal as a Fastify plugin (`competenceKit`), and its
// storage (`openStore`, also reachable alone as `@competence-kit/server/store`).
export * from './web/index.js';
export * from './store/index.js';
export { healthChecks, type HealthChecksOptions, type NotReadyReason } from './web/health.js';
export {
  portalLogger,
  logLevelFrom,
  scrubLogText,
  serializeError,
  LOG_LEVELS,
  type LogLevel,
  type PortalLoggerOptions,
  type SafeError,
} from './web/logging.js';
export {
  backupStore,
  restoreStore,
  verifyBackup,
  BackupError,
  BACKUP_FORMAT,
  type BackupSummary,
  type BackupWritable,
  type RestoreSummary,
} from './store/backup.js';
