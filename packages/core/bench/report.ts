import type { RunResult } from './one-run.js';
import { plan, SIZES } from './one-run.js';
import { engines, POPULARITY_BOOST } from './peers.js';
import { firstTimeClasses, type LabelKind, labelled } from './queries.js';
import type { RelevanceResult } from './relevance.js';
import { machineLine, showSpread } from './spread.mjs';
import { typoKinds, typoSeeds } from './typos.js';

const names = engines.map((engine) => engine.name);
const [ours = 'Integrakit', ...peers] = names;

const ms = (value: number) => (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0));
const times = (value: number) => `${value < 1 ? value.toPrecision(2) : value.toFixed(value < 10 ? 1 : 0)}×`;
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const share = (value: number) => value.toFixed(3);
const count = (value: number) => value.toFixed(0);

function table(head: string[], rows: string[][]): string[] {
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

/** How each engine runs, and every way the engines' work differs. */
function method(runs: RunResult[]): string[] {
  const [small, large] = SIZES.map(plan);
  return [
    `Measured by \`packages/core/bench/catalog-search.bench.ts\` on ${new Date().toISOString().slice(0, 10)}. ${machineLine(runs.map((run) => run.load))}`,
    '',
    `Each of the ${runs.length} runs is its own Node process. Every timing is the median across runs, with the spread (min–max across runs) in brackets. ` +
      `A ratio (peer ÷ ${ours}: above 1× means ${ours} is faster or smaller) is taken within each run, then its median and spread across runs. ` +
      `Within a run, engines take turns, and the first engine changes each round, so load falls on every engine alike. ${ours} runs as it ships, bundled by esbuild (\`bench/run.mjs\`); the peers run from their published files.`,
    '',
    `Builds: each run builds every engine ${small?.builds} times at 10k and ${large?.builds} at 50k. Each build runs on a heap left to settle for 300 ms, then collected, with no other index alive. The table takes the run's median. ` +
      "The first build is the engine's first at that size in its process (at 10k, before its code is optimized, as on a page that builds one catalog). Heap is what the first index holds after a full collection.",
    '',
    `Latency: each run measures one engine at a time, with only that engine's index alive, in ${small?.trials} trials at 10k and ${large?.trials} at 50k (the runs repeat them). Each trial builds a fresh index from a collected heap left to settle for 300 ms. ` +
      `Per class it runs one untimed query, then times ${small?.passes} passes at 10k (${large?.passes} at 50k), pooling samples over trials. ` +
      `An engine stops being timed in a class once its queries in that trial took ${small?.budget} ms (${large?.budget} ms at 50k). Slow engines therefore rest on fewer samples (see the sample counts); with fewer than 100, a p99 is the run's largest sample.`,
    '',
    'Every engine indexes display name, aliases, categories and description and returns its top 10. In the timed call it also works out what a suggestion list highlights for those results:',
    '',
    ...table(
      ['Engine', 'Settings'],
      engines.map((engine) => [engine.name, engine.settings]),
    ),
    '',
    'Differences that remain:',
    '',
    `- Filters: ${ours} filters inside its index. The peers have no facet filter, so the same AND-across / OR-within filter is applied to their results (FlexSearch fetches 500 candidates for it, without highlights).`,
    `- One-letter queries search names and aliases only, for every engine (that is ${ours}'s scope). Two-letter queries: ${ours} searches descriptions only from 3 letters, the peers from 1. No latency class has two-letter queries; the generated relevance set has a few.`,
    `- Caching: ${ours} keeps the matches of queries of up to 2 characters. After the first pass, its "single letter" samples are answered from that cache. "${[...firstTimeClasses].join('", "')}" times 14 other letters once each on a fresh index, with no untimed query first, for every engine. None of the peers caches here (FlexSearch's \`cache\` is off by default).`,
    '- uFuzzy ranks and computes match ranges only up to 1,000 matches. Single letters at 10k and 50k exceed that, so it returns them unranked and without ranges.',
    '',
  ];
}

function relevanceSection(entries: number, rel: RelevanceResult): string[] {
  const kinds = new Map<LabelKind, number>();
  for (const [, , kind] of labelled) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const mix = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
  const pair = (name: string, popularity: 'on' | 'off', set: 'inHouse' | 'generated') => {
    const recall = rel.recall[name]?.[popularity][set];
    return [share(recall?.at1 ?? Number.NaN), share(recall?.at5 ?? Number.NaN)];
  };
  const misses = (set: 'inHouse' | 'generated') => rel.recall[ours]?.on[set].misses ?? [];
  return [
    `### Relevance (example catalog: ${entries} entries)`,
    '',
    `Two query sets. **In-house**: ${rel.inHouse.used} labelled queries written by the project (\`bench/queries.ts\`; by kind as labelled: ${mix}; ${rel.inHouse.skipped} skipped whose entry is not in the catalog). ` +
      `**Generated**: ${rel.generated.used} queries made mechanically by \`bench/typos.ts\` from every entry's display name, in lower case, with a keyboard-typo model: one adjacent-key substitution, dropped letter, doubled letter and transposition per entry at each of seeds ${typoSeeds.join(', ')}, at a uniformly drawn position (the first letter included). ` +
      `${rel.generated.dropped} were dropped because they read as another entry's name or alias.`,
    '',
    `Popularity: ${ours} breaks score ties by popularity; uFuzzy gets it as its final \`compare\` and Fuse.js as the tie-break in \`sortFn\`, MiniSearch as \`boostDocument\` (1 + ${POPULARITY_BOOST} × log-scaled popularity: its BM25 scores rarely tie). FlexSearch exposes no score or document boost to apply it to. ` +
      `"Without popularity" gives every entry popularity 0 for ${ours} (ties then go by key) and drops it from the peers.`,
    '',
    ...table(
      [
        'Engine',
        'in-house @1',
        'in-house @5',
        'generated @1',
        'generated @5',
        'without popularity: in-house @1',
        'in-house @5',
        'generated @1',
        'generated @5',
      ],
      names.map((name) => [
        name,
        ...pair(name, 'on', 'inHouse'),
        ...pair(name, 'on', 'generated'),
        ...pair(name, 'off', 'inHouse'),
        ...pair(name, 'off', 'generated'),
      ]),
    ),
    '',
    'Generated set by kind of slip, recall@1 with popularity:',
    '',
    ...table(
      ['Engine', ...typoKinds],
      names.map((name) => [
        name,
        ...typoKinds.map((kind) => share(rel.recall[name]?.on.byKind[kind].at1 ?? Number.NaN)),
      ]),
    ),
    '',
    `${ours} misses at 1, in-house: ${misses('inHouse').join('; ') || 'none'}. Generated: ${misses('generated').length} misses, for example ${misses('generated').slice(0, 12).join('; ') || 'none'}.`,
    '',
  ];
}

function sizeSection(size: number, runs: RunResult[]): string[] {
  const results = runs.map((run) => run.sizes[size]).filter((result) => result !== undefined);
  const across = (read: (result: (typeof results)[number]) => number, format: (value: number) => string) =>
    showSpread(results.map(read), format);
  const build = (name: string) => (result: (typeof results)[number]) => result.builds[name];
  const latency = (name: string, kind: string) => (result: (typeof results)[number]) => result.latency[name]?.[kind];
  const kinds = Object.keys(results[0]?.latency[ours] ?? {});
  const quantileTable = (at: 'p50' | 'p99') =>
    table(
      ['Query class', ...names, ...peers.map((peer) => `${peer} ÷ ours`)],
      kinds.map((kind) => [
        kind,
        ...names.map((name) => across((result) => latency(name, kind)(result)?.[at] ?? Number.NaN, ms)),
        ...peers.map((peer) =>
          across(
            (result) =>
              (latency(peer, kind)(result)?.[at] ?? Number.NaN) / (latency(ours, kind)(result)?.[at] ?? Number.NaN),
            times,
          ),
        ),
      ]),
    );
  return [
    `### ${size / 1000}k synthetic entries (\`generateCatalog({ size: ${size}, seed: 42 })\`)`,
    '',
    ...table(
      ['Engine', 'build ms', 'first build ms', 'heap MB', 'build ÷ ours', 'first build ÷ ours', 'heap ÷ ours'],
      names.map((name) => [
        name,
        across((result) => build(name)(result)?.median ?? Number.NaN, ms),
        across((result) => build(name)(result)?.first ?? Number.NaN, ms),
        across((result) => build(name)(result)?.heap ?? Number.NaN, mb),
        ...(['median', 'first', 'heap'] as const).map((field) =>
          across(
            (result) => (build(name)(result)?.[field] ?? Number.NaN) / (build(ours)(result)?.[field] ?? Number.NaN),
            times,
          ),
        ),
      ]),
    ),
    '',
    'Per-keystroke latency, top 10, p50 (ms), and each peer ÷ ours:',
    '',
    ...quantileTable('p50'),
    '',
    'p99 (ms), and each peer ÷ ours:',
    '',
    ...quantileTable('p99'),
    '',
    'Samples per class and run:',
    '',
    ...table(
      ['Query class', ...names],
      kinds.map((kind) => [
        kind,
        ...names.map((name) => across((result) => latency(name, kind)(result)?.samples ?? Number.NaN, count)),
      ]),
    ),
    '',
  ];
}

/** Everything the "Catalog search" section says, from the relevance result, the runs and the entry sizes. */
export function catalogSearchSection(input: {
  entries: number;
  relevance: RelevanceResult;
  runs: RunResult[];
  sizes: Map<string, number>;
  seconds: number;
}): string {
  const ourSize = input.sizes.get(ours) ?? Number.NaN;
  return [
    '## Catalog search',
    '',
    ...method(input.runs),
    ...relevanceSection(input.entries, input.relevance),
    ...SIZES.flatMap((size) => sizeSection(size, input.runs)),
    '### Search entry size (esbuild, minified, gzip -9)',
    '',
    "Each peer's entry exports what the benchmark uses (FlexSearch: `Document` and `Charset`, for its LatinSoundex encoder).",
    '',
    ...table(
      ['Engine', 'min+gzip KiB', 'bytes', 'vs Integrakit'],
      names.map((name) => {
        const bytes = input.sizes.get(name) ?? Number.NaN;
        return [name, (bytes / 1024).toFixed(2), String(bytes), times(bytes / ourSize)];
      }),
    ),
    '',
    `Benchmark run time: ${input.seconds.toFixed(0)} s.`,
    '',
  ].join('\n');
}
