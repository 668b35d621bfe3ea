import { defineConfig } from 'vitest/config';
import { nodeProjects } from '../vitest.config.ts';

// The node projects only, in file order: Stryker maps tests to mutants and reruns them one mutant at a time.
// Instrumented code on a busy machine is slower, so property tests get more than the default 5 s.
export default defineConfig({
  root: '..',
  test: {
    projects: nodeProjects.map((project) => ({
      ...project,
      test: { ...project.test, sequence: { shuffle: false }, testTimeout: 60_000 },
    })),
  },
});
