// @competence-kit/server: the storage of a city's portal. The Fastify plugin and its routes
// will be exported from here too; the store is also reachable alone as
// `@competence-kit/server/store`.
export * from './store/index.js';
