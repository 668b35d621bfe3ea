/** Deepest nesting of objects and arrays accepted in a response body. */
export const MAX_BODY_DEPTH = 64;

/**
 * Whether parsed JSON nests objects and arrays more than `max` deep. Iterative, so hostile depth
 * cannot overflow the stack here, and it stops the moment the limit is passed.
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}
