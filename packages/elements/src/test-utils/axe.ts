import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe-core on `root` (shadow roots included) and fails with the rule ids and targets it finds. */
export async function expectAccessible(root: Element): Promise<void> {
  const results = await axe.run(root, { resultTypes: ['violations'] });
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}
