// Mutation testing (StrykerJS) of the security- and correctness-critical modules, one module at a time.
// Usage: node scripts/mutation.mjs [module ...]   (no module: all of them, in the order listed)
import { Stryker } from '@stryker-mutator/core';
import { moduleConfig, modules } from '../stryker/modules.mjs';

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !Object.hasOwn(modules, name));
if (unknown.length > 0) {
  console.error(`unknown module(s): ${unknown.join(', ')}; known: ${Object.keys(modules).join(', ')}`);
  process.exit(2);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const summary = [];
for (const name of requested.length > 0 ? requested : Object.keys(modules)) {
  const started = Date.now();
  const results = await new Stryker(moduleConfig(name)).runMutationTest();
  const detected = results.filter((result) => DETECTED.has(result.status)).length;
  const undetected = results.filter((result) => UNDETECTED.has(result.status)).length;
  const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
  summary.push({
    module: name,
    mutants: results.length,
    detected,
    undetected,
    score,
    seconds: (Date.now() - started) / 1000,
  });
}

console.log('\nmodule      mutants  detected  undetected  score   time');
for (const row of summary) {
  console.log(
    `${row.module.padEnd(11)} ${String(row.mutants).padStart(7)}  ${String(row.detected).padStart(8)}  ${String(row.undetected).padStart(10)}  ${row.score.toFixed(1).padStart(5)} %  ${Math.round(row.seconds)} s`,
  );
}
