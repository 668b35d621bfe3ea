import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { nodeProjects } from '../vitest.config.ts';
import { TESTS_VARIABLE } from './modules.mjs';

// The node projects, each limited to the module's test files (repo-relative globs from scripts/mutation.mjs),
// in file order: Stryker maps tests to mutants and reruns them one mutant at a time.
const tests = (process.env[TESTS_VARIABLE] ?? '').split(',').filter(Boolean);

export default defineConfig({
  root: '..',
  test: {
    projects: nodeProjects.flatMap((project) => {
      const root = project.test?.root ?? '.';
      const include = tests.filter((test) => test.startsWith(`${root}/`)).map((test) => relative(root, test));
      if (include.length === 0) return [];
      return [{ ...project, test: { ...project.test, include } }];
    }),
  },
});
