// Where the time of the add-integration bench goes: the same page (unminified, so functions keep
// their names), CPU throttled 4×, profiled with CDP's sampling profiler while it makes step changes
// and keystrokes. Prints Chromium's main-thread sums (script, style, layout) per action and the
// functions with the most self time (grouped by source file) and the most total time (with callees).
// Exploration, not a budget: the budgets are measured by add-integration.bench.mjs. THROTTLE=1
// profiles unthrottled (less swayed by load), COUNT sets the actions profiled (100).
// Run with `node bench/add-integration.profile.mjs [changes|keystrokes]` in packages/elements.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { launchChromium, openBenchPage, percentile, serve } from './harness.mjs';

const THROTTLE = Number(process.env.THROTTLE ?? 4);
const COUNT = Number(process.env.COUNT ?? 100);
const which = process.argv[2] ?? 'changes';
const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(tmpdir(), `ik-wizard-profile-${process.pid}`);
await build({
  root: join(here, 'wizard-page'),
  configFile: false,
  logLevel: 'warn',
  resolve: { conditions: ['@integrakit/source', ...defaultClientConditions] },
  build: { outDir: out, emptyOutDir: true, target: 'es2022', minify: false },
});
const site = await serve(out);
const browser = await launchChromium();

/** Self time (ms) per function and per file from a CDP profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const hits = new Map();
  const deltas = profile.timeDeltas ?? [];
  for (const [index, id] of (profile.samples ?? []).entries()) {
    hits.set(id, (hits.get(id) ?? 0) + (deltas[index] ?? 0) / 1000);
  }
  const functions = new Map();
  const files = new Map();
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  for (const [id, ms] of hits) {
    // Total time: each sample counts once for every function on its stack.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame === undefined) continue;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  for (const [id, ms] of hits) {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) continue;
    const file = frame.url.split('/').at(-1) || `(${frame.functionName || 'native'})`;
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`);
  return { functions: top(functions, 30), files: top(files, 12), inclusive: top(inclusive, 45) };
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openBenchPage(page, `${site.origin}/`, THROTTLE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const metrics = async () => {
    const { metrics: all } = await cdp.send('Performance.getMetrics');
    const value = (name) => (all.find((metric) => metric.name === name)?.value ?? 0) * 1000;
    return { script: value('ScriptDuration'), style: value('RecalcStyleDuration'), layout: value('LayoutDuration') };
  };
  const run = (count) =>
    which === 'keystrokes'
      ? page.evaluate((n) => window.ikBench.samlKeystrokes(n).then(({ total }) => total), count)
      : page.evaluate((n) => window.ikBench.stepChanges(n), count);
  await run(20);
  // The keystroke run builds its form first; profile only the keystrokes by subtracting a short run.
  const before = await metrics();
  await cdp.send('Profiler.start');
  const times = await run(COUNT);
  const { profile } = await cdp.send('Profiler.stop');
  const after = await metrics();
  const per = (key) => ((after[key] - before[key]) / COUNT).toFixed(2);
  console.log(
    `${which}: ${COUNT} at ${THROTTLE}×: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
  );
  console.log(
    `per action (includes set-up of the run): script ${per('script')} ms, style ${per('style')} ms, layout ${per('layout')} ms`,
  );
  const { functions, files, inclusive } = selfTimes(profile);
  console.log('\nself time by file:');
  console.log(files.join('\n'));
  console.log('\nself time by function:');
  console.log(functions.join('\n'));
  console.log('\ntotal time by function (self and callees):');
  console.log(inclusive.join('\n'));
  await context.close();
} finally {
  await browser.close();
  site.close();
  rmSync(out, { recursive: true, force: true });
}
