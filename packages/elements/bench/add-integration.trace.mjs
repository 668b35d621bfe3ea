// Where the rendering time of the add-integration bench goes, by Chromium's own trace: the bench page
// (production build), CPU throttled 4×, traced with CDP `Tracing` while it makes step changes or
// keystrokes. Prints, per action, the main thread's time by trace event (script, style, layout,
// pre-paint, paint), the elements restyled and layout objects laid out, and what invalidated style
// and layout (node and reason). Exploration, not a budget: add-integration.bench.mjs measures those.
// INVALIDATIONS=1 also lists what invalidated style and layout.
// Run with `node bench/add-integration.trace.mjs [changes|keystrokes|copied|bare] [count]` in packages/elements.
import { buildPage, launchChromium, openBenchPage, serve } from './harness.mjs';

// THROTTLE=1 gives each action's own CPU time, which load on the machine disturbs least.
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const which = process.argv[2] ?? 'keystrokes';
const count = Number(process.argv[3] ?? 60);
const actions = {
  changes: 'stepChanges',
  keystrokes: 'samlKeystrokes',
  copied: 'copiedKeystrokes',
  bare: 'bareKeystrokes',
};
const site = await serve(await buildPage('wizard-page'));
const browser = await launchChromium();

/** Trace events with their duration in ms (complete events and begin/end pairs alike). */
function withDurations(events) {
  const open = new Map();
  const done = [];
  for (const event of events) {
    if (event.ph === 'X') done.push({ ...event, ms: (event.dur ?? 0) / 1000, cpu: (event.tdur ?? 0) / 1000 });
    else if (event.ph === 'B') open.set(`${event.tid}:${event.name}`, event);
    else if (event.ph === 'E') {
      const begin = open.get(`${event.tid}:${event.name}`);
      if (begin === undefined) continue;
      open.delete(`${event.tid}:${event.name}`);
      done.push({
        ...begin,
        ms: (event.ts - begin.ts) / 1000,
        cpu: ((event.tts ?? 0) - (begin.tts ?? 0)) / 1000,
        endArgs: event.args,
      });
    }
  }
  return done;
}

const TIMED = [
  'FunctionCall',
  'EventDispatch',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'CompositeLayers',
  'Commit',
  'HitTest',
  'ScheduleStyleRecalculation',
  'ParseAuthorStyleSheet',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
];

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openBenchPage(page, `${site.origin}/`, THROTTLE);
  const action = actions[which];
  // samlKeystrokes also times the kit's share; the whole keystroke is what is compared here.
  const run = (n) =>
    page.evaluate(([name, n]) => window.ikBench[name](n), [action, n]).then((times) => times.total ?? times);
  await run(20);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        // What invalidated style and layout; it slows every DOM change down, so only on request.
        ...(process.env.INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
      ],
    },
  });
  const times = await run(count);
  await cdp.send('Tracing.end');
  await finished;
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && event.ph === 'M',
  );
  const onMain = events.filter((event) => main === undefined || (event.pid === main.pid && event.tid === main.tid));
  const timed = withDurations(onMain);
  const sum = (name, key = 'ms') =>
    timed.filter((event) => event.name === name).reduce((total, event) => total + event[key], 0);
  const times50 = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  console.log(`${which}: ${count} at ${THROTTLE}×, p50 ${times50.toFixed(2)} ms`);
  // Thread time is the main thread's own CPU time: unthrottled, and not stretched by other processes.
  console.log('\nper action by trace event, wall and thread time (nested events count in their parents too):');
  for (const name of TIMED) {
    const ms = sum(name);
    const n = timed.filter((event) => event.name === name).length;
    const cpu = (sum(name, 'cpu') / count).toFixed(3).padStart(8);
    if (ms > 0)
      console.log(`${(ms / count).toFixed(3).padStart(8)} ms ${cpu} ms thread  ${name} (${(n / count).toFixed(1)}×)`);
  }
  // Each action runs in one timer task of the bench page (its setTimeout between actions), forced
  // style and layout included: its thread time is the action's whole main-thread cost.
  const task = sum('TimerFire', 'cpu') / count;
  const style = sum('UpdateLayoutTree', 'cpu') / count;
  const layout = sum('Layout', 'cpu') / count;
  console.log(
    `\nthread time per action: ${task.toFixed(3)} ms = script and the rest ${(task - style - layout).toFixed(3)} + style ${style.toFixed(3)} + layout ${layout.toFixed(3)}`,
  );
  const styles = timed.filter((event) => event.name === 'UpdateLayoutTree');
  const restyled = styles.reduce(
    (total, event) => total + (event.args?.elementCount ?? event.endArgs?.elementCount ?? 0),
    0,
  );
  const layouts = timed.filter((event) => event.name === 'Layout');
  const dirty = layouts.reduce((total, event) => total + (event.args?.beginData?.dirtyObjects ?? 0), 0);
  const total = layouts.reduce((all, event) => all + (event.args?.beginData?.totalObjects ?? 0), 0);
  console.log(
    `\nper action: ${(restyled / count).toFixed(1)} elements restyled; layout ${(dirty / count).toFixed(1)} dirty of ${(total / count).toFixed(1)} objects`,
  );
  const reasons = new Map();
  for (const event of onMain) {
    if (!event.name.endsWith('InvalidationTracking')) continue;
    const data = event.args?.data ?? {};
    const key = `${event.name.replace('InvalidationTracking', '')}: ${data.reason ?? data.invalidationList?.[0]?.classes ?? ''} ${data.nodeName ?? ''}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  console.log('\ninvalidations per action:');
  for (const [key, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${(n / count).toFixed(1).padStart(6)}  ${key}`);
  }
  await context.close();
} finally {
  await browser.close();
  site.close();
}
