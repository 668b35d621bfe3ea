// The page the Chromium benchmark drives: a production build of the element with core's engine
// over a synthetic catalog. Core has no public `catalog` subpath yet, so its sources are imported.
import { generateCatalog } from '../../../core/src/catalog/generate.js';
import { createCatalog } from '../../../core/src/catalog/search/index.js';
import type { IkCatalog } from '../../src/components/catalog/catalog.js';
import '../../src/components/catalog/define.js';
import { memoryCatalogSource } from '../../src/components/catalog/memory-source.js';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
// A macrotask: every microtask (the source's promise, Lit's update) has run when it fires.
const yieldTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
const afterPaint = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => yieldTask().then(() => resolve(performance.now()))));

function mount(): IkCatalog {
  const host = document.getElementById('host') as HTMLElement;
  host.replaceChildren();
  const element = document.createElement('ik-catalog');
  host.append(element);
  return element;
}

async function firstTiles(size: number, runs: number) {
  const entries = generateCatalog({ size, seed: 3 });
  const buildStart = performance.now();
  const catalog = createCatalog(entries);
  const build = performance.now() - buildStart;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const element = mount();
    await element.updateComplete;
    await afterPaint();
    const start = performance.now();
    element.source = memoryCatalogSource(catalog);
    while (element.shadowRoot?.querySelector('.tile:not(.placeholder)') == null) await nextFrame();
    times.push((await afterPaint()) - start);
  }
  return { build, times };
}

async function keystrokes(size: number, queries: string[]) {
  const element = mount();
  element.source = memoryCatalogSource(createCatalog(generateCatalog({ size, seed: 3 })));
  await element.updateComplete;
  const input = element.shadowRoot?.querySelector('input') as HTMLInputElement;
  input.focus();
  const rendered: number[] = [];
  const painted: number[] = [];
  for (const query of queries) {
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await afterPaint();
    for (let i = 1; i <= query.length; i++) {
      const start = performance.now();
      input.value = query.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      do await yieldTask();
      while (element.isUpdatePending);
      rendered.push(performance.now() - start);
      painted.push((await afterPaint()) - start);
      if (element.shadowRoot?.querySelector('[role="option"]') == null) throw new Error('no suggestions rendered');
    }
  }
  return { rendered, painted };
}

async function scroll(size: number, frames: number) {
  const element = mount();
  element.source = memoryCatalogSource(createCatalog(generateCatalog({ size, seed: 3 })));
  while (element.shadowRoot?.querySelector('.tile:not(.placeholder)') == null) await nextFrame();
  const grid = element.shadowRoot?.querySelector('.grid') as HTMLElement;
  const deltas: number[] = [];
  let last = await nextFrame();
  for (let frame = 0; frame < frames; frame++) {
    grid.scrollTop += 600;
    const now = await nextFrame();
    deltas.push(now - last);
    last = now;
  }
  const rendered = element.shadowRoot?.querySelectorAll('.tile').length ?? 0;
  return { deltas, scrollTop: grid.scrollTop, rendered };
}

Object.assign(window, { ikBench: { firstTiles, keystrokes, scroll } });
