import { expect } from 'vitest';
import { isSecret } from './secret.js';

/**
 * Makes `toEqual` compare {@link Secret}s by value. Without it, two secrets always look equal
 * (their value is a private field), so round-trip tests could not fail on a lost secret.
 */
export function compareSecretsByValue(): void {
  expect.addEqualityTesters([
    (a: unknown, b: unknown) =>
      isSecret(a) && isSecret(b) ? a.equals(b) : isSecret(a) || isSecret(b) ? false : undefined,
  ]);
}
