// Chromium benchmark of <ik-add-integration>, CPU throttled 4×: a user's step change (Next or Back
// between General Settings and Sign-On Options) → the new step rendered, focused and laid out
// (p50/p95). Writes the "ik-add-integration" section of docs/benchmarks.md.
// Run with `node bench/add-integration.bench.mjs` in packages/elements.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, defaultClientConditions } from 'vite';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../../..');
const out = join(tmpdir(), `ik-wizard-bench-${process.pid}`);
const RUNS = 200;
const THROTTLE = 4;

await build({
  root: join(here, 'wizard-page'),
  configFile: false,
  logLevel: 'warn',
  resolve: { conditions: ['@integrakit/source', ...defaultClientConditions] },
  build: { outDir: out, emptyOutDir: true, target: 'es2022', minify: true },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = normalize(join(out, new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html')));
  if (!path.startsWith(out)) return response.writeHead(403).end();
  let body;
  try {
    body = readFileSync(path);
  } catch {
    return response.writeHead(404).end();
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();

const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs });
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'ikBench' in window);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  // A warm-up pass, then the measured one.
  await page.evaluate((count) => window.ikBench.stepChanges(count), 20);
  const times = await page.evaluate((count) => window.ikBench.stepChanges(count), RUNS);
  const version = (await browser.version()).split('.')[0];
  const section = [
    '<!-- ik-add-integration:start -->',
    '## ik-add-integration',
    '',
    `Chromium ${version} headless (\`--disable-gpu\`), production build, CPU throttled ${THROTTLE}× (CDP), Slack from the example catalog. Written by \`packages/elements/bench/add-integration.bench.mjs\`.`,
    '',
    '| Measure | Result | Detail |',
    '| --- | --- | --- |',
    `| Step change (Next/Back) → step rendered, heading focused, laid out | p50 ${ms(percentile(times, 50))} | p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))} (${times.length} changes; budget p95 ≤ 16 ms) |`,
    '<!-- ik-add-integration:end -->',
  ].join('\n');
  console.log(section);
  const docs = join(repo, 'docs/benchmarks.md');
  const current = readFileSync(docs, 'utf8');
  const pattern = /<!-- ik-add-integration:start -->[\s\S]*?<!-- ik-add-integration:end -->/;
  writeFileSync(
    docs,
    pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
