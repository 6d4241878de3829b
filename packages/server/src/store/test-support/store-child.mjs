// A separate Node process for crash.test.ts, using the built package (dist/) as a server would.
//   node store-child.mjs write <dataDir>  opens the store and submits responses until killed,
//                                         printing {"event":"ack","i":n} after each commit;
//   node store-child.mjs hold <dataDir>   opens the store, prints the response numbers it finds,
//                                         and keeps the store open until "close" on stdin.
// Every line on stdout is one JSON event; a failure to open prints {"event":"error",...}.
import { createInterface } from 'node:readline';
import { openStore } from '../../../dist/store/index.js';

const [mode, dataDir] = process.argv.slice(2);
const say = (event) => process.stdout.write(JSON.stringify(event) + '\n');
const city = 'crash-test-city';
const started = performance.now();

try {
  const store = await openStore({ dataDir });
  say({ event: 'open', pid: process.pid, info: store.info, wallMs: performance.now() - started });
  if (mode === 'write') {
    await store.cities.ensure(city);
    let account = await store.accounts.findByEmail(city, 'writer@example.org');
    if (!account) {
      const created = await store.accounts.create(city, {
        email: 'writer@example.org',
        role: 'staff',
        passwordHash: 'not-a-real-hash',
      });
      if (!created.ok) throw new Error(created.code);
      account = created.account;
    }
    for (let i = 1; ; i++) {
      await store.responses.submit(city, account.accountId, {
        instrumentId: 'https://example.org/crash-test',
        instrumentVersion: '1.0.0',
        response: { i },
      });
      say({ event: 'ack', i });
    }
  } else {
    const rows = await store.db
      .selectFrom('responses')
      .select('response')
      .where('city_id', '=', city)
      .execute();
    say({ event: 'count', values: rows.map((r) => r.response.i) });
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) if (line === 'close') break;
    lines.close();
    process.stdin.destroy();
    await store.close();
    say({ event: 'closed' });
  }
} catch (error) {
  say({
    event: 'error',
    name: error.name,
    code: error.code,
    message: error.message,
    holderPid: error.holder?.pid,
  });
  process.exitCode = 3;
}
