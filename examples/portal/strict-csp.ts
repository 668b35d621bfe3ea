// The client checks responses with zod. Under the page's CSP (no 'unsafe-eval') zod's JIT cannot run
// anyway, and `jitless` also skips its `new Function` probe, which the browser would report as a CSP
// violation. Loaded by index.html as its own module script before app.js, so it runs before any
// module builds a schema.
import { config } from 'zod';

config({ jitless: true });
