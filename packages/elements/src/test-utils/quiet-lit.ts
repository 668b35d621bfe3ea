// Browser tests run Lit's development build on purpose: its warnings (an update scheduled inside
// an update, a missing property) fail loudly here instead of slowing a host page. Its one banner,
// "Lit is in dev mode", is expected in every test file and is dropped so real warnings stand out.
// Lit reads this set before it prints any warning (https://lit.dev/docs/tools/development/).
const lit = globalThis as { litIssuedWarnings?: Set<string | undefined> };
lit.litIssuedWarnings ??= new Set();
lit.litIssuedWarnings.add('dev-mode');
