// The Chromium bench harness every element bench shares: a bench page built for production by Vite
// (workspace packages from source), served on loopback (optionally forwarding `/api/` to a reference
// server with its token, so the page talks to the real server same-origin), headless Chromium, CDP
// CPU throttling, percentiles, and the bench's own section of docs/benchmarks.md.
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
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Builds `bench/<page>/index.html` (minified, es2022) into a temporary directory.
 * @param {string} page the folder under bench/
 */
export async function buildPage(page) {
  const out = join(tmpdir(), `ik-${page}-bench-${process.pid}`);
  await build({
    root: join(here, page),
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['@integrakit/source', ...defaultClientConditions] },
    build: { outDir: out, emptyOutDir: true, target: 'es2022', minify: true },
  });
  return out;
}

/**
 * Serves `out` on a free loopback port. With `api`, requests under `/api/` are forwarded to
 * `api.target()` with `Authorization: SSWS <token>`: the page's client uses a session-style
 * same-origin client, the token stays in node. With `isolated`, the page is cross-origin isolated
 * (COOP and COEP), which gives it 5 µs `performance.now()` instead of 100 µs.
 * @param {string} out
 * @param {{ target: () => string, token: string }} [api]
 * @param {{ isolated?: boolean }} [options]
 */
export async function serve(out, api, options = {}) {
  const isolation = options.isolated
    ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
    : {};
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (api !== undefined && url.pathname.startsWith('/api/')) {
      const headers = new Headers({ authorization: `SSWS ${api.token}`, accept: request.headers.accept ?? '*/*' });
      if (request.headers['content-type']) headers.set('content-type', request.headers['content-type']);
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const answer = await fetch(new URL(`${url.pathname}${url.search}`, api.target()), {
        method: request.method,
        headers,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      });
      const forwarded = Object.fromEntries(
        ['content-type', 'link', 'etag'].flatMap((name) => {
          const value = answer.headers.get(name);
          return value === null ? [] : [[name, value]];
        }),
      );
      response.writeHead(answer.status, forwarded).end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const path = normalize(join(out, url.pathname.replace(/\/$/, '/index.html')));
    if (!path.startsWith(out)) return response.writeHead(403).end();
    let body;
    try {
      body = readFileSync(path);
    } catch {
      return response.writeHead(404).end();
    }
    response
      .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', ...isolation })
      .end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium as the browser tests run it. */
export const launchChromium = () =>
  chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs });

/**
 * Opens `url` in `page` and waits for its `window.ikBench`; throttles the CPU `rate`× (CDP) when above 1.
 * @param {import('playwright').Page} page
 * @param {string} url
 * @param {number} rate
 */
export async function openBenchPage(page, url, rate) {
  await page.goto(url);
  await page.waitForFunction(() => 'ikBench' in window);
  if (rate > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
}

/**
 * The `p`th percentile of `values` (nearest rank).
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Replaces (or appends) the `<!-- name:start -->…<!-- name:end -->` section of docs/benchmarks.md.
 * @param {string} name
 * @param {string[]} lines the section's lines between the markers
 */
export function writeSection(name, lines) {
  const section = [`<!-- ${name}:start -->`, ...lines, `<!-- ${name}:end -->`].join('\n');
  console.log(section);
  const docs = join(repo, 'docs/benchmarks.md');
  const current = readFileSync(docs, 'utf8');
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);
  writeFileSync(
    docs,
    pattern.test(current) ? current.replace(pattern, () => section) : `${current.trimEnd()}\n\n${section}\n`,
  );
}
