// `npm start`: the reference portal on this machine. PGlite in .data/portal (created on first
// start) unless DATABASE_URL names a PostgreSQL server; http://127.0.0.1:3000 unless PORT/HOST.
import { createPortal } from './portal.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0 to 65535), not "${process.env.PORT}".`);
  process.exit(2);
}

const started = performance.now();
const secret = process.env.PORTAL_SECRET;
if (secret !== undefined && secret.length < 32) {
  console.error('PORTAL_SECRET must have at least 32 characters.');
  process.exit(2);
}
const portal = await createPortal({ logger: false, ...(secret && { secret }) });
const address = await portal.app.listen({ port, host });
const url = address.replace('://[::1]', '://localhost');
const { info } = portal.store;
console.log(`Competence Kit reference portal: ${url}/`);
console.log(
  `Storage: ${info.kind === 'pglite' ? `PGlite in ${info.dataDir}${info.created ? ' (created now)' : ''}` : 'PostgreSQL (DATABASE_URL)'}; ready in ${Math.round(performance.now() - started)} ms.`,
);
for (const { city } of portal.cities) console.log(`  ${city.id}: ${url}/${city.id}/`);
if (portal.seed.accounts.length > 0) {
  console.log('\nDEMO DATA (invented, for trying the portal; do not use for real people):');
  for (const a of portal.seed.accounts)
    console.log(
      `  ${a.city.padEnd(20)} ${a.role.padEnd(12)} ${a.email.padEnd(42)} password: ${a.password}`,
    );
  console.log(`  and ${portal.seed.syntheticResponses} synthetic staff self-assessments.`);
} else {
  console.log(
    '\nDemo accounts were created on the first start: <role>@<city>.demo.example, password demo-<city>-<role>.',
  );
}
console.log('Stop with Ctrl+C; the data stays for the next start.');

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping.`);
  await portal.app.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
