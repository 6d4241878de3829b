// Browser tests run Lit's development build, whose checks we want (a reactive property shadowed
// by a class field throws); only its "Lit is in dev mode" notice is silenced.
const global = globalThis as { litIssuedWarnings?: Set<string> };
(global.litIssuedWarnings ??= new Set()).add('dev-mode');
