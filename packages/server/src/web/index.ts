export {
  competenceKit,
  type CompetenceKitOptions,
  type IdentityProviderOptions,
} from './plugin.js';
export type { PortalCity, Viewer } from './page.js';
export { portalIndexPage } from './pages/portal-index.js';
export { negotiateLanguage, PAGE_LANGUAGES, type LanguageRequest } from './i18n.js';
export {
  DEFAULT_COST,
  hashPassword,
  verifyPassword,
  needsRehash,
  MAX_PASSWORD_LENGTH,
  type PasswordCost,
} from './auth/password.js';
export { clientAssets, DEFAULT_CLIENT_DIR, type ClientAssets } from './client-assets.js';
