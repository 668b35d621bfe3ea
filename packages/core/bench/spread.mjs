// Figures across repeated benchmark runs: median and spread, and the machine and load they ran at.
// Plain JavaScript so the Chromium benchmark in packages/elements (run by node directly) shares it.
import { availableParallelism, cpus, loadavg } from 'node:os';

/** Benchmark runs per `pnpm bench`, each in a fresh process or page; `BENCH_RUNS` overrides. */
export const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '', 10) || 5);

/**
 * Median, min and max of `values` (NaN when empty). An even count takes the mean of the middle two.
 * @param {number[]} values
 */
export function spread(values) {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  const at = (/** @type {number} */ index) => sorted[index] ?? Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return { median, min: at(0), max: at(sorted.length - 1) };
}

/**
 * "median (min–max)" of `values`, each shown by `format`; the median alone when all show the same.
 * @param {number[]} values
 * @param {(value: number) => string} format
 */
export function showSpread(values, format) {
  const { median, min, max } = spread(values);
  if (Number.isNaN(median)) return '—';
  const low = format(min);
  const high = format(max);
  return low === high ? format(median) : `${format(median)} (${low}–${high})`;
}

/** The 1-, 5- and 15-minute load averages, as `uptime` prints them. */
export function loadNow() {
  return loadavg().map((value) => Number(value.toFixed(2)));
}

/**
 * One sentence naming the machine, Node and the load at each run's start, for every section's header.
 * @param {number[][]} loads load averages (1, 5, 15 min) at the start of each run
 */
export function machineLine(loads) {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const ones = loads.map((load) => load[0] ?? Number.NaN);
  return (
    `Machine: ${availableParallelism()} CPUs (\`nproc\`, ${model}), Node ${process.version}, ` +
    `${loads.length} run${loads.length === 1 ? '' : 's'}; ` +
    `1-minute load average (\`uptime\`) at each run's start: ${ones.map((one) => one.toFixed(1)).join(', ')}` +
    ` (median ${spread(ones).median.toFixed(1)}). The machine is shared with other work, so absolute times are noisy.`
  );
}
