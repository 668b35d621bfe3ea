// Chromium benchmark of <ik-catalog> at 10,000 entries: data set → first tiles painted,
// keystroke → suggestions rendered (p50/p95), and scroll frame times. Writes the "ik-catalog"
// section of docs/benchmarks.md. Run with `pnpm --filter @integrakit/elements bench`.
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
const out = join(tmpdir(), `ik-catalog-bench-${process.pid}`);
const SIZE = 10_000;

await build({
  root: join(here, 'page'),
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
  const first = await page.evaluate((size) => window.ikBench.firstTiles(size, 15), SIZE);
  const queries = ['salesforce', 'zen', 'cloud data', 'pay', 'brightdesk', 'qu', 'teams', 'a', 'work', 'syncflow'];
  // One warm-up pass so the measured pass reflects steady state, as a user's second search would.
  await page.evaluate(({ size, queries }) => window.ikBench.keystrokes(size, queries.slice(0, 3)), {
    size: SIZE,
    queries,
  });
  const keys = await page.evaluate(({ size, queries }) => window.ikBench.keystrokes(size, queries), {
    size: SIZE,
    queries,
  });
  const scroll = await page.evaluate((size) => window.ikBench.scroll(size, 240), SIZE);

  const version = (await browser.version()).split('.')[0];
  const rows = [
    ['Index build (core `createCatalog`, 10k)', ms(first.build), ''],
    [
      'Data set → first tiles painted',
      `p50 ${ms(percentile(first.times, 50))}`,
      `max ${ms(Math.max(...first.times))} (${first.times.length} runs; budget ≤ 100 ms)`,
    ],
    [
      'Keystroke → suggestions rendered (DOM)',
      `p50 ${ms(percentile(keys.rendered, 50))}`,
      `p95 ${ms(percentile(keys.rendered, 95))} (${keys.rendered.length} keystrokes; budget p95 ≤ 16 ms)`,
    ],
    [
      'Keystroke → suggestions painted (next frame)',
      `p50 ${ms(percentile(keys.painted, 50))}`,
      `p95 ${ms(percentile(keys.painted, 95))}`,
    ],
    [
      'Scroll frame time (600 px per frame)',
      `p50 ${ms(percentile(scroll.deltas, 50))}`,
      `p95 ${ms(percentile(scroll.deltas, 95))}, max ${ms(Math.max(...scroll.deltas))}, ${scroll.deltas.filter((d) => d > 20).length}/${scroll.deltas.length} frames over 20 ms; ${scroll.rendered} tiles in the DOM`,
    ],
  ];
  const section = [
    '<!-- ik-catalog:start -->',
    '## ik-catalog',
    '',
    `Chromium ${version} headless (\`--disable-gpu\`), production build, ${SIZE.toLocaleString('en')} synthetic entries (\`generateCatalog({ size: 10000, seed: 3 })\`), in-memory source over core's engine. Written by \`packages/elements/bench/catalog.bench.mjs\`.`,
    '',
    '| Measure | Result | Detail |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '<!-- ik-catalog:end -->',
  ].join('\n');
  console.log(section);

  const docs = join(repo, 'docs/benchmarks.md');
  const current = readFileSync(docs, 'utf8');
  const pattern = /<!-- ik-catalog:start -->[\s\S]*?<!-- ik-catalog:end -->/;
  writeFileSync(
    docs,
    pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
