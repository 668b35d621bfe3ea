// Shared by the property tests (fast-check) of the node projects, so a run can be scaled up and a failure
// replayed without editing a test.

/**
 * Environment variable that multiplies every property's run count (a positive integer; 1 when unset),
 * e.g. `FC_RUNS_FACTOR=30` to hunt for rare counterexamples.
 */
export const RUNS_FACTOR_VARIABLE = 'FC_RUNS_FACTOR';

/**
 * Environment variable that fixes the fast-check seed of every property (an integer); when unset, each
 * test file draws its own. fast-check names the seed in a failure, so `FC_SEED=<seed>` replays it.
 */
export const SEED_VARIABLE = 'FC_SEED';

function integerFrom(name: string, min: number): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, not ${text}`);
  return value;
}

/** The run count for a property whose usual count is `usual`, scaled by {@link RUNS_FACTOR_VARIABLE}. */
export function propertyRuns(usual: number): number {
  return usual * (integerFrom(RUNS_FACTOR_VARIABLE, 1) ?? 1);
}

/** The seed for this test file's properties: {@link SEED_VARIABLE} when set, otherwise a fresh one. */
export function propertySeed(): number {
  return integerFrom(SEED_VARIABLE, -(2 ** 31)) ?? (Math.random() * 2 ** 32) | 0;
}
