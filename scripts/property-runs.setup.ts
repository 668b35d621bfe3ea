// Vitest setup file of the node projects: every fast-check property of a test file runs from one seed,
// which fast-check prints on failure; `FC_SEED=<that seed>` then replays the same counterexample.
import fc from 'fast-check';
import { propertySeed } from './property-runs.js';

fc.configureGlobal({ seed: propertySeed() });
