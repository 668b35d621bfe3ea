// Chromium benchmark of the app page against the real reference server (examples/server, its own
// process on a free loopback port, SQLite store): opening <ik-integration> on an app with 1,000
// assignments, and <ik-assignments>' people picker answering keystrokes over 10,000 people (and 1,000
// groups). CPU throttled THROTTLE× (CDP); RUNS runs, each in a fresh browser context. Writes the
// "ik-integration" section of docs/benchmarks.md.
// Run with `node --conditions=@integrakit/source --import tsx bench/integration.bench.ts` in packages/elements.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserProfileSchema } from '@integrakit/core/client';
import { startChildServer } from '../../../examples/server/src/child-server.js';
import { newOktaGroup, okId } from '../../../examples/server/src/routes/directory.js';
import { openDatabase } from '../../../examples/server/src/store/database.js';
import { createDirectoryStore } from '../../../examples/server/src/store/directory.js';
import { loadNow, machineLine, RUNS, showSpread } from '../../core/bench/spread.mjs';
import { buildPage, launchChromium, openBenchPage, percentile, serve, writeSection } from './harness.mjs';

const PEOPLE = 10_000;
const GROUPS = 1_000;
const ASSIGNED = 1_000;
const THROTTLE = 4;
const OPENS = 10;
// Typed letter by letter, as an admin looks people up: common and rare prefixes, one with no match.
const WORDS = ['ada', 'grace', 'lin', 'mar', 'okafor', 'zq', 'tan'];
const QUERIES = WORDS.flatMap((word) => [...word].map((_, index) => word.slice(0, index + 1)));

const FIRST =
  'Ada Grace Alan Edsger Barbara Donald Margaret Ken Radia Tim Katherine Frances Linus Guido Anders Sophie Mary Hedy Annie John Dennis Bjarne Yukihiro Rasmus Brendan Chinwe Mei Priya Omar Lucia Tanvir Marta Kofi Aiko Noor Elif Mateo Ines Jonas Freya'.split(
    ' ',
  );
const LAST =
  'Lovelace Hopper Turing Dijkstra Liskov Knuth Hamilton Thompson Perlman Lee Johnson Allen Torvalds Rossum Hejlsberg Wilson Shaw Lamarr Easley McCarthy Ritchie Stroustrup Matsumoto Lerdorf Eich Okafor Lin Nair Haddad Garcia Rahman Kowalski Mensah Tanaka Aziz Yilmaz Rossi Silva Berg Larsen'.split(
    ' ',
  );

const token = `bench-${crypto.randomUUID()}`;
const dataDir = mkdtempSync(join(tmpdir(), 'ik-integration-bench-'));

/** 10,000 people and 1,000 groups written through the server's own store, before it starts. */
function fillDirectory(): string[] {
  const db = openDatabase(dataDir);
  const directory = createDirectoryStore(db);
  const time = new Date().toISOString();
  const ids: string[] = [];
  db.transaction(() => {
    for (let index = 0; index < PEOPLE; index++) {
      const firstName = FIRST[index % FIRST.length] ?? 'Ada';
      const lastName = LAST[Math.floor(index / FIRST.length) % LAST.length] ?? 'Lovelace';
      const login = `${firstName}.${lastName}.${index}@example.com`.toLowerCase();
      const id = okId('00u');
      const profile = UserProfileSchema.parse({ login, email: login, firstName, lastName });
      directory.insertUser({
        id,
        status: 'ACTIVE',
        created: time,
        lastUpdated: time,
        activated: time,
        statusChanged: time,
        profile,
      });
      ids.push(id);
    }
    for (let index = 0; index < GROUPS; index++) {
      directory.insertGroup(
        newOktaGroup({ name: `Team ${index + 1}`, description: `Group ${index + 1} of ${GROUPS}` }, time),
      );
    }
  })();
  db.close();
  return ids;
}

/** One API call to the server with the token. */
async function api(origin: string, method: string, path: string, body?: unknown) {
  const response = await fetch(new URL(path, origin), {
    method,
    headers: { authorization: `SSWS ${token}`, accept: 'application/json', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ id: string }>;
}

/** A bookmark app with the first 1,000 people assigned through the API, 10 requests at a time. */
async function appWithAssignments(origin: string, people: readonly string[]): Promise<string> {
  const app = await api(origin, 'POST', '/api/v1/apps', {
    name: 'bookmark',
    label: 'Benchmark portal',
    signOnMode: 'BOOKMARK',
    settings: { app: { url: 'https://example.com/start', requestIntegration: false } },
  });
  const queue = people.slice(0, ASSIGNED);
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let id = queue.pop(); id !== undefined; id = queue.pop())
        await api(origin, 'POST', `/api/v1/apps/${app.id}/users`, { id, scope: 'USER' });
    }),
  );
  return app.id;
}

