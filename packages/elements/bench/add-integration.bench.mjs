// Chromium benchmark of <ik-add-integration>, CPU throttled 4×: a user's step change (Next or Back
// between General Settings and Sign-On Options) → the new step rendered, focused and laid out
// (p50/p95); and validation after a keystroke on the create wizard's SAML form with 20 attribute
// statements (the form is built by the 10 warm-up keystrokes' call and kept): the whole keystroke, the
// kit's own share of it (script only, in the page), and the same keystroke in two floor forms without
// Lit or validation (the browser's own share); in RUNS runs (each in a
// fresh browser context) whose medians and spread are reported, with Chromium's main-thread sums.
// Writes the "ik-add-integration" section of docs/benchmarks.md.
// Run with `node bench/add-integration.bench.mjs` in packages/elements.
import { loadNow, machineLine, RUNS, showSpread } from '../../core/bench/spread.mjs';
import { buildPage, launchChromium, openBenchPage, percentile, serve, writeSection } from './harness.mjs';

const CHANGES = 200;
const THROTTLE = 4;
const KEYSTROKES = 120;

// Cross-origin isolated: 5 µs timers, since the kit's share of a keystroke is a few ms at 4×.
const site = await serve(await buildPage('wizard-page'), undefined, { isolated: true });
const browser = await launchChromium();

/** One run in a fresh context: a warm-up pass, then CHANGES timed step changes. */
async function oneRun() {
  const load = loadNow();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await openBenchPage(page, `${site.origin}/`, THROTTLE);
    if (!(await page.evaluate(() => window.crossOriginIsolated))) throw new Error('the bench page is not isolated');
    await page.evaluate((count) => window.ikBench.stepChanges(count), 20);
    // Main-thread work (script, style, layout) is summed by Chromium itself: less swayed by other
    // processes than wall-clock percentiles on a loaded machine.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const work = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
      return (value('ScriptDuration') + value('RecalcStyleDuration') + value('LayoutDuration')) * 1000;
    };
    const before = await work();
    const times = await page.evaluate((count) => window.ikBench.stepChanges(count), CHANGES);
    const perChange = ((await work()) - before) / CHANGES;
    await page.evaluate((count) => window.ikBench.samlKeystrokes(count), 10);
    const beforeKeys = await work();
    const keys = await page.evaluate((count) => window.ikBench.samlKeystrokes(count), KEYSTROKES);
    const perKey = ((await work()) - beforeKeys) / KEYSTROKES;
    // The floor under the keystroke budget: the browser's own share of the same keystroke.
    const floor = async (name) => {
      await page.evaluate(([kind, count]) => window.ikBench[kind](count), [name, 10]);
      const start = await work();
      const times = await page.evaluate(([kind, count]) => window.ikBench[kind](count), [name, KEYSTROKES]);
      return { p50: percentile(times, 50), p95: percentile(times, 95), work: ((await work()) - start) / KEYSTROKES };
    };
    const copied = await floor('copiedKeystrokes');
    const bare = await floor('bareKeystrokes');
    return {
      copiedP50: copied.p50,
      copiedP95: copied.p95,
      copiedWork: copied.work,
      bareP50: bare.p50,
      bareP95: bare.p95,
      bareWork: bare.work,
      keyP50: percentile(keys.total, 50),
      keyP95: percentile(keys.total, 95),
      kitP50: percentile(keys.kit, 50),
      kitP95: percentile(keys.kit, 95),
      load,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: Math.max(...times),
      perChange,
      perKey,
    };
  } finally {
    await context.close();
  }
}

try {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    console.log(`Run ${run + 1} of ${RUNS}…`);
    runs.push(await oneRun());
  }
  const ms = (value) => value.toFixed(value < 10 ? 2 : 1);
  const across = (field) =>
    showSpread(
      runs.map((run) => run[field]),
      ms,
    );
  const version = (await browser.version()).split('.')[0];
  writeSection('ik-add-integration', [
    '## ik-add-integration',
    '',
    `Measured by \`packages/elements/bench/add-integration.bench.mjs\` on ${new Date().toISOString().slice(0, 10)}. ${machineLine(runs.map((run) => run.load))}`,
    '',
    `Chromium ${version} headless (\`--disable-gpu\`), production build, CPU throttled ${THROTTLE}× (CDP), Slack from the example catalog. Each run opens a fresh browser context, warms up with 20 changes and computes its own percentiles; each figure is the median across runs, with the spread (min–max across runs) in brackets.`,
    '',
    '| Measure | Result | Detail |',
    '| --- | --- | --- |',
    `| Step change (Next/Back) → step rendered, heading focused, laid out | p50 ${across('p50')} ms | p95 ${across('p95')} ms, max ${across('max')} ms (${CHANGES} changes per run; budget p95 ≤ 16 ms) |`,
    `| Validation after a keystroke (\`<ik-create-integration>\`, Configure SAML with 20 attribute statements, after a refused Next) → re-rendered, laid out | p50 ${across('keyP50')} ms | p95 ${across('keyP95')} ms (${KEYSTROKES} keystrokes per run after 10 warm-up; budget p95 ≤ 4 ms) |`,
    `| Validation after a keystroke, the kit's share: the same keystrokes' \`input\` event dispatched → Lit's \`updateComplete\` resolved (handler, the field's recheck, re-render; script only, \`performance.now()\` in the page) | p50 ${across('kitP50')} ms | p95 ${across('kitP95')} ms (the same ${KEYSTROKES} keystrokes; budget p95 ≤ 4 ms) |`,
    `| Main-thread work per step change (script + style + layout, Chromium's own sums, throttled) | ${across('perChange')} ms | mean over the ${CHANGES} changes of a run |`,
    `| Main-thread work per keystroke (same sums, throttled) | ${across('perKey')} ms | mean over the ${KEYSTROKES} keystrokes of a run |`,
    `| Floor: the same keystroke in a copy of that form's DOM and styles, no Lit, no validation | p50 ${across('copiedP50')} ms | p95 ${across('copiedP95')} ms, main-thread work ${across('copiedWork')} ms |`,
    `| Floor: the same keystroke in a bare form of as many fields (6, then 20 rows of 3), default styles | p50 ${across('bareP50')} ms | p95 ${across('bareP95')} ms, main-thread work ${across('bareWork')} ms |`,
  ]);
} finally {
  await browser.close();
  site.close();
}
