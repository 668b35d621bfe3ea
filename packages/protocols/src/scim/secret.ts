import * as z from 'zod/mini';
import { isSecret, Secret } from '../okta/secret.js';

/**
 * Zod field for a credential: accepts a non-empty string or an existing {@link Secret} (so
 * `fromOktaApp` output can be fed back to `define`) and always yields a `Secret`. Zod's messages
 * never include the received value, so a refused secret does not leak through the error.
 */
export const secretField = (max = 4096) =>
  z.pipe(
    z.union([
      z.string().check(z.minLength(1), z.maxLength(max)),
      z.custom<Secret>(isSecret, { message: 'Expected a string or Secret' }),
    ]),
    z.transform((value): Secret => Secret.from(value)),
  );

/**
 * Deep copy of a payload with every {@link Secret} replaced by its value: the form to send to
 * Okta. Keep the result out of logs; log the original instead.
 */
export function revealSecrets<T>(payload: T): T {
  return reveal(payload) as T;
}

function reveal(value: unknown): unknown {
  if (isSecret(value)) return value.reveal();
  if (Array.isArray(value)) return value.map(reveal);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reveal(item)]));
  }
  return value;
}
