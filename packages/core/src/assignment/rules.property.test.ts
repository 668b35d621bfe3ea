import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../../scripts/property-runs.js';
import { createWorld } from './__fixtures__/world.js';

type Step =
  | { readonly kind: 'user'; readonly id: string; readonly profile: Record<string, unknown> }
  | {
      readonly kind: 'group';
      readonly id: string;
      readonly priority: number;
      readonly profile: Record<string, unknown>;
    };

const users = ['ada', 'bob', 'cyd'];
const groups = ['eng', 'ops'];

// A set of assignments: each user at most once, each group at most once with a distinct priority.
const plan = fc
  .tuple(
    fc.subarray(users),
    fc.subarray(groups),
    fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 2 }),
    fc.string({ maxLength: 3 }),
  )
  .map(([directUsers, assignedGroups, priorities, tag]): Step[] => [
    ...directUsers.map((id): Step => ({ kind: 'user', id, profile: { tag, via: id } })),
    ...assignedGroups.map(
      (id, index): Step => ({ kind: 'group', id, priority: priorities[index] ?? 0, profile: { via: id } }),
    ),
  ]);

async function outcome(steps: readonly Step[]) {
  const { assignments, app } = createWorld();
  const { id } = await app();
  for (const step of steps) {
    if (step.kind === 'user') await assignments.assignUser(id, step.id, { profile: step.profile });
    else await assignments.assignGroup(id, step.id, { priority: step.priority, profile: step.profile });
  }
  return Promise.all(users.map((user) => assignments.effective(id, user)));
}

describe('effective assignment properties', () => {
  it('does not depend on the order assignments were made', async () => {
    await fc.assert(
      fc.asyncProperty(
        plan.chain((steps) => fc.tuple(fc.constant(steps), fc.shuffledSubarray(steps, { minLength: steps.length }))),
        async ([steps, shuffled]) => {
          expect(await outcome(shuffled)).toEqual(await outcome(steps));
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });
});