let serverUrl = '';
const site = await serve(await buildPage('integration-page'), { target: () => serverUrl, token });
const people = fillDirectory();
const server = await startChildServer({
  dataDir,
  apiToken: token,
  startTimeoutMs: 180_000,
  // Links the server writes (paging) name the bench page's origin, which forwards /api/ to it.
  env: { INTEGRAKIT_RATE_LIMIT: String(1_000_000_000), INTEGRAKIT_PUBLIC_ORIGIN: site.origin },
});
serverUrl = server.url;
const browser = await launchChromium();

type Sample = { total: number; server: number };
interface Run {
  load: number[];
  general: Sample[];
  assignments: Sample[];
  answers: number[];
  keystrokes: number[];
}

async function oneRun(appId: string): Promise<Run> {
  const load = loadNow();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await openBenchPage(page, `${site.origin}/`, THROTTLE);
    // Warm-up: code loaded and compiled, server caches warm; not measured.
    await page.evaluate((id) => window.ikBench.open(id, 'assignments', 2), appId);
    await page.evaluate((id) => window.ikBench.keystrokes(id, ['a', 'ad']), appId);
    const general = await page.evaluate(({ id, count }) => window.ikBench.open(id, 'general', count), {
      id: appId,
      count: OPENS,
    });
    const assignments = await page.evaluate(({ id, count }) => window.ikBench.open(id, 'assignments', count), {
      id: appId,
      count: OPENS,
    });
    const typed = await page.evaluate(({ id, queries }) => window.ikBench.keystrokes(id, queries), {
      id: appId,
      queries: QUERIES,
    });
    return {
      load,
      general,
      assignments,
      answers: typed.map((sample) => sample.answer),
      keystrokes: typed.map((sample) => sample.keystroke),
    };
  } finally {
    await context.close();
  }
}

try {
  const appId = await appWithAssignments(server.url, people);
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    console.log(`Run ${run + 1} of ${RUNS}…`);
    runs.push(await oneRun(appId));
  }
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  const across = (pick: (run: Run) => number) => showSpread(runs.map(pick), ms);
  const p = (values: number[], at: number) => percentile(values, at);
  const totals = (samples: Sample[]) => samples.map((sample) => sample.total);
  const servers = (samples: Sample[]) => samples.map((sample) => sample.server);
  const version = (await browser.version()).split('.')[0];
  writeSection('ik-integration', [
    '## ik-integration and ik-assignments',
    '',
    `Measured by \`packages/elements/bench/integration.bench.ts\` on ${new Date().toISOString().slice(0, 10)}. ${machineLine(runs.map((run) => run.load))}`,
    '',
    `Chromium ${version} headless (\`--disable-gpu\`), production build, **CPU throttled ${THROTTLE}×** (CDP), against the reference server (\`examples/server\`, its own Node process, SQLite store on disk, loopback; the bench page is served same-origin and forwards \`/api/\` with the API token). ` +
      `The directory holds ${PEOPLE.toLocaleString('en')} people and ${GROUPS.toLocaleString('en')} groups (written through the server's store before it starts); a bookmark app has ${ASSIGNED.toLocaleString('en')} people assigned (through the API). ` +
      "Each run opens a fresh browser context after a warm-up (code loaded, server caches warm) and computes its own percentiles; each figure is the median across runs, with the spread (min–max across runs) in brackets. Rendered means the content is in the DOM and laid out (checked between tasks, not frames). The picker waits 200 ms after a keystroke before it asks the server (its debounce); the answer is timed from the request's start.",
    '',
    '| Measure | Result | Detail |',
    '| --- | --- | --- |',
    `| Open \`<ik-integration>\` (General tab) → rendered | p50 ${across((run) => p(totals(run.general), 50))} ms | max ${across((run) => Math.max(...totals(run.general)))} ms; of which requests in flight p50 ${across((run) => p(servers(run.general), 50))} ms (${OPENS} opens per run; budget ≤ 100 ms) |`,
    `| Open \`<ik-integration tab="assignments">\` (1,000 assigned) → first people rows rendered | p50 ${across((run) => p(totals(run.assignments), 50))} ms | max ${across((run) => Math.max(...totals(run.assignments)))} ms; of which requests in flight p50 ${across((run) => p(servers(run.assignments), 50))} ms (${OPENS} opens per run; the first page of 25 people is listed, only the rows in view rendered; the next pages load as the list scrolls) |`,
    `| People picker: request sent → options rendered (10,000 people) | p50 ${across((run) => p(run.answers, 50))} ms | p95 ${across((run) => p(run.answers, 95))} ms (${QUERIES.length} keystrokes per run, each answered before the next; budget p95 ≤ 50 ms) |`,
    `| People picker: keystroke → options rendered, debounce included | p50 ${across((run) => p(run.keystrokes, 50))} ms | p95 ${across((run) => p(run.keystrokes, 95))} ms |`,
    '',
    `Keystrokes: ${WORDS.map((word) => `"${word}"`).join(', ')}, typed letter by letter.`,
  ]);
} finally {
  await browser.close();
  site.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
